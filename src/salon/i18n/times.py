"""Relative times ("4 months ago") and dates in the reader's language, with Babel's CLDR data.

Formatted by Babel, from the slice of its data they read (``cldr``): a language's whole
locale would cost about 7 MB of each serving process.

The one server-side implementation: pages and mails use it; the widget has its own
(``Intl.RelativeTimeFormat``).
"""

from __future__ import annotations

import functools
from datetime import datetime

from babel.dates import format_datetime, format_timedelta
from babel.support import NullTranslations

from salon.i18n import cldr


def ago(then: datetime, now: datetime, lang: str, translations: NullTranslations) -> str:
    """'4 months ago' in ``lang``; 'just now' under a minute (never 'in 3 seconds')."""
    delta = then - now
    if abs(delta.total_seconds()) < 60 or delta.total_seconds() > 0:
        return translations.gettext("just now")
    return format_timedelta(
        delta, granularity="minute", threshold=1, add_direction=True, locale=cldr.locale(lang)
    )


@functools.lru_cache(maxsize=8192)
def full_date(when: datetime, lang: str) -> str:
    """The exact date and time, for a ``title`` next to a relative one.

    Cached: a thread page shows each comment's date on every read, and Babel's formatting
    was a tenth of the page's time (py-spy, 50 comments a page)."""
    return format_datetime(when, format="medium", locale=cldr.locale(lang))
