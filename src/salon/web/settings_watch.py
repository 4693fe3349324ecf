"""Before a request is handled, the site settings another process saved are put in force
(see services.site_settings.SettingsWatch): at most one small query a second. Cache hits
never get here; ``fast_reads`` starts the same check for them without waiting for it."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from salon.services.context import Deps
from salon.services.site_settings import SettingsWatch


class WatchSettings:
    def __init__(self, app: ASGIApp, watch: SettingsWatch | None = None) -> None:
        self.app = app
        self.watch = watch or SettingsWatch()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            deps: Deps | None = getattr(scope["app"].state, "deps", None)
            # The clock check costs nothing; the query runs off the event loop when due.
            if deps is not None and self.watch.due(deps.clock()):
                await run_in_threadpool(self.watch.check, deps)
        await self.app(scope, receive, send)
