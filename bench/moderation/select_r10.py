"""Release 10 selection: does batch 10 of multilingual-comments.csv (datasets/
multilingual_r10.py) belong in the training data?

Same 2-fold inner CV on the TRAINING parts only as select_knn.py, scoring as Salon serves
(release 9's data, weights and vectors at scale 0.3, plus the nearness term of
moderation/neighbours.py built from the fitting side). "r9" fits without batch 10's rows,
"r10" with them; both score the same out-of-fold rows. The frozen split, the SMS / news
hold-outs and every fresh set are never read here.

The rule, committed before this first ran: ship batch 10 when, on the rows that are not
batch 10's (its writer's own rows flatter it), r10's pooled F1 at the hold threshold 0.35
is at least r9's minus 0.002 and it holds at most 2 more legitimate rows; otherwise leave
batch 10 out of the training data.

Rerun: .venv/bin/python bench/moderation/select_r10.py   (~3 min)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

from salon.moderation import features, neighbours, train
from salon.moderation.corpus import (
    MULTI_FILE,
    MULTI_FROZEN,
    SPAM_LABELS,
    Example,
    clean,
    load_corpus,
    read_csv,
    split_frozen,
)
from salon.moderation.sentence import SentenceVectors

sys.path.insert(0, str(Path(__file__).parent))
import select_r8  # noqa: E402
from select_knn import vectors  # noqa: E402
from select_r7 import _labels, rates_at, training_parts  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35


# Batch 10 was refused by the rule below, so it lives in its own file (make_multilingual.py)
# and the corpus no longer reads it; this script puts its training part back.
B10_FILE = ROOT / "datasets" / "multilingual-batch10.csv"


def batch_of() -> dict[str, str]:
    out = {}
    for path in (ROOT / "datasets" / MULTI_FILE, B10_FILE):
        with path.open(encoding="utf-8") as fh:
            out.update({clean(r["text"]): r["batch"] for r in csv.DictReader(fh)})
    return out


def batch10_training_part() -> list[Example]:
    """Batch 10's rows outside the frozen 30 %, as the corpus read them when they were in
    multilingual-comments.csv (same cleaning, same source name, same split)."""
    rows = read_csv(B10_FILE, SPAM_LABELS)
    found = [Example(clean(e.text), e.label, "multilingual-comments", e.lang) for e in rows]
    return split_frozen([e for e in found if e.text], MULTI_FROZEN)[0]


def scores(with_b10: bool) -> tuple[np.ndarray, np.ndarray, list[Example], list[str]]:
    """Out-of-fold spam probabilities as served (model + nearness), labels, rows, parts."""
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    batches = batch_of()
    youtube = [e for rows in corpus.youtube.values() for e in rows]
    parts = training_parts(corpus)
    multi, fold_of = parts["multilingual"]
    parts["multilingual"] = (multi + batch10_training_part(), fold_of)
    texts = train.Texts()
    sv = SentenceVectors.load()
    out_s, out_y, out_e, out_p = [], [], [], []
    for k in (0, 1):
        fit_on = list(youtube)
        for rows, fold in parts.values():
            fit_on += [
                e for e in rows if fold(e.text) != k and (with_b10 or batches.get(e.text) != "10")
            ]
        model = train.train_model(texts, train.augment(fit_on), "spam", [])
        near = neighbours.Neighbours.build(vectors(sv, texts, fit_on), _labels(fit_on), "")
        for part, (rows, fold) in parts.items():
            test = [e for e in rows if fold(e.text) == k]
            z = model.logits(texts.rows(e.text for e in test)) + near.term(vectors(sv, texts, test))
            out_s.append(1 / (1 + np.exp(-z)))
            out_y.append(_labels(test))
            out_e += test
            out_p += [part] * len(test)
    return np.concatenate(out_s), np.concatenate(out_y), out_e, out_p


def main() -> None:
    select_r8.configure(select_r8.SETTINGS["r8+multi2+ham6"])  # release 9's weights
    train.SENTENCES = True
    features.SENTENCE_SCALE = 0.3
    batches = batch_of()
    for name, with_b10 in (("r9 (without batch 10)", False), ("r10 (with batch 10)", True)):
        s, y, exs, where = scores(with_b10)
        b10 = np.array([batches.get(e.text) == "10" for e in exs])
        p = np.array(where)
        print(f"== {name}", flush=True)
        print(f"  rows not of batch 10 at {HOLD}: {rates_at(s[~b10], y[~b10], HOLD)}")
        print(f"  batch 10 rows at {HOLD}:        {rates_at(s[b10], y[b10], HOLD)}")
        for part in ("multilingual", "sms", "news"):
            i = (p == part) & ~b10
            print(f"    {part:13} (not batch 10) {rates_at(s[i], y[i], HOLD)}")


if __name__ == "__main__":
    main()
