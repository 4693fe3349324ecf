"""The 'learn' job: a site's spam model and memory follow its moderators' labels.

Moderators label few legitimate comments: they approve what was held, and leave alone
what was published. Labels alone therefore teach a site's model mostly "more spam", and
it holds ordinary comments it used to publish. So the comments the site kept (published
for SETTLE_DAYS with no label, the newest SETTLED of them) count as legitimate too, for
the model and for the check, not for the memory (which holds what moderators did).

Every fifth label and settled comment (by id) is a frozen hold-out that is never trained
on or remembered. The memory takes every other label (it is what the moderators did); a
refit model replaces the current one only if its class-balanced log-loss on the hold-out,
with the memory, does not rise (moderation.learning).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from salon.domain.moderation import Label
from salon.moderation import Policy
from salon.moderation.learning import holdout_precision, learn, promote_if_not_worse, remember
from salon.moderation.model import to_bytes
from salon.services.context import Deps
from salon.services.site_models import site_model
from salon.store import moderation as moderation_rows

log = logging.getLogger(__name__)
HOLDOUT_EVERY = 5
SETTLE_DAYS = 2
SETTLED = 200
# The newest labels a job reads for its hold-out (a fifth of them) and to rebuild a memory
# (which keeps at most site_memory.MAX_ROWS of each kind).
RECENT_LABELS = 10_000


def is_holdout(label_id: int) -> bool:
    return label_id % HOLDOUT_EVERY == 0


def learn_site(deps: Deps, payload: dict[str, Any]) -> None:
    """Update the site's model from labels not yet learned; ``full`` refits from scratch."""
    site = str(payload["site"])
    full = bool(payload.get("full"))
    moderator = deps.screen.moderator
    # The site's own and trusted domains, so the model learns from the inputs it scores.
    trusted = (
        moderator.trusted(deps.screen.policies[site])
        if site in deps.screen.policies
        else frozenset()
    )
    policy = deps.screen.policies.get(site) or Policy()
    with deps.db.read() as conn:
        current = moderation_rows.latest_model(conn, site)
        done = 0 if full or current is None else int(current["trained_through"])
        # The next labels in order (at most labels_after's limit a job), and the newest
        # ones for the hold-out and for rebuilding a memory.
        batch = moderation_rows.labels_after(conn, site, done)
        recent = moderation_rows.newest_labels(conn, site, RECENT_LABELS)
        settled = moderation_rows.settled(
            conn, site, deps.clock() - timedelta(days=SETTLE_DAYS), SETTLED
        )
    fresh = [(text, Label(label)) for i, text, label in batch if not is_holdout(i)]
    if not fresh:
        return
    base, memory = moderator.spam, None
    if current is not None and not full:
        stored = site_model(current, site)
        base, memory = stored.spam, stored.memory
    holdout = [(text, Label(label)) for i, text, label in recent if is_holdout(i)]
    holdout += [(text, Label.APPROVE) for i, text in settled if is_holdout(i)]
    # Each settled comment teaches the model once, like each label (the model says up to
    # which comment id it has learnt them).
    used = int(base.meta.get("settled_through", 0)) if moderator.compatible(base) else 0
    legitimate = [(text, Label.APPROVE) for i, text in settled if i > used and not is_holdout(i)]
    # A memory from other neighbours (a new release) is rebuilt from the newest labels.
    known = moderator.usable(memory)
    recall = fresh
    if known is None:
        recall = [(t, Label(lb)) for i, t, lb in reversed(recent) if not is_holdout(i)]
    candidate = learn(base, fresh + legitimate, moderator, trusted=trusted, memory=known)
    candidate = candidate.with_weights(
        candidate.weights,
        candidate.bias,
        settled_through=max([used, *(i for i, _ in settled)]),
    )
    grown = remember(known, recall, moderator, trusted)
    promoted = promote_if_not_worse(base, candidate, holdout, moderator, trusted, memory=grown)
    chosen = candidate if promoted else base
    precision = (
        holdout_precision(chosen, holdout, moderator, policy.hold_threshold, trusted, grown)
        if holdout
        else None
    )
    version = chosen.version + (f",{grown.version}" if grown else "")
    with deps.db.write() as conn:
        moderation_rows.save_model(
            conn,
            site,
            version,
            to_bytes(chosen),
            max(i for i, _, _ in batch),
            precision,
            deps.clock(),
            memory=grown.to_bytes() if grown else None,
        )
    deps.site_models.forget(site)
    log.info(
        "site %s: learned from %d labels (%d comments remembered), %s",
        site,
        len(fresh),
        len(grown or ()),
        "promoted" if promoted else "kept the previous model (hold-out loss rose)",
    )
