"""The ``salon`` command: thin wrappers around the services."""

from __future__ import annotations

import ctypes
import getpass
import inspect
import os
import secrets
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from salon.command import settings_from
from salon.config import load_settings

app = typer.Typer(help="Salon: comments, inline feedback and moderation.", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
WORKER_HEALTHCHECK_SECONDS = 60  # see serve: a busy machine delays a starting worker
app.add_typer(db_app, name="db")
admin_app = typer.Typer(help="Moderator accounts.", no_args_is_help=True)
app.add_typer(admin_app, name="admin")

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML configuration file (or SALON_CONFIG)")
]


@app.command()
def serve(
    config: ConfigOption = None,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    workers: Annotated[
        int, typer.Option(help="worker processes sharing the port (more than 1 needs Redis)")
    ] = 1,
    access_log: Annotated[
        bool, typer.Option(help="log every request (the reverse proxy usually does)")
    ] = False,
) -> None:
    """Serve the API, the widget and the pages (upgrades an empty database first)."""
    import uvicorn

    from salon.cli.start_check import check_start

    settings = settings_from(config)
    if workers < 1:
        raise typer.BadParameter("at least 1", param_hint="--workers")
    if workers > 1 and not settings.redis_url:
        typer.echo(
            "salon: cannot start: --workers needs Redis (SALON_REDIS_URL or redis_url in the "
            "config): the processes share live updates, rate limits, login limits and the "
            "read cache's invalidation through it",
            err=True,
        )
        raise typer.Exit(2)
    if settings.smtp_host and not settings.public_url:
        typer.echo(
            f"salon: warning: mail is on (smtp_host) but public_url is not set: links in mails "
            f"will point at {settings.base_url()}; set public_url (SALON_PUBLIC_URL) to the "
            "address readers reach Salon at",
            err=True,
        )
    # Check what can stop the start here, and say how to fix it instead of a traceback; in
    # a child process, so that this one keeps neither Alembic nor (with --workers) the models.
    found = check_start(config)
    if found.refused is not None:
        typer.echo(f"salon: cannot start: {found.refused}", err=True)
        raise typer.Exit(2)
    if found.failed is not None:
        typer.echo(f"salon: cannot start: {found.failed}", err=True)
        raise typer.Exit(1)
    allowed = found.allowed
    wanted = workers * settings.database_pool_size
    if allowed is not None and wanted > allowed:
        typer.echo(
            f"salon: cannot start: {workers} worker(s) x database_pool_size "
            f"{settings.database_pool_size} = {wanted} connections, but PostgreSQL accepts "
            f"{allowed} (max_connections less superuser_reserved_connections): lower "
            "database_pool_size (SALON_DATABASE_POOL_SIZE) or --workers, or raise "
            "max_connections",
            err=True,
        )
        raise typer.Exit(2)
    # Forwarded headers are handled by the app (trusted_proxies), never by uvicorn.
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": "info",
        "proxy_headers": False,
        "access_log": access_log,
    }
    tune_malloc()
    if workers == 1:
        from salon.app import create_app, server

        app = create_app(settings, freeze_start_up=True, schema_checked=True)
        uvicorn.Server(server(app, settings, **options)).run()
        return
    if config is not None:
        os.environ["SALON_CONFIG"] = str(config.resolve())  # read again by each worker
    # Each worker process imports the app and the protocol by name (they cannot be pickled);
    # worker_app gives the protocol the settings' connection limits before it serves.
    # uvicorn restarts a worker that does not answer its supervisor's ping in time (5 s by
    # default); a worker loading the models on a busy machine can take longer, and was then
    # killed and restarted forever. Older uvicorns have no such check.
    if "timeout_worker_healthcheck" in inspect.signature(uvicorn.run).parameters:
        options["timeout_worker_healthcheck"] = WORKER_HEALTHCHECK_SECONDS
    uvicorn.run(
        "salon.command:worker_app",
        factory=True,
        workers=workers,
        http="salon.web.connections:WorkerProtocol",
        timeout_keep_alive=max(1, round(settings.idle_timeout_seconds)),
        h11_max_incomplete_event_size=settings.max_header_bytes,
        **options,
    )


MALLOC_ARENAS = 2
M_ARENA_MAX = -8  # glibc's mallopt parameters
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept fixed


def tune_malloc() -> None:
    """glibc's malloc for a long-running server, in this process and its workers, unless
    the operator set the variables:

    - at most two arenas (MALLOC_ARENA_MAX). glibc gives each thread that allocates an
      arena of its own (up to 8 per core), and the threadpool's 40 threads kept tens of
      MB of freed memory per process: a worker rendering the 200-comment thread page for
      50 readers reached 191 MB, with two arenas 155 MB (bench/reads/rss.sh);
    - a fixed mmap threshold of 128 KiB (MALLOC_MMAP_THRESHOLD_). glibc raises it to the
      size of any large block freed, so the model files' read buffers (megabytes, at
      start) sent every later array below that size to the heap, which keeps it: 13 MB
      more after loading the models and scoring 2,000 comments.

    Workers read the variables when they start; this process, already started, is told
    through mallopt."""
    settings = (
        ("MALLOC_ARENA_MAX", M_ARENA_MAX, MALLOC_ARENAS),
        ("MALLOC_MMAP_THRESHOLD_", M_MMAP_THRESHOLD, MMAP_THRESHOLD),
    )
    todo = []
    for name, parameter, value in settings:
        if name not in os.environ:
            os.environ[name] = str(value)
            todo.append((parameter, value))
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return  # not glibc: nothing to tune
    for parameter, value in todo:
        libc.mallopt(parameter, value)


@app.command()
def demo(
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    database: Annotated[Path, typer.Option(help="SQLite file for the demo")] = Path(
        "salon-demo.db"
    ),
    fresh: Annotated[bool, typer.Option(help="start from an empty database")] = False,
) -> None:
    """A demo article with a lively comment section, on SQLite."""
    import uvicorn

    from salon.app import build_deps, create_app, server
    from salon.demo.seed import seed
    from salon.services.admins import create_admin

    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    settings = load_settings(
        None,
        database_url=f"sqlite:///{database.resolve()}",
        demo=True,
    )
    from salon.store.database import Database
    from salon.store.migrate import upgrade

    db = Database(settings.database_url)
    upgrade(db)  # the demo's own database: always bring it up to date
    db.dispose()
    added = seed(settings)
    url = f"http://127.0.0.1:{port}/"
    typer.echo(
        f"Salon demo: {added} comments seeded in {database}"
        if added
        else f"Salon demo: using {database}"
    )
    password = secrets.token_urlsafe(12)
    deps = build_deps(settings)
    create_admin(deps, "demo", password)  # a new password at every start
    deps.db.dispose()
    typer.echo(f"Open {url}")
    typer.echo(f"Moderation: {url}admin  (name: demo, password: {password})")
    config_ = server(
        create_app(settings),
        settings,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        proxy_headers=False,
    )
    uvicorn.Server(config_).run()


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Bring the database schema to the newest version."""
    from salon.store.database import Database
    from salon.store.migrate import current_revision, upgrade

    db = Database(settings_from(config).database_url)
    upgrade(db)
    typer.echo(f"database at revision {current_revision(db)}")
    db.dispose()


@admin_app.command("create")
def admin_create(
    name: Annotated[str, typer.Argument(help="the moderator's login name")],
    config: ConfigOption = None,
) -> None:
    """Create a moderator, or reset their password; the password is read from stdin."""
    from salon.app import build_deps
    from salon.domain.errors import SalonError
    from salon.services.admins import create_admin

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            typer.echo("error: the passwords differ", err=True)
            raise typer.Exit(1)
    else:
        lines = sys.stdin.read().splitlines()
        password = lines[0] if lines else ""
        if len(lines) > 1 and lines[1] != password:
            typer.echo("error: the passwords differ", err=True)
            raise typer.Exit(1)
    deps = build_deps(settings_from(config))
    try:
        created = create_admin(deps, name, password)
    except SalonError as e:
        typer.echo(f"error: {e.detail}", err=True)
        raise typer.Exit(1) from e
    finally:
        deps.db.dispose()
    typer.echo(f"moderator {name} {'created' if created else 'password changed'}")


@admin_app.command("token")
def admin_token(
    name: Annotated[str, typer.Argument(help="the account the token acts as")],
    label: Annotated[str, typer.Option(help="what the token is for")] = "",
    config: ConfigOption = None,
) -> None:
    """Print a new admin API token for /api/admin/ (shown once; stored hashed)."""
    from salon.app import build_deps
    from salon.domain.errors import SalonError
    from salon.services.accounts import SHELL, new_token

    deps = build_deps(settings_from(config))
    try:
        token = new_token(deps, SHELL, name, label)
    except SalonError as e:
        typer.echo(f"error: {e.detail}", err=True)
        raise typer.Exit(1) from e
    finally:
        deps.db.dispose()
    typer.echo(token)


@admin_app.command("access")
def admin_access(
    name: Annotated[str, typer.Argument(help="the account")],
    role: Annotated[str, typer.Option(help="admin (every site) or moderator")] = "moderator",
    site: Annotated[list[str] | None, typer.Option("--site", help="a site they moderate")] = None,
    disable: Annotated[bool, typer.Option(help="sign them out and refuse them")] = False,
    config: ConfigOption = None,
) -> None:
    """Set an account's role and sites, or disable it (`salon admin create` resets it)."""
    from salon.app import build_deps
    from salon.domain.errors import SalonError
    from salon.services.accounts import SHELL, set_access

    deps = build_deps(settings_from(config))
    try:
        set_access(deps, SHELL, name, role, tuple(site or ()), disable)
    except SalonError as e:
        typer.echo(f"error: {e.detail}", err=True)
        raise typer.Exit(1) from e
    finally:
        deps.db.dispose()
    state = "disabled" if disable else f"{role} of {', '.join(site or ()) or 'every site'}"
    typer.echo(f"{name}: {state}")


def _mount_moderation() -> None:
    from salon.cli import review
    from salon.cli.moderation import app as moderation_app

    moderation_app.command("queue")(review.queue)
    moderation_app.command("decide")(review.decide)
    moderation_app.command("ban")(review.ban)
    moderation_app.command("ban-value")(review.ban_value)
    moderation_app.command("bans")(review.bans)
    app.add_typer(moderation_app, name="moderation")


_mount_moderation()


def _mount_support() -> None:
    from salon.cli.support import app as support_app

    app.add_typer(support_app, name="support")


_mount_support()


def _mount_porting() -> None:
    from salon.cli import porting

    app.command("import")(porting.import_)
    app.command("export")(porting.export)
    app.command("restore")(porting.restore)
    from salon.cli.privacy import app as privacy_app

    app.add_typer(privacy_app, name="privacy")


_mount_porting()


def _mount_outbox() -> None:
    from salon.cli import outbox

    app.command("worker")(outbox.worker)
    app.add_typer(outbox.app, name="outbox")
    app.add_typer(outbox.webhooks_app, name="webhooks")


_mount_outbox()


def _mount_threads() -> None:
    from salon.cli.threads import app as threads_app

    app.add_typer(threads_app, name="threads")


_mount_threads()


def main() -> None:
    app()
