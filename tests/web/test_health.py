"""/health reports the database and Redis, 503 when one is down."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings
from tests.conftest import REDIS_URL
from tests.server import free_port


def test_healthy(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "database": "ok", "redis": "not configured"}


def test_redis_down_is_a_503(settings: Settings, moderator) -> None:  # type: ignore[no-untyped-def]
    nobody = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{free_port()}/0"})
    with TestClient(create_app(nobody, moderator=moderator, run_jobs=False)) as c:
        r = c.get("/health")
        assert r.status_code == 503
        assert r.json() == {"status": "failing", "database": "ok", "redis": "down"}


@pytest.mark.redis
def test_redis_up(settings: Settings, moderator) -> None:  # type: ignore[no-untyped-def]
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError as e:
        pytest.skip(f"Redis at {REDIS_URL} is not reachable ({e})")
    with TestClient(
        create_app(settings.model_copy(update={"redis_url": REDIS_URL}), moderator=moderator)
    ) as c:
        assert c.get("/health").json()["redis"] == "ok"


@contextmanager
def _relay(target_port: int) -> Iterator[tuple[int, threading.Event]]:
    """A TCP relay to PostgreSQL that can be cut, as a network failure would."""
    cut = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)

    def pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while not cut.is_set() and (data := a.recv(65536)):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                s.close()

    def accept() -> None:
        while not cut.is_set():
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            server = socket.create_connection(("127.0.0.1", target_port))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=pipe, args=(a, b), daemon=True).start()
        listener.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], cut
    finally:
        cut.set()
        thread.join(5)


@pytest.mark.postgres
def test_database_down_is_a_503(postgres_url: str, moderator) -> None:  # type: ignore[no-untyped-def]
    with _relay(5432) as (port, cut):
        url = postgres_url.replace("127.0.0.1:5432", f"127.0.0.1:{port}")
        settings = Settings(database_url=url, secret_key="k")  # type: ignore[arg-type]
        with TestClient(create_app(settings, moderator=moderator, run_jobs=False)) as c:
            assert c.get("/health").status_code == 200
            cut.set()  # the network to the database is gone
            r = c.get("/health")
            assert r.status_code == 503
            assert r.json()["database"] == "down" and r.json()["status"] == "failing"
