"""Organisation and outlet names from the gazetteers override the model.

``en_core_web_sm`` reads many newspapers and agencies as people ("Chosun Ilbo"
as PERSON); a phrase listed under ``models/lexicon`` is always an ORG.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon import read_list


@Language.factory("gazetteer_ruler", default_config={"outlets": "", "organisations": "", "outlet_heads": ""})
def make_gazetteer_ruler(nlp: Language, name: str, outlets: str, organisations: str,
                         outlet_heads: str) -> "GazetteerRuler":
    heads = {w.lower() for line in read_list(outlet_heads) for w in line.split()} if outlet_heads else set()
    return GazetteerRuler(nlp, [p for p in (outlets, organisations) if p], heads)


class GazetteerRuler:
    def __init__(self, nlp: Language, paths: list[str], outlet_heads: set[str] | None = None) -> None:
        # acronyms match exactly ("UN" is not the "Un" of a name); names in any case
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = [entry for path in paths for entry in read_list(path)]
        self.exact.add("ORG", [nlp.make_doc(p) for p in phrases if p.isupper()])
        self.folded.add("ORG", [nlp.make_doc(p) for p in phrases if not p.isupper()])
        # "the Kestrel Evening Post": capitalised words ending in a newspaper word, after "the"
        self.shaped = Matcher(nlp.vocab)
        if outlet_heads:
            self.shaped.add("ORG", [[{"LOWER": "the"}, {"IS_TITLE": True, "OP": "+"},
                                     {"LOWER": {"IN": sorted(outlet_heads)}, "IS_TITLE": True}]])

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, s, e, label="ORG") for _, s, e in [*self.exact(doc), *self.folded(doc)]]
        found += [Span(doc, s + 1, e, label="ORG") for _, s, e in self.shaped(doc)
                  if not any(t.ent_type_ in {"GPE", "NORP"} and t.i == e - 1 for t in doc[s:e])]
        if not found:
            return doc
        found = filter_spans(found)
        taken = {i for span in found for i in range(span.start, span.end)}
        keep = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        # A listed name swallows the entity it sits inside ("the Chosun Ilbo newspaper").
        doc.ents = filter_spans(keep + found)
        return doc
