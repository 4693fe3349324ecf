"""The one text check: empty after removing invisible characters, too long."""

from __future__ import annotations

import pytest

from salon.domain.errors import Invalid
from salon.domain.text import MODERATION_MAX_CHARS, check_comment_text, visible
from salon.moderation import normalise


def test_the_cap_is_what_moderation_screens() -> None:
    assert MODERATION_MAX_CHARS == normalise.MAX_CHARS


@pytest.mark.parametrize("text", ["\u200b", "\u00ad\ufeff", " \u202e\u2066 ", "\U000e0041"])
def test_only_invisible_is_empty(text: str) -> None:
    assert visible(text) == ""
    with pytest.raises(Invalid, match="empty"):
        check_comment_text(text, 100)
    # whatever moderation would refuse as empty, this check refuses first
    with pytest.raises(normalise.EmptyText):
        normalise.check_text(text)


def test_limits_and_surrogates() -> None:
    assert check_comment_text("  hello \n", 5) == "hello"
    with pytest.raises(Invalid, match="limit is 5"):
        check_comment_text("hello!", 5)
    assert check_comment_text("a\ud800b", 10) == "a\ufffdb"
