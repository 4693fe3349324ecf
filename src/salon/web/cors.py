"""CORS limited to the configured sites' origins (any localhost page for a 'local' site)."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salon.config import Settings
from salon.domain.errors import Forbidden
from salon.web.errors import problem_of

ALLOW_METHODS = "GET, POST, PATCH, DELETE, OPTIONS"
ALLOW_HEADERS = "Authorization, Content-Type, Last-Event-ID"
ORIGINS_KEPT = 1024  # answers remembered per origin (a bound: the header is the client's)
CORS_NAMES = frozenset(
    (
        b"access-control-allow-origin",
        b"access-control-allow-credentials",
        b"access-control-expose-headers",
    )
)


class SiteCors:
    """Answers preflights and echoes an allowed Origin; the services check origin per site."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.sites = settings.sites
        # Answers for the sites in force, until settings saved in the admin replace them.
        self._answers: dict[str, bool] = {}
        self._answered_for = self.sites

    def allowed(self, scope: Scope, origin: str) -> bool:
        # The sites in force: origins saved in the admin's settings apply without a restart.
        deps = getattr(scope["app"].state, "deps", None) if "app" in scope else None
        sites = deps.settings.sites if deps is not None else self.sites
        if sites is not self._answered_for or len(self._answers) >= ORIGINS_KEPT:
            self._answers, self._answered_for = {}, sites
        answer = self._answers.get(origin)
        if answer is None:
            answer = self._answers[origin] = any(site.allows_origin(origin) for site in sites)
        return answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(("/api/", "/feeds/")):
            await self.app(scope, receive, send)
            return
        origin = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"origin"), None)
        if origin is None:
            await self.app(scope, receive, send)
            return
        allowed = self.allowed(scope, origin)
        if scope["method"] == "OPTIONS":
            response: Response
            if allowed:
                response = Response(
                    status_code=204,
                    headers={
                        "Access-Control-Allow-Origin": origin,
                        "Access-Control-Allow-Credentials": "true",
                        "Access-Control-Allow-Methods": ALLOW_METHODS,
                        "Access-Control-Allow-Headers": ALLOW_HEADERS,
                        "Access-Control-Max-Age": "600",
                        "Vary": "Origin",
                    },
                )
            else:
                response = problem_of(
                    Forbidden(
                        f"pages from {origin} may not use this server; add the "
                        "origin to a site's 'origins' setting"
                    )
                )
            await response(scope, receive, send)
            return

        cors = (
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-allow-credentials", b"true"),
            (b"access-control-expose-headers", b"Retry-After"),
        )

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and allowed:
                message["headers"] = with_cors(message.get("headers", ()), cors)
            await send(message)

        await self.app(scope, receive, send_with_cors)


def with_cors(
    given: Iterable[tuple[bytes, bytes]], cors: tuple[tuple[bytes, bytes], ...]
) -> list[tuple[bytes, bytes]]:
    """The answer's headers with ``cors`` in place of its own, and Origin added to Vary."""
    out = []
    vary: bytes | None = None
    for name, value in given:
        low = name.lower()
        if low == b"vary":
            vary = value if vary is None else vary + b", " + value
        elif low not in CORS_NAMES:
            out.append((name, value))
    out += cors
    out.append((b"vary", b"Origin" if vary is None else vary + b", Origin"))
    return out
