"""Insults written as people write them in comment sections are held; ordinary words are not."""

from __future__ import annotations

import pytest

from salon.domain.moderation import Band, Submission
from salon.moderation import Moderator, Policy


@pytest.fixture(scope="module")
def shipped() -> Moderator:
    return Moderator.load()


@pytest.mark.parametrize(
    "text",
    [
        "Only an idiot would write this garbage. You people are pathetic morons.",
        "You are an idiot.",
        "you guys are complete morons",
        "Shut up, nobody asked you.",
    ],
)
def test_insults_are_held_for_review(shipped: Moderator, text: str) -> None:
    decision = shipped.assess(Submission(text=text), Policy())
    assert decision.band is Band.HOLD  # abuse holds, it never files as spam on its own
    assert any("insult" in r or "name-calling" in r or "abusive" in r for r in decision.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "I felt like an idiot when I missed the vote.",
        "This policy is idiotic and the council should reconsider.",
        "You people are wonderful volunteers.",
        "You are right, the budget table is on page 14.",
    ],
)
def test_ordinary_uses_are_published(shipped: Moderator, text: str) -> None:
    assert shipped.assess(Submission(text=text), Policy()).band is Band.PUBLISH
