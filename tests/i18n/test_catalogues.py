"""Every catalogue is complete, with the CLDR plural forms of its language and the msgid's
placeholders; the committed .pot files match the sources."""

from __future__ import annotations

import re
import subprocess
from gettext import c2py
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from salon.i18n.catalogues import DOMAINS, LANGUAGES, LOCALE_DIR, Catalogues, direction

ROOT = Path(__file__).parents[2]
PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)\}")
COUNTS = {"count", "n"}


def _placeholders(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=lang)


def _template(domain: str) -> list[Message]:
    return [m for m in _read(LOCALE_DIR / f"{domain}.pot") if m.id]


def _single_number_forms(lang: str, forms: int) -> set[int]:
    """Indexes of plural forms that stand for one number only (Arabic "two" is 2, French
    "one" is 0 and 1): only those may leave the number out ("تعليقان", "one comment")."""
    plural = c2py(Catalog(locale=lang).plural_expr)
    numbers: dict[int, set[int]] = {}
    for n in [*range(2000), 10**6, 2 * 10**6, 10**9]:
        numbers.setdefault(plural(n), set()).add(n)
    assert set(numbers) == set(range(forms))
    return {i for i, ns in numbers.items() if len(ns) == 1}


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete(domain: str, lang: str) -> None:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"
    catalogue = _read(path, lang)
    forms = Catalog(locale=lang).num_plurals
    assert catalogue.num_plurals == forms, f"{path}: Plural-Forms is not CLDR's for {lang}"
    single = _single_number_forms(lang, forms)
    problems = []
    for template in _template(domain):
        found = catalogue.get(template.id, template.context)
        if found is None or "fuzzy" in found.flags:
            problems.append(f"missing: {template.id!r}")
            continue
        if isinstance(template.id, str):
            if not found.string:
                problems.append(f"empty: {template.id!r}")
            elif _placeholders(found.string) != _placeholders(template.id):
                problems.append(f"placeholders differ: {template.id!r} -> {found.string!r}")
            continue
        strings = tuple(found.string) if isinstance(found.string, (tuple, list)) else ()
        if len(strings) != forms or not all(strings):
            problems.append(f"needs {forms} plural forms: {template.id[0]!r}")
            continue
        wanted = _placeholders(template.id[1])
        for i, string in enumerate(strings):
            have = _placeholders(string)
            may_drop = COUNTS if i in single else set()
            if not (wanted - may_drop <= have <= wanted):
                problems.append(f"placeholders differ in form {i}: {template.id[0]!r}")
    assert not problems, f"{path}:\n" + "\n".join(problems)


@pytest.mark.parametrize("domain", DOMAINS)
def test_pot_matches_the_sources(domain: str, tmp_path: Path) -> None:
    """`make messages` extracts exactly what is committed (run it after changing strings)."""
    out = tmp_path / f"{domain}.pot"
    dry = subprocess.run(
        ["make", "-s", "-n", "messages"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    extract = next(line for line in dry.stdout.splitlines() if f"locale/{domain}.pot" in line)
    extract = extract.replace(f"src/salon/locale/{domain}.pot", str(out))
    subprocess.run(extract, shell=True, cwd=ROOT, check=True, capture_output=True)  # noqa: S602
    fresh = {(m.id, m.context) for m in _read(out) if m.id}
    committed = {(m.id, m.context) for m in _template(domain)}
    assert fresh == committed, (
        f"{domain}.pot is out of date: run `make messages` and translate the new strings"
    )


def test_catalogues_compile_in_memory_and_fall_back_to_english() -> None:
    catalogues = Catalogues()
    assert catalogues.languages == tuple(LANGUAGES)
    assert catalogues.translations("de").gettext("Reply") == "Antworten"
    assert catalogues.translations("xx").gettext("Reply") == "Reply"
    ru = catalogues.translations("ru")
    assert [ru.ngettext("%(count)s comment", "%(count)s comments", n) % {"count": n}
            for n in (1, 3, 5, 21)] == [
        "1 комментарий", "3 комментария", "5 комментариев", "21 комментарий"
    ]  # fmt: skip
    ar = catalogues.translations("ar")
    assert ar.ngettext("%(count)s comment", "%(count)s comments", 2) == "تعليقان"
    assert direction("ar") == "rtl" and direction("fa") == "rtl" and direction("de") == "ltr"


def test_a_language_is_compiled_when_first_asked_for() -> None:
    catalogues = Catalogues()
    assert catalogues.languages == tuple(LANGUAGES) and not catalogues._loaded
    assert catalogues.translations("de", "admin").gettext("Reply") == "Antworten"  # fallback
    assert set(catalogues._loaded) == {("de", "salon"), ("de", "admin")}
    assert catalogues.translations("xx").gettext("Reply") == "Reply"  # English, compiled now
    assert {lang for lang, _ in catalogues._loaded} == {"de", "en"}
    catalogues.compile_all()
    assert set(catalogues._loaded) == {(lang, d) for lang in LANGUAGES for d in DOMAINS}
