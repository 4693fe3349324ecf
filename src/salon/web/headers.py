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


Header = tuple[bytes, bytes]


def _fixed(path: str, https: bool) -> tuple[Header, ...]:
    """The headers an answer at ``path`` gets unless it set them itself."""
    out = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"strict-origin-when-cross-origin"),
    ]
    if https:
        out.append((b"strict-transport-security", HSTS.encode()))
    if path in ASSETS:
        # Any page may load the widget (its API calls are checked per site).
        out.append((b"cross-origin-resource-policy", b"cross-origin"))
    elif path.startswith("/admin"):
        out.append((b"content-security-policy", PAGE_CSP.format(ancestors="'none'").encode()))
        out.append((b"x-frame-options", b"DENY"))
        out.append((b"cache-control", b"no-store"))
    elif path == "/docs":
        out.append((b"content-security-policy", DOCS_CSP.encode()))
    elif not path.startswith(("/api/", "/feeds/")):
        # Thread pages may be framed by the publisher's site; docs and demo too.
        out.append((b"content-security-policy", PAGE_CSP.format(ancestors="*").encode()))
    else:
        out.append((b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"))
    return tuple(out)


def _kind(path: str) -> str:
    """The paths that share one set of headers (``_fixed`` of any of them is the same)."""
    if path in ASSETS or path == "/docs":
        return path
    if path.startswith("/admin"):
        return "/admin"
    return "/api/" if path.startswith(("/api/", "/feeds/")) else "/"


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        # Built once per kind of path and scheme: every answer adds them without parsing.
        self._made: dict[tuple[str, bool], tuple[Header, ...]] = {}

    def headers_for(self, path: str, https: bool) -> tuple[Header, ...]:
        key = (_kind(path), https)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = _fixed(key[0], https)
        return made

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        fixed = self.headers_for(path, scope.get("scheme") == "https")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                given = list(message.get("headers", ()))
                names = {name.lower() for name, _ in given}
                given += [h for h in fixed if h[0] not in names]
                message["headers"] = given
                content_type = next((v for k, v in given if k.lower() == b"content-type"), b"")
                if path != "/docs" and content_type.startswith(b"text/html"):
                    # Pages come in the reader's language: caches keep one copy per language.
                    MutableHeaders(scope=message).add_vary_header("Accept-Language")
            await send(message)

        await self.app(scope, receive, send_with_headers)
