"""Choose training settings by cross-validation inside the training data only.

Nothing here looks at the hold-outs that bench/moderation/run.py reports: the SMS and
news hold-outs are excluded from the start (corpus.sms_train / news_train only), and
for YouTube every left-out video of run.py is also left out here (inner folds).

- inner leave-one-video-out: for each video V that run.py leaves out, train without V
  and without one more video U and test on U (3 folds per V, 12 in all); "LOVO" below
  is the F1 of the 3 folds of V pooled, and the mean over the four V;
- SMS / news: 5 folds of sms_train and news_train (a CRC-32 of the text), trained with
  everything else; F1 on the SMS folds, share of news ham held.

F1 at the hold threshold 0.35. Uses scipy (the `train` extra) for a fast sparse version
of salon.moderation.fit (same Adam, same loss), so numbers differ from the numpy
trainer's in the last digits. About a minute per setting on one core:

    .venv/bin/python bench/moderation/select_settings.py
"""

from __future__ import annotations

import json
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from salon.moderation import train as T
from salon.moderation.corpus import YOUTUBE, Example, load_corpus
from salon.moderation.features import Featuriser

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = 0.35
# Settings tried, in the order they were tried; the outcome is in the model card. The
# "premium" signal (signals.py) was added between the rows marked below; this script
# always uses the current signals, so rerunning it gives that signal to every row.
# Rule: the highest mean of (inner LOVO mean, inner SMS F1), as long as the share of
# news ham held does not rise above that of the release-1 settings (the first row),
# all rerun on the same data and signals (the news set grew and the "praise_link"
# signal came in after the dropout and n-gram rows; the last rows are the rerun).
SMS_HAM_2 = {"sms-spam|0": 2.0}
R2: dict[str, Any] = {"features": 2, "class_weight": SMS_HAM_2, "per_video": True}
SETTINGS: list[dict[str, Any]] = [
    {"features": 1},  # release 1
    {"features": 1, "l2": 1e-4},
    {"features": 1, "l2": 3e-6},
    {"features": 1, "ham_weight": 1.5},
    {"features": 1, "ham_weight": 2.0},
    {"features": 1, "per_video": True},
    {"features": 1, "source_weight": {"sms-spam": 0.5}},
    {"features": 1, "class_weight": SMS_HAM_2},
    {"features": 1, "class_weight": {"sms-spam|0": 3.0}},
    {"features": 2},
    {"features": 2, "class_weight": {"sms-spam|0": 1.5}},
    {"features": 2, "class_weight": SMS_HAM_2},
    # the "premium" signal from here on
    {"features": 2, "class_weight": SMS_HAM_2},
    {"features": 2, "class_weight": {"sms-spam|0": 1.5}},
    {"features": 2, "class_weight": SMS_HAM_2, "l2": 3e-6},
    {"features": 2, "class_weight": SMS_HAM_2, "l2": 3e-5},
    {"features": 2, "class_weight": {"sms-spam|0": 2.0, "youtube|1": 1.5}},
    {"features": 2, "class_weight": SMS_HAM_2, "steps": 800},
    {"features": 2, "class_weight": {"sms-spam|0": 2.0, "news-comments|0": 2.0}},
    {"features": 2, "class_weight": SMS_HAM_2, "per_video": True},  # chosen: release 2
    # release 3: feature dropout and shorter character n-grams; the wallet-address and
    # bare-host changes to signals/domains were made before these rows
    {**R2, "dropout": 0.3},
    {**R2, "dropout": 0.5},
    {**R2, "dropout": 0.5, "steps": 800},
    {**R2, "dropout": 0.2},
    {**R2, "dropout": 0.3, "keep_signals": True},
    {**R2, "dropout": 0.3, "l2": 3e-6},
    {**R2, "dropout": 0.3, "keep_signals": True, "steps": 600},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 6]},
    {**R2, "dropout": 0.3, "char_ngrams": [2, 5]},
    {**R2, "dropout": 0.3, "lr": 0.02},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 3]},
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4]},
    {**R2, "dropout": 0.3, "char_ngrams": [2, 4]},
    {**R2, "dropout": 0.4, "char_ngrams": [3, 4]},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "class_weight": {"sms-spam|0": 1.5}},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "l2": 3e-5},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4]},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "smooth": 0.05},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "rare_l2": 10},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "rare_l2": 10, "rare_by": "video"},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "bag": 3},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "rare_l2": 100, "rare_by": "video"},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "smooth": 0.1},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "smooth": 0.02},
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4], "smooth": 0.05},
    {**R2, "char_ngrams": [3, 4], "smooth": 0.05},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "smooth": 0.03},
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4], "smooth": 0.02},
    # rerun on the final data and inputs (enlarged news set, praise and source-link signals,
    # ordinary links in the augmentation, phrasing in six more languages), for the rule
    {"features": 1},
    R2,
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4]},
    {**R2, "dropout": 0.3, "char_ngrams": [3, 4], "smooth": 0.02},
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4], "smooth": 0.02},
    # after the plural fix in phrases.py: the four rows above again, then around the choice
    {
        **R2,
        "dropout": 0.2,
        "char_ngrams": [3, 4],
        "smooth": 0.02,
        "class_weight": {"sms-spam|0": 1.5},
    },
    {
        **R2,
        "dropout": 0.2,
        "char_ngrams": [3, 4],
        "smooth": 0.02,
        "class_weight": {"sms-spam|0": 3.0},
    },
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4], "smooth": 0.02, "l2": 3e-6},
    {**R2, "dropout": 0.2, "char_ngrams": [3, 4], "smooth": 0.02, "steps": 600},  # release 3
]


def augment_tracked(examples: list[Example]) -> tuple[list[Example], np.ndarray]:
    """train.augment, remembering which example each copy came from."""
    out, origin = T.augment_with_origin(examples, T.SEED)
    return out, np.array(origin)


def fit_fast(
    x: sp.csr_matrix,
    y: np.ndarray,
    sw: np.ndarray,
    l2: float,
    steps: int,
    lr: float,
    dropout: float = 0.0,
    keep_signals: bool = False,
    seed: int = 7,
    smooth: float = 0.0,
    rare_l2: float = 1.0,
    groups: np.ndarray | None = None,
) -> tuple[np.ndarray, float]:
    sw = sw / sw.sum()
    cols = np.unique(x.indices)
    xc = x[:, cols].tocsr()
    xt = xc.T.tocsr()
    rng = np.random.default_rng(seed)
    y = y * (1 - 2 * smooth) + smooth
    l2v = np.full(len(cols), l2)
    if rare_l2 != 1.0 and groups is not None:
        # columns seen in one source only are penalised rare_l2 times harder
        codes = np.unique(groups, return_inverse=True)[1]
        seen = np.zeros((len(cols), codes.max() + 1), bool)
        coo = xc.tocoo()
        seen[coo.col, codes[coo.row]] = True
        l2v[seen.sum(axis=1) <= 1] *= rare_l2
    base = xc.data.copy()
    # keep_signals: drop only hashed n-grams, never the signal columns.
    always = cols[xc.indices] >= (1 << T.BITS) if keep_signals else np.zeros(len(base), bool)
    w = np.zeros(len(cols))
    b = 0.0
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    mb = vb = 0.0
    for t in range(1, steps + 1):
        if dropout:
            keep = (rng.random(len(base)) >= dropout) | always
            xc.data = base * np.where(always, 1.0, keep / (1 - dropout))
            xt = xc.T
        g = (1 / (1 + np.exp(-np.clip(xc @ w + b, -40, 40))) - y) * sw
        gw = xt @ g + l2v * w
        gb = float(g.sum())
        m = 0.9 * m + 0.1 * gw
        v = 0.999 * v + 0.001 * gw * gw
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb * gb
        c1, c2 = 1 - 0.9**t, 1 - 0.999**t
        w -= lr * (m / c1) / (np.sqrt(v / c2) + 1e-8)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    full = np.zeros(x.shape[1])
    full[cols] = w
    return full, b


def f1(scores: np.ndarray, y: np.ndarray, threshold: float = THRESHOLD) -> float:
    p = scores >= threshold
    t = y == 1
    tp, fp, fn = (p & t).sum(), (p & ~t).sum(), (~p & t).sum()
    return float(2 * tp / (2 * tp + fp + fn))


class Selection:
    def __init__(self, data: Path) -> None:
        corpus = load_corpus(data, ROOT / "datasets")
        self.base = [e for v in YOUTUBE for e in corpus.youtube[v]]
        self.base += corpus.sms_train + corpus.news_train
        self.aug, self.origin = augment_tracked(self.base)
        self.src = np.array([e.source for e in self.aug])
        self.y = np.array([e.label for e in self.aug], dtype=float)
        self.fold = np.array(
            [zlib.crc32(("f" + e.text).encode("utf-8", "surrogatepass")) % 5 for e in self.base]
        )
        self._x: dict[tuple[int, tuple[int, int]], sp.csr_matrix] = {}

    def x(self, features: int, char_ngrams: tuple[int, int] = (3, 5)) -> sp.csr_matrix:
        key = (features, char_ngrams)
        if key not in self._x:
            texts = T.Texts()
            texts.features = Featuriser(bits=T.BITS, features=features, char_ngrams=char_ngrams)
            r = texts.rows(e.text for e in self.aug)
            shape = (len(r), texts.features.width)
            self._x[key] = sp.csr_matrix(
                (r.values.astype(np.float64), r.indices, r.indptr), shape=shape
            )
        return self._x[key]

    def weights(self, mask: np.ndarray, cfg: dict[str, Any]) -> np.ndarray:
        group = ["youtube" if s.startswith("youtube") else str(s) for s in self.src]
        keys = [(g, int(label)) for g, label in zip(group, self.y, strict=True)]
        count = Counter(k for k, m in zip(keys, mask, strict=True) if m)
        per_video = Counter(
            (s, int(label))
            for s, label, m in zip(self.src, self.y, mask, strict=True)
            if m and s.startswith("youtube")
        )
        n_videos = len({s for s in self.src[mask] if s.startswith("youtube")})
        sw = np.zeros(len(self.y))
        for i in np.nonzero(mask)[0]:
            g, label = keys[i]
            w = cfg.get("source_weight", {}).get(g, 1.0)
            w *= 1.0 if label else cfg.get("ham_weight", 1.0)
            w *= cfg.get("class_weight", {}).get(f"{g}|{label}", 1.0)
            if cfg.get("per_video") and g == "youtube":
                sw[i] = w / n_videos / per_video[(self.src[i], label)]
            else:
                sw[i] = w / count[(g, label)]
        return sw

    def scores(self, cfg: dict[str, Any], train: np.ndarray, test: np.ndarray) -> np.ndarray:
        x = self.x(cfg.get("features", 2), tuple(cfg.get("char_ngrams", (3, 5))))
        sw = self.weights(train, cfg)
        group = np.array(["youtube" if s.startswith("youtube") else s for s in self.src])
        fits = [
            fit_fast(
                x[train],
                self.y[train],
                sw[train],
                cfg.get("l2", 1e-5),
                cfg.get("steps", 400),
                cfg.get("lr", 0.05),
                cfg.get("dropout", 0.0),
                cfg.get("keep_signals", False),
                seed=7 + k,
                smooth=cfg.get("smooth", 0.0),
                rare_l2=cfg.get("rare_l2", 1.0),
                groups=(self.src if cfg.get("rare_by") == "video" else group)[train],
            )
            for k in range(cfg.get("bag", 1))
        ]
        w = np.mean([f[0] for f in fits], axis=0)
        b = float(np.mean([f[1] for f in fits]))
        return np.asarray(1 / (1 + np.exp(-(x[test] @ w + b))))

    def evaluate(self, cfg: dict[str, Any]) -> dict[str, Any]:
        video = np.array([e.source for e in self.base])
        lovo = {}
        pooled_s: list[np.ndarray] = []
        pooled_y: list[np.ndarray] = []
        for v in YOUTUBE:
            s_all, y_all = [], []
            for u in YOUTUBE:
                if u == v:
                    continue
                train = ~np.isin(self.src, [f"youtube-spam-{v}", f"youtube-spam-{u}"])
                test = np.nonzero(video == f"youtube-spam-{u}")[0]
                s_all.append(self.scores(cfg, train, test))
                y_all.append(self.y[test])
            lovo[v] = f1(np.concatenate(s_all), np.concatenate(y_all))
            pooled_s += s_all
            pooled_y += y_all
        sms_s, sms_y, news_s, news_y = [], [], [], []
        for k in range(5):
            test = np.nonzero((self.fold == k) & np.isin(video, ["sms-spam", "news-comments"]))[0]
            train = ~np.isin(self.origin, test)
            s = self.scores(cfg, train, test)
            is_sms = video[test] == "sms-spam"
            sms_s.append(s[is_sms])
            sms_y.append(self.y[test][is_sms])
            news_s.append(s[~is_sms])
            news_y.append(self.y[test][~is_sms])
        ns, ny = np.concatenate(news_s), np.concatenate(news_y)
        ls, ly = np.concatenate(pooled_s), np.concatenate(pooled_y)
        ss, sy = np.concatenate(sms_s), np.concatenate(sms_y)
        # The hold threshold, seen from the inner folds: (LOVO pooled, SMS, news ham held).
        by_threshold = {
            t: (
                round(f1(ls, ly, t), 4),
                round(f1(ss, sy, t), 4),
                round(float((ns[ny == 0] >= t).mean()), 4),
            )
            for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
        }
        # The auto-spam band, all inner folds pooled: precision and recall at each threshold.
        all_s = np.concatenate([ls, ss, ns])
        all_y = np.concatenate([ly, sy, ny]) == 1
        auto_band = {
            t: (
                round(float(all_y[all_s >= t].mean()), 4) if (all_s >= t).any() else 1.0,
                round(float((all_s[all_y] >= t).mean()), 4),
            )
            for t in (0.8, 0.85, 0.9, 0.95)
        }
        return {
            "auto_band": auto_band,
            "lovo": {k: round(v, 4) for k, v in lovo.items()},
            "lovo_mean": round(float(np.mean(list(lovo.values()))), 4),
            "sms_f1": round(f1(np.concatenate(sms_s), np.concatenate(sms_y)), 4),
            "news_ham_held": round(float((ns[ny == 0] >= THRESHOLD).mean()), 4),
            "by_threshold": by_threshold,
        }


def main() -> None:
    data = ROOT.parent / "shared" / "datasets"
    settings = [json.loads(a) for a in sys.argv[1:]] or SETTINGS
    sel = Selection(data)
    for cfg in settings:
        print(json.dumps(cfg), json.dumps(sel.evaluate(cfg)), flush=True)


if __name__ == "__main__":
    main()
