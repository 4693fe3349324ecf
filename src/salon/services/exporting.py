"""`salon export`: every record of a site as JSON Lines (the format README documents).

Line 1 is a header ``{"format": "salon-export", "version": 1, "site", "exported"}``;
every further line is one record ``{"type": ..., <the columns of its table>}``. Types:
thread, comment, revision, vote, decision, label, ban, import_source, mail_address,
subscription, digest_item, report, audit (more types can be added without a new version:
a reader refuses types it does not know). store.site_data.NOT_EXPORTED says why every
other table is left out.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from salon.services.context import Deps
from salon.store import site_data

FORMAT = "salon-export"
VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    return value


def export_lines(deps: Deps, site_id: str) -> Iterator[str]:
    """The export, line by line (each ends with a newline)."""
    site = deps.site(site_id, None)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "site": site.id,
        "exported": _plain(deps.clock()),
        "types": list(site_data.TABLES),
    }
    yield json.dumps(header) + "\n"
    with deps.db.read() as conn:
        for kind, row in site_data.rows_of_site(conn, site.id):
            record = {"type": kind, **{k: _plain(v) for k, v in row.items()}}
            yield json.dumps(record, ensure_ascii=False) + "\n"


def export_site(deps: Deps, site_id: str, out: IO[str]) -> Counter[str]:
    """Write the export to ``out``; records per type."""
    written: Counter[str] = Counter()
    for n, line in enumerate(export_lines(deps, site_id)):
        out.write(line)
        if n:
            written[line[10 : line.index('"', 10)]] += 1  # the value of "type"
    return written


@contextmanager
def output(path: Path | None, fallback: IO[str]) -> Iterator[IO[str]]:
    """The file to write: gzip when the name ends in .gz, ``fallback`` (stdout) without one."""
    if path is None:
        yield fallback
        return
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8", newline="\n") as packed:
            yield packed
        return
    with io.open(path, "w", encoding="utf-8", newline="\n") as plain:  # noqa: UP020
        yield plain
