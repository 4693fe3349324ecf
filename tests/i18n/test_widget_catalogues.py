"""The widget's catalogues: every language complete, CLDR plural forms, same placeholders,
and the template current with the sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

from salon.i18n.widget_json import LOCALE_DIR, catalogue_json, load_all, plural_categories

LANGS = "en de fr es pt it nl pl ru uk tr ar he fa hi id ja zh ko".split()
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# A form for exactly one number may spell it out ("un commentaire", "تعليقان").
EXACT = {"zero", "one", "two"}


def template_ids() -> set[str | tuple[str, ...]]:
    with (LOCALE_DIR / "widget.pot").open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


def test_the_template_matches_the_sources() -> None:
    # The files babel-widget.cfg names, as `make messages-widget` reads them.
    files = re.findall(r"^\[javascript: (.+)\]$", (ROOT / "babel-widget.cfg").read_text(), re.M)
    assert len(files) == 3
    found = {
        msgid if isinstance(msgid, str) else tuple(msgid)
        for name in files
        for _, msgid, _, _ in extract_from_file("javascript", str(ROOT / name))
    }
    assert found == template_ids(), "run `make messages-widget` and translate the new strings"


def test_every_language_has_a_catalogue() -> None:
    assert sorted(p.name for p in LOCALE_DIR.iterdir() if p.is_dir()) == sorted(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang: str) -> None:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "widget.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    wanted = template_ids()
    categories = plural_categories(lang)
    assert catalog.num_plurals == len(categories)
    have = {m.id: m for m in catalog if m.id}
    assert set(have) == wanted
    for msgid, message in have.items():
        assert not message.fuzzy, msgid
        if isinstance(msgid, tuple):
            names = set(PLACEHOLDER.findall(" ".join(msgid)))
            forms = message.string
            assert isinstance(forms, tuple) and len(forms) == len(categories), msgid
            for category, form in zip(categories, forms, strict=True):
                assert form.strip(), (lang, msgid, category)
                got = set(PLACEHOLDER.findall(form))
                allowed = names - {"n"} if category in EXACT else names
                assert allowed <= got <= names, (lang, msgid, category, form)
        else:
            assert isinstance(message.string, str) and message.string.strip(), (lang, msgid)
            assert set(PLACEHOLDER.findall(message.string)) == set(PLACEHOLDER.findall(msgid)), (
                lang,
                msgid,
                message.string,
            )


def test_json_keys_plurals_by_cldr_category() -> None:
    ru = json.loads(catalogue_json(LOCALE_DIR / "ru/LC_MESSAGES/widget.po", "ru"))
    assert ru["{n} comment"] == {
        "one": "{n} комментарий",
        "few": "{n} комментария",
        "many": "{n} комментариев",
        "other": "{n} комментария",
    }
    assert ru["Reply"] == "Ответить"
    ar = json.loads(catalogue_json(LOCALE_DIR / "ar/LC_MESSAGES/widget.po", "ar"))
    assert set(ar["{n} comment"]) == {"zero", "one", "two", "few", "many", "other"}
    ja = json.loads(catalogue_json(LOCALE_DIR / "ja/LC_MESSAGES/widget.po", "ja"))
    assert ja["{n} comment"] == {"other": "コメント{n}件"}


def test_english_is_inline_and_hashes_follow_the_content() -> None:
    found = load_all()
    assert sorted(found) == sorted(set(LANGS) - {"en"})
    assert len({s.etag for s in found.values()}) == len(found)
    de = found["de"]
    assert json.loads(de.body)["Reply"] == "Antworten"
