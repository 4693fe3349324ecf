"""The importers by name, and which one reads a given file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

from salon.domain.imports import ImportRecord
from salon.importers import disqus, isso, remark42, wordpress
from salon.importers.reading import ImportRefused

SOURCES: dict[str, ModuleType] = {m.NAME: m for m in (disqus, wordpress, isso, remark42)}

Parser = Callable[..., Iterator[ImportRecord]]


def detect(path: Path) -> str:
    """The name of the source that wrote ``path``; refused when none recognises it."""
    if not path.is_file():
        raise ImportRefused(f"{path} is not a file")
    for name, module in SOURCES.items():
        if module.detect(path):
            return name
    raise ImportRefused(
        f"{path.name} is not an export Salon recognises (Disqus XML, WordPress WXR, "
        "an Isso database or a Remark42 backup)"
    )


def parser(source: str, path: Path) -> Parser:
    """The parse function of ``source``, after checking that the file looks like it."""
    module = SOURCES.get(source)
    if module is None:
        raise ImportRefused(f"unknown source {source!r}; one of: {', '.join(SOURCES)}")
    if not path.is_file():
        raise ImportRefused(f"{path} is not a file")
    if not module.detect(path):
        raise ImportRefused(f"{path.name} does not look like a {source} export" + _guess(path))
    parse: Parser = module.parse
    return parse


def _guess(path: Path) -> str:
    try:
        return f"; it looks like a {detect(path)} export"
    except ImportRefused:
        return ""
