"""Disqus XML export: <thread> and <post> elements joined by their dsq:id references."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element  # noqa: S405 - only the type

from salon.domain.comments import CommentState
from salon.domain.imports import ImportedComment, ImportRecord, Markup, Skipped
from salon.importers.reading import (
    MAX_LINE_BYTES,
    ImportRefused,
    child_text,
    head,
    local,
    parse_time,
    xml_elements,
)

NAME = "disqus"
DSQ_ID = "{http://disqus.com/disqus-internals}id"


@dataclass(frozen=True, slots=True)
class _Thread:
    link: str
    title: str
    deleted: bool


def detect(path: Path) -> bool:
    start = head(path)
    return b"<disqus" in start and b"disqus.com" in start


def _child(element: Element, name: str) -> Element | None:
    return next((c for c in element if local(c.tag) == name), None)


def _ref(element: Element, name: str) -> str:
    found = _child(element, name)
    return "" if found is None else found.get(DSQ_ID, "")


def _true(value: str) -> bool:
    return value.strip().lower() == "true"


@dataclass(frozen=True, slots=True)
class _Post:
    source_id: str
    thread: str
    comment: ImportedComment | None  # url and title filled in once the thread is known


def parse(
    path: Path, *, keep_pingbacks: bool = False, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[ImportRecord]:
    """Comments of a Disqus export; threads are known once the whole file is read."""
    threads: dict[str, _Thread] = {}
    posts: list[_Post] = []
    for element in xml_elements(path, 1, max_line_bytes):
        kind = local(element.tag)
        if kind == "thread":
            threads[element.get(DSQ_ID, "")] = _Thread(
                link=child_text(element, "link"),
                title=child_text(element, "title"),
                deleted=_true(child_text(element, "isDeleted")),
            )
        elif kind == "post":
            posts.append(_post(element))
    if not threads and not posts:
        raise ImportRefused(f"{path.name} has no Disqus <thread> or <post> elements")
    used: set[str] = set()
    for post in posts:
        thread = threads.get(post.thread)
        if post.comment is None:
            yield Skipped("?", "a post without a dsq:id or <id>")
        elif thread is None:
            yield Skipped(post.source_id, f"refers to thread {post.thread!r}, not in the file")
        elif thread.deleted:
            used.add(post.thread)
            yield Skipped(post.source_id, "its thread was deleted in Disqus")
        else:
            used.add(post.thread)
            yield replace(post.comment, url=thread.link, title=thread.title)
    yield from _unused_threads(threads, used)


def _post(post: Element) -> _Post:
    source_id = post.get(DSQ_ID, "") or child_text(post, "id")
    thread = _ref(post, "thread")
    if not source_id:
        return _Post("", thread, None)
    author = _child(post, "author")
    if _true(child_text(post, "isSpam")):
        state = CommentState.SPAM
    elif _true(child_text(post, "isDeleted")):
        state = CommentState.DELETED
    else:
        state = CommentState.PUBLISHED
    return _Post(
        source_id,
        thread,
        ImportedComment(
            source_id=source_id,
            url="",
            title="",
            body=child_text(post, "message"),
            markup=Markup.HTML,
            created=parse_time(child_text(post, "createdAt"), f"post {source_id}"),
            state=state,
            parent=_ref(post, "parent") or None,
            author_name="" if author is None else child_text(author, "name"),
            author_email="" if author is None else child_text(author, "email"),
            ip=child_text(post, "ipAddress"),
        ),
    )


def _unused_threads(threads: dict[str, _Thread], used: set[str]) -> Iterator[Skipped]:
    """Threads without comments: Disqus makes one per URL variant it ever saw."""
    paths: dict[str, str] = {}
    for thread_id, thread in threads.items():
        if thread_id in used:
            paths.setdefault(urlsplit(thread.link).path, thread_id)
    for thread_id, thread in threads.items():
        if thread_id in used:
            continue
        twin = paths.get(urlsplit(thread.link).path)
        reason = (
            f"empty duplicate of thread {twin} ({thread.link})"
            if twin
            else f"empty thread ({thread.link or 'no link'})"
        )
        yield Skipped(f"thread {thread_id}", reason)
