"""Planning an import before anything is written: uris, the reply tree, depths, skips.

Pure (a large file's texts are converted by worker processes, see import_texts): it sees
the parsed records and what earlier imports of the same source stored, and returns what to
insert, level by level (parents before children), or refuses the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from salon.domain.comments import CommentState
from salon.domain.imports import ImportedComment, ImportRecord, Skipped
from salon.domain.moderation import Decision
from salon.importers.reading import ImportRefused
from salon.services.import_texts import texts_of
from salon.services.uri_map import UriMap

# Clocks disagree a little; a comment dated further ahead than this is a broken export.
FUTURE_SLACK = timedelta(minutes=10)
MAX_URI = 2048

# source id -> (comment id, thread uri, depth, parent id), from the store.
Existing = dict[str, tuple[int, str, int, int | None]]


@dataclass(slots=True)
class Planned:
    record: ImportedComment
    uri: str
    text: str
    state: CommentState
    depth: int = 0
    parent: str | None = None  # a planned comment's source id
    parent_id: int | None = None  # or a comment stored by an earlier import
    decision: Decision | None = None  # when the import was screened
    ballots: list[tuple[str, int]] = field(default_factory=list)  # (reader, +1/-1)


@dataclass(slots=True)
class Plan:
    levels: list[list[Planned]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    already: int = 0

    @property
    def comments(self) -> list[Planned]:
        return [p for level in self.levels for p in level]


def plan_import(
    records: Iterable[ImportRecord],
    uri_map: UriMap,
    max_depth: int,
    existing: Existing,
    now: datetime,
) -> Plan:
    """What to insert; raises ImportRefused for a file that cannot be imported as it is."""
    plan = Plan()
    found: dict[str, Planned] = {}
    future: list[str] = []
    uris: dict[str, str] = {}  # an article's many comments share one link
    for record in records:
        if isinstance(record, Skipped):
            plan.skipped.append(record)
        elif record.source_id in existing:
            plan.already += 1
        elif record.source_id in found:
            plan.skipped.append(Skipped(record.source_id, "a second comment with the same id"))
        else:
            if record.created > now + FUTURE_SLACK:
                future.append(f"{record.source_id} ({record.created:%Y-%m-%d %H:%M} UTC)")
            planned = _planned(record, uri_map, uris)
            if isinstance(planned, Skipped):
                plan.skipped.append(planned)
            else:
                found[record.source_id] = planned
    if future:
        shown = ", ".join(future[:3]) + (f" and {len(future) - 3} more" if len(future) > 3 else "")
        raise ImportRefused(
            f"{len(future)} comment(s) are dated in the future: {shown}; "
            "the export's dates are wrong (or its time zone); nothing was imported"
        )
    pinned = sum(1 for p in found.values() if p.record.pinned)
    if pinned:
        plan.notes.append(
            f"{pinned} comment(s) were pinned; Salon has no pinning, they are ordinary comments"
        )
    bodies = [
        ("", p.record.markup)
        if p.state is CommentState.DELETED
        else (p.record.body, p.record.markup)
        for p in found.values()
    ]
    for p, text in zip(found.values(), texts_of(bodies), strict=True):
        if not text.strip():
            p.state = CommentState.DELETED  # nothing to show: a placeholder at most
        p.text = "" if p.state is CommentState.DELETED else text
    _link_parents(found, existing, plan)
    _drop_empty_deleted(found, plan)
    _place(found, existing, max_depth)
    by_depth: dict[int, list[Planned]] = {}
    for p in found.values():
        by_depth.setdefault(p.depth, []).append(p)
    plan.levels = [
        sorted(by_depth[d], key=lambda p: (p.record.created, p.record.source_id))
        for d in sorted(by_depth)
    ]
    return plan


def _planned(record: ImportedComment, uri_map: UriMap, uris: dict[str, str]) -> Planned | Skipped:
    uri = uris.get(record.url)
    if uri is None:
        uri = uris[record.url] = uri_map.apply(record.url) if record.url else ""
    if not uri or len(uri) > MAX_URI:
        return Skipped(record.source_id, f"no usable article link ({record.url[:80]!r})")
    return Planned(record=record, uri=uri, text="", state=record.state)  # text: see texts_of


def _link_parents(found: dict[str, Planned], existing: Existing, plan: Plan) -> None:
    for p in found.values():
        parent = p.record.parent
        if parent is None:
            continue
        if parent in found and found[parent].uri == p.uri:
            p.parent = parent
        elif parent in existing and existing[parent][1] == p.uri:
            p.parent_id = existing[parent][0]
        elif parent in found or parent in existing:
            plan.notes.append(
                f"comment {p.record.source_id}: its parent {parent} is on another page; "
                "imported at the top level"
            )
        else:
            plan.notes.append(
                f"comment {p.record.source_id}: its parent {parent} is not in the file; "
                "imported at the top level"
            )
    # A cycle of parents (a broken export) is cut where it is found.
    for p in found.values():
        seen = {p.record.source_id}
        walk = p
        while walk.parent is not None:
            if walk.parent in seen:
                plan.notes.append(
                    f"comment {walk.record.source_id}: its parents form a loop; "
                    "imported at the top level"
                )
                walk.parent = None
                break
            seen.add(walk.parent)
            walk = found[walk.parent]


def _raw_depths(found: dict[str, Planned], existing_depth: dict[int, int]) -> dict[str, int]:
    depths: dict[str, int] = {}
    for p in found.values():
        chain = []
        walk: Planned | None = p
        while walk is not None and walk.record.source_id not in depths:
            chain.append(walk)
            walk = found[walk.parent] if walk.parent is not None else None
        base = -1 if walk is None else depths[walk.record.source_id]
        for q in reversed(chain):
            if q.parent is None:
                base = existing_depth.get(q.parent_id, 0) if q.parent_id is not None else -1
            base += 1
            depths[q.record.source_id] = base
    return depths


def _drop_empty_deleted(found: dict[str, Planned], plan: Plan) -> None:
    """A deleted comment stays as a placeholder only when a kept reply hangs below it."""
    depths = _raw_depths(found, {})
    keep_children: set[str] = set()
    dropped: list[str] = []
    for sid in sorted(found, key=lambda s: depths[s], reverse=True):
        p = found[sid]
        kept = p.state is not CommentState.DELETED or sid in keep_children
        if kept and p.parent is not None:
            keep_children.add(p.parent)
        if not kept:
            dropped.append(sid)
            plan.skipped.append(Skipped(sid, "deleted, and no replies to keep in place"))
    for sid in dropped:
        del found[sid]


def _place(found: dict[str, Planned], existing: Existing, max_depth: int) -> None:
    """Salon's depth rule: too deep a reply becomes its parent's sibling (see attach_depth)."""
    deepest = max_depth - 1
    stored = {cid: (depth, parent) for cid, _uri, depth, parent in existing.values()}
    depths = _raw_depths(found, {cid: d for cid, (d, _p) in stored.items()})
    for sid, p in found.items():
        p.depth = min(depths[sid], deepest)
        # Climb until the parent sits one level above the capped depth.
        while p.parent is not None and depths[p.parent] > p.depth - 1:
            above = found[p.parent]
            p.parent, p.parent_id = above.parent, above.parent_id
        while p.parent_id in stored and stored[p.parent_id][0] > p.depth - 1:
            p.parent_id = stored[p.parent_id][1]
        if p.parent is None and p.parent_id is None:
            p.depth = 0
