"""A stored moderation reason in the moderator's language, for the card, the API and mail.

Reasons are stored in English ("contact or payment: a phone number (“555 0100”)"): the
engine, exports and the CLI read them so, and rows of every release keep them. Here a
stored reason is recognised by the templates it was made from (``moderation.reasons``:
the kinds, `WORDS`, `STYLE`, the bans and the other constants, each a msgid through
`salon.i18n.constants`) and said again in the moderator's language from the ``admin``
catalogue. What fired (the quoted text, a domain,
a number) goes in unchanged and isolated from the sentence's direction: ``<bdi>`` in HTML,
FSI…PDI in plain text. A string no template matches is shown as stored, marked English.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from babel.support import NullTranslations
from markupsafe import Markup, escape

from salon.i18n.catalogues import N_, shipped
from salon.i18n.constants import is_message, msgid
from salon.moderation import reasons

# How a kind and its words go together ("spam phrase: loan or credit offer (…)").
KIND_AND_WORDS = N_("{kind}: {reason}")
# The one slot filled with words (reasons.other_threads): "same text in 3 other threads".
_OTHER_THREADS = re.compile(r"(\d+) other threads?")
_FIELD = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"[\d.,]+")
FSI, PDI = "\u2068", "\u2069"


@dataclass(frozen=True, slots=True)
class Shown:
    """One reason as a moderator reads it; ``str()`` is the text, Jinja uses the HTML."""

    text: str
    html: Markup
    translated: bool  # False: shown as stored (unknown to this release); the HTML says English

    def __str__(self) -> str:
        return self.text

    def __html__(self) -> Markup:
        return self.html


@dataclass(frozen=True, slots=True)
class _Template:
    msgid: str
    pattern: re.Pattern[str]
    quoted: frozenset[str]  # slots between “ ”: always what fired, never words to translate
    literal: int  # characters outside the slots: the most specific template is tried first


def _template(message: str, note: bool = False) -> _Template:
    parts = _FIELD.split(message)
    regex, quoted = [], set()
    for i, part in enumerate(parts):
        if i % 2:
            regex.append(f"(?P<s{part}>.*?)")
            if parts[i - 1].endswith("“"):
                quoted.add(part)
        else:
            regex.append(re.escape(part))
    if note:
        regex.append(r"(?: \((?P<note>.*)\))?")
    literal = sum(len(p) for p in parts[::2])
    return _Template(message, re.compile("".join(regex), re.S), frozenset(quoted), literal)


def english_templates() -> list[str]:
    """Every words template of `moderation.reasons` (as written there, ``{}`` slots)."""
    found = [words for _, words in reasons.WORDS.values()]
    found += reasons.STYLE.values()
    found += [v for k, v in vars(reasons).items() if k.isupper() and isinstance(v, str)]
    return [t for t in dict.fromkeys(found) if is_message(t)]


@functools.cache
def _matcher() -> tuple[tuple[str, ...], tuple[_Template, ...], frozenset[str]]:
    kinds = tuple(sorted((k.value for k in reasons.Kind), key=len, reverse=True))
    made = [_template(msgid(t)) for t in english_templates()]
    bans = (*reasons.BANNED.values(), *reasons.SHADOW_BANNED.values())
    made += [_template(b, note=True) for b in bans]  # reasons.banned: the ban's note after
    ordered = tuple(sorted(made, key=lambda t: -t.literal))
    phrases = frozenset(t.msgid for t in ordered if "{" not in t.msgid)
    return kinds, ordered, phrases


def msgids() -> set[str]:
    """Every msgid a stored reason may be shown with (tests check each is translated)."""
    kinds, templates, _ = _matcher()
    return {*kinds, *(t.msgid for t in templates), KIND_AND_WORDS}


def _isolated(value: str) -> tuple[str, Markup]:
    if not value or _NUMBER.fullmatch(value):  # nothing to isolate: no letters, no direction
        return value, escape(value)
    return FSI + value + PDI, Markup("<bdi>{}</bdi>").format(value)


def _slot(value: str, quoted: bool, t: NullTranslations) -> tuple[str, Markup]:
    """A nested phrase ("text in mathematical letters") translated; anything else as is."""
    _, _, phrases = _matcher()
    if not quoted and value in phrases:
        said = t.gettext(value)
        return said, escape(said)
    if not quoted and (m := _OTHER_THREADS.fullmatch(value)):
        n = int(m.group(1))
        said = t.ngettext("{count} other thread", "{count} other threads", n).format(count=n)
        return said, escape(said)
    return _isolated(value)


def _fill(template: str, values: dict[str, tuple[str, Markup]]) -> tuple[str, Markup]:
    numbered = [values[str(i)] for i in range(len(values)) if str(i) in values]
    named = {k: v for k, v in values.items() if not k.isdigit()}
    text = template.format(*(v[0] for v in numbered), **{k: v[0] for k, v in named.items()})
    html = escape(template).format(*(v[1] for v in numbered), **{k: v[1] for k, v in named.items()})
    return text, html


def _words(words: str, t: NullTranslations) -> tuple[str, Markup] | None:
    _, templates, _ = _matcher()
    for template in templates:
        m = template.pattern.fullmatch(words)
        if m is None:
            continue
        found = {k[1:]: v for k, v in m.groupdict().items() if k.startswith("s")}
        values = {k: _slot(v, k in template.quoted, t) for k, v in found.items()}
        try:
            text, html = _fill(t.gettext(template.msgid), values)
        except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
            text, html = _fill(template.msgid, values)
        if note := m.groupdict().get("note"):
            text_note, html_note = _isolated(note)
            text, html = f"{text} ({text_note})", html + Markup(" (") + html_note + Markup(")")
        return text, html
    return None


def show(stored: str, t: NullTranslations) -> Shown:
    """``stored`` in the language of ``t`` (the ``admin`` catalogue), or as stored."""
    if stored == reasons.IMPORTED:
        said = t.gettext(reasons.IMPORTED)
        return Shown(said, escape(said), True)
    kinds, _, _ = _matcher()
    for kind in kinds:
        if stored.startswith(kind + ": ") and (words := _words(stored[len(kind) + 2 :], t)):
            name = t.gettext(kind)
            joined = t.gettext(KIND_AND_WORDS)
            try:
                text = joined.format(kind=name, reason=words[0])
                html = escape(joined).format(kind=name, reason=words[1])
            except (KeyError, IndexError, ValueError):
                text, html = f"{name}: {words[0]}", escape(f"{name}: ") + words[1]
            return Shown(text, html, True)
    # English in an isolate of its own: in a right-to-left list it keeps its place (bullet
    # and alignment) and still reads left to right.
    return Shown(stored, Markup('<bdi lang="en">{}</bdi>').format(stored), False)


def show_all(stored: Iterable[str], lang: str) -> list[Shown]:
    """Each stored reason in ``lang`` (a moderator's or the site's language)."""
    t = shipped().translations(lang, "admin")
    return [show(r, t) for r in stored]
