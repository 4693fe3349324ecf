"""What the text rules (moderation/text_rules.py: the testimonial and earnings-story
rules) change on the fresh hold-outs: each set scored as shipped, and again with one
rule's log-odds, then every rule's, taken back out; how often each fires on spam and on
legitimate comments. Reads the same sets as run.py and changes nothing (the model card's
stop 23 figures come from its runs).

Rerun: .venv/bin/python bench/moderation/text_rules_effect.py   (~15 s)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from salon.moderation import Moderator, text_rules
from salon.moderation.corpus import SPAM_LABELS, read_csv
from salon.moderation.normalise import normalise

sys.path.insert(0, str(Path(__file__).parent))
from select_r7 import rates_at  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35
SETS = (
    "multilingual-fresh-r14.csv",
    "multilingual-fresh-r13.csv",
    "multilingual-fresh-r12.csv",
    "multilingual-fresh-r11.csv",
    "multilingual-fresh-r10.csv",
    "multilingual-batch10.csv",
)


def without(scores: np.ndarray, added: np.ndarray) -> np.ndarray:
    """Spam probabilities with the log-odds `added` (a rule's, per text) taken back out."""
    return 1 / (1 + np.exp(-(np.log(scores / (1 - scores)) - added)))


def main() -> None:
    m = Moderator.load()
    for file in SETS:
        path = ROOT / "datasets" / file
        if not path.is_file():
            continue
        exs = read_csv(path, SPAM_LABELS)
        shipped, _ = m.assess_many([e.text for e in exs])
        y = np.array([e.label for e in exs], dtype=bool)
        folded = [normalise(e.text).folded for e in exs]
        added = {}
        for rule in text_rules.RULES:
            name = rule.name
            found = [text_rules.evidence(f, name) for f in folded]
            added[name] = np.array([sum(w for w, _ in f) for f in found])
            fired = added[name] > 0
            counts = int(fired[y].sum()), int(fired[~y].sum())
            print(f"{file}: {name} fires on {counts[0]} spam, {counts[1]} legitimate")
        print(f"    without any rule  {rates_at(without(shipped, sum(added.values())), y, HOLD)}")
        for name, extra in added.items():
            print(f"    without {name:12} {rates_at(without(shipped, extra), y, HOLD)}")
        print(f"    shipped           {rates_at(shipped, y, HOLD)}")


if __name__ == "__main__":
    main()
