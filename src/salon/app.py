"""create_app(settings): the one place where Salon's parts are assembled."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from salon import __version__
from salon.config import Settings
from salon.live import Broker, MemoryBroker
from salon.moderation import Moderator
from salon.services.admins import LoginGuard
from salon.services.context import Clock, Deps, system_clock
from salon.services.jobs import run_due
from salon.services.learning import HANDLERS
from salon.services.screening import ModelScreen
from salon.services.tokens import Signer
from salon.store.database import Database
from salon.store.meta import secret_key as stored_secret_key
from salon.store.migrate import current_revision, head_revision, upgrade
from salon.web import admin, api, docs, errors, feeds, health, live, pages, preview, static
from salon.web.bodies import BodyGuard
from salon.web.connections import ConnectionLimits, server_config
from salon.web.cors import SiteCors
from salon.web.headers import SecurityHeaders
from salon.web.proxies import TrustedProxies

log = logging.getLogger(__name__)


class SchemaOutdated(RuntimeError):
    """The database needs `salon db upgrade` before this version can serve it."""


def build_deps(
    settings: Settings, *, clock: Clock = system_clock, moderator: Moderator | None = None
) -> Deps:
    """Open the database (migrating an empty one) and assemble what the use-cases need."""
    db = Database(settings.database_url)
    if db.is_empty():
        log.info("empty database: creating the schema")
        upgrade(db)
    elif (at := current_revision(db)) != (head := head_revision(db)):
        db.dispose()
        raise SchemaOutdated(
            f"the database schema is at revision {at}, this Salon needs {head}: "
            "run `salon db upgrade` (back up the database first)"
        )
    if settings.secret_key is not None:
        secret = settings.secret_key.get_secret_value()
    else:
        with db.write() as conn:
            secret = stored_secret_key(conn)
    return Deps(
        settings=settings,
        db=db,
        signer=Signer(secret),
        screen=ModelScreen(moderator or load_moderator(settings), settings),
        clock=clock,
    )


def connection_limits(settings: Settings) -> ConnectionLimits:
    """The limits on slow and large clients the server applies before the app."""
    return ConnectionLimits(
        header_timeout=settings.header_timeout_seconds,
        max_header_bytes=settings.max_header_bytes,
        max_headers=settings.max_headers,
        idle_timeout=settings.idle_timeout_seconds,
    )


def server(app: FastAPI, settings: Settings, **options: Any) -> uvicorn.Config:
    """Uvicorn's config for ``app`` with the settings' connection limits (salon serve, demo)."""
    return server_config(app, connection_limits(settings), **options)


def make_broker(settings: Settings) -> Broker:
    """Redis streams when several processes serve the site, else memory."""
    if settings.redis_url:
        from salon.live.redis_broker import RedisBroker

        return RedisBroker(settings.redis_url)
    return MemoryBroker()


async def run_outbox(deps: Deps, every: float = 2.0) -> None:
    """Work the outbox until cancelled; the database keeps the jobs between restarts."""
    while True:
        try:
            ran = await run_in_threadpool(run_due, deps, HANDLERS)
        except Exception:  # noqa: BLE001 - keep the worker alive through a database blip
            log.exception("outbox worker failed; retrying")
            ran = 0
        if not ran:
            await asyncio.sleep(every)


def load_moderator(settings: Settings) -> Moderator:
    """The shipped (or configured) models; a missing or corrupt file stops the start."""
    return Moderator.load(Path(settings.model_dir) if settings.model_dir else None)


def create_app(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    moderator: Moderator | None = None,
    run_jobs: bool = True,
) -> FastAPI:
    """An ASGI app; its database is opened (and an empty one migrated) in the lifespan.

    With ``run_jobs`` the app also works the outbox in the background; tests turn it
    off and run jobs inline with ``services.jobs.run_due``.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        deps = build_deps(settings, clock=clock, moderator=moderator)
        broker = make_broker(settings)
        deps.on_event = broker.publish
        app.state.deps = deps
        app.state.broker = broker
        app.state.assets = {}
        app.state.login_guard = LoginGuard(settings.redis_url or "memory://")
        worker = asyncio.create_task(run_outbox(deps)) if run_jobs else None
        try:
            yield
        finally:
            if worker is not None:
                worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await worker
            await broker.close()
            deps.db.dispose()

    app = FastAPI(
        title="Salon",
        version=__version__,
        summary="Comments, inline feedback and moderation for independent publishers.",
        lifespan=lifespan,
        docs_url=None,  # web/docs.py serves /docs without an inline script
        redoc_url=None,
    )
    errors.install(app)
    app.include_router(api.router)
    app.include_router(live.router)
    app.include_router(preview.router)
    app.include_router(feeds.router)
    app.include_router(admin.router)
    app.include_router(pages.router)
    app.include_router(static.router)
    app.include_router(health.router)
    app.include_router(docs.router)

    if settings.demo:
        from salon.web import demo

        app.include_router(demo.router)

    # Outermost first: compression wraps CORS, which wraps the body guard.
    app.add_middleware(
        BodyGuard, limit=settings.max_body_bytes, timeout=settings.body_timeout_seconds
    )
    app.add_middleware(SiteCors, settings=settings)
    # Level 6: nearly the size of level 9 at a third of the CPU (a 130 KB thread: 0.3 ms).
    app.add_middleware(GZipMiddleware, minimum_size=800, compresslevel=6)
    app.add_middleware(SecurityHeaders)
    # Outermost: every part below sees the client and scheme a trusted proxy reported.
    app.add_middleware(TrustedProxies, proxies=settings.trusted_proxies)
    return app
