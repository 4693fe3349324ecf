"""`salon threads move` on both databases: one thread, a merge, and every thread under a path."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.cli import app
from salon.config import Settings
from tests.conftest import post


def move(settings: Settings, *args: str) -> tuple[int, str]:
    env = {"SALON_DATABASE_URL": settings.database_url, "SALON_SECRET_KEY": "test-secret-key"}
    result = CliRunner().invoke(app, ["threads", "move", *args], env=env)
    return result.exit_code, result.output


def count(c: TestClient, uri: str) -> int:
    return int(c.get("/api/threads", params={"uri": uri}).json()["thread"]["count"])


def test_move_merge_and_prefix(client: TestClient, settings: Settings) -> None:
    post(client, "On the old address", uri="/2025/old-slug")
    post(client, "Another on the old address", uri="/2025/old-slug")
    code, out = move(settings, "/2025/old-slug", "/2025/new-slug", "--site", "default")
    assert code == 0 and "/2025/old-slug -> /2025/new-slug" in out and "moved 1 thread" in out
    assert count(client, "/2025/old-slug") == 0 and count(client, "/2025/new-slug") == 2
    # Moving onto an address that has a thread merges the two.
    post(client, "Posted at the newer address", uri="/2025/newer")
    code, out = move(settings, "/2025/new-slug", "/2025/newer")
    assert code == 0 and "merged" in out and count(client, "/2025/newer") == 3
    # --prefix: a whole section moved.
    post(client, "First in blog", uri="/blog/a")
    post(client, "Second in blog", uri="/blog/b")
    code, out = move(settings, "/blog/", "/journal/", "--prefix")
    assert code == 0 and "moved 2 threads" in out
    assert count(client, "/journal/a") == 1 and count(client, "/journal/b") == 1
    code, out = move(settings, "/nowhere", "/else")
    assert code == 1 and "there is no thread at '/nowhere'" in out
    code, out = move(settings, "/journal/a", "/journal/a")
    assert code == 1 and "the same" in out
    code, out = move(settings, "/journal/a", "/x", "--site", "elsewhere")
    assert code == 1 and "elsewhere" in out
