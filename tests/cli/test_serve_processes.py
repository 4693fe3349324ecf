"""Several `salon serve` processes on one PostgreSQL + Redis behave as one server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import redis

from tests.conftest import REDIS_URL, _unavailable
from tests.server import free_port

SALON = [str(Path(sys.executable).parent / "salon")]
pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]


@pytest.fixture
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as e:
        _unavailable(f"Redis at {REDIS_URL}", e)
    return REDIS_URL


def write_config(path: Path, database_url: str, redis_url: str | None) -> Path:
    redis_line = f'redis_url = "{redis_url}"\n' if redis_url else ""
    path.write_text(
        f'database_url = "{database_url}"\n'
        # A new key each run: rate limits in the shared Redis are keyed by its hashes.
        f'secret_key = "processes-test-{uuid.uuid4().hex}"\n'
        f"{redis_line}"
        # A long cache time: a change that shows at once was invalidated, not expired.
        "read_cache_seconds = 3600\n"
        '[[sites]]\nid = "default"\nname = "Test"\norigins = ["local"]\n'
        "[sites.moderation]\nip_posts_per_minute = 3\nhold_threshold = 1.0\n"
        "spam_threshold = 1.0\nabuse_threshold = 1.0\n"
    )
    return path


@contextmanager
def serving(config: Path, *extra: str) -> Iterator[tuple[str, int]]:
    """The base URL of a `salon serve` started with ``extra`` options, and its pid."""
    port = free_port()
    env = {**os.environ, "SALON_CONFIG": str(config)}
    log = config.with_suffix(f".{port}.log")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*SALON, "serve", "--port", str(port), *extra], env=env, stdout=out, stderr=out
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"salon serve did not start: {log.read_text()}")
            time.sleep(0.2)
        yield base, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def post(base: str, text: str, uri: str = "/a") -> httpx.Response:
    return httpx.post(
        f"{base}/api/comments",
        json={"site": "default", "uri": uri, "text": text, "author": {"name": "Reader"}},
        headers={"Origin": base},
        timeout=10,
    )


def count(base: str, uri: str = "/a") -> int:
    answer = httpx.get(f"{base}/api/counts", params={"site": "default", "uri": uri}, timeout=10)
    return int(answer.json()[uri])


def texts(base: str, uri: str = "/a") -> list[str]:
    r = httpx.get(f"{base}/api/threads", params={"uri": uri, "sort": "oldest"}, timeout=10)
    assert r.status_code == 200, r.text
    return [c["html"] for c in r.json()["comments"]]


def test_two_processes_share_cache_invalidation_limits_and_live_events(
    tmp_path: Path, postgres_url: str, redis_url: str
) -> None:
    config = write_config(tmp_path / "salon.toml", postgres_url, redis_url)
    with serving(config) as (one, _), serving(config) as (two, _):
        assert post(one, "first").status_code == 201
        assert texts(two) == ["<p>first</p>"]
        assert texts(two) == ["<p>first</p>"]  # cached now, for an hour
        assert count(two) == count(two) == 1  # so is the count
        with httpx.stream("GET", f"{two}/api/live", params={"uri": "/a"}, timeout=10) as live:
            lines = live.iter_lines()
            assert next(lines).startswith("retry:")
            assert post(one, "second").status_code == 201
            deadline = time.monotonic() + 10
            seen = ""
            while "second" not in seen and time.monotonic() < deadline:
                seen += next(lines)
            assert "second" in seen  # the live event crossed from one to two
        # The write on one invalidated two's cached answer (well before its hour).
        deadline = time.monotonic() + 5
        while texts(two) != ["<p>first</p>", "<p>second</p>"]:
            assert time.monotonic() < deadline, texts(two)
            time.sleep(0.05)
        assert count(two) == 2
        # Three posts a minute from one address, counted across both processes.
        assert post(two, "third").status_code == 201
        refused = post(one, "fourth")
        assert refused.status_code == 429, refused.text
        assert refused.headers["retry-after"]


def test_workers_need_redis(tmp_path: Path) -> None:
    config = write_config(tmp_path / "salon.toml", f"sqlite:///{tmp_path / 'x.db'}", None)
    done = subprocess.run(
        [*SALON, "serve", "--config", str(config), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers needs Redis" in done.stderr


def test_workers_serve_one_port(tmp_path: Path, postgres_url: str, redis_url: str) -> None:
    config = write_config(tmp_path / "salon.toml", postgres_url, redis_url)
    with serving(config, "--workers", "2") as (base, pid):
        assert post(base, f"hello {uuid.uuid4().hex}").status_code == 201
        for _ in range(20):
            assert len(texts(base)) == 1  # every process sees it, whichever answers
        # The supervisor serves nothing: the start-up check loaded the models (numpy,
        # fastText) in a child of its own, so the supervisor has none of them mapped.
        maps = Path(f"/proc/{pid}/maps").read_text()
        assert "numpy" not in maps and "fasttext" not in maps


def test_workers_times_pool_beyond_max_connections_is_refused(
    tmp_path: Path, postgres_url: str, redis_url: str
) -> None:
    config = write_config(tmp_path / "salon.toml", postgres_url, redis_url)
    config.write_text("database_pool_size = 1000\n" + config.read_text())
    done = subprocess.run(
        [*SALON, "serve", "--config", str(config), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "2 worker(s) x database_pool_size 1000 = 2000 connections" in done.stderr
    assert "SALON_DATABASE_POOL_SIZE" in done.stderr
