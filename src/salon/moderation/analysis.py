"""Text -> what the pipeline reads from it -> sparse model rows: the one feature function
that training (train.py) and serving (moderator.py) share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from salon.moderation.domains import DomainParser, Link
from salon.moderation.errors import TextError
from salon.moderation.features import Featuriser, Rows
from salon.moderation.normalise import Normalised, normalise
from salon.moderation.signals import Signal, text_signals


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline read from one text, before any model."""

    norm: Normalised
    links: list[Link]
    signals: list[Signal]


def analyse(text: str, domains: DomainParser, trusted: frozenset[str] = frozenset()) -> Analysis:
    """Normalise and read signals. Raises a TextError for empty or oversized text.

    Links to a `trusted` registered domain count as sources (see Policy).
    """
    norm = normalise(text)
    links = domains.links(norm.plain, trusted)
    return Analysis(norm, links, text_signals(norm, links))


def rows(
    features: Featuriser,
    domains: DomainParser,
    texts: Iterable[str],
    trusted: frozenset[str] = frozenset(),
) -> Rows:
    """Model rows of `texts`; a text that cannot be moderated gives an empty row."""
    found = analyses(domains, texts, trusted)
    return features.rows([item(a) for a in found], [plain(a) for a in found])


def analyses(
    domains: DomainParser, texts: Iterable[str], trusted: frozenset[str] = frozenset()
) -> list[Analysis | None]:
    out: list[Analysis | None] = []
    for text in texts:
        try:
            out.append(analyse(text, domains, trusted))
        except TextError:
            out.append(None)
    return out


def item(a: Analysis | None) -> tuple[str, list[Signal]]:
    """A featuriser input: (folded text, text signals); ("", []) for no analysis."""
    return ("", []) if a is None else (a.norm.folded, a.signals)


def plain(a: Analysis | None) -> str:
    """What the sentence vectors read: the de-disguised text with its case ("" for none)."""
    return "" if a is None else a.norm.plain
