"""Mail transport: one message per SMTP transaction, through aiosmtplib."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Literal, Protocol

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


class SmtpMailer:
    """Sends through one SMTP server; every call is its own connection and transaction."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        user: str | None = None,
        password: str | None = None,
        tls: TlsMode = "starttls",
        timeout: float = 30.0,
    ) -> None:
        self.host, self.port = host, port
        self.user, self.password = user, password
        self.tls = tls
        self.timeout = timeout

    def send(self, mail: OutgoingMail) -> None:
        """Blocking; workers call it from threads, which have no event loop of their own."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            asyncio.run(self._send(mail))
            return
        # Called on a thread that runs a loop already: send from a thread of its own.
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, self._send(mail)).result()

    async def _send(self, mail: OutgoingMail) -> None:
        await aiosmtplib.send(
            mail.message(),
            hostname=self.host,
            port=self.port,
            username=self.user,
            password=self.password,
            use_tls=self.tls == "tls",
            start_tls=self.tls == "starttls",
            timeout=self.timeout,
        )
