"""Mail transport: one SMTP transaction per message, on a kept connection (aiosmtplib)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:  # imported when a mail is sent: a process without smtp_host never needs it
    import aiosmtplib

TlsMode = Literal["none", "starttls", "tls"]


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    sender: str  # the address
    sender_name: str
    recipient: str
    subject: str
    text: str
    html: str
    message_id: str  # with the angle brackets
    date: datetime
    headers: Mapping[str, str] = field(default_factory=dict)

    def message(self) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = formataddr((self.sender_name, self.sender))
        msg["To"] = self.recipient
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(self.date)
        msg["Message-ID"] = self.message_id
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to us
        for name, value in self.headers.items():
            msg[name] = value
        msg.set_content(self.text)
        msg.add_alternative(self.html, subtype="html")
        return msg


class Mailer(Protocol):
    def send(self, mail: OutgoingMail) -> None: ...

    def close(self) -> None: ...


class SmtpMailer:
    """Sends through one SMTP server, keeping the connection open between mails.

    One connection carries many messages (a handshake costs more than a message on a
    busy machine); it is dropped after ``idle`` seconds without mail, and a broken one is
    replaced once before a send counts as failed. Thread-safe: its own event loop runs
    in a background thread, so callers on any thread (with or without a loop) block
    until the server has accepted or refused the message.
    """

    def __init__(
        self,
        host: str,
        port: int,
        *,
        user: str | None = None,
        password: str | None = None,
        tls: TlsMode = "starttls",
        timeout: float = 30.0,
        idle: float = 10.0,
    ) -> None:
        self.host, self.port = host, port
        self.user, self.password = user, password
        self.tls = tls
        self.timeout = timeout
        self.idle = idle
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: aiosmtplib.SMTP | None = None
        self._last_used = 0.0

    def send(self, mail: OutgoingMail) -> None:
        with self._lock:  # one message at a time on the one connection
            future = asyncio.run_coroutine_threadsafe(self._send(mail), self._running_loop())
            future.result(self.timeout * 3)

    def close(self) -> None:
        with self._lock:
            if self._loop is None:
                return
            loop, self._loop = self._loop, None
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(self._drop(), loop).result(self.timeout)
            loop.call_soon_threadsafe(loop.stop)
            if self._thread is not None:
                self._thread.join(self.timeout)
            loop.close()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=loop.run_forever, name="salon-smtp", daemon=True)
            self._thread.start()
            self._loop = loop
        return self._loop

    async def _connected(self) -> aiosmtplib.SMTP:
        import aiosmtplib

        if self._client is not None and (
            not self._client.is_connected or time.monotonic() - self._last_used > self.idle
        ):
            await self._drop()
        if self._client is None:
            client = aiosmtplib.SMTP(
                hostname=self.host,
                port=self.port,
                use_tls=self.tls == "tls",
                start_tls=self.tls == "starttls",
                timeout=self.timeout,
                username=self.user,
                password=self.password,
            )
            await client.connect()
            self._client = client
        return self._client

    async def _drop(self) -> None:
        import aiosmtplib

        client, self._client = self._client, None
        if client is not None and client.is_connected:
            with contextlib.suppress(aiosmtplib.SMTPException, OSError):
                await client.quit()
        if client is not None:
            client.close()

    async def _send(self, mail: OutgoingMail) -> None:
        import aiosmtplib

        message = mail.message()
        for attempt in (1, 2):
            client = await self._connected()
            try:
                await client.send_message(message)
            except (aiosmtplib.SMTPServerDisconnected, ConnectionError):
                # A kept connection the server closed meanwhile: open a new one, once.
                await self._drop()
                if attempt == 2:
                    raise
                continue
            except BaseException:
                await self._drop()
                raise
            self._last_used = time.monotonic()
            return
