"""A `salon serve` killed with SIGKILL under concurrent posts keeps every acknowledged comment."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.server import free_port

SALON = str(Path(sys.executable).parent / "salon")
pytestmark = [pytest.mark.slow]


def test_every_acknowledged_comment_survives_a_kill_under_load(tmp_path: Path) -> None:
    config = tmp_path / "salon.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path / "salon.db"}"\n'
        'secret_key = "kill-test-secret-key-0123456789abcdef"\n'
        '[[sites]]\nid = "default"\nname = "Test"\norigins = ["local"]\n'
        "[sites.moderation]\nip_posts_per_minute = 100000\nip_posts_per_hour = 100000\n"
        "author_posts_per_minute = 100000\nauthor_posts_per_hour = 100000\n"
        "hold_threshold = 1.0\nspam_threshold = 1.0\nabuse_threshold = 1.0\n"
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [SALON, "serve", "--config", str(config), "--port", str(port)],
            stdout=out,
            stderr=out,
            env={**os.environ, "SALON_REDIS_URL": ""},
        )
    acked: list[int] = []
    stop = threading.Event()

    def poster(k: int) -> None:
        headers = {"Origin": base}
        with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
            n = 0
            while not stop.is_set():
                n += 1
                body = {
                    "site": "default",
                    "uri": f"/kill-{k % 3}",
                    "text": f"Poster {k} says something about item number {n} here.",
                    "author": {"name": f"Poster {k}"},
                }
                try:
                    r = client.post("/api/comments", json=body)
                except httpx.HTTPError:
                    return  # the server is gone; this post was never acknowledged
                if r.status_code in (201, 202):
                    acked.append(int(r.json()["comment"]["id"]))
                client.cookies.clear()

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
        threads = [threading.Thread(target=poster, args=(k,)) for k in range(10)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 120
        while len(acked) < 60 and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)  # mid-flight: other posts are being written now
        proc.wait(10)
        stop.set()
        for t in threads:
            t.join(30)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(acked) >= 60
    conn = sqlite3.connect(tmp_path / "salon.db")
    try:
        stored = {row[0] for row in conn.execute("SELECT id FROM comments")}
    finally:
        conn.close()
    assert set(acked) <= stored, f"lost {sorted(set(acked) - stored)}"
