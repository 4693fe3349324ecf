"""Thread events with resumable ids; one process keeps them in memory."""

from __future__ import annotations

import asyncio
import json
import threading
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

KEEP = 200  # events kept per thread for readers who reconnect with Last-Event-ID


@dataclass(frozen=True)
class Event:
    id: str
    name: str
    data: dict[str, Any]

    @cached_property
    def wire(self) -> bytes:
        """The event as an SSE message; made once, however many subscribers get it."""
        payload = json.dumps(self.data, separators=(",", ":"), ensure_ascii=False)
        return f"id: {self.id}\nevent: {self.name}\ndata: {payload}\n\n".encode()

    def encode(self) -> bytes:
        return self.wire


class Broker(Protocol):
    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None: ...

    def listen(
        self, site: str, uri: str, last_id: str | None, heartbeat: float
    ) -> AsyncIterator[Event | None]: ...

    async def close(self) -> None: ...

    async def ping(self) -> bool: ...


class MemoryBroker:
    """For one app process. ``publish`` may be called from any thread (the threadpool)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = 0
        self._history: dict[tuple[str, str], deque[tuple[int, Event]]] = {}
        self._waiters: dict[
            tuple[str, str], set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]
        ] = {}

    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None:
        key = (site, uri)
        with self._lock:
            self._seq += 1
            event = Event(str(self._seq), name, data)
            self._history.setdefault(key, deque(maxlen=KEEP)).append((self._seq, event))
            waiters = list(self._waiters.get(key, ()))
        # One wake-up per event loop for all its subscribers, not one per subscriber: with
        # thousands of streams, a call_soon_threadsafe each is most of the fan-out's cost.
        by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Event]] = {}
        for loop, flag in waiters:
            by_loop.setdefault(loop, []).append(flag)
        for loop, flags in by_loop.items():
            loop.call_soon_threadsafe(_set_all, flags)

    def _after(self, key: tuple[str, str], seq: int) -> list[tuple[int, Event]]:
        with self._lock:
            newer: list[tuple[int, Event]] = []
            for n, e in reversed(self._history.get(key, ())):
                if n <= seq:
                    break
                newer.append((n, e))
            newer.reverse()
            return newer

    def _head(self, key: tuple[str, str]) -> int:
        with self._lock:
            history = self._history.get(key)
            return history[-1][0] if history else 0

    async def listen(
        self, site: str, uri: str, last_id: str | None, heartbeat: float = 15.0
    ) -> AsyncIterator[Event | None]:
        """Events after ``last_id`` (or from now on); None now and then as a heartbeat."""
        key = (site, uri)
        seq = int(last_id) if last_id and last_id.isdigit() else self._head(key)
        flag = asyncio.Event()
        waiter = (asyncio.get_running_loop(), flag)
        with self._lock:
            self._waiters.setdefault(key, set()).add(waiter)
        try:
            while True:
                flag.clear()
                for n, event in self._after(key, seq):
                    seq = n
                    yield event
                if not await _wait(flag, heartbeat):
                    yield None
        finally:
            with self._lock:
                self._waiters.get(key, set()).discard(waiter)

    async def close(self) -> None:
        return None

    async def ping(self) -> bool:
        return True  # in this process: up whenever the process is


def _set_all(flags: list[asyncio.Event]) -> None:
    for flag in flags:
        flag.set()


async def _wait(flag: asyncio.Event, seconds: float) -> bool:
    """True when ``flag`` is set within ``seconds`` (asyncio.timeout, unlike wait_for, makes
    no task per wait)."""
    try:
        async with asyncio.timeout(seconds):
            await flag.wait()
    except TimeoutError:
        return False
    return True
