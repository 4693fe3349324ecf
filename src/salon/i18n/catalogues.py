"""The gettext catalogues (``locale/<lang>/LC_MESSAGES/<domain>.po``), compiled in memory.

The ``.po`` files are the only source of translations: no ``.mo`` is committed; each is
compiled with Babel once, when its language is first asked for (a language's two domains
together): the 19 languages cost a serving process about 5.7 MB, of which it keeps only
the ones its readers ask for. ``compile_all`` compiles every one (the start-up check).
"""

from __future__ import annotations

import functools
import threading
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
    _present: set[tuple[str, str]] = field(default_factory=set)
    _loaded: dict[tuple[str, str], NullTranslations] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for domain in DOMAINS:
            for lang in LANGUAGES:
                if self._path(lang, domain).is_file():
                    self._present.add((lang, domain))

    def _path(self, lang: str, domain: str) -> Path:
        return self.directory / lang / "LC_MESSAGES" / f"{domain}.po"

    def _compile(self, lang: str) -> None:
        """``lang``'s domains, each falling back to its parent domain (under the lock)."""
        mine = {}
        for domain in DOMAINS:
            if (lang, domain) in self._present:
                mine[domain] = compile_po(self._path(lang, domain), lang, domain)
        for domain, translations in mine.items():
            if (parent := FALLBACK.get(domain)) and parent in mine:
                translations.add_fallback(mine[parent])
        for domain, translations in mine.items():
            self._loaded[(lang, domain)] = translations

    def _get(self, lang: str, domain: str) -> NullTranslations | None:
        if (lang, domain) not in self._present:
            return None
        found = self._loaded.get((lang, domain))
        if found is None:
            with self._lock:
                if (lang, domain) not in self._loaded:
                    self._compile(lang)
            found = self._loaded[(lang, domain)]
        return found

    def compile_all(self) -> None:
        """Compile every language now (a broken catalogue raises here, not on a request)."""
        for lang in LANGUAGES:
            for domain in DOMAINS:
                self._get(lang, domain)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if (lang, "salon") in self._present) or (DEFAULT,)

    def translations(self, lang: str, domain: str = "salon") -> NullTranslations:
        found = self._get(lang, domain) or self._get(DEFAULT, domain)
        return found if found is not None else NullTranslations()


@functools.cache
def shipped() -> Catalogues:
    """The catalogues shipped with Salon, loaded once per process (they never change)."""
    return Catalogues()
