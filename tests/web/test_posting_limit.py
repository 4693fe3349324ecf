"""One process screens at most POSTING_THREADS posts at once; the others wait their turn."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from salon.services import comments as comment_service
from salon.web.api import POSTING_THREADS
from tests.server import running


def test_posts_beyond_the_limit_wait_and_all_get_through(
    settings: Settings, moderator: Moderator, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = comment_service.post_comment
    lock = threading.Lock()
    active = [0]
    most = [0]

    def counted(*args: Any) -> Any:
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        try:
            time.sleep(0.05)  # long enough for the other requests to arrive meanwhile
            return real(*args)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(comment_service, "post_comment", counted)
    app = create_app(settings, moderator=moderator, run_jobs=False)
    with running(app) as base:

        def write(n: int) -> int:
            r = httpx.post(
                f"{base}/api/comments",
                timeout=60,
                json={"site": "default", "uri": f"/wait-{n % 2}", "text": f"Comment {n} waits."},
            )
            return r.status_code

        with ThreadPoolExecutor(3 * POSTING_THREADS) as pool:
            codes = list(pool.map(write, range(3 * POSTING_THREADS)))
    assert set(codes) <= {201, 202} and len(codes) == 3 * POSTING_THREADS  # held is fine
    assert 1 < most[0] <= POSTING_THREADS
