"""Pattern bans: validated at input, matched word by word on the folded text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from salon.domain.errors import Invalid
from salon.domain.moderation import Submission
from salon.services.ban_rules import check_pattern, matching, pattern_hit, text_words
from salon.store.bans import Ban

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def hits(pattern: str, text: str) -> bool:
    return pattern_hit(check_pattern(pattern), text_words(text))


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("casino", "Best CASINO in town", True),
        ("casino", "casinos everywhere", False),  # whole words
        ("casin*", "casinos everywhere", True),
        ("casin?", "casino", True),
        ("casin?", "casinos", False),
        ("casino", "Ｃａｓｉｎｏ night", True),  # folded like the text: width, case
        ("café", "cafe society", True),  # and accents
        ("buy * now", "Buy pills now!", True),
        ("buy * now", "buy now", False),  # * is one word's letters, not a gap
        ("buy now", "now buy", False),  # in order
    ],
)
def test_patterns_match_whole_words_in_order(pattern: str, text: str, expected: bool) -> None:
    assert hits(pattern, text) is expected


@pytest.mark.parametrize("bad", ["", "   ", "(a+)+", "a|b", "x" * 101, "* ?", "a b c d e f g"])
def test_unsafe_or_empty_patterns_are_refused(bad: str) -> None:
    with pytest.raises(Invalid):
        check_pattern(bad)


def test_pathological_text_is_bounded_per_word() -> None:
    words = text_words(" ".join(["a" * 5000] * 3))
    assert all(len(w) <= 64 for w in words)
    assert not pattern_hit(check_pattern("*a*a*a*a*a*b"), words)


def test_expired_bans_do_not_match_and_shadow_bans_win() -> None:
    def ban(n: int, kind: str, value: str, **extra: object) -> Ban:
        return Ban(n, "s", kind, value, "mo", NOW, **extra)  # type: ignore[arg-type]

    sub = Submission(text="hello", author_name="Vic", author_email="v@x.org", ip_hash="ab")
    old = ban(1, "email", "v@x.org", expires=NOW - timedelta(seconds=1))
    assert matching([old], sub, NOW) is None
    spam, shadow = ban(2, "author", "vic"), ban(3, "address", "ab", shadow=True)
    assert matching([spam, shadow], sub, NOW) == shadow
    assert matching([spam], sub, NOW) == spam
