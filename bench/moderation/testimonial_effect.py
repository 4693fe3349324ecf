"""What the testimonial rule (moderation/testimonial.py) changes on the fresh hold-outs:
each set scored as shipped, and again with the rule's log-odds taken back out; how often
it fires on spam and on legitimate comments. Reads the same sets as run.py, changes
nothing (the stop 23 figures in the model card come from its first run).

Rerun: .venv/bin/python bench/moderation/testimonial_effect.py   (~15 s)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from salon.moderation import Moderator, testimonial
from salon.moderation.corpus import SPAM_LABELS, read_csv
from salon.moderation.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35
SETS = ("multilingual-fresh-r11.csv", "multilingual-fresh-r10.csv", "multilingual-batch10.csv")


def rates(p: np.ndarray, y: np.ndarray) -> str:
    flagged = p >= HOLD
    tp, fp, fn = (flagged & y).sum(), (flagged & ~y).sum(), (~flagged & y).sum()
    f1 = 2 * tp / (2 * tp + fp + fn)
    return (
        f"F1 {f1:.3f} · held {100 * fp / (~y).sum():.1f} % / published {100 * fn / y.sum():.1f} %"
    )


def main() -> None:
    m = Moderator.load()
    for file in SETS:
        exs = read_csv(ROOT / "datasets" / file, SPAM_LABELS)
        with_rule, _ = m.assess_many([e.text for e in exs])
        y = np.array([e.label for e in exs], dtype=bool)
        fire = np.array([bool(testimonial.evidence(normalise(e.text).folded)) for e in exs])
        logit = np.log(with_rule / (1 - with_rule)) - testimonial.WEIGHT * fire
        without = 1 / (1 + np.exp(-logit))
        print(f"{file}: fires on {int(fire[y].sum())} spam and {int(fire[~y].sum())} legitimate")
        print(f"    without the rule {rates(without, y)}")
        print(f"    with the rule    {rates(with_rule, y)}")


if __name__ == "__main__":
    main()
