"""Security headers on every answer: CSP on Salon's own pages, nosniff, referrer, HSTS."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Salon's pages load scripts only from Salon itself (no inline script anywhere); inline
# style attributes stay allowed, they cannot run code. Reader text is sanitised anyway:
# this is the second wall.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https:; connect-src 'self'; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}"
)
# The widget files are loaded by publishers' pages on other origins.
ASSETS = ("/embed.js", "/embed.css")
# /docs runs Swagger UI from Salon's own copy (see web/docs.py); it sets inline styles.
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
HSTS = "max-age=31536000"


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                if https:
                    headers.setdefault("Strict-Transport-Security", HSTS)
                if path in ASSETS:
                    # Any page may load the widget (its API calls are checked per site).
                    headers.setdefault("Cross-Origin-Resource-Policy", "cross-origin")
                elif path.startswith("/admin"):
                    headers.setdefault(
                        "Content-Security-Policy", PAGE_CSP.format(ancestors="'none'")
                    )
                    headers.setdefault("X-Frame-Options", "DENY")
                    headers.setdefault("Cache-Control", "no-store")
                elif path == "/docs":
                    headers.setdefault("Content-Security-Policy", DOCS_CSP)
                elif not path.startswith(("/api/", "/feeds/")):
                    # Thread pages may be framed by the publisher's site; docs and demo too.
                    headers.setdefault("Content-Security-Policy", PAGE_CSP.format(ancestors="*"))
                else:
                    headers.setdefault(
                        "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"
                    )
                if path != "/docs" and headers.get("content-type", "").startswith("text/html"):
                    # Pages come in the reader's language: caches keep one copy per language.
                    headers.add_vary_header("Accept-Language")
            await send(message)

        await self.app(scope, receive, send_with_headers)
