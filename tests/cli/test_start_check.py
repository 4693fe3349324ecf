"""`salon serve`'s start-up check runs in a child process: the process that checks keeps
neither Alembic nor the models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salon.cli.start_check import check_start
from salon.store.database import Database
from salon.store.migrate import current_revision, head_revision, upgrade
from tests.server import free_port

SECRET = "start-check-test-secret-0123456789abcdef"  # noqa: S105 - a test key


def config_of(tmp_path: Path, url: str | None = None, **extra: str) -> Path:
    url = url or f"sqlite:///{tmp_path / 's.db'}"
    lines = [f'database_url = "{url}"']
    lines += [f'secret_key = "{SECRET}"', *(f'{k} = "{v}"' for k, v in extra.items())]
    path = tmp_path / "salon.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_an_empty_database_gets_its_schema_in_the_child(tmp_path: Path) -> None:
    found = check_start(config_of(tmp_path))
    assert (found.allowed, found.refused, found.failed) == (None, None, None)
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    try:
        assert current_revision(db) == head_revision(db)
    finally:
        db.dispose()


def test_an_outdated_schema_is_refused_with_the_fix(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    upgrade(db, "0001")
    db.dispose()
    found = check_start(config_of(tmp_path))
    assert found.refused is not None and "salon db upgrade" in found.refused
    assert found.failed is None


def test_broken_models_are_refused_with_the_fix(tmp_path: Path) -> None:
    for name in ("spam.npz", "abuse.npz"):
        (tmp_path / name).write_bytes(b"not a model")
    found = check_start(config_of(tmp_path, model_dir=str(tmp_path)))
    assert found.refused is not None and "salon moderation train" in found.refused


def test_an_unexpected_error_comes_back_as_a_failure(tmp_path: Path) -> None:
    # Nothing listens on this port: the child cannot connect, and says so.
    url = f"postgresql://salon@127.0.0.1:{free_port()}/none"
    found = check_start(config_of(tmp_path, url))
    assert found.failed is not None and "OperationalError" in found.failed
    assert found.refused is None


PROBE = """
import json, sys
from pathlib import Path
from salon.cli.start_check import check_start
found = check_start(Path(sys.argv[1]))
loaded = [m for m in ("alembic", "numpy", "fasttext", "salon.app") if m in sys.modules]
print(json.dumps({"refused": found.refused, "failed": found.failed, "loaded": loaded}))
"""


def test_the_checking_process_keeps_neither_alembic_nor_the_models(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-c", PROBE, str(config_of(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {"refused": None, "failed": None, "loaded": []}, done.stderr
