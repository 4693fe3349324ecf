"""A real uvicorn server in a background thread, for tests that need a socket."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from salon.web.connections import ConnectionLimits, server_config


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(app: FastAPI, limits: ConnectionLimits | None = None) -> Iterator[str]:
    """Serve ``app`` on a free loopback port; yields its base URL.

    With ``limits``, through the same protocol and options as ``salon serve``.
    """
    port = free_port()
    options = {"host": "127.0.0.1", "port": port, "log_level": "warning", "lifespan": "on"}
    config = (
        uvicorn.Config(app, **options)  # type: ignore[arg-type]
        if limits is None
        else server_config(app, limits, **options)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
