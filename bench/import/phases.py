"""One import of bench/import/run.py's file, with wall and CPU time per phase.

    .venv/bin/python bench/import/phases.py [--comments 100000] [--source wordpress]
        [--database sqlite|postgres]

Phases: plan_import (parse, HTML to Markdown, the reply tree) and the store's bulk writes
(add_rows); CPU here is this process's only (the two text workers are not in it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import run

import salon.services.import_plan as plan_module
import salon.services.importing as importing
from salon.store import imports as import_rows

TIMES: dict[str, tuple[float, float]] = {}


def _timed(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            w, c = TIMES.get(name, (0.0, 0.0))
            TIMES[name] = (w + time.perf_counter() - wall, c + time.process_time() - cpu)

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--source", default="wordpress", choices=("wordpress", "remark42"))
    parser.add_argument("--database", default="sqlite", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    importing.plan_import = _timed("plan_import", plan_module.plan_import)
    import_rows.add_rows = _timed("add_rows", import_rows.add_rows)  # type: ignore[method-assign]
    rows = run.comments(args.comments)
    with tempfile.TemporaryDirectory(prefix="salon-import-phases-") as work:
        path = Path(work) / "export"
        (run.write_wxr if args.source == "wordpress" else run.write_remark42)(rows, path)
        schema = None
        if args.database == "sqlite":
            url = f"sqlite:///{work}/salon.db"
        else:
            url, schema = run.postgres_schema()
        try:
            wall, cpu, n = run.timed(url, args.source, path)
        finally:
            if schema:
                run.drop(schema)
    print(f"{args.source} {args.database} {n:,} comments: wall {wall:.1f} s, CPU {cpu:.1f} s")
    for name, (w, c) in TIMES.items():
        print(f"  {name}: wall {w:.1f} s, CPU {c:.1f} s")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
