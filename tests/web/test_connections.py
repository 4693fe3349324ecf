"""Slow and oversized clients against a real server (web/connections.py, web/bodies.py)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from salon.app import create_app
from salon.config import Settings
from salon.web.connections import connection_limits
from tests.server import running

SLOW = 100


@pytest.fixture
def server(tmp_path, moderator) -> Iterator[str]:  # type: ignore[no-untyped-def]
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 's.db'}",
        secret_key="k",  # type: ignore[arg-type]
        header_timeout_seconds=1.5,
        body_timeout_seconds=1.5,
        idle_timeout_seconds=1,
        max_header_bytes=8192,
        max_headers=50,
    )
    app = create_app(settings, moderator=moderator, run_jobs=False)
    with running(app, connection_limits(settings)) as url:
        yield url


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    return sock


def _answer(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_server_answers_others_while_100_slow_clients_hold_connections(server: str) -> None:
    slow = []
    for _ in range(SLOW):
        sock = _connect(server)
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")  # and never more
        slow.append(sock)
    started = time.monotonic()
    with httpx.Client(base_url=server, timeout=5) as c:
        for _ in range(10):
            assert c.get("/health").status_code == 200
    assert time.monotonic() - started < 5
    # Each slow client is answered 408 and closed once the head deadline passes.
    for sock in slow:
        assert _answer(sock).startswith(b"HTTP/1.1 408")
        sock.close()


def test_a_connection_that_sends_nothing_is_closed(server: str) -> None:
    with _connect(server) as sock:
        started = time.monotonic()
        assert _answer(sock).startswith(b"HTTP/1.1 408")
        assert time.monotonic() - started < 5


def test_an_oversized_head_is_refused(server: str) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000 + b"\r\n\r\n")
        answer = _answer(sock)
        assert answer.startswith(b"HTTP/1.1 431")
        assert b"application/problem+json" in answer and b"8,192 bytes" in answer


def test_too_many_headers_are_refused(server: str) -> None:
    with _connect(server) as sock:
        lines = b"".join(b"X-H%d: v\r\n" % n for n in range(60))
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n" + lines + b"\r\n")
        assert _answer(sock).startswith(b"HTTP/1.1 431")


def test_a_slow_body_times_out(server: str) -> None:
    with _connect(server) as sock:
        sock.sendall(
            b"POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"site": '
        )
        answer = _answer(sock)
        assert answer.startswith(b"HTTP/1.1 408") and b"problem+json" in answer


def test_an_idle_keep_alive_connection_is_closed(server: str) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        started = time.monotonic()
        answer = _answer(sock)  # the answer, then the close after the idle timeout
        assert answer.startswith(b"HTTP/1.1 200") and time.monotonic() - started < 5


def test_ordinary_requests_pass(server: str) -> None:
    with httpx.Client(base_url=server, timeout=5) as c:
        headers = {f"X-Fine-{n}": "v" * 50 for n in range(30)}
        assert c.get("/health", headers=headers).status_code == 200
        r = c.post("/api/comments", json={"site": "default", "uri": "/a", "text": "hello there"})
        assert r.status_code in (201, 202)


def test_a_head_trickled_past_the_limit_is_refused_before_it_ends(server: str) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ")
        for _ in range(12):
            try:
                sock.sendall(b"a" * 1000)
            except OSError:
                break  # closed by the server mid-way: what we want
            time.sleep(0.02)
        assert _answer(sock).startswith(b"HTTP/1.1 431")


def test_heads_and_bodies_arrive_whole_and_in_order(server: str) -> None:
    """A response head waits for its body to go out in one write (CorkedTransport); one
    with no body write after it (an answer to HEAD) still goes out, at the end of the
    event loop's turn; a 304 and pipelined answers come whole and in order."""
    thread = "/api/threads?site=default&uri=/corked"
    with httpx.Client(base_url=server, timeout=5) as c:
        etag = c.get(thread).headers["etag"]
        head = c.head("/health")  # uvicorn sends no body for HEAD
        assert head.status_code == 405 and head.content == b""
        assert int(head.headers["content-length"]) > 0
    ask = f"GET {thread} HTTP/1.1\r\nHost: x\r\n"
    with _connect(server) as sock:
        sock.sendall(
            f"{ask}If-None-Match: {etag}\r\n\r\n{ask}\r\nGET /health HTTP/1.1\r\nHost: x\r\n"
            "Connection: close\r\n\r\n".encode()
        )
        answers = _answer(sock).split(b"HTTP/1.1 ")[1:]
    assert [a[:3] for a in answers] == [b"304", b"200", b"200"]
    assert answers[1].endswith(b"}") and answers[2].endswith(b'"redis":"not configured"}')
