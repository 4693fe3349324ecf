"""Signals: facts about a text that spam depends on, each with words for moderators.

Text signals are also inputs of the spam model (their weights are learned). Context
signals (honeypot, timing, rate, duplicates) cannot be learned from the public data
sets, so policy.py adds them with fixed weights.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from salon.moderation.domains import (
    CHEAP_TLDS,
    FREE_TLDS,
    MESSENGER_DOMAINS,
    SHORTENERS,
    DomainParser,
    Link,
)
from salon.moderation.normalise import Normalised
from salon.moderation.phrases import LEXICONS, PHRASES, PRAISE


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    value: float  # strength; the model input for text signals
    reason: str


_MONEY = re.compile(
    r"[$€£¥₹₦]\s?\d[\d,.]{0,20}\s?(?:k\b|m\b|million|billion|thousand)?"
    r"|\b\d[\d,.]{0,20}\s?(?:k\s)?(?:[$€£¥₹₦]|usd|eur|gbp|dollars?|euros?|pounds|bucks|btc|usdt)\b",
    re.IGNORECASE,
)
# Bounded repeats: phone numbers and addresses are short, and unbounded ones backtrack
# quadratically on long runs of digits or dots.
_PHONE = re.compile(r"(?<![\w$€£])\+?\(?\d[\d\s().-]{7,20}\d(?![\w%])")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\b")
_MESSENGER = re.compile(
    r"\b(?:whats ?app|telegram|viber|wechat|kik|snap ?chat|signal app|icq|dm me|inbox me|"
    r"in (?:my )?(?:dm|dms|inbox))\b"
)
# Bitcoin (legacy base58 and bech32) and Ethereum addresses: "send to 1FHeNqx1tw...".
_WALLET = re.compile(
    r"(?<!\w)(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{25,59}|0x[a-fA-F0-9]{40})(?!\w)"
)
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|net|org|info|biz|xyz|tk|ml|ga|cf|gq|ru)\b", re.I)
_LETTER_UPPER = re.compile(r"[A-Z]")
_LETTER_ASCII = re.compile(r"[A-Za-z]")

STYLE_WORDS = {
    "mathematical": "text in mathematical letters",
    "fullwidth": "text in fullwidth letters",
    "small capitals": "text in small capital letters",
    "enclosed": "text in circled or boxed letters",
    "combining": "letters buried under combining marks",
}

# Model inputs, in a fixed order: the columns after the hashed n-grams.
TEXT_SIGNALS: tuple[str, ...] = (
    "link",
    "source_link",
    "links_many",
    "free_tld",
    "cheap_tld",
    "shortener",
    "money",
    "phone",
    "email",
    "messenger",
    *LEXICONS,
    "praise_link",
    "styled",
    "lookalike",
    "invisible",
    "leetspeak",
    "spaced",
    "dotted",
    "shouting",
    "binary",
    "length",
    "digit_density",
)


def text_signals(norm: Normalised, links: list[Link]) -> list[Signal]:
    """Signals read from the text alone."""
    out: list[Signal] = []
    plain, folded = norm.plain, norm.folded
    sources = sorted({link.domain for link in links if link.source})
    links = [link for link in links if not link.source]
    if sources and not links:
        out.append(Signal("source_link", 1.0, f"link to a news or reference site ({sources[0]})"))
    if links:
        domains = sorted({link.domain for link in links})
        shown = ", ".join(domains[:3])
        risky = any(
            link.suffix in FREE_TLDS or link.suffix in CHEAP_TLDS or link.domain in SHORTENERS
            for link in links
        )
        # A riskier kind of link names the domain itself; no need to say "link" twice.
        out.append(Signal("link", 1.0, "" if risky else f"link to {shown}"))
        if len(links) >= 3:
            out.append(Signal("links_many", 1.0, f"{len(links)} links"))
        for kind, tlds, words in (
            ("free_tld", FREE_TLDS, "free"),
            ("cheap_tld", CHEAP_TLDS, "throw-away"),
        ):
            hits = sorted({(link.suffix, link.domain) for link in links if link.suffix in tlds})
            if hits:
                suffix, domain = hits[0]
                out.append(Signal(kind, 1.0, f"link to a {words} .{suffix} domain ({domain})"))
        short = sorted({link.domain for link in links if link.domain in SHORTENERS})
        if short:
            out.append(Signal("shortener", 1.0, f"link through a URL shortener ({short[0]})"))
    digits = len(_DIGIT.findall(plain))
    money = _MONEY.findall(plain) if digits else []
    if money:
        value = 1.0 if len(money) == 1 else 1.5
        out.append(Signal("money", value, "money amounts" if len(money) > 1 else "money amount"))
    if digits >= 9 and _PHONE.search(plain):
        out.append(Signal("phone", 1.0, "a phone number"))
    if "@" in plain and _EMAIL.search(plain):
        out.append(Signal("email", 1.0, "an e-mail address"))
    if _MESSENGER.search(folded) or any(link.domain in MESSENGER_DOMAINS for link in links):
        out.append(Signal("messenger", 1.0, "asks to be contacted by messenger or private message"))
    phrases = {m.lastgroup for m in PHRASES.finditer(folded) if m.lastgroup}
    wallet = digits >= 5 and _WALLET.search(plain) is not None
    for name in sorted(phrases | ({"crypto"} if wallet else set())):
        words = LEXICONS[name][1]
        if name == "crypto" and wallet:
            words = "a crypto wallet address" + (f"; {words}" if name in phrases else "")
        out.append(Signal(name, 1.0, words))
    if links and len(folded) <= 600 and PRAISE.search(folded):
        out.append(Signal("praise_link", 1.0, "generic praise that fits any page, with a link"))
    out.extend(_disguise_signals(norm))
    # Shape, for the model only (no reason). Digits count by density, not number: phone
    # numbers and codes are dense, prices and years in an argument are not.
    out.append(Signal("length", min(math.log1p(len(folded)) / 6, 1.5), ""))
    if digits >= 5:
        out.append(Signal("digit_density", min(1.0, 4.0 * digits / len(plain)), ""))
    return out


def _disguise_signals(norm: Normalised) -> list[Signal]:
    out: list[Signal] = []
    d = norm.disguises
    if d:
        styled = {k: v for k, v in d.items() if k in STYLE_WORDS}
        if styled:
            main = max(styled, key=lambda k: styled[k])
            share = min(1.0, sum(styled.values()) / max(norm.letters, 1))
            if share >= 0.05:
                out.append(Signal("styled", 0.5 + share, STYLE_WORDS[main]))
        lookalike = d.get("mixed script", 0) + d.get("homoglyph", 0)
        if lookalike:
            out.append(
                Signal(
                    "lookalike",
                    min(2.0, 0.5 + lookalike / 4),
                    "Cyrillic or Greek letters posing as Latin",
                )
            )
        hidden = d.get("invisible", 0) + d.get("bidi", 0)
        if hidden:
            words = "hidden zero-width characters" if d.get("invisible") else "bidi controls"
            out.append(Signal("invisible", min(2.0, 0.5 + hidden / 4), words))
        if d.get("leetspeak", 0):
            out.append(Signal("leetspeak", 1.0, "digits standing in for letters"))
        if d.get("spaced", 0):
            out.append(Signal("spaced", 1.0, "spaced-out letters"))
        if d.get("dotted", 0):
            out.append(Signal("dotted", 1.0, "disguised web address"))
        if d.get("control", 0) and d["control"] / max(len(norm.original), 1) > 0.05:
            out.append(Signal("binary", 1.0, "binary-looking text"))
    ascii_letters = _LETTER_ASCII.findall(norm.plain)
    if len(ascii_letters) >= 20:
        upper = len(_LETTER_UPPER.findall(norm.plain)) / len(ascii_letters)
        if upper > 0.7:
            out.append(Signal("shouting", 1.0, "mostly capital letters"))
    return out


def name_is_url(name: str, parser: DomainParser) -> bool:
    """True when an author name is a web address ("cheap-loans.tk", "www.x.com")."""
    return bool(name) and (bool(_URLISH.search(name)) or bool(parser.links(name)))
