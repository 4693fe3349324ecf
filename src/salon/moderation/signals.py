"""Signals: facts about a text that spam depends on, each with words for moderators.

The one list of named signals is `REGISTRY`: text signals are inputs of the spam and
abuse models (their weights are learned, so adding one means retraining); context and
abuse rules add fixed log-odds (context.py, abuse.py) and need no retraining. A new
signal is one entry here, its finder, and one test.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from salon.moderation import payloads, pitch, stance
from salon.moderation.domains import (
    CHEAP_TLDS,
    FREE_TLDS,
    MESSENGER_DOMAINS,
    SHORTENERS,
    DomainParser,
    Link,
)
from salon.moderation.normalise import Disguise, Normalised
from salon.moderation.phrases import LEXICONS, PRAISE
from salon.moderation.phrases import find as find_phrases
from salon.moderation.reasons import INVISIBLE, STYLE, WORDS, Kind, of_signal


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    value: float  # strength; the model input for text signals
    reason: str  # "<kind>: <words>", or "" for inputs a moderator need not read


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    kind: Kind
    learned: bool  # a model input (retrain after a change) or a fixed-weight rule


def _entries() -> tuple[Entry, ...]:
    text = (
        "link", "source_link", "links_many", "free_tld", "cheap_tld", "shortener",
        "money", "phone", "email", "messenger",
        *LEXICONS,
        "praise_link", "styled", "lookalike", "invisible", "leetspeak", "spaced", "dotted",
        "shouting", "binary", "length", "digit_density",
        # release 4: payloads without a link
        "affiliate", "spelled_email", "handle", "dm_me", "qr", "wallet",
        # release 4: for the abuse model, a claim about a group and a refuting frame
        "group_claim", "counter_speech",
        # release 7: the shape of a sales pitch in any language (pitch.py)
        *pitch.LISTS, "weight_claim",
    )  # fmt: skip
    rules = (
        "duplicate", "too_fast", "first_link", "edit_link", "author_url", "author_keyword",
        "burst", "praise_website", "website_free_tld",
        # text rules (text_rules.py): release 11's testimonial, release 12's earnings story
        "testimonial", "earnings_story",
        "threat", "wish_harm", "dehumanising", "generalising", "insult", "name_calling",
        "insult_other", "masked_profanity",
    )  # fmt: skip
    kind = {name: k for name, (k, _) in WORDS.items()}
    return tuple(Entry(n, kind.get(n, Kind.SHAPE), True) for n in text) + tuple(
        Entry(n, kind[n], False) for n in rules
    )


REGISTRY: dict[str, Entry] = {e.name: e for e in _entries()}
# Model inputs, in a fixed order: the columns after the hashed n-grams.
TEXT_SIGNALS: tuple[str, ...] = tuple(e.name for e in REGISTRY.values() if e.learned)

_MONEY = re.compile(
    r"[$€£¥₹₦₽₺₩]\s?\d[\d,.]{0,20}\s?(?:k\b|m\b|million|billion|thousand)?"
    r"|\b\d[\d,.]{0,20}\s?(?:k\s)?(?:[$€£¥₹₦₽₺₩]|usd|eur|gbp|dollars?|euros?|pounds|bucks|"
    r"btc|usdt|rub|руб\w*|tl|lira|zl|zł|rs|rupees?|рублей|грн|yuan|元|円|원|ريال|درهم|تومان)"
    r"(?!\w)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|net|org|info|biz|xyz|tk|ml|ga|cf|gq|ru)\b", re.I)
# Byte tables for counting ASCII letters at C speed (bytes.translate deletes the rest).
_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_LOWER = bytes(range(ord("a"), ord("z") + 1))


def signal(name: str, value: float, *args: object) -> Signal:
    """A registered signal with its reason (the words come from reasons.py)."""
    if name not in REGISTRY:
        raise KeyError(f"unregistered signal {name!r}")
    return Signal(name, value, of_signal(name, *args))


def text_signals(norm: Normalised, links: list[Link]) -> list[Signal]:
    """Signals read from the text alone."""
    out: list[Signal] = []
    plain, folded = norm.plain, norm.folded
    if not plain.isascii():
        plain = plain.translate(payloads.DIGITS)
    sources = sorted({link.domain for link in links if link.source})
    links = [link for link in links if not link.source]
    if sources and not links:
        out.append(signal("source_link", 1.0, sources[0]))
    if links:
        out.extend(_link_signals(links))
    digits = count_digits(plain)
    money = _MONEY.findall(plain) if digits else []
    if money:
        shown = ", ".join(m.strip() for m in money[:2])
        out.append(signal("money", 1.0 if len(money) == 1 else 1.5, shown))
    app = payloads.messenger(folded) or next(
        (link.domain for link in links if link.domain in MESSENGER_DOMAINS), ""
    )
    found = (
        ("phone", payloads.phone(plain) if digits >= 8 else ""),
        ("email", payloads.email(plain)),
        ("spelled_email", payloads.spelled_email(folded)),
        # Handles as written: the folded text reads "@" as a leetspeak "a".
        ("handle", payloads.handle(norm.plain.casefold(), app)),
        ("dm_me", payloads.dm_me(folded)),
        ("qr", payloads.qr(folded)),
        ("wallet", payloads.wallet(plain) if digits >= 3 else ""),
        ("affiliate", payloads.affiliate(links)),
    )
    for name, hit in found:
        if hit:
            out.append(signal(name, 1.0, hit))
    if app:
        out.append(signal("messenger", 1.0, app))
    phrases = find_phrases(folded)
    for name in sorted(phrases):
        out.append(signal(name, 1.0, phrases[name]))
    for name, hit in pitch.find(folded):
        out.append(signal(name, 1.0, hit))
    weight = pitch.weight_claim(folded) if digits else ""
    if weight:
        out.append(signal("weight_claim", 1.0, weight))
    if links and len(folded) <= 600 and PRAISE.search(folded):
        out.append(signal("praise_link", 1.0))
    out.extend(signal(name, 1.0, words) for name, words in stance.find(folded))
    out.extend(_disguise_signals(norm))
    # Shape, for the model only (no reason). Digits count by density, not number: phone
    # numbers and codes are dense, prices and years in an argument are not.
    out.append(Signal("length", min(math.log1p(len(folded)) / 6, 1.5), ""))
    if digits >= 5:
        out.append(Signal("digit_density", min(1.0, 4.0 * digits / len(plain)), ""))
    return out


def _link_signals(links: list[Link]) -> list[Signal]:
    out: list[Signal] = []
    domains = sorted({link.domain for link in links})
    risky = any(
        link.suffix in FREE_TLDS or link.suffix in CHEAP_TLDS or link.domain in SHORTENERS
        for link in links
    )
    # A riskier kind of link names the domain itself; no need to say "link" twice.
    out.append(Signal("link", 1.0, "" if risky else of_signal("link", ", ".join(domains[:3]))))
    if len(links) >= 3:
        out.append(signal("links_many", 1.0, len(links)))
    for name, tlds in (("free_tld", FREE_TLDS), ("cheap_tld", CHEAP_TLDS)):
        hits = sorted({(link.suffix, link.domain) for link in links if link.suffix in tlds})
        if hits:
            out.append(signal(name, 1.0, *hits[0]))
    short = sorted({link.domain for link in links if link.domain in SHORTENERS})
    if short:
        out.append(signal("shortener", 1.0, short[0]))
    return out


def _disguise_signals(norm: Normalised) -> list[Signal]:
    out: list[Signal] = []
    d = norm.disguises
    if d:
        styled = {k: v for k, v in d.items() if k in STYLE}
        if styled:
            main = max(styled, key=lambda k: styled[k])
            share = min(1.0, sum(styled.values()) / max(norm.letters, 1))
            if share >= 0.05:
                out.append(signal("styled", 0.5 + share, STYLE[main]))
        lookalike = d.get(Disguise.MIXED_SCRIPT, 0) + d.get(Disguise.HOMOGLYPH, 0)
        if lookalike:
            out.append(signal("lookalike", min(2.0, 0.5 + lookalike / 4)))
        hidden = d.get(Disguise.INVISIBLE, 0) + d.get(Disguise.BIDI, 0)
        if hidden:
            words = INVISIBLE if d.get(Disguise.INVISIBLE) else "bidi controls"
            out.append(signal("invisible", min(2.0, 0.5 + hidden / 4), words))
        if d.get(Disguise.LEETSPEAK, 0):
            out.append(signal("leetspeak", 1.0))
        if d.get(Disguise.SPACED, 0):
            out.append(signal("spaced", 1.0))
        dotted = d.get(Disguise.DOTTED, 0) + d.get(Disguise.LOOKALIKE_DOT, 0)
        if dotted:
            out.append(signal("dotted", 1.0, _disguised_address(norm)))
        if d.get(Disguise.CONTROL, 0) and d[Disguise.CONTROL] / max(len(norm.original), 1) > 0.05:
            out.append(signal("binary", 1.0))
    letters = norm.plain.encode("ascii", "ignore").translate(None, _NOT_LETTER)
    if len(letters) >= 20:
        # Deleting the lower-case letters leaves the capitals.
        upper = len(letters.translate(None, _LOWER)) / len(letters)
        if upper > 0.7:
            out.append(signal("shouting", 1.0))
    return out


def count_digits(text: str) -> int:
    """How many digits `text` has (any script's, as \\d counts them)."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_DIGIT.findall(text))


_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\w+)?", re.IGNORECASE)


def _disguised_address(norm: Normalised) -> str:
    """The address as the normaliser joined it ("cash-daily.top")."""
    m = _ADDRESS.search(norm.plain)
    return m.group(0) if m else "?"


def name_is_url(name: str, parser: DomainParser) -> bool:
    """True when an author name is a web address ("cheap-loans.tk", "www.x.com")."""
    return bool(name) and (bool(_URLISH.search(name)) or bool(parser.links(name)))
