"""Concurrent writers: every answer is a success or a clear 503, never a 500, nothing lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from tests.server import running

POSTS = 60


def test_parallel_posts_and_votes(settings: Settings, moderator: Moderator) -> None:
    # Two apps on one database behave like two processes behind a load balancer.
    one = create_app(settings, moderator=moderator, run_jobs=False)
    two = create_app(settings, moderator=moderator, run_jobs=False)
    with running(one) as url_one, running(two) as url_two:
        # FastAPI builds an app's routes on its first request; two apps in one process share
        # the endpoints' annotations, so their first requests must not overlap (one app per
        # process, as in production, has a lock for this). Separate processes don't share.
        for base in (url_one, url_two):
            assert httpx.get(f"{base}/api/counts", params={"uri": "/warm"}).status_code == 200

        def write(n: int) -> tuple[int, str]:
            base = url_one if n % 2 else url_two
            r = httpx.post(
                f"{base}/api/comments",
                timeout=60,
                headers={"user-agent": "the author"},  # voting on one's own comment is refused
                json={
                    "site": "default",
                    "uri": f"/busy-{n % 3}",
                    "text": f"Comment number {n} on the busy article.",
                },
            )
            if r.status_code in (201, 202):
                cid = r.json()["comment"]["id"]
                v = httpx.post(f"{base}/api/comments/{cid}/vote", json={"value": 1}, timeout=60)
                assert v.status_code in (200, 404, 503), v.text
            if r.status_code == 503:
                assert int(r.headers["retry-after"]) >= 1
            return r.status_code, r.text

        with ThreadPoolExecutor(20) as pool:
            results = list(pool.map(write, range(POSTS)))
        codes = [code for code, _ in results]
        assert set(codes) <= {201, 202, 503}, [t for c, t in results if c >= 500 and c != 503]
        saved = sum(1 for c in codes if c in (201, 202))
        assert saved >= POSTS * 0.9
        counts = httpx.get(
            f"{url_one}/api/counts",
            params=[("uri", "/busy-0"), ("uri", "/busy-1"), ("uri", "/busy-2")],
        ).json()
        published = sum(1 for c in codes if c == 201)
        assert sum(counts.values()) == published
