"""Published-comment counts per uri, kept in the read cache while their threads are unchanged.

A page with a list of articles asks for the counts of all of them, on every view; the answer
changes only when a comment on one of them does. Each uri's count is a cache entry tied to its
thread (or to "no thread yet"), so a write to one article makes only that count stale. A count
is stored only when no write was seen while it was read, so a stored count is never older
than the generation it carries.
"""

from __future__ import annotations

from salon.domain.errors import Invalid
from salon.services.cache import Entry, ReadCache
from salon.services.context import Deps, Requester
from salon.services.threads import check_uri
from salon.store import threads as thread_rows

MAX_COUNT_URIS = 200


def count_key(site_id: str, uri: str) -> tuple[str, str, str]:
    return ("count", site_id, uri)


def check_uris(uris: list[str]) -> None:
    if not uris:
        raise Invalid("pass at least one 'uri' query parameter")
    if len(uris) > MAX_COUNT_URIS:
        raise Invalid(f"at most {MAX_COUNT_URIS} uris per call, got {len(uris)}")
    for uri in uris:
        check_uri(uri)


def cached_counts(cache: ReadCache, site_id: str, uris: list[str]) -> dict[str, int] | None:
    """Every asked-for count if the cache holds it fresh, else None (no database read)."""
    out: dict[str, int] = {}
    for uri in uris:
        entry = cache.fresh(count_key(site_id, uri))
        if not isinstance(entry, Entry):
            return None
        out[uri] = entry.data["n"]
    return out


def count_comments(
    deps: Deps, requester: Requester, site_id: str, uris: list[str]
) -> dict[str, int]:
    """Published comments per uri (0 for a uri without a thread)."""
    deps.site(site_id, requester.origin)
    check_uris(uris)
    cache = deps.cache
    out: dict[str, int] = {}
    missing = []
    for uri in uris:
        entry = cache.fresh(count_key(site_id, uri))
        if not isinstance(entry, Entry):
            missing.append(uri)
        else:
            out[uri] = entry.data["n"]
    if missing:
        seen = cache.changes
        _, at = cache.stamp(None)
        with deps.db.read() as conn:
            found = thread_rows.counts(conn, site_id, missing)
        keep = cache.changes == seen  # else a write landed meanwhile: answer, don't keep
        for uri in missing:
            thread_id, n = found.get(uri, (None, 0))
            out[uri] = n
            if keep:
                kept = Entry(thread_id, 0, cache.generation(thread_id), at, data={"n": n})
                cache.put(count_key(site_id, uri), kept)
    return {uri: out[uri] for uri in uris}
