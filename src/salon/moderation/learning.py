"""Learning from moderators: online updates of a site's spam model, and safe promotion.

A site starts from the shipped model; every approve / spam decision is a label. `learn`
nudges a copy of the model towards a batch of labels; `promote_if_not_worse` only lets
the new copy replace the old one when its precision on a frozen hold-out does not drop.
Serialise models with `model.to_bytes` / `model.from_bytes` (npz, no pickle).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from salon.domain.moderation import Label
from salon.moderation.errors import ModelError
from salon.moderation.fit import fit
from salon.moderation.model import LinearModel, from_bytes, sigmoid, to_bytes
from salon.moderation.moderator import Moderator
from salon.moderation.site_memory import SiteMemory

__all__ = [
    "from_bytes",
    "holdout_loss",
    "holdout_precision",
    "learn",
    "promote_if_not_worse",
    "remember",
    "spam_target",
    "to_bytes",
]


def spam_target(label: Label | str) -> float | None:
    """What a moderator's label teaches the spam model: 1 spam, 0 not spam, None nothing.

    Abuse is a real comment, just a nasty one, so it is "not spam"; a plain delete says
    nothing about spam.
    """
    label = Label(label)
    if label is Label.SPAM:
        return 1.0
    if label in (Label.APPROVE, Label.ABUSE):
        return 0.0
    return None


def learn(
    model: LinearModel,
    batch: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    *,
    steps: int = 30,
    lr: float = 0.02,
    l2: float = 1e-3,
    trusted: frozenset[str] = frozenset(),
    memory: SiteMemory | None = None,
) -> LinearModel:
    """Return a copy of `model` updated towards the labelled texts in `batch`.

    Weighted so both classes count equally, anchored to the starting weights (l2 pulls
    back towards them) and with the intercept frozen. The input model is unchanged. A
    model from another release (other features) is replaced by the shipped one first.
    `memory`: the site's remembered comments as they were before this batch (the nearness
    term the served score adds, so the model learns the rest).
    """
    if not moderator.compatible(model):
        model = moderator.spam
    pairs = [(text, spam_target(label)) for text, label in batch]
    usable = [(text, y) for text, y in pairs if y is not None and text.strip()]
    if not usable:
        return model
    texts = [t for t, _ in usable]
    y = np.array([float(t) for _, t in usable])
    n_pos = max(int(y.sum()), 1)
    n_neg = max(len(y) - int(y.sum()), 1)
    weights = np.where(y == 1.0, 1.0 / n_pos, 1.0 / n_neg)
    rows = moderator.rows(texts, trusted)
    updated = fit(
        rows,
        y,
        width=len(model.weights),
        sample_weight=weights,
        l2=l2,
        steps=steps,
        lr=lr,
        init=model,
        update_bias=False,
        # Served scores add the nearness to known spam: the site's model learns the rest.
        offset=moderator.nearness(rows, memory),
    )
    return updated.with_weights(
        updated.weights,
        updated.bias,
        site_labels=int(model.meta.get("site_labels", 0)) + len(usable),
    )


def remember(
    memory: SiteMemory | None,
    batch: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    trusted: frozenset[str] = frozenset(),
) -> SiteMemory | None:
    """The site's memory with the labelled texts of `batch` added (site_memory.py): spam as
    known spam, approved and abusive comments as legitimate; None without neighbours."""
    pairs = [(text, spam_target(label)) for text, label in batch]
    usable = [(text, y == 1.0) for text, y in pairs if y is not None and text.strip()]
    return moderator.remember(memory, usable, trusted)


def holdout_precision(
    model: LinearModel,
    holdout: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    threshold: float = 0.5,
    trusted: frozenset[str] = frozenset(),
    memory: SiteMemory | None = None,
) -> float:
    """Precision of the spam class on labelled texts (1.0 when nothing is flagged), scored
    with `model` and the site's `memory`.

    Raises ModelError for a model from another release (see Moderator.compatible).
    """
    scored = _scored(model, holdout, moderator, trusted, memory)
    if scored is None:
        return 1.0
    z, truth = scored
    flagged = sigmoid(z) >= threshold
    if not flagged.any():
        return 1.0
    return float((flagged & truth).sum() / flagged.sum())


def holdout_loss(
    model: LinearModel,
    holdout: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    trusted: frozenset[str] = frozenset(),
    memory: SiteMemory | None = None,
) -> float:
    """Log-loss on labelled texts, each class's mean counted once (0.0 with no labels),
    scored with `model` and the site's `memory`: lower is better at both holding spam and
    publishing the rest, however few of either the hold-out has.

    Raises ModelError for a model from another release (see Moderator.compatible).
    """
    scored = _scored(model, holdout, moderator, trusted, memory)
    if scored is None:
        return 0.0
    z, truth = scored
    # -log sigmoid(z) for spam, -log(1 - sigmoid(z)) for the rest, without overflow.
    loss = np.logaddexp(0.0, np.where(truth, -z, z))
    return float(sum(loss[k].mean() for k in (truth, ~truth) if k.any()))


def promote_if_not_worse(
    old: LinearModel,
    new: LinearModel,
    holdout: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    trusted: frozenset[str] = frozenset(),
    memory: SiteMemory | None = None,
) -> bool:
    """True when `new` may replace `old`: its class-balanced log-loss on the frozen hold-out
    (holdout_loss) is not higher. Precision alone let a refit through that published more
    spam, and one whose hold-out had no legitimate comment through anything.

    Both are scored with the site's `memory` (what its moderators did is not in question;
    the model's estimate is). An `old` model from another release cannot be scored and is
    always replaced.
    """
    if not moderator.compatible(new):
        return False
    if not moderator.compatible(old):
        return True
    before = holdout_loss(old, holdout, moderator, trusted, memory)
    after = holdout_loss(new, holdout, moderator, trusted, memory)
    return after <= before


def _scored(
    model: LinearModel,
    holdout: Sequence[tuple[str, Label | str]],
    moderator: Moderator,
    trusted: frozenset[str],
    memory: SiteMemory | None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]] | None:
    """Spam log-odds and truth of the labelled texts that say something about spam (None
    when none do); a ModelError for a model from another release."""
    if not moderator.compatible(model):
        raise ModelError("this spam model was built for other features; refit it")
    pairs = [(t, spam_target(label)) for t, label in holdout]
    pairs = [(t, y) for t, y in pairs if y is not None]
    if not pairs:
        return None
    z = moderator.spam_logits(moderator.rows([t for t, _ in pairs], trusted), model, memory)
    return z, np.array([y == 1.0 for _, y in pairs])
