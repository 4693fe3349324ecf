"""The rules an anchor (a passage of the article a comment is about) must meet."""

from __future__ import annotations

from salon.domain.comments import Anchor
from salon.domain.errors import Invalid

EXACT_MAX = 1_000
CONTEXT_MAX = 32
POSITION_MAX = 10_000_000


def check_anchor(anchor: Anchor) -> Anchor:
    """The anchor unchanged, or Invalid saying what is wrong with it.

    Positions count UTF-16 code units of the article's text (what the browser's DOM
    counts); Python counts code points, which are never more, so "a quote longer than
    its passage" can only be refused when it really is.
    """
    exact = anchor.exact
    if not exact.strip():
        raise Invalid("anchor.quote.exact: the quoted passage is empty")
    if len(exact) > EXACT_MAX:
        raise Invalid(
            f"anchor.quote.exact: the quoted passage has {len(exact):,} characters; "
            f"quote at most {EXACT_MAX:,}"
        )
    for name, context in (("prefix", anchor.prefix), ("suffix", anchor.suffix)):
        if len(context) > CONTEXT_MAX:
            raise Invalid(
                f"anchor.quote.{name}: {len(context)} characters; at most {CONTEXT_MAX} "
                f"characters of the text around the passage are kept"
            )
    for part in (exact, anchor.prefix, anchor.suffix):
        if "\x00" in part:
            raise Invalid("anchor.quote: the quote contains a NUL character")
        try:
            part.encode("utf-8")
        except UnicodeEncodeError as e:  # a lone surrogate: half of an emoji
            raise Invalid("anchor.quote: the quote is not valid text (half a character)") from e
    start, end = anchor.start, anchor.end
    if start is None and end is None:
        return anchor
    if start is None or end is None:
        raise Invalid("anchor.position: give both start and end, or no position")
    for name, value in (("start", start), ("end", end)):
        if not 0 <= value <= POSITION_MAX:
            raise Invalid(f"anchor.position.{name}: {value} is outside 0 to {POSITION_MAX:,}")
    if start >= end:
        raise Invalid(f"anchor.position: start ({start}) must be before end ({end})")
    if len(exact) > end - start:
        raise Invalid(
            f"anchor.quote.exact: the quote has {len(exact):,} characters but the passage "
            f"it claims (positions {start} to {end}) has only {end - start:,}"
        )
    return anchor
