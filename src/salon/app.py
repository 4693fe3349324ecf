"""create_app(settings): the one place where Salon's parts are assembled."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import logging
import sys
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import uvicorn
from anyio import to_thread
from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from salon import __version__
from salon.config import Settings
from salon.i18n.catalogues import shipped as shipped_catalogues
from salon.live import Broker, MemoryBroker
from salon.moderation import Moderator
from salon.moderation.ratelimit import RateLimiter
from salon.outbox.compose import MailTemplates
from salon.outbox.mailer import SmtpMailer
from salon.outbox.registry import Registry
from salon.services.admins import LoginGuard
from salon.services.cache import ReadCache
from salon.services.context import Clock, Deps, system_clock
from salon.services.events import EventBus, Subscriber
from salon.services.handlers import default_handlers, default_subscribers
from salon.services.jobs import worker as outbox_worker
from salon.services.live_events import live_subscriber
from salon.services.screening import ModelScreen
from salon.services.site_settings import SettingsWatch, with_stored
from salon.services.tokens import Signer
from salon.store.database import Changes, Database
from salon.store.meta import secret_key as stored_secret_key
from salon.web import (
    admin,
    admin_accounts,
    admin_api,
    admin_comments,
    admin_export,
    admin_outbox,
    admin_settings,
    admin_stats,
    admin_threads,
    api,
    docs,
    errors,
    feeds,
    health,
    live,
    mail_pages,
    pages,
    preview,
    privacy,
    report_page,
    reports_api,
    static,
    support,
    support_admin,
    templating,
    widget_i18n,
)
from salon.web.bodies import BodyGuard
from salon.web.connections import WorkerProtocol, connection_limits, server_config
from salon.web.cors import SiteCors
from salon.web.fast_counts import FastCounts
from salon.web.fast_reads import FastReads
from salon.web.live import LiveHandoff, LiveStreams
from salon.web.settings_watch import WatchSettings

if TYPE_CHECKING:
    from salon.live.redis_changes import RedisChanges
from salon.web.headers import SecurityHeaders
from salon.web.proxies import TrustedProxies

log = logging.getLogger(__name__)


class SchemaOutdated(RuntimeError):
    """The database needs `salon db upgrade` before this version can serve it."""


def build_deps(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    moderator: Moderator | None = None,
    handlers: Registry | None = None,
    subscribers: Sequence[Subscriber] | None = None,
    schema_checked: bool = False,
) -> Deps:
    """Open the database (migrating an empty one) and assemble what the use-cases need.

    ``schema_checked``: the caller has checked (and migrated) the schema already, as
    `salon serve` does before it starts its worker processes; they then never load
    Alembic (about 11 MB of memory each).
    """
    db = Database(settings.database_url, pool_size=settings.database_pool_size)
    if not schema_checked:
        check_schema(db)
    # What admins changed in the UI applies over the file.
    settings = with_stored(settings, db)
    if settings.secret_key is not None:
        secret = settings.secret_key.get_secret_value()
    else:
        with db.write() as conn:
            secret = stored_secret_key(conn)
    deps = Deps(
        settings=settings,
        db=db,
        signer=Signer(secret),
        screen=ModelScreen(moderator or load_moderator(settings), settings),
        clock=clock,
        cache=ReadCache(ttl=settings.read_cache_seconds),
        handlers=handlers if handlers is not None else default_handlers(),
        mailer=make_mailer(settings),
        mail_templates=MailTemplates(settings.mail_templates),
        subscribe_limits=RateLimiter(
            settings.redis_url or "memory://",
            {
                "ip": f"{settings.subscribe_per_ip_per_hour}/hour",
                "address": f"{settings.subscribe_per_address_per_day}/day",
            },
        ),
        privacy_limits=RateLimiter(
            settings.redis_url or "memory://",
            {
                "ip": f"{settings.privacy_requests_per_ip_per_hour}/hour",
                "address": f"{settings.privacy_requests_per_address_per_day}/day",
            },
        ),
    )
    deps.events = EventBus(default_subscribers(deps) if subscribers is None else subscribers)
    db.on_commit.append(deps.cache.changed)
    return deps


def check_schema(db: Database) -> None:
    """Create the schema of an empty database; SchemaOutdated if it needs an upgrade."""
    from salon.store.migrate import current_revision, head_revision, upgrade

    if db.is_empty():
        log.info("empty database: creating the schema")
        upgrade(db)
    elif (at := current_revision(db)) != (head := head_revision(db)):
        db.dispose()
        raise SchemaOutdated(
            f"the database schema is at revision {at}, this Salon needs {head}: "
            "run `salon db upgrade` (back up the database first)"
        )


def make_mailer(settings: Settings) -> SmtpMailer | None:
    if settings.smtp_host is None:
        return None
    return SmtpMailer(
        settings.smtp_host,
        settings.smtp_port,
        user=settings.smtp_user,
        password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
        tls=settings.smtp_tls,
        timeout=settings.smtp_timeout,
    )


# How long a thread may hold the GIL while another waits for it (CPython's default 5 ms).
# The writer holding the database's write lock gives the GIL up at every statement and
# then waits up to this long to get it back from a thread that is scoring another
# comment; with 5 ms a post's few statements held the write lock for tens of ms under
# load. See bench/writes/profile.md.
SWITCH_INTERVAL = 0.0005


def serving_process() -> None:
    """What a serving process sets for itself before it answers requests."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def server(app: FastAPI, settings: Settings, **options: Any) -> uvicorn.Config:
    """Uvicorn's config for ``app`` with the settings' connection limits (salon serve, demo)."""
    serving_process()
    return server_config(app, connection_limits(settings), **options)


def worker_app_for(settings: Settings) -> FastAPI:
    """One process of ``salon serve --workers N``: its protocol gets the connection limits."""
    serving_process()
    WorkerProtocol.limits = connection_limits(settings)
    return create_app(settings, freeze_start_up=True, schema_checked=True)


def make_broker(settings: Settings) -> Broker:
    """Redis streams when several processes serve the site, else memory."""
    if settings.redis_url:
        from salon.live.redis_broker import RedisBroker

        return RedisBroker(settings.redis_url)
    return MemoryBroker()


def share_changes(settings: Settings, deps: Deps) -> RedisChanges | None:
    """With Redis, every process's writes invalidate every process's read cache."""
    if not settings.redis_url:
        return None
    from salon.live.redis_changes import RedisChanges

    shared = RedisChanges(settings.redis_url)
    deps.db.on_commit.append(lambda c: shared.publish(c.threads, c.created))
    shared.start(lambda threads, created: deps.cache.changed(Changes(threads, created)))
    return shared


async def run_outbox(deps: Deps, wake: threading.Event) -> None:
    """Work the outbox until cancelled; the database keeps the jobs between restarts.

    A change made in this process wakes the worker at once; jobs queued by other
    processes are found by polling every ``outbox_poll_seconds``.
    """
    worker = outbox_worker(deps)
    every = deps.settings.outbox_poll_seconds
    while True:
        wake.clear()
        try:
            ran = await run_in_threadpool(worker.run_due)
        except Exception:  # noqa: BLE001 - keep the worker alive through a database blip
            log.exception("outbox worker failed; retrying")
            ran = 0
        if not ran:
            await run_in_threadpool(wake.wait, every)


def compile_templates() -> int:
    """Every page template compiled into the cache the serving processes load them from."""
    return templating.compile_all(pages.templates)


def load_moderator(settings: Settings) -> Moderator:
    """The shipped (or configured) models; a missing or corrupt file stops the start."""
    return Moderator.load(Path(settings.model_dir) if settings.model_dir else None)


def no_telemetry() -> dict[str, Any]:
    """FastAPI 0.16x traces every request for OpenTelemetry when a provider is configured,
    and asks the OpenTelemetry API (which reads the environment) on every request whether
    one is. Salon sets up none: off, where this FastAPI has the option."""
    if "telemetry" not in inspect.signature(FastAPI.__init__).parameters:
        return {}
    return {"telemetry": {"tracing": False, "metrics": False, "logs": False}}


def create_app(
    settings: Settings,
    *,
    clock: Clock = system_clock,
    moderator: Moderator | None = None,
    run_jobs: bool = True,
    subscribers: Sequence[Subscriber] | None = None,
    handlers: Registry | None = None,
    freeze_start_up: bool = False,
    schema_checked: bool = False,
) -> FastAPI:
    """An ASGI app; its database is opened (and an empty one migrated) in the lifespan.

    ``subscribers`` hear the domain events (default: mail and webhooks; the live broker
    is always added); ``handlers`` run the outbox's jobs by kind (default: learning,
    mail, notifications, webhooks). With ``run_jobs`` the app also works the outbox in
    the background; tests turn it off and run jobs inline with ``services.jobs.run_due``.
    With ``freeze_start_up`` (a serving process) what the start loaded (libraries, models,
    catalogues) is kept out of the garbage collector's sight: a full collection then walks
    only what requests made, a pause of milliseconds, not of tens (tests start many apps
    in one process and leave it off, or they would keep every app's objects for ever).
    ``schema_checked``: see ``build_deps``.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        deps = build_deps(
            settings,
            clock=clock,
            moderator=moderator,
            handlers=handlers,
            subscribers=subscribers,
            schema_checked=schema_checked,
        )
        broker = make_broker(settings)
        deps.events.add(live_subscriber(broker))
        wake = threading.Event()
        # Woken by the commits that queued jobs, not by every event: most posts queue none.
        deps.db.on_jobs.append(wake.set)
        app.state.deps = deps
        # This event loop's threadpool (anyio's default limiter, 40 threads otherwise).
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        # Which .po catalogues exist; each language is compiled when first asked for (the
        # start-up check compiled them all, so a broken one stopped the start there).
        shipped_catalogues()
        app.state.broker = broker
        app.state.assets = {}
        app.state.login_guard = LoginGuard(settings.redis_url or "memory://")
        changes = share_changes(settings, deps)
        if freeze_start_up:
            gc.collect()
            gc.freeze()
        worker = asyncio.create_task(run_outbox(deps, wake)) if run_jobs else None
        try:
            yield
        finally:
            if worker is not None:
                wake.set()
                worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await worker
            await broker.close()
            if changes is not None:
                changes.close()
            if deps.mailer is not None:
                deps.mailer.close()
            deps.db.dispose()

    app = FastAPI(
        **no_telemetry(),
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
    app.include_router(support_admin.router)
    app.include_router(admin.router)
    app.include_router(admin_export.router)
    app.include_router(privacy.router)
    app.include_router(privacy.api)
    app.include_router(admin_outbox.router)
    app.include_router(admin_comments.router)
    app.include_router(admin_threads.router)
    app.include_router(admin_settings.router)
    app.include_router(admin_api.router)
    app.include_router(admin_accounts.router)
    app.include_router(admin_stats.router)
    app.include_router(reports_api.router)
    app.include_router(report_page.router)
    app.include_router(pages.router)
    app.include_router(support.router)
    app.include_router(static.router)
    app.include_router(widget_i18n.router)
    app.include_router(mail_pages.router)
    app.include_router(health.router)
    app.include_router(docs.router)

    if settings.demo:
        from salon.web import demo

        app.include_router(demo.router)

    # Added innermost first. Cached reads come gzipped already, so compression passes them;
    # CORS wraps them; security headers wrap everything; outermost, every part below sees
    # the client and scheme a trusted proxy reported.
    app.add_middleware(
        BodyGuard, limit=settings.max_body_bytes, timeout=settings.body_timeout_seconds
    )
    # Level 6: nearly the size of level 9 at a third of the CPU (a 130 KB thread: 0.3 ms).
    app.add_middleware(GZipMiddleware, minimum_size=800, compresslevel=6)
    # Site settings saved by another process apply here within a second; inside FastReads,
    # so a cached read never waits for the check (FastReads starts it in the background).
    watch = SettingsWatch()
    app.add_middleware(WatchSettings, watch=watch)
    app.add_middleware(FastReads, watch=watch)
    app.add_middleware(FastCounts)
    app.add_middleware(LiveStreams)
    app.add_middleware(SiteCors, settings=settings)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TrustedProxies, proxies=settings.trusted_proxies)
    # Outermost: an answered live stream is kept open here, outside all the layers above.
    app.add_middleware(LiveHandoff)
    return app
