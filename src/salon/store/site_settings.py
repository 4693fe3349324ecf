"""Site settings saved from the admin UI (over the TOML file's)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from salon.store.tables import site_settings


def stored(conn: Connection) -> dict[str, dict[str, Any]]:
    rows = conn.execute(select(site_settings.c.site, site_settings.c.data)).all()
    return {r.site: dict(r.data) for r in rows}


def save(conn: Connection, site: str, data: dict[str, Any], at: datetime, by: str) -> None:
    conn.execute(delete(site_settings).where(site_settings.c.site == site))
    conn.execute(insert(site_settings).values(site=site, data=data, updated=at, updated_by=by))


def stamp(conn: Connection) -> tuple[int, str]:
    """Changes whenever any site's saved settings change (how many, and the latest save)."""
    row = conn.execute(
        select(func.count(), func.max(site_settings.c.updated)).select_from(site_settings)
    ).one()
    return int(row[0]), str(row[1] or "")
