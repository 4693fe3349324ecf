"""Export then restore gives back the same site: every table compared row for row."""

from __future__ import annotations

import gzip
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from salon.cli import app
from salon.domain.moderation import Label
from salon.services import bans as ban_service
from salon.services import moderation as moderation_service
from salon.store import audit as audit_rows
from salon.store import subscriptions as subscription_rows
from salon.store.database import Database
from salon.store.site_data import NOT_EXPORTED, TABLES
from salon.store.tables import comments, metadata
from tests.conftest import post
from tests.importing import DATA, Importer, flat, thread

CONFIG = """
[[sites]]
id = "default"
name = "Salon"
origins = ["local"]

[[sites]]
id = "news"
name = "Example News"
origins = ["local"]
"""


@pytest.fixture
def other_database_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A second, empty database of the same kind."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    base = database_url.split("?", 1)[0]
    schema = "r_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{base}?options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _cli(url: str, *args: str | Path) -> str:
    result = CliRunner().invoke(app, list(map(str, args)), env={"SALON_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    return result.output


def _tables(url: str) -> dict[str, list[tuple[Any, ...]]]:
    db = Database(url)
    try:
        with db.read() as conn:
            return {
                kind: [
                    tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns)).all()
                ]
                for kind, t in TABLES.items()
            }
    finally:
        db.dispose()


def _lively_site(client: TestClient, importer: Importer) -> None:
    """Comments, replies, an edit, a deletion, votes, decisions, labels, a ban, an import."""
    importer.ok("remark42", DATA / "remark42.jsonl")
    first = post(client, "First, with an *anchor*", anchor={"quote": {"exact": "passage"}})
    reply = post(client, "A reply", parent=first["comment"]["id"])
    token = reply["edit_token"]
    r = client.patch(
        f"/api/comments/{reply['comment']['id']}",
        json={"text": "A reply, edited"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    gone = post(client, "I will delete this")
    assert (
        client.delete(
            f"/api/comments/{gone['comment']['id']}",
            headers={"Authorization": f"Bearer {gone['edit_token']}"},
        ).status_code
        == 204
    )
    client.post(f"/api/comments/{first['comment']['id']}/vote", json={"value": 1})
    spam = post(client, "Cheap pills at pills.example.cf", author={"email": "s@spam.example"})
    deps = client.app.state.deps  # type: ignore[attr-defined]
    moderation_service.decide(deps, spam["comment"]["id"], Label.SPAM, "mod")
    ban_service.ban_from_comment(deps, spam["comment"]["id"], "email", "mod")
    r = client.post(f"/api/comments/{first['comment']['id']}/report", json={"reason": "spam"})
    assert r.status_code in (201, 202), r.text
    _readers_mail(deps, first["comment"]["id"], reply["comment"]["id"], gone["comment"]["id"])


def _readers_mail(deps: Any, first: int, reply: int, gone: int) -> None:
    """Subscriptions of every kind, a digest item and audit entries (one names a comment
    that no longer exists), as the notification and workbench use-cases store them."""
    now = deps.clock()
    with deps.db.write() as conn:
        thread_id = conn.execute(
            select(comments.c.thread_id).where(comments.c.id == first)
        ).scalar_one()
        zoe = subscription_rows.get_or_add_address(conn, "default", "zoe@example.org", now)
        subscription_rows.confirm(conn, zoe.id, now)
        subscription_rows.subscribe(conn, zoe.id, "thread", thread_id, now)
        subscription_rows.subscribe(conn, zoe.id, "subthread", first, now)
        kim = subscription_rows.get_or_add_address(conn, "default", "kim@example.org", now)
        subscription_rows.subscribe(conn, kim.id, "replies", 0, now)
        subscription_rows.add_digest_item(conn, zoe.id, reply, now)
        audit_rows.add(
            conn,
            site="default",
            moderator="mod",
            action="approve",
            at=now,
            comment_id=reply,
            before={"state": "held"},
            after={"state": "published"},
        )
        audit_rows.add(
            conn, site="default", moderator="mod", action="delete", at=now, comment_id=gone + 1000
        )


def test_export_restore_round_trip(
    client: TestClient,
    importer: Importer,
    database_url: str,
    other_database_url: str,
    tmp_path: Path,
) -> None:
    _lively_site(client, importer)
    before = _tables(database_url)
    assert all(before[kind] for kind in TABLES), {k: len(v) for k, v in before.items()}
    out = tmp_path / "site.jsonl.gz"
    said = _cli(database_url, "export", "--site", "default", "--out", out)
    assert said.startswith("exported site 'default'")
    lines = gzip.decompress(out.read_bytes()).decode().splitlines()
    header = json.loads(lines[0])
    assert header["format"] == "salon-export" and header["version"] == 1
    assert {json.loads(line)["type"] for line in lines[1:]} == set(TABLES)

    _cli(other_database_url, "restore", out)
    assert _tables(other_database_url) == before
    # A second restore into the same site is refused, and changes nothing.
    result = CliRunner().invoke(
        app, ["restore", str(out)], env={"SALON_DATABASE_URL": other_database_url}
    )
    assert result.exit_code == 1 and "restore into an empty site" in result.output
    assert _tables(other_database_url) == before


def test_every_table_is_exported_or_says_why_not() -> None:
    exported = {t.name for t in TABLES.values()}
    assert exported.isdisjoint(NOT_EXPORTED)
    assert set(metadata.tables) == exported | set(NOT_EXPORTED)


def test_restore_beside_other_data_gets_new_ids(
    client: TestClient, importer: Importer, database_url: str, tmp_path: Path
) -> None:
    _lively_site(client, importer)
    out = tmp_path / "site.jsonl"
    _cli(database_url, "export", "--out", out)
    config = tmp_path / "salon.toml"
    config.write_text(CONFIG)
    said = _cli(database_url, "restore", out, "--site", "news", "--config", config)
    assert said.startswith("restored into site 'news': thread 3, comment 10")
    for uri in ("/article", "/2025/12/remark"):
        original = thread(client, uri)["comments"]
        copied = thread(client, uri, site="news")["comments"]
        shape = [(c["html"], c["votes"], c["state"], c["parent"] is None) for c in flat(original)]
        assert shape == [
            (c["html"], c["votes"], c["state"], c["parent"] is None) for c in flat(copied)
        ]
        assert {c["id"] for c in flat(original)}.isdisjoint(c["id"] for c in flat(copied))
    # Subscriptions follow the copies of their thread and comment, not the originals.
    deps = client.app.state.deps  # type: ignore[attr-defined]
    with deps.db.read() as conn:
        follows = {}
        for site in ("default", "news"):
            address = subscription_rows.address(conn, site, "zoe@example.org")
            assert address is not None
            follows[site] = subscription_rows.of_address(conn, address.id)
    assert [(s.kind, s.uri) for s in follows["news"]] == [
        (s.kind, s.uri) for s in follows["default"]
    ]
    assert {s.target for s in follows["news"]}.isdisjoint(s.target for s in follows["default"])


def test_restore_refuses_broken_files(database_url: str, tmp_path: Path) -> None:
    cases = {
        "not-json.jsonl": "not json\n",
        "no-header.jsonl": '{"type": "thread"}\n',
        "version.jsonl": '{"format": "salon-export", "version": 9, "site": "default"}\n',
        "unknown.jsonl": '{"format": "salon-export", "version": 1, "site": "default"}\n'
        '{"type": "poll", "id": 1}\n',
        "orphan.jsonl": '{"format": "salon-export", "version": 1, "site": "default"}\n'
        '{"type": "revision", "id": 1, "comment_id": 7, "text": "x", '
        '"replaced_at": "2025-01-01T00:00:00Z"}\n',
    }
    messages = {
        "not-json.jsonl": "line 1 is not JSON",
        "no-header.jsonl": "is not a Salon export",
        "version.jsonl": "of version 9; this Salon reads version 1",
        "unknown.jsonl": "records of type 'poll' are not known",
        "orphan.jsonl": "line 2: revision refers to comment 7, which is not earlier in the file",
    }
    for name, body in cases.items():
        path = tmp_path / name
        path.write_text(body)
        result = CliRunner().invoke(
            app, ["restore", str(path)], env={"SALON_DATABASE_URL": database_url}
        )
        assert result.exit_code == 1, result.output
        assert messages[name] in result.output, result.output
    assert all(not rows for rows in _tables(database_url).values())
