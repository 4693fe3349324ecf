"""What an importer yields: comments of another system, and what it skipped and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from salon.domain.comments import CommentState


class Markup(StrEnum):
    """How the source stored a comment's text."""

    HTML = "html"  # Disqus, Remark42: sanitised HTML
    WORDPRESS = "wordpress"  # HTML fragments whose blank lines are paragraphs (wpautop)
    MARKDOWN = "markdown"  # Isso: the reader's Markdown, as Salon stores it


@dataclass(frozen=True, slots=True)
class ImportedComment:
    """One comment as the source had it; ``source_id`` and ``parent`` are the source's ids."""

    source_id: str
    url: str  # the article's link as the source knew it (full URL or path)
    title: str
    body: str
    markup: Markup
    created: datetime
    state: CommentState
    parent: str | None = None
    author_name: str = ""
    author_email: str = ""
    author_website: str = ""
    ip: str = ""
    # (voter key, +1 or -1); a source with only tallies gives one key per counted vote.
    votes: tuple[tuple[str, int], ...] = ()
    pinned: bool = False  # Salon has no pinning; reported in the summary


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something the importer did not turn into a comment, reported in the summary."""

    source_id: str
    reason: str


def tally_votes(up: int, down: int) -> tuple[tuple[str, int], ...]:
    """Vote entries for a source that kept only counts (the voters are unknown)."""
    # "#" marks an anonymous entry: the import service makes it unique to its comment.
    return tuple((f"#up-{n}", 1) for n in range(max(0, up))) + tuple(
        (f"#down-{n}", -1) for n in range(max(0, down))
    )


ImportRecord = ImportedComment | Skipped
