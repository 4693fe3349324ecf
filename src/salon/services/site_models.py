"""Each site's learned spam model, loaded from the database and refreshed when it changes."""

from __future__ import annotations

import threading
import time
from typing import Any

from salon.moderation.model import LinearModel, from_bytes
from salon.store import moderation as moderation_rows
from salon.store.database import Connection


class SiteModels:
    """Per-process cache; checks the stored version at most every ``every`` seconds."""

    def __init__(self, every: float = 10.0) -> None:
        self._every = every
        self._lock = threading.Lock()
        self._models: dict[str, tuple[str, LinearModel] | None] = {}
        self._checked: dict[str, float] = {}

    def get(self, conn: Connection, site: str) -> LinearModel | None:
        now = time.monotonic()
        with self._lock:
            if site in self._models and now - self._checked.get(site, 0.0) < self._every:
                cached = self._models[site]
                return cached[1] if cached else None
        version = moderation_rows.latest_model_version(conn, site)
        with self._lock:
            cached = self._models.get(site)
            if version is None:
                self._models[site] = None
            elif cached is None or cached[0] != version:
                row: dict[str, Any] | None = moderation_rows.latest_model(conn, site)
                if row is not None:
                    model = from_bytes(row["data"], source=f"site model of {site!r}")
                    self._models[site] = (row["version"], model)
            self._checked[site] = now
            current = self._models.get(site)
            return current[1] if current else None

    def forget(self, site: str) -> None:
        with self._lock:
            self._models.pop(site, None)
            self._checked.pop(site, None)
