"""The slice of Babel's CLDR data that ``times`` formats with, for the shipped languages.

Babel loads a locale whole (every language's and territory's name, every unit, ...): about
4 MB of objects and 7 MB resident per language, of which a relative time and a medium
date read eight entries. ``cldr_times.json`` holds those entries for each of
``catalogues.LANGUAGES``, taken from Babel's own data (aliases resolved) by
``python -m salon.i18n.cldr``; a ``Locale`` built on it is formatted by Babel's own code,
so the text is Babel's. tests/i18n/test_cldr.py checks that the file is what this
module generates from the installed Babel and that every language formats as Babel does.
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

DATA_FILE = Path(__file__).with_name("cldr_times.json")
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
    """A Babel ``Locale`` whose data is the slice from ``cldr_times.json``, nothing more."""

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


@functools.cache
def _file() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@functools.cache
def locale(lang: str) -> Locale | str:
    """``lang``'s sliced ``Locale`` when it is a shipped language; else ``lang`` for Babel."""
    found = _file().get(lang)
    return SlicedLocale(lang, _built(found)) if found is not None else lang


def main() -> None:
    text = json.dumps(generate(), ensure_ascii=False, indent=1, sort_keys=True)
    DATA_FILE.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
