"""CORS limited to the configured sites' origins (any localhost page for a 'local' site)."""

from __future__ import annotations

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salon.config import Settings
from salon.domain.errors import Forbidden
from salon.web.errors import problem_of

ALLOW_METHODS = "GET, POST, PATCH, DELETE, OPTIONS"
ALLOW_HEADERS = "Authorization, Content-Type, Last-Event-ID"


class SiteCors:
    """Answers preflights and echoes an allowed Origin; the services check origin per site."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.sites = settings.sites

    def allowed(self, scope: Scope, origin: str) -> bool:
        # The sites in force: origins saved in the admin's settings apply without a restart.
        deps = getattr(scope["app"].state, "deps", None) if "app" in scope else None
        sites = deps.settings.sites if deps is not None else self.sites
        return any(site.allows_origin(origin) for site in sites)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(("/api/", "/feeds/")):
            await self.app(scope, receive, send)
            return
        origin = Headers(scope=scope).get("origin")
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

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and allowed:
                headers = MutableHeaders(scope=message)
                headers["Access-Control-Allow-Origin"] = origin
                headers["Access-Control-Allow-Credentials"] = "true"
                headers["Access-Control-Expose-Headers"] = "Retry-After"
                headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)
