"""The one check of a comment's text, used by posting, editing, the plain form and preview."""

from __future__ import annotations

import re

from salon.domain.errors import Invalid

# What moderation can screen (moderation.normalise.MAX_CHARS); a site's max_comment_chars
# is capped by it when the settings load, so nothing accepted here is refused there.
MODERATION_MAX_CHARS = 20_000

# Characters a reader cannot see: zero-width, joiners, soft hyphen, BOM, bidi controls,
# Hangul fillers and the tag block. A text of only these is empty to a reader.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2069\u3164\ufeff\uffa0\U000e0000-\U000e007f]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def visible(text: str) -> str:
    """The text without invisible characters and surrounding white space."""
    return _INVISIBLE.sub("", text).strip()


def check_comment_text(text: str, limit: int) -> str:
    """The text to store (stripped, lone surrogates replaced), or Invalid with why."""
    text = _SURROGATE.sub("\ufffd", text).strip()
    if not visible(text):
        raise Invalid("the comment is empty; write something before posting", "empty-text")
    if len(text) > limit:
        raise Invalid(
            f"the comment has {len(text):,} characters; the limit is {limit:,}", "text-too-long"
        )
    if "\x00" in text:
        raise Invalid("the comment contains a NUL character")
    return text
