"""Release 4 selection round: the implicit-abuse source's weight in the abuse model,
chosen by 2-fold cross-validation inside the TRAINING part of implicit-abuse.csv (the
frozen 40 % is never read here). Rerun: .venv/bin/python bench/moderation/select_implicit.py
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import numpy as np

from salon.moderation import train
from salon.moderation.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).parent))
from run import roc_auc  # noqa: E402


def main() -> None:
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    texts = train.Texts()
    base = [e for e in train.abuse_examples(corpus) if e.source != "implicit-abuse"]
    imp = corpus.implicit_train
    fold = [zlib.crc32(b"inner:" + e.text.encode()) % 2 for e in imp]
    for weight in (1.0, 3.0):
        train.SOURCE_WEIGHT["implicit-abuse"] = weight
        aucs = []
        for k in (0, 1):
            fit_on = [e for e, f in zip(imp, fold, strict=True) if f != k]
            test = [e for e, f in zip(imp, fold, strict=True) if f == k]
            model = train.train_model(texts, base + fit_on, "abuse", [])
            s = model.logits(texts.rows(e.text for e in test))
            aucs.append(roc_auc(np.asarray(s), [e.label for e in test]))
        print(f"implicit weight {weight}: inner AUC {np.mean(aucs):.3f} ({aucs})")


if __name__ == "__main__":
    main()
