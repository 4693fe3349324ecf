"""Dump everything the moderation pipeline reads from each text of the data sets, so a
speed change can be shown to change nothing: run it on two checkouts and compare.

Per text (raw CSV text and, where different, the cleaned text training reads): the
normalised forms, links, text signals (name, value, reason), abuse rules, the feature
row (indices and float32 values, sentence columns included), `assess_many`'s spam and
abuse scores (float64, as hex) in batches of 500, and `assess`'s band, scores and
reasons (with an author name and website, so the context rules run too).
One line per text: its number and a SHA-256 of all that; the last line hashes them all.

Rerun: PYTHONPATH=<checkout>/src .venv/bin/python bench/moderation/dump_outputs.py OUT
then: cmp OUT_a OUT_b (or diff, to see which texts differ).
"""

from __future__ import annotations

import csv
import hashlib
import sys
from pathlib import Path

import numpy as np

import salon.moderation
from salon.domain.moderation import Submission
from salon.moderation import analysis
from salon.moderation.abuse import abuse_evidence
from salon.moderation.corpus import clean, clean_tweet
from salon.moderation.errors import TextError
from salon.moderation.moderator import Moderator
from salon.moderation.policy import Policy

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "datasets").glob("*.csv")) + sorted(
    (ROOT.parent / "shared" / "datasets").glob("*.csv")
)


def texts() -> list[str]:
    seen: dict[str, None] = {}
    for path in FILES:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                raw = row.get("text") or ""
                for t in (raw, clean(raw), clean_tweet(raw)):
                    seen.setdefault(t, None)
    return list(seen)


def describe(m: Moderator, text: str, i: int) -> str:
    """Everything read from `text` before the models, as one string."""
    try:
        a = m.analyse(text)
    except TextError as exc:
        return f"error {type(exc).__name__} {exc}"
    n = a.norm
    parts = [
        repr((n.plain, n.folded, n.letters, sorted((str(k), v) for k, v in n.disguises.items()))),
        repr([(x.url, x.host, x.domain, x.suffix, x.explicit, x.source) for x in a.links]),
        repr([(s.name, s.value.hex(), s.reason) for s in a.signals]),
        repr([(w.hex(), s.name, s.value.hex(), s.reason) for w, s in abuse_evidence(n.folded)]),
    ]
    rows = m.features.rows([analysis.item(a)], [analysis.plain(a)])
    parts.append(rows.indptr.tobytes().hex())
    parts.append(hashlib.sha256(rows.indices.tobytes() + rows.values.tobytes()).hexdigest())
    sub = Submission(
        text,
        author_name=text[:40] if i % 2 else "Best Dentist Miami",
        author_website="http://cash.gq" if i % 3 == 0 else "",
        author_published_count=i % 2,
        seconds_to_submit=float(i % 5),
    )
    d = m.assess(sub, Policy())
    parts.append(repr((str(d.band), d.spam, d.abuse, d.model_version, d.reasons)))
    return "\n".join(parts)


def main() -> None:
    out = Path(sys.argv[1])
    m = Moderator.load()
    all_texts = texts()
    spam: list[float] = []
    abuse: list[float] = []
    for k in range(0, len(all_texts), 500):
        s, a = m.assess_many(all_texts[k : k + 500])
        spam.extend(s.tolist())
        abuse.extend(a.tolist())
    total = hashlib.sha256()
    with out.open("w") as fh:
        for i, text in enumerate(all_texts):
            scores = f"{float(spam[i]).hex()} {float(abuse[i]).hex()}"
            line = f"{i} {hashlib.sha256((describe(m, text, i) + scores).encode()).hexdigest()}"
            total.update(line.encode())
            fh.write(line + "\n")
        fh.write(f"all {total.hexdigest()}\n")
    assert not np.isnan(spam).all()
    print(f"{len(all_texts)} texts from {len(FILES)} files, code {salon.moderation.__file__}")
    print(f"all {total.hexdigest()}")


if __name__ == "__main__":
    main()
