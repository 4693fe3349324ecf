"""What the data commands share: the services' Deps for a config, and one error exit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from salon.config import load_settings
from salon.domain.errors import SalonError

if TYPE_CHECKING:  # the services are imported by the commands that use them, not by serve
    from salon.services.context import Deps

ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML configuration file (or SALON_CONFIG)")
]


@contextmanager
def deps_for(config: Path | None) -> Iterator[Deps]:
    """The services' Deps; a SalonError inside the block exits 1 with its message."""
    from salon.app import build_deps

    deps = build_deps(load_settings(config, environ=os.environ))
    try:
        yield deps
    except SalonError as e:
        fail(e)
    finally:
        deps.db.dispose()


def fail(error: SalonError) -> NoReturn:
    typer.echo(f"error: {error.detail}", err=True)
    raise typer.Exit(1) from error
