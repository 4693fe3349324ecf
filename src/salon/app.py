"""create_app(settings): the one place where Salon's parts are assembled."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from salon import __version__
from salon.config import Settings
from salon.services.context import Clock, Deps, Screen, system_clock
from salon.services.flood import FloodGuard
from salon.services.screening import HoneypotOnly
from salon.services.tokens import Signer
from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.web import api, errors, pages, static
from salon.web.bodies import BodyGuard
from salon.web.cors import SiteCors

log = logging.getLogger(__name__)


def build_deps(
    settings: Settings, *, clock: Clock = system_clock, screen: Screen | None = None
) -> Deps:
    """Open the database (migrating an empty one) and assemble what the use-cases need."""
    db = Database(settings.database_url)
    if db.is_empty():
        log.info("empty database: creating the schema")
        upgrade(db)
    return Deps(
        settings=settings,
        db=db,
        signer=Signer(settings.secret_key.get_secret_value()),
        screen=screen or HoneypotOnly(),
        flood=FloodGuard(settings.redis_url or "memory://"),
        clock=clock,
    )


def create_app(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    screen: Screen | None = None,
) -> FastAPI:
    """An ASGI app; its database is opened (and an empty one migrated) in the lifespan."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        deps = build_deps(settings, clock=clock, screen=screen)
        app.state.deps = deps
        app.state.assets = {}
        try:
            yield
        finally:
            deps.db.dispose()

    app = FastAPI(
        title="Salon",
        version=__version__,
        summary="Comments, inline feedback and moderation for independent publishers.",
        lifespan=lifespan,
    )
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(static.router)

    @app.get("/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    if settings.demo:
        from salon.web import demo

        app.include_router(demo.router)

    # Outermost first: compression wraps CORS, which wraps the body guard.
    app.add_middleware(BodyGuard, limit=settings.max_body_bytes)
    app.add_middleware(SiteCors, settings=settings)
    app.add_middleware(GZipMiddleware, minimum_size=800)
    return app
