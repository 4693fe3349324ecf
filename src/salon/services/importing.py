"""The import use-case: parsed records of another system stored in one transaction.

Not a loop over post_comment: no rate limits, edit tokens (each comment still gets its
random edit key, but nobody holds a token) or live events; moderation runs only when
asked (``screen``) and then only suggests held or spam, it never deletes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from salon.config import SiteSettings
from salon.domain.comments import CommentState
from salon.domain.imports import ImportRecord
from salon.domain.moderation import Band, Submission
from salon.importers.reading import MAX_LINE_BYTES
from salon.importers.sources import detect, parser
from salon.moderation import reasons
from salon.services.context import Deps
from salon.services.import_plan import Plan, Planned, plan_import
from salon.services.rendering import safe_website
from salon.services.uri_map import UriMap
from salon.store import bans as ban_rows
from salon.store import imports as import_rows

# (what is happening, done, total); the CLI draws a progress bar from it.
Progress = Callable[[str, int, int], None]
FINGERPRINT_DAYS = timedelta(days=2)  # as far back as services.comments looks for copies
BAND_STATE = {Band.HOLD: CommentState.HELD, Band.SPAM: CommentState.SPAM}


@dataclass(frozen=True, slots=True)
class ImportOptions:
    dry_run: bool = False
    uri_map: UriMap = field(default_factory=UriMap)
    keep_pingbacks: bool = False
    screen: bool = False
    max_line_bytes: int = MAX_LINE_BYTES


@dataclass(slots=True)
class ImportSummary:
    source: str
    site: str
    dry_run: bool
    threads: int = 0  # threads that receive comments
    new_threads: int = 0
    states: Counter[str] = field(default_factory=Counter)
    votes: int = 0
    already: int = 0  # comments an earlier import of this source stored
    screened: Counter[str] = field(default_factory=Counter)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def comments(self) -> int:
        return sum(self.states.values())


def import_file(
    deps: Deps,
    source: str,
    path: Path,
    site_id: str,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import ``path`` (``source`` "auto" detects it) into the site; all or nothing."""
    options = options or ImportOptions()
    site = deps.site(site_id, None)
    if source == "auto":
        source = detect(path)
    parse = parser(source, path)
    records = _counted(
        parse(path, keep_pingbacks=options.keep_pingbacks, max_line_bytes=options.max_line_bytes),
        progress,
    )
    with deps.db.read() as conn:
        existing = import_rows.imported(conn, site.id, source)
    plan = plan_import(records, options.uri_map, site.max_depth, existing, deps.clock())
    summary = ImportSummary(source=source, site=site.id, dry_run=options.dry_run)
    summary.already = plan.already
    summary.skipped = [(s.source_id, s.reason) for s in plan.skipped]
    summary.notes = plan.notes
    planned = plan.comments
    if options.screen:
        _screen(deps, site, planned, summary, progress)
    summary.threads = len({p.uri for p in planned})
    summary.states = Counter(p.state.value for p in planned)
    voter = deps.signer.keyed_hasher("import-voter", site.id, source)
    for p in planned:
        p.ballots = _ballots(voter, p)
    summary.votes = sum(len(p.ballots) for p in planned)
    if not options.dry_run and planned:
        summary.new_threads = _store(deps, site, source, plan, options.screen, progress)
    elif planned:
        with deps.db.read() as conn:
            known = import_rows.existing_threads(conn, site.id, sorted({p.uri for p in planned}))
        summary.new_threads = summary.threads - len(known)
    return summary


def _counted(records: Iterator[ImportRecord], progress: Progress | None) -> Iterator[ImportRecord]:
    for n, record in enumerate(records, start=1):
        if progress is not None and n % 500 == 0:
            progress("reading", n, 0)
        yield record


def _screen(
    deps: Deps,
    site: SiteSettings,
    planned: list[Planned],
    summary: ImportSummary,
    progress: Progress | None,
) -> None:
    """Run moderation over published comments: it may only suggest held or spam."""
    with deps.db.read() as conn:
        model = deps.site_models.get(conn, site.id)
        bans = ban_rows.of_site(conn, site.id, deps.clock())
    targets = [p for p in planned if p.state is CommentState.PUBLISHED]
    for n, p in enumerate(targets, start=1):
        r = p.record
        decision = deps.screen.assess(
            Submission(
                text=p.text,
                site=site.id,
                author_name=r.author_name,
                author_email=r.author_email.lower(),
                author_website=r.author_website,
                ip_hash=_ip_hash(deps, r.ip),
                author_published_count=1,  # an established comment, not a first post
            ),
            site,
            model,
            bans,
        )
        p.decision = decision
        if decision.band in BAND_STATE:
            p.state = BAND_STATE[decision.band]
            summary.screened[p.state.value] += 1
        if progress is not None and n % 200 == 0:
            progress("screening", n, len(targets))


def _ip_hash(deps: Deps, ip: str) -> str:
    return deps.signer.keyed_hash("ip", ip) if ip else ""


def _store(
    deps: Deps,
    site: SiteSettings,
    source: str,
    plan: Plan,
    screened: bool,
    progress: Progress | None,
) -> int:
    """One transaction: threads, then comments (parents first), their source ids and votes.

    Every comment's id is reserved before anything is written, so each row names its
    parent's new id at once and all rows go in one bulk stream (COPY on PostgreSQL).
    """
    planned = plan.comments
    now = deps.clock()
    titles: dict[str, str] = {}
    created: dict[str, datetime] = {}
    for p in planned:
        if not titles.get(p.uri):
            titles[p.uri] = p.record.title[:512]
        created[p.uri] = min(created.get(p.uri, p.record.created), p.record.created)
    recent = now - FINGERPRINT_DAYS
    with deps.db.write() as conn, import_rows.bulk_writing(conn):
        thread_of, new_threads = import_rows.thread_ids(conn, site.id, titles, created)
        ids = import_rows.reserve_ids(conn, len(planned))
        new_id = {p.record.source_id: cid for p, cid in zip(planned, ids, strict=True)}
        row = _Rows(deps, thread_of, new_id, recent)
        import_rows.add_rows(
            conn,
            "comments",
            import_rows.COMMENT_COLUMNS,
            _reporting(
                (row(p, cid) for p, cid in zip(planned, ids, strict=True)), progress, len(planned)
            ),
        )
        import_rows.add_rows(
            conn,
            "import_sources",
            import_rows.SOURCE_COLUMNS,
            (
                (site.id, source, p.record.source_id, cid)
                for p, cid in zip(planned, ids, strict=True)
            ),
        )
        import_rows.add_rows(
            conn,
            "votes",
            import_rows.VOTE_COLUMNS,
            (
                (cid, reader, value, p.record.created)
                for p, cid in zip(planned, ids, strict=True)
                for reader, value in p.ballots
            ),
        )
        if screened:
            import_rows.add_many(conn, "decisions", _decisions(planned, new_id, now))
        import_rows.bump_threads(conn, thread_of.values())
    return new_threads


def _reporting(
    rows: Iterator[tuple[object, ...]], progress: Progress | None, total: int = 0
) -> Iterator[tuple[object, ...]]:
    for n, row in enumerate(rows, start=1):
        if progress is not None and n % 1000 == 0:
            progress("storing", n, total)
        yield row


class _Rows:
    """A planned comment as the tuple of import_rows.COMMENT_COLUMNS."""

    def __init__(
        self,
        deps: Deps,
        thread_of: dict[str, int],
        new_id: dict[str, int],
        recent: datetime,
    ) -> None:
        self.deps = deps
        self.thread_of = thread_of
        self.new_id = new_id
        self.recent = recent
        self.ip_hashes: dict[str, str] = {}

    def _ip_hash(self, ip: str) -> str:
        # Readers come back: one HMAC per distinct address, not per comment.
        found = self.ip_hashes.get(ip)
        if found is None:
            found = self.ip_hashes[ip] = _ip_hash(self.deps, ip)
        return found

    def __call__(self, p: Planned, cid: int) -> tuple[object, ...]:
        r = p.record
        deleted = p.state is CommentState.DELETED
        up = sum(1 for _, v in p.ballots if v > 0)
        parent = self.new_id[p.parent] if p.parent is not None else p.parent_id
        # Moderation compares fingerprints of the last two days only ("same text in other
        # threads"); older comments would never be looked at, so they are not computed.
        fingerprint = (
            None if deleted or r.created < self.recent else self.deps.screen.fingerprint(p.text)
        )
        return (
            cid,
            self.thread_of[p.uri],
            parent,
            p.depth,
            "" if deleted else " ".join(r.author_name.split())[:128],
            "" if deleted else r.author_email.strip().lower()[:254],
            "" if deleted else safe_website(r.author_website),
            p.text,
            r.created,
            p.state.value,
            up,
            len(p.ballots) - up,
            self._ip_hash(r.ip),
            "",
            "none",
            self.deps.signer.new_edit_key(),
            fingerprint,
        )


def _ballots(hashed: Callable[[str], str], p: Planned) -> list[tuple[str, int]]:
    """(reader, +1/-1) per vote; one vote per reader, as for votes cast in Salon.

    ``hashed`` is the keyed hash of ("import-voter", site, source, voter key)."""
    ballots: dict[str, int] = {}
    for voter, value in p.record.votes:
        # A source that kept only tallies gives anonymous entries ("#..."), one per vote of
        # this comment; a named voter is the same reader across the whole import.
        key = f"{p.record.source_id}{voter}" if voter.startswith("#") else voter
        ballots.setdefault(hashed(key), value)
    return [(reader, 1 if value > 0 else -1) for reader, value in ballots.items()]


def _decisions(
    planned: list[Planned], new_id: dict[str, int], now: datetime
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for p in planned:
        decision = p.decision
        if decision is None:
            continue
        rows.append(
            {
                "comment_id": new_id[p.record.source_id],
                "band": decision.band.value,
                "spam": decision.spam,
                "abuse": decision.abuse,
                "model_version": decision.model_version,
                "reasons": [reasons.IMPORTED, *decision.reasons],
                "is_edit": False,
                "created": now,
            }
        )
    return rows
