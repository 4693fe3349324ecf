from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from babel.dates import format_datetime, format_timedelta

from salon.i18n import cldr
from salon.i18n.catalogues import LANGUAGES

# Every month, every hour (am and pm, noon and midnight), two offsets and a naive time.
WHEN = [
    datetime(year, month, day, hour, hour * 7 % 60, hour * 13 % 60, tzinfo=zone)
    for year in (1999, 2026)
    for month in range(1, 13)
    for day in (1, 28)
    for hour in range(24)
    for zone in (UTC, timezone(timedelta(hours=5, minutes=30)), None)
]
# Under a minute to years, each unit's plural forms (0, 1, 2, 3, 5, 11, 21, 22, 101, ...).
SECONDS = sorted(
    {0, 1, 59, 60, 61, 89, 90, 119}
    | {60 * n for n in range(120)}
    | {3600 * n for n in range(60)}
    | {86400 * n for n in range(800)}
    | {int(1.37**k) for k in range(75)}
)


def test_the_data_files_are_what_babel_holds() -> None:
    """Run ``python -m salon.i18n.cldr`` after upgrading Babel when this fails."""
    files = {lang: json.loads(cldr.data_file(lang).read_text("utf-8")) for lang in LANGUAGES}
    assert files == cldr.generate()
    assert sorted(p.stem for p in cldr.DATA_DIR.iterdir()) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dates_are_babels(lang: str) -> None:
    sliced = cldr.locale(lang)
    assert isinstance(sliced, cldr.SlicedLocale)
    for when in WHEN:
        expected = format_datetime(when, format="medium", locale=lang)
        assert format_datetime(when, format="medium", locale=sliced) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_relative_times_are_babels(lang: str) -> None:
    sliced = cldr.locale(lang)
    for seconds in SECONDS:
        for delta in (timedelta(seconds=-seconds), timedelta(seconds=seconds)):
            args = {"granularity": "minute", "threshold": 1, "add_direction": True}
            expected = format_timedelta(delta, locale=lang, **args)  # type: ignore[arg-type]
            assert format_timedelta(delta, locale=sliced, **args) == expected  # type: ignore[arg-type]


def test_another_language_is_left_to_babel() -> None:
    assert cldr.locale("sv") == "sv"
    assert format_datetime(datetime(2026, 1, 1, tzinfo=UTC), "medium", locale="sv")
