"""The gettext catalogues (``locale/<lang>/LC_MESSAGES/<domain>.po``), compiled in memory.

The ``.po`` files are the only source of translations: no ``.mo`` is committed; each is
compiled with Babel once when the catalogues are loaded.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parents[1] / "locale"
LANGUAGES = (
    "en de fr es pt it nl pl ru uk tr ar he fa hi id ja zh ko".split()
)  # fmt: skip
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa"})
DEFAULT = "en"
# The admin domain falls back to the reader's one (shared words such as error titles).
FALLBACK = {"admin": "salon"}
DOMAINS = ("salon", "admin")


def direction(lang: str) -> str:
    """``rtl`` or ``ltr``: the ``dir`` of a page in ``lang``."""
    return "rtl" if lang in RIGHT_TO_LEFT else "ltr"


def N_(message: str) -> str:  # noqa: N802 - the name pybabel extracts by default
    """Marks a string for extraction where it is defined; it is translated where shown."""
    return message


def compile_po(path: Path, lang: str, domain: str) -> Translations:
    with path.open("rb") as f:
        catalog = read_po(f, locale=lang, domain=domain)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=domain)


@dataclass(frozen=True)
class Catalogues:
    """Every language's translations of every domain; English when one is missing."""

    directory: Path = LOCALE_DIR
    _loaded: dict[tuple[str, str], NullTranslations] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for domain in DOMAINS:
            for lang in LANGUAGES:
                path = self.directory / lang / "LC_MESSAGES" / f"{domain}.po"
                if path.is_file():
                    self._loaded[(lang, domain)] = compile_po(path, lang, domain)
        for (lang, domain), translations in self._loaded.items():
            if (parent := FALLBACK.get(domain)) and (lang, parent) in self._loaded:
                translations.add_fallback(self._loaded[(lang, parent)])

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if (lang, "salon") in self._loaded) or (DEFAULT,)

    def translations(self, lang: str, domain: str = "salon") -> NullTranslations:
        found = self._loaded.get((lang, domain)) or self._loaded.get((DEFAULT, domain))
        return found if found is not None else NullTranslations()


@functools.cache
def shipped() -> Catalogues:
    """The catalogues shipped with Salon, loaded once per process (they never change)."""
    return Catalogues()
