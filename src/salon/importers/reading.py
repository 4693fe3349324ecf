"""Reading untrusted export files: bounded lines, safe XML, strict dates and UTF-8."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Protocol
from xml.etree.ElementTree import Element, ParseError  # noqa: S405 - only the types

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from salon.domain.errors import Invalid

# No real export has a line this long; a longer one is a broken or hostile file, refused
# while streaming instead of being read into memory whole.
MAX_LINE_BYTES = 64 * 1024 * 1024


class ImportRefused(Invalid):
    """The file cannot be imported as it is; nothing was stored."""

    code = "import-refused"
    title = "Import refused"


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...
    def close(self) -> None: ...


class BoundedLines(io.RawIOBase):
    """A binary file that raises ImportRefused once a line grows past ``limit`` bytes."""

    def __init__(
        self, raw: _Readable, limit: int, name: str, under: _Readable | None = None
    ) -> None:
        self._raw = raw
        self._under = under  # the file beneath a gzip stream, closed with it
        self._limit = limit
        self._name = name
        self._run = 0  # bytes since the last newline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(min(len(buffer), 1 << 16))
        if not data:
            return 0
        parts = data.split(b"\n")
        run = self._run + len(parts[0])
        if len(parts) > 1:
            if run > self._limit or max(map(len, parts[1:-1]), default=0) > self._limit:
                self._too_long()
            run = len(parts[-1])
        if run > self._limit:
            self._too_long()
        self._run = run
        buffer[: len(data)] = data
        return len(data)

    def _too_long(self) -> None:
        raise ImportRefused(
            f"{self._name} has a line longer than {self._limit:,} bytes; "
            "it is not an export file Salon can read (truncated or damaged?)"
        )

    def close(self) -> None:
        self._raw.close()
        if self._under is not None:
            self._under.close()
        super().close()


def open_bounded(path: Path, limit: int = MAX_LINE_BYTES) -> io.BufferedReader:
    """The file for streaming, with the line bound; gzip files are opened transparently."""
    raw: IO[bytes] = path.open("rb")
    packed = raw.read(2) == b"\x1f\x8b"
    raw.seek(0)
    if packed:
        import gzip

        stream = BoundedLines(gzip.GzipFile(fileobj=raw, mode="rb"), limit, path.name, raw)
    else:
        stream = BoundedLines(raw, limit, path.name)
    return io.BufferedReader(stream, buffer_size=1 << 16)


def head(path: Path, size: int = 4096) -> bytes:
    """The first bytes of a file, un-gzipped (as far as it goes), for detect()."""
    try:
        with path.open("rb") as f:
            start = f.read(1 << 16)
    except OSError:
        return b""
    if start[:2] != b"\x1f\x8b":
        return start[:size]
    try:
        # A decompressor object hands out what it has, even from a truncated stream.
        return zlib.decompressobj(wbits=31).decompress(start, size)
    except zlib.error:
        return b""


def xml_elements(path: Path, depth: int, limit: int = MAX_LINE_BYTES) -> Iterator[Element]:
    """Each completed element ``depth`` levels below the root, streamed and then cleared.

    defusedxml refuses DTDs, entity declarations (the "billion laughs") and external
    entities before anything is expanded; a parse error is reported with its line.
    """
    level = -1
    try:
        with open_bounded(path, limit) as f:
            for event, element in safe_xml.iterparse(f, events=("start", "end"), forbid_dtd=True):
                if event == "start":
                    level += 1
                    continue
                if level == depth:
                    yield element
                    element.clear()  # keeps memory flat on a large export
                level -= 1
    except DefusedXmlException as e:
        raise ImportRefused(
            f"{path.name} declares a DTD or XML entities ({type(e).__name__}); Salon does not "
            "expand entities from an import file (they can read local files or exhaust memory)"
        ) from e
    except ParseError as e:
        raise ImportRefused(
            f"{path.name} is not well-formed XML (a broken tag, or bytes that are not UTF-8): {e}"
        ) from e
    except UnicodeDecodeError as e:
        raise ImportRefused(f"{path.name} is not valid UTF-8: {e}") from e
    except (OSError, EOFError) as e:
        raise unreadable(path, e) from e


def unreadable(path: Path, error: Exception) -> ImportRefused:
    return ImportRefused(f"{path.name} could not be read to its end (truncated?): {error}")


def local(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def texts(element: Element) -> dict[str, str]:
    """Local name -> stripped text of the element's children (the first of each name)."""
    found: dict[str, str] = {}
    for child in element:
        found.setdefault(local(child.tag), (child.text or "").strip())
    return found


def child_text(element: Element, name: str) -> str:
    """The text of the first child called ``name`` (any namespace), or ''."""
    for child in element:
        if local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def parse_time(value: str, what: str) -> datetime:
    """An ISO 8601 time (Z or an offset; naive means UTC) as an aware UTC datetime."""
    text = value.strip().replace(" ", "T", 1)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as e:
        raise ImportRefused(f"{what}: {value!r} is not a date and time") from e
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
