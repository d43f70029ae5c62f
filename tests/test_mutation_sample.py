"""The mutant sample (tools/mutation_sample.py) is drawn from the generated mutants, seeded."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "mutation_sample.py"
spec = importlib.util.spec_from_file_location("mutation_sample", SCRIPT)
mutation_sample = importlib.util.module_from_spec(spec)
sys.modules["mutation_sample"] = mutation_sample
spec.loader.exec_module(mutation_sample)


def generated_tree(root: Path) -> None:
    for module, count in (("extract/stance", 30), ("read/page", 20)):
        meta = root / "pipeline" / f"{module}.py.meta"
        meta.parent.mkdir(parents=True, exist_ok=True)
        dotted = "pipeline." + module.replace("/", ".")
        keys = {f"{dotted}.x_rule__mutmut_{n}": None for n in range(1, count + 1)}
        meta.write_text(json.dumps({"exit_code_by_key": keys}), encoding="utf-8")


def test_a_sample_is_drawn_from_the_asked_modules_only(tmp_path, capsys):
    generated_tree(tmp_path)
    assert mutation_sample.main(["5", "pipeline/extract", "--root", str(tmp_path)]) == 0
    drawn = (tmp_path / "sample.txt").read_text(encoding="utf-8").split()
    assert len(drawn) == len(set(drawn)) == 5
    assert all(name.startswith("pipeline.extract.stance.") for name in drawn)
    assert capsys.readouterr().out.split() == drawn


def test_the_makefile_order_of_arguments_is_understood(tmp_path):
    # `make mutation SAMPLE=n SEED=s MODULES=...` passes: n --seed s modules
    generated_tree(tmp_path)
    assert mutation_sample.main(["4", "--seed", "3", "pipeline/read", "--root", str(tmp_path)]) == 0
    drawn = (tmp_path / "sample.txt").read_text(encoding="utf-8").split()
    assert drawn == mutation_sample.draw([n for n in mutation_sample.generated(tmp_path) if ".read." in n], 4, 3)
    assert all(name.startswith("pipeline.read.page.") for name in drawn)


def test_the_same_seed_draws_the_same_sample_and_another_seed_another(tmp_path):
    generated_tree(tmp_path)
    names = mutation_sample.generated(tmp_path)
    assert len(names) == 50
    first = mutation_sample.draw(names, 10, seed=1)
    assert mutation_sample.draw(names, 10, seed=1) == first
    assert mutation_sample.draw(names, 10, seed=2) != first


def test_asking_for_more_than_there_are_takes_them_all(tmp_path):
    generated_tree(tmp_path)
    names = mutation_sample.generated(tmp_path)
    assert mutation_sample.draw(names, 500, seed=1) == names


def test_nothing_generated_is_an_error_not_an_empty_sample(tmp_path, capsys):
    # an empty sample would make `mutmut run` run every mutant
    assert mutation_sample.main(["5", "--root", str(tmp_path)]) == 1
    assert "run `make mutation` once first" in capsys.readouterr().err
    assert not (tmp_path / "sample.txt").exists()
