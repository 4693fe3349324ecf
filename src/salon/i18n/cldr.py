"""The slice of Babel's CLDR data that ``times`` formats with, for the shipped languages.

Babel loads a locale whole (every language's and territory's name, every unit, ...):
about 4 MB of objects and 7 MB resident per language, of which a relative time and a
medium date read eight entries. ``cldr_times/<lang>.json`` holds those entries for each
of ``catalogues.LANGUAGES`` (one file each: a process reads only its readers' languages),
taken from Babel's own data (aliases resolved) by ``python -m salon.i18n.cldr``; a
``Locale`` built on it is formatted by Babel's own code, so the text is Babel's.
tests/i18n/test_cldr.py checks that the files are what this module generates from the
installed Babel and that every language formats as Babel does.
Any other language goes to Babel's full data.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import TIMEDELTA_UNITS, DateTimePattern, parse_pattern
from babel.localedata import LocaleDataDict
from babel.plural import PluralRule

from salon.i18n.catalogues import LANGUAGES

DATA_DIR = Path(__file__).with_name("cldr_times")
# Read whole by format_datetime(format="medium") (patterns, month and day-period names)
# and by format_timedelta (the plural rule).
WHOLE = (
    "date_formats", "time_formats", "datetime_formats", "months", "day_periods", "plural_form"
)  # fmt: skip
INT_KEYS = "int keys"
UNITS = tuple(unit for unit, _ in TIMEDELTA_UNITS)
# format_timedelta(add_direction=True) reads date_fields["<unit>-long"] or ["<unit>"], then
# unit_patterns["duration-<unit>"]; nothing else of either.
PARTS = {
    "date_fields": tuple(f"{u}{suffix}" for u in UNITS for suffix in ("-long", "")),
    "unit_patterns": tuple(f"duration-{u}" for u in UNITS),
}


class SlicedLocale(Locale):
    """A Babel ``Locale`` whose data is the slice from ``cldr_times/``, nothing more."""

    def __init__(self, language: str, data: dict[Any, Any]) -> None:
        super().__init__(language)
        self._sliced = LocaleDataDict(data)

    @property
    def _data(self) -> LocaleDataDict:  # type: ignore[override]
        return self._sliced


def _plain(value: Any) -> Any:
    """Babel's data as JSON: aliases resolved, patterns by their text, plural rules by theirs."""
    if isinstance(value, LocaleDataDict | dict):
        plain = {str(k): _plain(value[k]) for k in value}
        if all(isinstance(k, str) for k in value):
            return plain
        if all(isinstance(k, int) for k in value):  # months, days: 1-12, 0-6
            return {INT_KEYS: plain}
        raise TypeError(f"keys neither all str nor all int: {list(value)}")
    if isinstance(value, DateTimePattern):
        return {"pattern": value.pattern}
    if isinstance(value, PluralRule):
        return {"plural_rules": value.rules}
    return value


def _built(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"pattern"} and isinstance(value["pattern"], str):
            return parse_pattern(value["pattern"])
        if set(value) == {"plural_rules"}:
            return PluralRule(value["plural_rules"])
        if set(value) == {INT_KEYS}:
            return {int(k): _built(v) for k, v in value[INT_KEYS].items()}
        return {k: _built(v) for k, v in value.items()}
    return value


def sliced(lang: str) -> dict[str, Any]:
    """What Babel's ``lang`` holds of what ``times`` reads, as JSON."""
    data = Locale.parse(lang)._data
    out: dict[str, Any] = {key: _plain(data[key]) for key in WHOLE if key in data}
    for key, wanted in PARTS.items():
        whole = data[key]
        out[key] = {k: _plain(whole[k]) for k in wanted if k in whole}
    return out


def generate() -> dict[str, Any]:
    return {lang: sliced(lang) for lang in LANGUAGES}


def data_file(lang: str) -> Path:
    return DATA_DIR / f"{lang}.json"


@functools.cache
def locale(lang: str) -> Locale | str:
    """``lang``'s sliced ``Locale`` when it is a shipped language; else ``lang`` for Babel."""
    if lang not in LANGUAGES:
        return lang
    with data_file(lang).open(encoding="utf-8") as f:
        return SlicedLocale(lang, _built(json.load(f)))


def main() -> None:
    DATA_DIR.mkdir(exist_ok=True)
    for lang, data in generate().items():
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
        data_file(lang).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
