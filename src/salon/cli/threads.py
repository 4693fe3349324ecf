"""``salon threads move``: an article's URL changed, its comments follow."""

from __future__ import annotations

from typing import Annotated

import typer

from salon.domain.errors import SalonError

app = typer.Typer(help="Threads (one per article).", no_args_is_help=True)


@app.command("move")
def move(
    old: Annotated[str, typer.Argument(help="the article's old path, e.g. /2025/old-slug")],
    new: Annotated[str, typer.Argument(help="its new path")],
    site: Annotated[str, typer.Option("--site", help="the site id")] = "default",
    prefix: Annotated[
        bool, typer.Option("--prefix", help="move every thread whose path starts with OLD")
    ] = False,
    config: Annotated[str | None, typer.Option("--config", "-c", help="TOML file")] = None,
) -> None:
    """Move a thread (or, with --prefix, every thread under a path) to a new address."""
    from pathlib import Path

    from salon.app import build_deps
    from salon.cli import settings_from
    from salon.services.thread_moves import move_threads

    deps = build_deps(settings_from(Path(config) if config else None))
    try:
        moved = move_threads(deps, site, old, new, prefix=prefix)
    except SalonError as e:
        typer.echo(f"error: {e.detail}", err=True)
        raise typer.Exit(1) from e
    finally:
        deps.db.dispose()
    for m in moved:
        typer.echo(f"{m.old} -> {m.new}{' (merged with the thread there)' if m.merged else ''}")
    typer.echo(f"moved {len(moved)} thread{'s' if len(moved) != 1 else ''}")
