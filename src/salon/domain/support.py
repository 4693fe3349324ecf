"""Reader support campaigns: a goal, milestones, the amount raised and its ledger.

Amounts are integers in the currency's minor unit (cents for USD, yen for JPY), so that
adding payments never loses a cent to floating point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class CampaignState(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class Source(StrEnum):
    """Where a change of the total came from."""

    ADMIN = "admin"  # the admin UI
    CLI = "cli"  # `salon support add`
    STRIPE = "stripe"  # a verified Stripe webhook
    GENERIC = "generic"  # a verified generic HMAC-signed webhook


@dataclass(frozen=True, slots=True)
class Campaign:
    id: int
    site: str
    title: str
    currency: str
    goal: int
    raised: int
    supporters: int
    milestones: tuple[int, ...]
    url: str
    state: CampaignState
    starts: datetime | None
    ends: datetime | None
    created: datetime

    def is_active(self, now: datetime) -> bool:
        """Open for support: not closed, and ``now`` between its start and end."""
        if self.state is not CampaignState.ACTIVE:
            return False
        if self.starts is not None and now < self.starts:
            return False
        return self.ends is None or now < self.ends


@dataclass(frozen=True, slots=True)
class Entry:
    """One change of a campaign's total: a payment, a refund or a moderator's correction."""

    id: int
    campaign_id: int
    source: Source
    amount: int  # minor units; negative for refunds and corrections down
    supporters: int  # +1 a new supporter, -1 a fully refunded one, 0 otherwise
    event_id: str | None
    reference: str | None
    actor: str
    note: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Refusal:
    """A webhook call that was refused (bad signature, stale, malformed), kept for review."""

    id: int
    site: str
    provider: str
    reason: str
    event_id: str | None
    created: datetime


def default_milestones(goal: int) -> tuple[int, ...]:
    """0, half the goal and the goal, as the funding bars readers know."""
    return (0, goal // 2, goal)
