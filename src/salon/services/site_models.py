"""Each site's learned spam model and memory, loaded from the database and refreshed when
they change."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from salon.moderation.model import LinearModel, from_bytes
from salon.moderation.site_memory import SiteMemory
from salon.store import moderation as moderation_rows
from salon.store.database import Connection


@dataclass(frozen=True)
class SiteModel:
    """What a site's moderators taught: its copy of the spam model, and the comments they
    labelled that the nearness term remembers (None before any refit with neighbours)."""

    spam: LinearModel
    memory: SiteMemory | None = None


def site_model(row: dict[str, Any], site: str) -> SiteModel:
    """A stored site_models row as a SiteModel (a ModelError when its bytes are corrupt)."""
    memory = row.get("memory")
    return SiteModel(
        from_bytes(row["data"], source=f"site model of {site!r}"),
        SiteMemory.from_bytes(memory, source=f"site memory of {site!r}") if memory else None,
    )


class SiteModels:
    """Per-process cache; checks the stored version at most every ``every`` seconds."""

    def __init__(self, every: float = 10.0) -> None:
        self._every = every
        self._lock = threading.Lock()
        self._models: dict[str, tuple[str, SiteModel] | None] = {}
        self._checked: dict[str, float] = {}

    def get(self, conn: Connection, site: str) -> SiteModel | None:
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
                    self._models[site] = (row["version"], site_model(row, site))
            self._checked[site] = now
            current = self._models.get(site)
            return current[1] if current else None

    def forget(self, site: str) -> None:
        with self._lock:
            self._models.pop(site, None)
            self._checked.pop(site, None)
