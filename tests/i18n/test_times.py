from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from salon.i18n.catalogues import shipped
from salon.i18n.times import ago, full_date

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "delta", "text"),
    [
        ("en", timedelta(seconds=10), "just now"),
        ("en", timedelta(minutes=1), "1 minute ago"),
        ("en", timedelta(hours=5), "5 hours ago"),
        ("en", timedelta(days=8), "1 week ago"),
        ("en", timedelta(days=125), "4 months ago"),
        ("en", timedelta(days=800), "2 years ago"),
        ("de", timedelta(seconds=10), "gerade eben"),
        ("de", timedelta(days=125), "vor 4 Monaten"),
        ("ru", timedelta(days=2), "2 дня назад"),
        ("ru", timedelta(days=5), "5 дней назад"),
        ("ar", timedelta(hours=3), "قبل 3 ساعات"),
        ("ja", timedelta(days=125), "4 か月前"),
    ],
)
def test_ago_in_the_readers_language(lang: str, delta: timedelta, text: str) -> None:
    assert ago(T0, T0 + delta, lang, shipped().translations(lang)) == text


def test_a_clock_running_behind_never_says_in_the_future() -> None:
    assert ago(T0 + timedelta(minutes=5), T0, "en", shipped().translations("en")) == "just now"


def test_full_date_follows_the_locale() -> None:
    assert full_date(T0, "de") == "01.01.2026, 00:00:00"
