"""Experiment (stop 21): does nearness to known spam, as a nonlinear use of the sentence
vectors, add to the linear spam model?

For each text, s = the highest cosine between its sentence vector and the vectors of the
fitting side's spam, h = the same against its legitimate comments; the linear model's
logit gets alpha * (s - h) added. Same 2-fold inner CV on the TRAINING parts only as
select_r9.py (release 9's data, weights and vectors, scale 0.3): the frozen split, the
hold-outs and both fresh sets are never read here. "centroids@K" uses K k-means centres
per class instead of every fitting row (what a shipped model could afford per comment).

Rerun: .venv/bin/python bench/moderation/select_knn.py [--alphas 0,2,8] [--modes pca@128]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from salon.moderation import analysis, features, neighbours, train
from salon.moderation.corpus import Example, load_corpus
from salon.moderation.sentence import SentenceVectors

sys.path.insert(0, str(Path(__file__).parent))
import select_r8  # noqa: E402
from select_r7 import _labels, rates_at, training_parts  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ALPHAS = (0.0, 1.0, 2.0, 4.0, 8.0)


def _arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def vectors(sv: SentenceVectors, texts: train.Texts, exs: list[Example]) -> np.ndarray:
    found = analysis.analyses(texts.domains, [e.text for e in exs])
    return sv.vectors([analysis.plain(a) for a in found])


def centroids(v: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """k spherical k-means centres of unit vectors (20 rounds, deterministic)."""
    if len(v) <= k:
        return v
    rng = np.random.default_rng(seed)
    c = v[rng.choice(len(v), k, replace=False)]
    for _ in range(20):
        near = np.argmax(v @ c.T, axis=1)
        for j in range(k):
            members = v[near == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / max(np.linalg.norm(m), 1e-6)
    return c


def main() -> None:
    select_r8.configure(select_r8.SETTINGS["r8+multi2+ham6"])  # release 9 = r8 data + vectors
    train.SENTENCES = True
    features.SENTENCE_SCALE = 0.3
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    youtube = [e for rows in corpus.youtube.values() for e in rows]
    parts = training_parts(corpus)
    texts = train.Texts()
    sv = SentenceVectors.load()
    modes = _arg("--modes", "all,spam-only,ham@1000,pca@128,centroids@256").split(",")
    alphas = [float(a) for a in _arg("--alphas", ",".join(map(str, ALPHAS))).split(",")]
    logits: dict[str, list[np.ndarray]] = {m: [] for m in modes}
    base: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    part_of: list[str] = []
    for k in (0, 1):
        fit_on = list(youtube)
        for rows, fold in parts.values():
            fit_on += [e for e in rows if fold(e.text) != k]
        model = train.train_model(texts, train.augment(fit_on), "spam", [])
        test = [e for rows, fold in parts.values() for e in rows if fold(e.text) == k]
        base.append(model.logits(texts.rows(e.text for e in test)))
        labels.append(_labels(test))
        part_of += [p for p, (rows, fold) in parts.items() for e in rows if fold(e.text) == k]
        fv, tv = vectors(sv, texts, fit_on), vectors(sv, texts, test)
        y = _labels(fit_on)
        for mode in modes:
            spam, ham, t = fv[y], fv[~y], tv
            if mode.startswith("centroids"):
                n = int(mode.split("@")[1])
                spam, ham = centroids(spam, n), centroids(ham, n)
            elif mode == "ham@1000":
                ham = ham[np.random.default_rng(0).choice(len(ham), 1000, replace=False)]
            elif mode.startswith("pca"):
                # What ships (moderation/neighbours.py): the fitting side's directions only.
                if int(mode.split("@")[1]) != neighbours.DIMS:
                    raise SystemExit(f"the shipped code keeps {neighbours.DIMS} directions")
                near = neighbours.Neighbours.build(fv, y, "")
                logits[mode].append(near.term(tv) / near.meta["alpha"])
                continue
            near_ham = 0.0 if mode == "spam-only" else (t @ ham.T).max(axis=1)
            logits[mode].append((t @ spam.T).max(axis=1) - near_ham)
        print(f"fold {k}: {len(fit_on)} fitted, {len(test)} scored", flush=True)
    z, y = np.concatenate(base), np.concatenate(labels)
    where = np.array(part_of)
    for mode in modes:
        d = np.concatenate(logits[mode])
        if mode == "spam-only":
            d = d - np.median(d)  # a constant shift would only move the threshold
        for alpha in alphas:
            s = 1 / (1 + np.exp(-(z + alpha * d)))
            print(f"{mode:14} alpha {alpha:3.1f}")
            for t in (0.3, 0.35, 0.4):
                print(f"    hold at {t:.2f}: {rates_at(s, y, t)}")
            for part in parts:
                i = where == part
                print(f"      {part:13} at 0.35: {rates_at(s[i], y[i], 0.35)}")


if __name__ == "__main__":
    main()
