"""What `salon serve` checks before it serves, in a process of its own.

The models must load, the message catalogues and page templates compile, the site
policies must parse, the database must be at this version's schema (an empty one is
created here) and PostgreSQL must accept the connections the workers will open. Whatever
does that keeps the models, Alembic and every library they pull in for as long as it
lives: ~130 MB for the `--workers` supervisor, which serves nothing, and Alembic's 11 MB
in a single serving process. Done in a child that exits, neither keeps them; each serving
process loads only what it serves with.

The child is a plain ``python -m salon.cli.start_check`` that reads the settings as
`salon serve` did (the same file and environment) and writes what it found as JSON to a
pipe; multiprocessing would also leave its resource-tracker process running beside the
server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

from salon.config import Settings, load_settings


@dataclass(frozen=True, slots=True)
class StartCheck:
    """What the check found: at most one of ``refused`` and ``failed`` is set."""

    allowed: int | None = None  # PostgreSQL's connections for Salon (None on SQLite)
    refused: str | None = None  # why Salon cannot start, said so the operator can fix it
    failed: str | None = None  # an unexpected error (its traceback went to stderr)


def check_start(config: Path | None) -> StartCheck:
    """Run the checks in a child process (settings from ``config`` and the environment)."""
    read, write = os.pipe()
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, our own module
            [sys.executable, "-m", "salon.cli.start_check", str(write), str(config or "")],
            pass_fds=(write,),
            check=False,
        )
    finally:
        os.close(write)
    with os.fdopen(read, "rb") as answer:
        found = answer.read()
    if not found:
        return StartCheck(failed=f"the start-up check ended with exit code {done.returncode}")
    return StartCheck(**json.loads(found))


def checked(settings: Settings) -> StartCheck:
    """The checks themselves, in this process (the child's work)."""
    from salon.app import SchemaOutdated, build_deps, compile_templates, load_moderator
    from salon.i18n.catalogues import shipped
    from salon.moderation import ModelError, PolicyError

    # Serving processes compile a language when a reader first asks for it; they load the
    # page templates' code from the file cache filled here (web/templating.py).
    shipped().compile_all()
    compile_templates()
    try:
        db = build_deps(settings, moderator=load_moderator(settings)).db  # migrates an empty one
    except (SchemaOutdated, ModelError, PolicyError) as e:
        return StartCheck(refused=str(e))
    try:
        return StartCheck(allowed=db.max_connections())
    finally:
        db.dispose()


def main(fd: int, config: Path | None) -> None:
    try:
        found = checked(load_settings(config, environ=os.environ))
    except Exception as e:  # noqa: BLE001 - reported to the parent, which stops the start
        traceback.print_exc()
        found = StartCheck(failed=f"{type(e).__name__}: {e}")
    with os.fdopen(fd, "w") as out:
        json.dump(asdict(found), out)


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]) if sys.argv[2] else None)
