"""What each part of a Salon process costs in memory: RSS after each step of a start-up.

    PYTHONPATH=src .venv/bin/python bench/reads/memory.py [--config salon.toml]

One fresh interpreter; each line is the resident set (VmRSS) after a step and the growth
since the step before. The steps follow what `salon serve` does: the imports (in the
order that loads each library first), the moderation models, the app and its lifespan
(database, catalogues), then what the first comment and the first page load lazily
(the language identifier, the templates). Numbers are of this machine and Python; the
order matters (a library imported by an earlier step is counted there). The imports are
those of a `serve --workers` process; the lifespan step adds what this script needs and
a worker does not (alembic to create the schema, httpx for the test client).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def rss_kb() -> int:
    return status_kb("VmRSS")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--config", type=Path, default=None)
    args = ap.parse_args()
    rows: list[tuple[str, int, float]] = []
    last = [rss_kb()]
    rows.append(("python itself", last[0], 0.0))

    def step(name: str, fn: Callable[[], Any]) -> Any:
        t = time.perf_counter()
        value = fn()
        gc.collect()
        now = rss_kb()
        rows.append((name, now, (time.perf_counter() - t) * 1000))
        file = status_kb("RssFile") / 1024
        print(
            f"{name:58} {now / 1024:7.1f} MB  +{(now - last[0]) / 1024:6.1f} MB"
            f"  (file-backed {file:5.1f})",
            flush=True,
        )
        last[0] = now
        return value

    print(f"{'python itself':58} {last[0] / 1024:7.1f} MB")
    for mod in (
        "numpy",
        "pydantic",
        "pydantic_settings",
        "sqlalchemy",
        "starlette.applications",
        "fastapi",
        "uvicorn",
        "uvloop",
        "httptools",
        "jinja2",
        "babel.support",
        "babel.messages.pofile",
        "redis",
        "limits",
        "itsdangerous",
        "markdown_it",
        "nh3",
        "fasttext",
        "orjson",
        "argon2",
    ):
        step(f"import {mod}", lambda m=mod: importlib.import_module(m))  # type: ignore[misc]
    step(
        "import salon.config, salon.services.*",
        lambda: importlib.import_module("salon.services.threads"),
    )
    step("import salon.moderation", lambda: importlib.import_module("salon.moderation"))
    step("import salon.app (every web module)", lambda: importlib.import_module("salon.app"))

    from salon.app import create_app
    from salon.config import Settings, load_settings
    from salon.i18n.catalogues import shipped

    tmp = tempfile.mkdtemp()
    settings = (
        load_settings(args.config)
        if args.config
        else Settings(database_url=f"sqlite:///{tmp}/m.db", secret_key="memory-bench-secret")  # type: ignore[arg-type]  # noqa: S106
    )
    # The moderation models part by part, in the order Moderator.load reads them; the
    # last step builds the Moderator from these very parts (nothing read twice).
    from salon.moderation import neighbours
    from salon.moderation.domains import DomainParser
    from salon.moderation.model import load_file
    from salon.moderation.moderator import ABUSE_FILE, DEFAULT_MODEL_DIR, SPAM_FILE, Moderator
    from salon.moderation.sentence import SentenceVectors

    models = Path(settings.model_dir) if settings.model_dir else DEFAULT_MODEL_DIR
    spam = step("spam model (1 MB of weights)", lambda: load_file(models / SPAM_FILE))
    abuse = step("abuse model (1 MB of weights)", lambda: load_file(models / ABUSE_FILE))
    near = step(
        "neighbours (training vectors, 3.3 MB)", lambda: neighbours.load(models, spam.version)
    )
    step(
        "sentence vectors: head, sentencepiece, cached table rows",
        lambda: SentenceVectors.load(None if models == DEFAULT_MODEL_DIR else models),
    )
    step("domain parser (public-suffix table)", DomainParser)
    moderator = step("Moderator from those parts", lambda: Moderator(spam, abuse, near))
    step(
        "language identifier (fastText, first comment)",
        lambda: moderator.languages.identify("hello there friend"),
    )
    step("catalogues compiled (19 languages, 2 domains)", shipped)
    app = step("create_app", lambda: create_app(settings, moderator=moderator, run_jobs=False))

    from fastapi.testclient import TestClient

    client = step("lifespan: database, schema, deps", lambda: TestClient(app).__enter__())
    params = {"site": "default", "uri": "/m"}
    step(
        "a posted comment",
        lambda: client.post(
            "/api/comments", json={**params, "text": "Hello there, a first comment."}
        ),
    )
    step("a thread read (API)", lambda: client.get("/api/threads", params=params))
    step(
        "the thread page (Jinja templates)",
        lambda: client.get("/threads/default", params={"uri": "/m"}),
    )
    step("the admin login page", lambda: client.get("/admin/login"))
    client.__exit__(None, None, None)
    print(f"\ngc-tracked objects: {len(gc.get_objects()):,}")


if __name__ == "__main__":
    main()
