"""Anchor rules that the HTTP layer cannot reach (other callers: the seed, importers)."""

from __future__ import annotations

import pytest

from salon.domain.anchors import check_anchor
from salon.domain.comments import Anchor
from salon.domain.errors import Invalid


def test_half_a_character_is_refused() -> None:
    with pytest.raises(Invalid, match="half a character"):
        check_anchor(Anchor(exact="smile \ud83d"))


def test_start_without_end_is_refused() -> None:
    with pytest.raises(Invalid, match="both start and end"):
        check_anchor(Anchor(exact="x", start=3))


def test_a_quote_shorter_than_its_passage_is_kept() -> None:
    # The browser trims and squashes nothing inside the span, but a passage may hold
    # characters the quote spells in fewer code units (an emoji counts two in UTF-16).
    a = Anchor(exact="ok \U0001f600", start=10, end=15)
    assert check_anchor(a) is a
