"""The statistics page: per site and day, comments by state, spam caught by screening and
by moderators, reports, the median wait of a held comment, the busiest threads."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from salon.domain.errors import Invalid
from salon.services.accounts import Account
from salon.services.cards import moderated_sites
from salon.services.context import Deps
from salon.store import stats as stat_rows

STATES = ("published", "held", "spam", "deleted")


@dataclass
class Day:
    day: str
    states: dict[str, int] = field(default_factory=dict)
    spam_by_screening: int = 0
    spam_by_moderators: int = 0
    reports: int = 0

    @property
    def total(self) -> int:
        return sum(self.states.values())


@dataclass(frozen=True, slots=True)
class Stats:
    site: str
    days: list[Day]
    median_wait_minutes: float | None
    decided: int
    busiest: list[tuple[str, str, int]]


def site_stats(deps: Deps, who: Account, site: str, days: int = 30) -> Stats:
    if not 1 <= days <= 366:
        raise Invalid("days must be between 1 and 366")
    (site,) = moderated_sites(deps, site, who)
    now = deps.clock()
    start = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    table = {
        (start + timedelta(days=n)).strftime("%Y-%m-%d"): Day(
            (start + timedelta(days=n)).strftime("%Y-%m-%d")
        )
        for n in range(days)
    }
    with deps.db.read() as conn:
        for day, state, n in stat_rows.comments_by_state(conn, site, start):
            if day in table:
                table[day].states[state] = n
        for day, who_caught, n in stat_rows.spam_caught(conn, site, start):
            if day in table:
                if who_caught == "screening":
                    table[day].spam_by_screening += n
                else:
                    table[day].spam_by_moderators += n
        for day, _, n in stat_rows.reports_by_day(conn, site, start):
            if day in table:
                table[day].reports += n
        waits = stat_rows.held_waits(conn, site, start)
        busiest = stat_rows.busiest_threads(conn, site, start)
    median = statistics.median(waits) / 60 if waits else None
    return Stats(site, list(table.values()), median, len(waits), busiest)
