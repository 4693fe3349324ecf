"""The abuse model's stance inputs and the abuse rules' gate."""

from __future__ import annotations

import pytest

from salon.moderation import abuse, stance
from salon.moderation.normalise import normalise
from salon.moderation.signals import count_digits


@pytest.mark.parametrize(
    "text",
    [
        "Immigrants bring nothing but crime to our towns.",
        "Those people live like animals.",
        "Deport every last one of them.",
        "Buitenlanders profiteren alleen maar van onze uitkeringen.",
        "Refugees are a burden.",
    ],
)
def test_sweeping_claims_about_a_group(text: str) -> None:
    assert [name for name, _ in stance.find(normalise(text).folded)] == ["group_claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Saying that immigrants bring crime is racist.",
        "He shouted that refugees are parasites; I reported him.",
    ],
)
def test_counter_speech_is_framed_as_such(text: str) -> None:
    found = dict(stance.find(normalise(text).folded))
    assert "counter_speech" in found


def test_ordinary_statement_about_a_group_has_no_claim() -> None:
    assert stance.find(normalise("The refugee choir sang at the cathedral.").folded) == []


def test_the_gate_finds_exactly_what_testing_each_key_finds() -> None:
    texts = [
        "a lovely day at the park",
        "you are an idiot",
        "the skill of the team",  # "kill" inside a word: the gate may pass, the rules decide
        "they infest our streets",
        "*** censored",
        "молчи, идиот",
        "バカじゃないの",
        "",
    ]
    for text in texts:
        assert bool(abuse._GATE.full.search(text)) == any(k in text for k in abuse._KEYS), text


def test_digits_of_every_script_are_counted() -> None:
    assert count_digits("call 0151 2345") == 8
    assert count_digits("٠٥٠ and 12") == 5
    assert count_digits("no digits") == 0
