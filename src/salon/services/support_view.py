"""The support bar as words for pages rendered on the server (support.js says the same).

The reader's locale comes from Accept-Language; amounts are formatted by Babel with the
locale's pattern and the narrow symbol, as Intl.NumberFormat does in the widget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from babel import Locale
from babel.numbers import format_decimal

from salon.domain.support import Campaign
from salon.services.money import decimal_text, format_money

# Every sentence a reader sees, in English; web/support.py puts them in the reader's language
# (the same msgids as the widget's support.js) from the numbers the Bar carries as well.
TEXT = {
    "of": "{raised} of {goal}",
    "raised": "{raised} raised of {goal}",
    "supporter": "{n} supporter",
    "supporters": "{n} supporters",
    "day_left": "1 day left",
    "days_left": "{n} days left",
    "last_day": "Last day",
    "ended": "Ended",
    "closed": "Closed",
    "button": "Support",
}


@dataclass(frozen=True, slots=True)
class Tick:
    percent: float
    label: str


@dataclass(frozen=True, slots=True)
class Bar:
    id: int
    title: str
    url: str
    active: bool
    percent: float  # of the goal, 0-100 (the bar is full past the goal)
    raised: str
    goal: str
    value_text: str  # for aria-valuetext
    value_now: str  # aria-valuenow: the amount raised (at most the goal), decimal text
    value_max: str
    supporters: str
    time_left: str
    ticks: tuple[Tick, ...]
    button: str = TEXT["button"]
    supporter_count: int = 0
    supporter_number: str = "0"  # supporter_count in the locale's digits and grouping
    time_state: str = ""  # "" | ended | closed | last_day | days_left
    days: int = 0  # with days_left


def time_state(c: Campaign, now: datetime) -> tuple[str, int]:
    """("ended" | "closed" | "last_day" | "days_left" | "", days left)."""
    if not c.is_active(now):
        return ("ended" if c.ends is not None and now >= c.ends else "closed"), 0
    if c.ends is None:
        return "", 0
    days = math.ceil((c.ends - now).total_seconds() / 86_400)
    if days <= 1:
        return ("last_day", 0) if (c.ends - now).total_seconds() < 86_400 else ("days_left", 1)
    return "days_left", days


def time_left(c: Campaign, now: datetime) -> str:
    state, days = time_state(c, now)
    if state == "days_left":
        return TEXT["day_left"] if days == 1 else TEXT["days_left"].format(n=days)
    return TEXT[state] if state else ""


def bar_of(c: Campaign, locale: Locale, now: datetime) -> Bar:
    raised = format_money(c.raised, c.currency, locale)
    goal = format_money(c.goal, c.currency, locale)
    n = c.supporters
    state, days = time_state(c, now)
    return Bar(
        id=c.id,
        title=c.title,
        url=c.url,
        active=c.is_active(now),
        percent=round(min(100.0, 100.0 * c.raised / c.goal), 2),
        raised=raised,
        goal=goal,
        value_text=TEXT["raised"].format(raised=raised, goal=goal),
        value_now=decimal_text(min(c.raised, c.goal), c.currency),
        value_max=decimal_text(c.goal, c.currency),
        supporters=TEXT["supporter" if n == 1 else "supporters"].format(
            n=format_decimal(n, locale=locale)
        ),
        time_left=time_left(c, now),
        supporter_count=n,
        supporter_number=format_decimal(n, locale=locale),
        time_state=state,
        days=days,
        ticks=tuple(
            Tick(round(100.0 * m / c.goal, 2), format_money(m, c.currency, locale))
            for m in c.milestones
        ),
    )
