"""Fixed-weight rules read from the text alone: two-part stories the spam model cannot
weigh, because each half alone is ordinary (testimonial.py, earnings.py). A rule fires
when a phrase of each of its two lists is in the text. Each is registered in
signals.REGISTRY (learned=False) and named in the reasons; `assess` and `assess_many` add
them to the spam score (the context rules, context.py, need the submission, which only
`assess` has).
"""

from __future__ import annotations

from dataclasses import dataclass

from salon.moderation import earnings, testimonial
from salon.moderation.pitch import phrases
from salon.moderation.signals import Signal, signal


@dataclass(frozen=True, slots=True)
class PairRule:
    name: str  # the signal's name (signals.REGISTRY, reasons.WORDS)
    weight: float  # log-odds added to the spam score
    shown: str  # the list whose phrase the reason quotes
    other: str  # the list that must fire too


RULES = (
    PairRule("testimonial", testimonial.WEIGHT, "practice", "credit"),
    PairRule("earnings_story", earnings.WEIGHT, "ask", "income"),
)
# Every rule's lists in one trie: one pass over the text for all of them (no phrase may
# start another list's: tests/moderation/test_text_rules.py).
PHRASES = phrases(
    {
        "practice": testimonial.PRACTICE,
        "credit": testimonial.CREDIT,
        "income": earnings.INCOME,
        "ask": earnings.ASK,
    }
)


def evidence(folded: str, only: str | None = None) -> list[tuple[float, Signal]]:
    """(log-odds, signal) of every text rule that fires on the folded text (or of the
    rule named `only`)."""
    found = dict(PHRASES.find(folded))
    return [
        (rule.weight, signal(rule.name, 1.0, found[rule.shown]))
        for rule in RULES
        if rule.shown in found and rule.other in found and only in (None, rule.name)
    ]
