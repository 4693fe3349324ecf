"""A small, deterministic logistic-regression trainer in numpy.

Full-batch Adam on weighted log-loss with L2: no random order, no threads, and feature
dropout drawn from a seeded generator, so the same data gives the same arrays bit for bit
(what `salon moderation train` promises).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from salon.moderation.features import Rows
from salon.moderation.model import LinearModel, sigmoid


def fit(
    rows: Rows,
    targets: Sequence[float] | npt.NDArray[np.float64],
    *,
    width: int,
    sample_weight: npt.NDArray[np.float64] | None = None,
    l2: float = 1e-4,
    steps: int = 300,
    lr: float = 0.05,
    init: LinearModel | None = None,
    meta: dict[str, object] | None = None,
    update_bias: bool = True,
    dropout: float = 0.0,
    seed: int = 0,
    smooth: float = 0.0,
    offset: npt.NDArray[np.float64] | None = None,
) -> LinearModel:
    """Minimise mean weighted log-loss + l2/2 * |w - w0|^2 from `init` (w0) or zero.

    `update_bias=False` keeps the intercept: a batch of labels from one class must not
    shift every score on the site. `dropout` > 0 zeroes that share of each row's inputs
    at every step (and scales the rest up), so the model cannot lean on a few words of
    one source ("channel", "check") and spreads its weight over all the evidence; this
    generalised better to unseen sources in cross-validation. `smooth` > 0 trains towards
    targets smooth and 1 - smooth instead of 0 and 1 (label smoothing): the public sets'
    labels are noisy ("Thumbs up if you watched it in 2011" is ham, "Thumbs up if you're
    watching while youtube still exists" is spam), and a model that need not be certain
    of them leans less on any one example. `offset` (log-odds per row) is added to every
    row's score while fitting and is not learnt: evidence the served score adds outside
    the model (the nearness to known spam, neighbours.py), so the model learns only
    what that evidence does not already say.
    """
    if not 0.0 <= dropout < 1.0:
        raise ValueError("dropout must be in [0, 1)")
    if not 0.0 <= smooth < 0.5:
        raise ValueError("smooth must be in [0, 0.5)")
    y = np.asarray(targets, dtype=np.float64) * (1.0 - 2.0 * smooth) + smooth
    n = len(rows)
    if n == 0 or len(y) != n:
        raise ValueError("fit needs as many targets as rows, and at least one row")
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    sw = sw / sw.sum()
    off = np.zeros(n) if offset is None else np.asarray(offset, dtype=np.float64)
    if off.shape != (n,):
        raise ValueError("fit needs one offset a row")
    row_of = np.repeat(np.arange(n), np.diff(rows.indptr))
    vals = rows.values.astype(np.float64)
    # Only columns that occur in the data move; the others keep their start value
    # (zero, or the shipped model's weight when fine-tuning a site's copy).
    cols, inverse = np.unique(rows.indices, return_inverse=True)
    if init is not None:
        w = init.weights[cols].astype(np.float64)
        b = float(init.bias)
        prior = w.copy()
    else:
        w = np.zeros(len(cols))
        b = 0.0
        prior = np.zeros(len(cols))
    m_w = np.zeros_like(w)
    v_w = np.zeros_like(w)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    rng = np.random.default_rng(seed)
    x = vals
    for t in range(1, steps + 1):
        if dropout:
            x = vals * (rng.random(len(vals)) >= dropout) / (1.0 - dropout)
        z = np.bincount(row_of, weights=w[inverse] * x, minlength=n) + b + off
        g_row = (sigmoid(z) - y) * sw
        g_w = np.asarray(
            np.bincount(inverse, weights=g_row[row_of] * x, minlength=len(cols)),
            dtype=np.float64,
        )
        # Shrink towards the starting point, so fine-tuning stays near the shipped model.
        g_w += l2 * (w - prior)
        g_b = float(g_row.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        corr1 = 1 - beta1**t
        corr2 = 1 - beta2**t
        w -= lr * (m_w / corr1) / (np.sqrt(v_w / corr2) + eps)
        if update_bias:
            b -= lr * (m_b / corr1) / (np.sqrt(v_b / corr2) + eps)
    weights = init.weights.copy() if init is not None else np.zeros(width, dtype=np.float32)
    weights[cols] = w.astype(np.float32)
    base_meta = dict(init.meta) if init is not None else {}
    base_meta.update(meta or {})
    return LinearModel(weights, float(b), base_meta)
