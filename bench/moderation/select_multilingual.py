"""Release 5 selection round: the multilingual source's weight in the spam model, chosen
by 2-fold cross-validation inside the TRAINING part of multilingual-comments.csv (the
frozen 30 % is never read here). Each fold is whole templates (the frozen split's key with
another salt), so two phone formats of one spam never sit on both sides.
Rerun: .venv/bin/python bench/moderation/select_multilingual.py [weight[:spam] ...]
("3" weighs the whole source 3 times; "1:2" weighs its spam twice, its ham once.)
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import numpy as np

from salon.moderation import corpus as corpus_module
from salon.moderation import train
from salon.moderation.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35


def fold_of(text: str) -> int:
    key = corpus_module._VARIANT.sub("", text)
    return zlib.crc32(b"inner-r5:" + key.encode("utf-8", "surrogatepass")) % 2


def main() -> None:
    settings = sys.argv[1:] or ["1", "3"]
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    texts = train.Texts()
    others = [e for e in corpus.spam_train() if e.source != "multilingual-comments"]
    multi = corpus.multi_train
    fold = [fold_of(e.text) for e in multi]
    for setting in settings:
        weight, _, spam = setting.partition(":")
        train.SOURCE_WEIGHT["multilingual-comments"] = float(weight)
        train.CLASS_WEIGHT[("multilingual-comments", 1)] = float(spam or 1)
        scores: list[float] = []
        labels: list[int] = []
        for k in (0, 1):
            fit_on = [e for e, f in zip(multi, fold, strict=True) if f != k]
            test = [e for e, f in zip(multi, fold, strict=True) if f == k]
            model = train.train_model(texts, train.augment(others + fit_on), "spam", [])
            z = model.logits(texts.rows(e.text for e in test))
            scores.extend(1 / (1 + np.exp(-z)))
            labels.extend(e.label for e in test)
        s, y = np.array(scores), np.array(labels) == 1
        held = s >= HOLD
        tp, fp, fn = int((held & y).sum()), int((held & ~y).sum()), int((~held & y).sum())
        print(
            f"multilingual weight {setting}: inner F1 {2 * tp / (2 * tp + fp + fn):.3f}, "
            f"ham held {held[~y].mean():.1%}, spam published {(~held[y]).mean():.1%} "
            f"(n = {len(s)})"
        )


if __name__ == "__main__":
    main()
