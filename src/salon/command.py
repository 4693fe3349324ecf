"""The ``salon`` command's entry points, kept apart from the commands (``salon.cli``).

`salon serve --workers N` starts each serving process with multiprocessing's spawn, which
runs the ``salon`` script again, then uvicorn imports the app factory by name: both are
here, so that a serving process does not import Typer with the commands (1.26 MB of each
process; uvicorn imports Click itself).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from salon.config import Settings, load_settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def settings_from(config: Path | None, **overrides: object) -> Settings:
    # The one place outside Settings that looks at the environment: where the file is.
    return load_settings(config, environ=os.environ, **overrides)


def worker_app() -> FastAPI:
    """The app of one of ``serve --workers N``'s processes (settings read as serve read them)."""
    from salon.app import worker_app_for

    return worker_app_for(settings_from(None))


def main() -> None:
    """The ``salon`` command."""
    from salon.cli import main as commands

    commands()
