"""Fixed-weight rules read from the text alone: two-part stories the spam model cannot
weigh, because each half alone is ordinary. Each is registered in signals.REGISTRY
(learned=False) and named in the reasons; `assess` and `assess_many` add them to the
spam score (the context rules, context.py, need the submission and only `assess` has it).
"""

from __future__ import annotations

from salon.moderation import earnings, testimonial
from salon.moderation.signals import Signal

RULES = (testimonial.evidence, earnings.evidence)


def evidence(folded: str) -> list[tuple[float, Signal]]:
    """(log-odds, signal) of every text rule that fires on the folded text."""
    return [found for rule in RULES for found in rule(folded)]
