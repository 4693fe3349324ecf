"""The widget's strings for one language as compact JSON: msgid -> text.

A plural entry maps its singular msgid to {CLDR category: text}, so the browser picks with
Intl.PluralRules. The catalogues' Plural-Forms list the locale's CLDR categories in
Babel's order (zero, one, two, few, many, other: the ones the locale has), which is the
order of msgstr[0], msgstr[1], ... English is not served: the widget carries it inline."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "widget"
CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def plural_categories(lang: str) -> tuple[str, ...]:
    """The CLDR plural categories of a language, in the order of the msgstr indices."""
    tags = Locale.parse(lang).plural_form.tags
    return tuple(c for c in CATEGORIES if c in tags or c == "other")


@dataclass(frozen=True, slots=True)
class WidgetStrings:
    lang: str
    body: bytes  # the JSON
    etag: str  # a hash of the body: in the URL for a long cache, and as the ETag


def catalogue_json(path: Path, lang: str) -> bytes:
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang, domain=DOMAIN)
    categories = plural_categories(lang)
    out: dict[str, str | dict[str, str]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):
            raw = message.string
            forms = [str(x) for x in raw] if isinstance(raw, tuple | list) else [str(raw)]
            out[str(message.id[0])] = {c: s for c, s in zip(categories, forms, strict=False) if s}
        elif message.string:
            out[str(message.id)] = str(message.string)
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def load_all(locale_dir: Path = LOCALE_DIR) -> dict[str, WidgetStrings]:
    """Every language with a widget catalogue, except English (inline in embed.js)."""
    found: dict[str, WidgetStrings] = {}
    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        lang = po.parent.parent.name
        if lang == "en":
            continue
        body = catalogue_json(po, lang)
        found[lang] = WidgetStrings(lang, body, hashlib.sha256(body).hexdigest()[:16])
    return found
