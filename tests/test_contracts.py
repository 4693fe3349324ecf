"""Each import-linter contract fails when its rule is broken in a copy of the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
LINT = Path(sys.executable).parent / "lint-imports"

# (contract, module to change, the forbidden import added to it)
BREAKS = [
    ("Layers point inward", "domain/comments.py", "import salon.config"),
    ("Layers point inward", "config.py", "import salon.services.context"),
    ("Layers point inward", "app.py", "import salon.demo"),
    ("Layers point inward", "store/comments.py", "import salon.moderation"),
    ("Domain imports nothing of ours", "domain/votes.py", "import salon.config"),
    ("Domain imports nothing of ours", "domain/votes.py", "import salon.moderation"),
    ("i18n imports only Babel and the standard library", "i18n/times.py", "import salon.web"),
    ("i18n imports only Babel and the standard library", "i18n/negotiate.py", "import fastapi"),
    ("Moderation has no HTTP and no SQL", "moderation/errors.py", "import sqlalchemy"),
    ("Moderation has no HTTP and no SQL", "moderation/errors.py", "import fastapi"),
    ("Moderation has no HTTP and no SQL", "moderation/errors.py", "import starlette"),
    ("Only store imports SQLAlchemy", "services/votes.py", "from sqlalchemy import Connection"),
    ("Only store imports SQLAlchemy", "cli/review.py", "import sqlalchemy"),
    ("Web never imports store", "web/api.py", "import salon.store.comments"),
    ("Nothing imports web but the app", "cli/review.py", "import salon.web.api"),
    ("Nothing imports web but the app", "demo/seed.py", "import salon.web.pages"),
]


def _lint(root: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    result = subprocess.run(
        [str(LINT), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("contracts")
    shutil.copytree(
        ROOT / "src" / "salon",
        root / "src" / "salon",
        ignore=shutil.ignore_patterns("data", "__pycache__"),
    )
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_package_as_it_is_keeps_every_contract(copy: Path) -> None:
    out = _lint(copy)
    assert "0 broken" in out, out
    # the copy, not the installed package, is what was analysed
    assert f"{len(set(b[0] for b in BREAKS))} kept" in out, out


@pytest.mark.parametrize(("contract", "module", "line"), BREAKS)
def test_each_contract_fails_on_a_forbidden_import(
    copy: Path, contract: str, module: str, line: str
) -> None:
    path = copy / "src" / "salon" / module
    original = path.read_text()
    path.write_text(original + f"\n{line}  # noqa\n")
    try:
        out = _lint(copy)
    finally:
        path.write_text(original)
    assert f"{contract} BROKEN" in out, out
