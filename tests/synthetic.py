"""Invented news articles in bulk, for ingestion tests that need hundreds of files.

People, places and outlets are made up from syllables; the sentence frames are
ordinary English news forms written for these tests.
"""

from __future__ import annotations

import random
from pathlib import Path

GIVEN = ["Tomas", "Marta", "Ilse", "Pavel", "Anna", "Erik", "Lena", "Oskar", "Vera", "Jonas", "Nadia", "Felix"]
SYLLABLES = ["var", "len", "dro", "mik", "sol", "tar", "ben", "kel", "ros", "vin", "dal", "mor"]
PLACES = ["Kestrel Bay", "Marrowby", "Port Alden", "Easthollow", "Nerwick", "Saltmere"]
OUTLETS = ["Kestrel Courier", "Harbour Gazette", "Tideline Wire", "Nerwick Post"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
FRAMES = [
    "{name}, the {role} of {place}, was arrested on {month} {day}, police said.",
    "{name}, a former {role}, defected to {place} in {month} 2021, officials said.",
    "Authorities executed {name}, the {role}, in {month} 2020, state media reported.",
    "{name} was appointed {role} of {place} on {month} {day}, the agency said.",
    "{name}, the {role}, has not been seen in public since {month} {day}.",
    "{name}, the {role} of {place}, was dismissed in {month} 2022 for corruption, the ministry said.",
]
ROLES = ["deputy mayor", "harbour inspector", "finance minister", "police chief", "trade envoy", "governor"]
FILLER = [
    "The case has drawn attention across the region.",
    "Local residents said they had not expected the news.",
    "Officials gave no further details on Tuesday.",
    "The opposition called for an independent inquiry.",
]


def person(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"{rng.choice(GIVEN)} {surname}"


def article(rng: random.Random, n: int) -> str:
    paragraphs = [f"{rng.choice(PLACES).upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)}, 2023 -- News item {n}."]
    for _ in range(rng.randint(2, 4)):
        frame = rng.choice(FRAMES)
        paragraphs.append(frame.format(name=person(rng), role=rng.choice(ROLES), place=rng.choice(PLACES),
                                       month=rng.choice(MONTHS), day=rng.randint(1, 28)) + " " + rng.choice(FILLER))
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` articles named ``art-0000.txt`` ... with an ``index.csv``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    rows = ["file,published,outlet,url"]
    for n in range(count):
        path = folder / f"art-{n:04d}.txt"
        path.write_text(article(rng, n), encoding="utf-8")
        paths.append(path)
        rows.append(f"{path.name},2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(OUTLETS)},"
                    f"https://news.example/{n}")
    (folder / "index.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return paths
