"""Limits on slow and oversized clients at the HTTP connection, before the app sees them.

Uvicorn bounds idle keep-alive connections (``timeout_keep_alive``) but neither the time
a client may take to send its request head nor the head's size: a client trickling a
header byte by byte holds a connection for ever. This protocol adds both, answering
408 or 431 and closing the connection.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

if TYPE_CHECKING:
    from salon.config import Settings


@dataclass(frozen=True, slots=True)
class ConnectionLimits:
    header_timeout: float = 10.0
    max_header_bytes: int = 16 * 1024
    max_headers: int = 100
    idle_timeout: float = 5.0


def _answer(status: int, reason: str, code: str, detail: str) -> bytes:
    """An RFC 9457 problem like every other error Salon answers, then the connection closes."""
    body = json.dumps(
        {"type": f"urn:salon:problem:{code}", "title": reason, "status": status, "detail": detail}
    ).encode()
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/problem+json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    ).encode("ascii") + body


def connection_limits(settings: Settings) -> ConnectionLimits:
    """The limits on slow and large clients the server applies before the app."""
    return ConnectionLimits(
        header_timeout=settings.header_timeout_seconds,
        max_header_bytes=settings.max_header_bytes,
        max_headers=settings.max_headers,
        idle_timeout=settings.idle_timeout_seconds,
    )


TOO_LARGE = (431, "Request Header Fields Too Large", "head-too-large")
RESPONSE_HEAD = b"HTTP/1.1 "


class CorkedTransport:
    """The connection's transport, sending a response's head and body in one write.

    Uvicorn writes the status line and headers, then the body: two system calls and two
    packets for every answer, which for a cached read is a good part of its cost. Here a
    response head waits for the next write (the body) and goes out with it; a head whose
    body does not follow in the same turn of the event loop (a stream) goes out at the
    end of that turn. Writes keep their order; everything else is the transport's own.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._head: bytes | None = None

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._head is not None:
            data, self._head = self._head + data, None
        elif data[:9] == RESPONSE_HEAD and data[-4:] == b"\r\n\r\n":
            self._head = bytes(data)
            self._loop.call_soon(self.flush)
            return
        self._transport.write(data)

    def flush(self) -> None:
        if self._head is not None:
            head, self._head = self._head, None
            self._transport.write(head)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class GuardedProtocol(HttpToolsProtocol):
    """httptools' protocol with a deadline and a size limit on every request head."""

    # In slots: uvicorn's protocol already has about 30 attributes, and five more in its
    # __dict__ would turn the compact shared-key dict into a full one (1.2 KB more for
    # every connection, thousands of them with the live streams).
    __slots__ = ("_head_bytes", "_head_count", "_head_size", "_head_timer", "_in_head")
    limits = ConnectionLimits()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.transport = CorkedTransport(transport, self.loop)  # type: ignore[assignment]
        self._head_bytes = 0
        self._head_count = 0
        self._head_size = 0
        self._in_head = True
        self._head_timer: asyncio.TimerHandle | None = None
        self._arm()

    def _arm(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(self.limits.header_timeout, self._head_late)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _refuse(self, answer: bytes) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(answer)
            self.transport.close()

    def _head_late(self) -> None:
        self._head_timer = None
        if self._in_head:
            detail = f"the request head took longer than {self.limits.header_timeout:g} seconds"
            self._refuse(_answer(408, "Request Timeout", "head-timeout", detail))

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._in_head:
            self._head_bytes += len(data)
        super().data_received(data)
        # Checked after parsing: a chunk that finishes the head may carry body bytes too.
        if self._in_head and self._head_bytes > self.limits.max_header_bytes:
            self._refuse(_answer(*TOO_LARGE, self._too_large()))

    def _too_large(self) -> str:
        return f"the request head is over the limit of {self.limits.max_header_bytes:,} bytes"

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = True
        self._head_count = 0
        self._head_size = 0
        self._arm()

    def on_url(self, url: bytes) -> None:
        self._head_size += len(url)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_count += 1
        self._head_size += len(name) + len(value) + 4
        super().on_header(name, value)

    def on_body(self, body: bytes) -> None:
        if not self.transport.is_closing():  # refused: the rest of the chunk is ignored
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self.transport.is_closing():
            super().on_message_complete()

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._head_bytes = 0
        self._disarm()
        if self._head_count > self.limits.max_headers:
            detail = f"the request has more than {self.limits.max_headers} header lines"
            self._refuse(_answer(*TOO_LARGE, detail))
            return
        if self._head_size > self.limits.max_header_bytes:
            self._refuse(_answer(*TOO_LARGE, self._too_large()))
            return
        super().on_headers_complete()


class WorkerProtocol(GuardedProtocol):
    """The protocol of ``salon serve --workers N``: uvicorn imports it by name in each
    worker process, whose app factory sets ``limits`` from the settings before serving."""


def protocol_with(limits: ConnectionLimits) -> type[GuardedProtocol]:
    return type("SalonProtocol", (GuardedProtocol,), {"limits": limits})


def server_config(app: Any, limits: ConnectionLimits, **options: Any) -> uvicorn.Config:
    """Uvicorn's config with Salon's connection limits; ``options`` go to uvicorn as given."""
    return uvicorn.Config(
        app,
        http=protocol_with(limits),
        timeout_keep_alive=max(1, round(limits.idle_timeout)),
        h11_max_incomplete_event_size=limits.max_header_bytes,
        **options,
    )
