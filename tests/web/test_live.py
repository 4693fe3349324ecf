"""Live updates over a real socket: a reader's open stream sees new comments and votes."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import httpx
import pytest

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from tests.server import running


@pytest.fixture
def base_url(settings: Settings, moderator: Moderator) -> Iterator[str]:
    with running(create_app(settings, moderator=moderator, run_jobs=False)) as url:
        yield url


def read_events(
    url: str,
    n: int,
    out: list[tuple[str, str, dict]],
    ready: threading.Event,
    last_id: str | None = None,
) -> None:
    headers = {"Last-Event-ID": last_id} if last_id else {}
    with httpx.stream(
        "GET", f"{url}/api/live", params={"uri": "/live"}, headers=headers, timeout=10
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        ready.set()
        event: dict[str, str] = {}
        for line in r.iter_lines():
            if not line:
                if "event" in event:
                    out.append((event["id"], event["event"], json.loads(event["data"])))
                    if len(out) == n:
                        return
                event = {}
                continue
            key, _, value = line.partition(": ")
            event[key] = value


def test_stream_sees_comment_vote_and_resumes(base_url: str) -> None:
    got: list[tuple[str, str, dict]] = []
    ready = threading.Event()
    reader = threading.Thread(target=read_events, args=(base_url, 2, got, ready))
    reader.start()
    assert ready.wait(10)
    with httpx.Client(base_url=base_url) as http:
        # Written in another browser: a reader cannot up-vote their own comment.
        answer = httpx.post(
            f"{base_url}/api/comments",
            json={"site": "default", "uri": "/live", "text": "Live, from the test"},
            headers={"user-agent": "the author"},
        )
        assert answer.status_code == 201, answer.text
        cid = answer.json()["comment"]["id"]
        http.post(f"/api/comments/{cid}/vote", json={"value": 1})
        reader.join(10)
        assert [(name, data.get("id")) for _, name, data in got] == [
            ("comment", cid),
            ("vote", cid),
        ]
        assert "Live, from the test" in got[0][2]["html"]
        # A reader who reconnects after the first event gets what it missed, nothing more.
        http.post(f"/api/comments/{cid}/vote", json={"value": -1})
        missed: list[tuple[str, str, dict]] = []
        read_events(base_url, 2, missed, threading.Event(), last_id=got[0][0])
        assert [name for _, name, _ in missed] == ["vote", "vote"]
        assert missed[-1][2]["down"] == 1


def test_a_stream_through_the_route_sees_events_too(base_url: str) -> None:
    # An unknown parameter (a cache-buster) is not for the fast path; the route serves it.
    with httpx.stream(
        "GET", f"{base_url}/api/live", params={"uri": "/live", "_": "123"}, timeout=10
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = r.iter_lines()
        assert next(lines).startswith("retry:")
        answer = httpx.post(
            f"{base_url}/api/comments",
            json={"site": "default", "uri": "/live", "text": "Through the route"},
        )
        assert answer.status_code == 201, answer.text
        seen = ""
        while "Through the route" not in seen:
            seen += next(lines)
        assert "event: comment" in seen
