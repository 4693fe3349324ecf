"""Checks every request body before any parsing: size, media type, UTF-8 and JSON syntax."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salon.domain.errors import BadRequest, TooLarge, UnsupportedMediaType
from salon.web.errors import problem_of

BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
FORM_TYPES = ("application/x-www-form-urlencoded",)


class BodyGuard:
    """Buffers at most ``limit`` bytes; refuses more with 413 before the app sees any of it."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send, self._too_large())
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(scope, receive, send, self._too_large())
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        error = self._check(scope["path"], headers.get("content-type", ""), body)
        if error is not None:
            await error(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> Any:
        return problem_of(TooLarge(f"the request body is over the limit of {self.limit:,} bytes"))

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, response: Any) -> None:
        await response(scope, receive, send)

    @staticmethod
    def _check(path: str, content_type: str, body: bytes) -> Any:
        if not body:
            return None
        media = content_type.split(";", 1)[0].strip().lower()
        if path.startswith("/api/"):
            if media != "application/json":
                return problem_of(
                    UnsupportedMediaType(
                        "send the body as JSON with 'Content-Type: application/json'"
                    )
                )
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as e:
                return problem_of(
                    BadRequest(f"the body is not valid UTF-8 (byte {e.start})", "bad-utf8")
                )
            try:
                json.loads(text)
            except ValueError as e:
                return problem_of(BadRequest(f"the body is not valid JSON: {e}", "bad-json"))
        elif media in FORM_TYPES:
            try:
                body.decode("utf-8")
            except UnicodeDecodeError as e:
                return problem_of(
                    BadRequest(f"the form is not valid UTF-8 (byte {e.start})", "bad-utf8")
                )
        return None
