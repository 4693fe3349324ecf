"""Every sentence a moderator reads about a decision, in one place (English; each string
constant here is a msgid of the admin catalogue, translated where shown: services.reason_text).

A reason is "<kind>: <what fired>", so a moderator can tell a site rule from a model's
guess at a glance. `{}` slots are filled with what the text actually contained.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What sort of evidence a reason is; the first words of every reason."""

    SITE = "site rule"
    CONTEXT = "context"
    LINK = "link"
    PAYLOAD = "contact or payment"
    PHRASE = "spam phrase"
    DISGUISE = "disguise"
    MODEL = "spam model"
    ABUSE = "abuse"
    ABUSE_MODEL = "abuse model"
    SHAPE = "shape"


# Signal name -> (kind, words). Shape signals only feed the model and have no words.
WORDS: dict[str, tuple[Kind, str]] = {
    # links
    "link": (Kind.LINK, "link to {}"),
    "source_link": (Kind.LINK, "link to a news or reference site ({})"),
    "links_many": (Kind.LINK, "{} links"),
    "free_tld": (Kind.LINK, "link to a free .{} domain ({})"),
    "cheap_tld": (Kind.LINK, "link to a throw-away .{} domain ({})"),
    "shortener": (Kind.LINK, "link through a URL shortener ({})"),
    "affiliate": (Kind.LINK, "affiliate or referral link ({})"),
    "praise_link": (Kind.PHRASE, "generic praise that fits any page, with a link"),
    # payloads without a link
    "money": (Kind.PAYLOAD, "money amounts ({})"),
    "phone": (Kind.PAYLOAD, "a phone number (“{}”)"),
    "email": (Kind.PAYLOAD, "an e-mail address (“{}”)"),
    "spelled_email": (Kind.PAYLOAD, "an e-mail address written out in words (“{}”)"),
    "messenger": (Kind.PAYLOAD, "names a messenger app (“{}”)"),
    "handle": (Kind.PAYLOAD, "a messenger handle (“{}”)"),
    "dm_me": (Kind.PAYLOAD, "asks readers to write privately (“{}”)"),
    "qr": (Kind.PAYLOAD, "asks readers to scan a QR code (“{}”)"),
    "wallet": (Kind.PAYLOAD, "a crypto wallet address (“{}”)"),
    # spam phrasing (phrases.LEXICONS), each "<pitch> (“<the phrase>”)"
    "earn": (Kind.PHRASE, "work-from-home or easy-money pitch (“{}”)"),
    "crypto": (Kind.PHRASE, "crypto or trading pitch (“{}”)"),
    "loan": (Kind.PHRASE, "loan or credit offer (“{}”)"),
    "pharmacy": (Kind.PHRASE, "pharmacy pitch (“{}”)"),
    "spell": (Kind.PHRASE, "spell caster or miracle cure (“{}”)"),
    "seo": (Kind.PHRASE, "SEO, followers or self-promotion (“{}”)"),
    "promo": (Kind.PHRASE, "self-promotion or like-farming (“{}”)"),
    "premium": (Kind.PHRASE, "premium-rate text offer (“{}”)"),
    "adult": (Kind.PHRASE, "adult or dating come-on (“{}”)"),
    "prize": (Kind.PHRASE, "prize, casino or lottery (“{}”)"),
    # the shape of a sales pitch in any language (pitch.py)
    "contact_ask": (Kind.PHRASE, "asks readers to get in touch (“{}”)"),
    "gain_claim": (Kind.PHRASE, "promises money without work (“{}”)"),
    "profile_bait": (Kind.PHRASE, "points readers at the writer's profile (“{}”)"),
    "giveaway": (Kind.PHRASE, "offers something for a follow, a like or a comment (“{}”)"),
    "prize_claim": (Kind.PHRASE, "tells readers they won, or asks for their details (“{}”)"),
    "hurry": (Kind.PHRASE, "presses readers to hurry (“{}”)"),
    "weight_claim": (Kind.PHRASE, "a weight-loss claim (“{}”)"),
    # fixed-weight text rules (text_rules.py)
    "testimonial": (Kind.PHRASE, "testimonial for a spell caster, healer or psychic (“{}”)"),
    "earnings_story": (Kind.PHRASE, "tells of easy earnings and offers to say how (“{}”)"),
    # stance (abuse model inputs; shown only when they moved the abuse score)
    "group_claim": (Kind.ABUSE, "a claim about a whole group of people (“{}”)"),
    "counter_speech": (Kind.ABUSE, "reports or refutes what others said (“{}”)"),
    # disguises
    "styled": (Kind.DISGUISE, "{}"),
    "lookalike": (Kind.DISGUISE, "Cyrillic or Greek letters posing as Latin"),
    "invisible": (Kind.DISGUISE, "{}"),
    "leetspeak": (Kind.DISGUISE, "digits standing in for letters"),
    "spaced": (Kind.DISGUISE, "spaced-out letters"),
    "dotted": (Kind.DISGUISE, "disguised web address (“{}”)"),
    "shouting": (Kind.SHAPE, "mostly capital letters"),
    "binary": (Kind.DISGUISE, "binary-looking text"),
    # context rules (fixed weights, no retraining)
    "duplicate": (Kind.CONTEXT, "same text in {}"),
    "too_fast": (Kind.CONTEXT, "form sent {} s after it was shown"),
    "first_link": (Kind.CONTEXT, "link in the author's first comment"),
    "edit_link": (Kind.CONTEXT, "an edit added a link"),
    "author_url": (Kind.CONTEXT, "author name is a web address"),
    "author_keyword": (Kind.CONTEXT, "author name is a keyword (“{}”)"),
    "burst": (Kind.CONTEXT, "{} comments from this reader or address in the last hour"),
    "praise_website": (
        Kind.CONTEXT,
        "generic praise that fits any page, with the author's website{}",
    ),
    "website_free_tld": (Kind.CONTEXT, "author website on a free .{} domain"),
    # abuse rules (abuse.py)
    "threat": (Kind.ABUSE, "threat of violence (“{}”)"),
    "wish_harm": (Kind.ABUSE, "wishes harm on someone (“{}”)"),
    "dehumanising": (Kind.ABUSE, "dehumanising language (“{}”)"),
    "generalising": (Kind.ABUSE, "sweeping claim about a group of people (“{}”)"),
    "insult": (Kind.ABUSE, "insult aimed at a person (“{}”)"),
    "name_calling": (Kind.ABUSE, "name-calling (“{}”)"),
    "insult_other": (Kind.ABUSE, "insult (“{}”)"),
    "masked_profanity": (Kind.ABUSE, "masked profanity (“{}”)"),
}

STYLE = {
    "mathematical": "text in mathematical letters",
    "fullwidth": "text in fullwidth letters",
    "small capitals": "text in small capital letters",
    "enclosed": "text in circled or boxed letters",
    "combining": "letters buried under combining marks",
}
INVISIBLE = "hidden zero-width characters"
BIDI = "bidi controls"
FIRST_COMMENT = ", in a first comment"

# Site rules: they decide the band on their own.
BANNED_AUTHOR = "banned author"
BANNED_EMAIL = "banned e-mail address"
BANNED_IP = "banned IP address"
HONEYPOT = "hidden form field filled in (a bot)"
BLOCKED_WORD = "blocked word “{}”"
HELD_WORD = "held word “{}”"
PREMODERATED = "first comment of this author (pre-moderated)"
ABUSE_SCORE = "may be abusive (abuse score {:.2f})"
BINARY_HELD = "binary-looking text is always held"

# Site rules the services apply (trust, readers' reports, bans, imports); named slots.
NEW_AUTHOR = "new author: {approved} of {needed} comments approved so far"
REPORTED = "reported by readers"
IMPORTED = "imported"  # stored alone, without a kind, before an imported comment's reasons
# A ban's reason by kind of ban (the ban's own note may follow in brackets: `banned`).
BANNED = {
    "address": "banned address",
    "email": "banned e-mail address",
    "author": "banned author name",
    "pattern": "banned word or pattern “{pattern}”",
}
SHADOW_BANNED = {
    "address": "shadow-banned address",
    "email": "shadow-banned e-mail address",
    "author": "shadow-banned author name",
    "pattern": "shadow-banned word or pattern “{pattern}”",
}

# What the models saw, as the phrase that fired in its sentence.
MODEL_PHRASE = "spam-like wording “{}” (in “{}”)"
# The sentence vector's part of the spam score (sentence.py): close in meaning, in any
# language, to spam the model was trained on.
MODEL_MEANING = "close in meaning to known spam, in any language"
ABUSE_PHRASE = "abusive wording “{}” (in “{}”)"


def say(kind: Kind, words: str) -> str:
    return f"{kind}: {words}"


def of_signal(name: str, *args: object) -> str:
    """The reason of a named signal, or "" when it has no words (shape inputs)."""
    kind, words = WORDS.get(name, (Kind.SHAPE, ""))
    if not words:
        return ""
    return say(kind, words.format(*args))


def other_threads(n: int) -> str:
    """The words "same text in {}" is filled with (services.reason_text says them again
    with the moderator's plural forms)."""
    return "1 other thread" if n == 1 else f"{n} other threads"


def site(words: str) -> str:
    return say(Kind.SITE, words)


def banned(kind: str, value: str, shadow: bool, note: str) -> str:
    """The reason a ban files a comment as spam for: its kind, pattern and the ban's note."""
    words = (SHADOW_BANNED if shadow else BANNED)[kind].format(pattern=value)
    return site(f"{words} ({note})" if note else words)
