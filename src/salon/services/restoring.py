"""`salon restore`: a `salon export` file loaded into an empty site, in one transaction.

Ids are kept when the database has none of them in use (a restore onto a new server keeps
permalinks); otherwise every row gets a new id and the references follow.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from salon.domain.errors import Conflict, Invalid
from salon.importers.reading import (
    MAX_LINE_BYTES,
    ImportRefused,
    open_bounded,
    parse_time,
    unreadable,
)
from salon.services.context import Deps
from salon.services.exporting import FORMAT, VERSION
from salon.store import site_data
from salon.store.types import UTCDateTime

SITE_COLUMNS = ("site",)  # columns that name the site; set to the restored-into site


@dataclass(slots=True)
class _Loaded:
    site: str
    records: dict[str, list[tuple[int, dict[str, Any]]]] = field(default_factory=dict)


def restore_file(deps: Deps, path: Path, site_id: str | None = None) -> tuple[str, Counter[str]]:
    """Load the export into ``site_id`` (default: the site it was exported from)."""
    loaded = _load(path)
    site = deps.site(site_id or loaded.site, None)
    restored: Counter[str] = Counter()
    with deps.db.write() as conn:
        if not site_data.site_is_empty(conn, site.id):
            raise Conflict(
                f"site {site.id!r} already has threads, bans or subscribers; restore into an "
                "empty site"
                " (or pass --site with another, empty site)"
            )
        keep_ids = all(
            site_data.ids_free(conn, kind, [row["id"] for _, row in rows if "id" in row])
            for kind, rows in loaded.records.items()
        )
        new_ids: dict[str, dict[int, int]] = {kind: {} for kind in site_data.TABLES}
        for kind in site_data.TABLES:
            rows = loaded.records.get(kind, [])
            for batch in _batches(kind, rows):
                prepared = [_prepare(kind, n, row, site.id, new_ids, keep_ids) for n, row in batch]
                ids = site_data.insert_rows(conn, kind, prepared)
                for (_, row), new in zip(batch, ids, strict=False):
                    new_ids[kind][row["id"]] = new
            restored[kind] = len(rows)
        if keep_ids:
            site_data.reset_sequences(conn)
    return site.id, restored


def _batches(
    kind: str, rows: list[tuple[int, dict[str, Any]]]
) -> Iterator[list[tuple[int, dict[str, Any]]]]:
    """Comments by depth (a parent's new id is known before its replies); others at once."""
    if kind != "comment":
        yield rows
        return
    levels: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for n, row in rows:
        levels.setdefault(int(row.get("depth") or 0), []).append((n, row))
    for depth in sorted(levels):
        yield levels[depth]


def _prepare(
    kind: str,
    line: int,
    row: dict[str, Any],
    site: str,
    new_ids: dict[str, dict[int, int]],
    keep_ids: bool,
) -> dict[str, Any]:
    out = dict(row)
    if not keep_ids:
        out.pop("id", None)
    for column in SITE_COLUMNS:
        if column in out:
            out[column] = site
    for column, target in site_data.REFERENCES.items():
        old = out.get(column)
        if old is None:
            continue
        new = new_ids[target].get(old)
        if new is None and (kind, column) in site_data.LOOSE:
            # The audit may name a comment deleted since: kept as it was with the same ids.
            new = old if keep_ids else None
        elif new is None:
            raise Invalid(
                f"line {line}: {kind} refers to {target} {old}, which is not earlier in the file"
            )
        out[column] = new
    if kind == "subscription":
        out["target"] = _target(line, row, new_ids)
    after = out.get("after")
    if kind == "audit" and isinstance(after, dict) and isinstance(after.get("label_id"), int):
        # A moderator's label named in the entry: its copy when ids change.
        out["after"] = {**after, "label_id": new_ids["label"].get(after["label_id"])}
    return out


def _target(line: int, row: dict[str, Any], new_ids: dict[str, dict[int, int]]) -> int:
    """A subscription follows a thread ("thread"), a comment ("subthread") or 0 ("replies")."""
    target = {"thread": "thread", "subthread": "comment"}.get(str(row.get("kind")))
    old = int(row.get("target") or 0)
    if target is None:
        return old
    new = new_ids[target].get(old)
    if new is None:
        raise Invalid(
            f"line {line}: a subscription follows {target} {old}, which is not earlier in the file"
        )
    return new


def _load(path: Path) -> _Loaded:
    try:
        return _read(path)
    except (OSError, EOFError) as e:
        raise unreadable(path, e) from e


def _read(path: Path) -> _Loaded:
    if not path.is_file():
        raise ImportRefused(f"{path} is not a file")
    loaded: _Loaded | None = None
    with open_bounded(path, MAX_LINE_BYTES) as f:
        for number, raw in enumerate(f, start=1):
            try:
                record = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as e:
                raise ImportRefused(f"{path.name} line {number} is not JSON: {e}") from e
            if not isinstance(record, dict):
                raise ImportRefused(f"{path.name} line {number} is not a JSON object")
            if loaded is None:
                loaded = _header(path, record)
                continue
            kind = record.pop("type", None)
            if kind not in site_data.TABLES:
                raise ImportRefused(
                    f"{path.name} line {number}: records of type {kind!r} are not known to this "
                    "Salon (an export of a newer version?)"
                )
            row = _typed(kind, record, f"{path.name} line {number}")
            loaded.records.setdefault(kind, []).append((number, row))
    if loaded is None:
        raise ImportRefused(f"{path.name} is empty")
    return loaded


def _header(path: Path, record: dict[str, Any]) -> _Loaded:
    if record.get("format") != FORMAT:
        raise ImportRefused(f"{path.name} is not a Salon export (its first line has no format)")
    if record.get("version") != VERSION:
        raise ImportRefused(
            f"{path.name} is a Salon export of version {record.get('version')!r}; "
            f"this Salon reads version {VERSION}"
        )
    site = record.get("site")
    if not isinstance(site, str) or not site:
        raise ImportRefused(f"{path.name}: the header names no site")
    return _Loaded(site=site)


def _typed(kind: str, record: dict[str, Any], where: str) -> dict[str, Any]:
    """The record's values as the table's column types, or a clear refusal."""
    columns = site_data.columns(kind)
    unknown = set(record) - set(columns)
    if unknown:
        raise ImportRefused(f"{where}: a {kind} has no column {', '.join(sorted(unknown))}")
    missing = site_data.required(kind) - set(record)
    if missing:
        raise ImportRefused(f"{where}: the {kind} lacks {', '.join(sorted(missing))}")
    row: dict[str, Any] = {}
    for name, value in record.items():
        if isinstance(columns[name], UTCDateTime) and value is not None:
            if not isinstance(value, str):
                raise ImportRefused(f"{where}: {name} must be a time")
            value = parse_time(value, f"{where}, {name}")
        row[name] = value
    for name in ("id", "thread_id", "comment_id", "parent_id", "address_id", "target"):
        if row.get(name) is not None and not isinstance(row[name], int):
            raise ImportRefused(f"{where}: {name} must be a number")
    return row
