"""Which stored ban a submission falls under, and what the decision then is.

Pattern bans are safe on any reader text: a pattern is at most 100 characters of words
with the wildcards ``*`` (any letters; alone, any one word) and ``?`` (one letter), at
most 6 words and 6 wildcards, and at least one letter or digit. It is matched word by
word against the folded text (each word capped at 64 characters), so matching is linear
in the text and never backtracks across it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from salon.domain.errors import Invalid
from salon.domain.moderation import Band, Decision, Submission
from salon.i18n.catalogues import N_
from salon.moderation import reasons
from salon.moderation.normalise import normalise
from salon.store.bans import Ban

# What each kind of ban is called: in English here (CLI, errors); the admin shows it in
# the moderator's language (the admin catalogue extracts this file).
WORDS = {
    "address": N_("address"),
    "email": N_("e-mail address"),
    "author": N_("author name"),
    "pattern": N_("word or pattern"),
}
MAX_PATTERN = 100
MAX_PATTERN_WORDS = 6
MAX_WILDCARDS = 6
MAX_WORD = 64
_PATTERN_CHARS = re.compile(r"^[\w*?'\-. ]+$")
_WORD = re.compile(r"[\w'\-.]+")


def check_pattern(pattern: str) -> str:
    """The pattern folded like reader text; Invalid (422) with the rule it breaks."""
    value = " ".join(pattern.split())
    if not value:
        raise Invalid("the pattern is empty")
    if len(value) > MAX_PATTERN:
        raise Invalid(f"a pattern is at most {MAX_PATTERN} characters")
    if not _PATTERN_CHARS.match(value):
        raise Invalid("a pattern has letters, digits, spaces, ' - . and the wildcards * and ?")
    if value.count("*") + value.count("?") > MAX_WILDCARDS:
        raise Invalid(f"a pattern has at most {MAX_WILDCARDS} wildcards")
    words = value.split(" ")
    if len(words) > MAX_PATTERN_WORDS:
        raise Invalid(f"a pattern has at most {MAX_PATTERN_WORDS} words")
    if all(not w.strip("*?") for w in words):
        raise Invalid("a pattern needs a letter or digit besides wildcards")
    return " ".join(_fold(w) for w in words)


def _fold(word: str) -> str:
    # Fold the letters like the text (accents, width, case) and keep the wildcards.
    return "".join(ch if ch in "*?" else normalise(ch).folded for ch in word)


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> tuple[re.Pattern[str], ...]:
    parts = []
    for word in pattern.split(" "):
        body = "".join(
            r"\w*" if ch == "*" else r"\w" if ch == "?" else re.escape(ch) for ch in word
        )
        parts.append(re.compile(rf"\A{body}\Z"))
    return tuple(parts)


def pattern_hit(pattern: str, words: Sequence[str]) -> bool:
    """True when consecutive words of the text match the pattern's words."""
    compiled = _compiled(pattern)
    n = len(compiled)
    for start in range(len(words) - n + 1):
        if all(compiled[i].match(words[start + i]) for i in range(n)):
            return True
    return False


def text_words(text: str) -> list[str]:
    return [w[:MAX_WORD] for w in _WORD.findall(normalise(text).folded)]


def matching(bans: Sequence[Ban], sub: Submission, now: datetime | None = None) -> Ban | None:
    """The first ban in force at ``now`` that this submission falls under (shadow-bans
    first); with no ``now`` every ban given counts (the caller chose those in force)."""
    name = sub.author_name.strip().casefold()
    email = sub.author_email.strip().casefold()
    words: list[str] | None = None
    for ban in sorted(bans, key=lambda b: not b.shadow):
        if now is not None and not ban.active(now):
            continue
        if ban.kind == "pattern":
            if words is None:
                words = text_words(sub.text)
            if pattern_hit(ban.value, words):
                return ban
        elif (
            (ban.kind == "author" and name and ban.value == name)
            or (ban.kind == "email" and email and ban.value == email)
            or (ban.kind == "address" and sub.ip_hash and ban.value == sub.ip_hash)
        ):
            return ban
    return None


def describe(ban: Ban) -> str:
    """The reason a moderator reads on a comment a ban filed as spam."""
    return reasons.banned(ban.kind, ban.value, ban.shadow, (ban.reason or "")[:120])


def banned(decision: Decision, ban: Ban) -> Decision:
    """The decision filed as spam because of the ban, the scores kept for the record."""
    return replace(decision, band=Band.SPAM, reasons=(describe(ban), *decision.reasons)[:6])
