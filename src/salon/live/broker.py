"""Thread events with resumable ids; one process keeps them in memory."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Hashable
from typing import Any, Protocol

from salon.live.event import Event
from salon.live.fanout import Fanout, Stream, Write

KEEP = 200  # events kept per thread for readers who reconnect with Last-Event-ID
HEARTBEAT = 15.0  # seconds between keep-alive comments on every open stream


class Broker(Protocol):
    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None: ...

    async def attach(self, site: str, uri: str, last_id: str | None, write: Write) -> Stream:
        """Write the thread's events after ``last_id`` (or from now on) to ``write`` until
        the stream is closed, with a heartbeat now and then."""
        ...

    async def close(self) -> None: ...

    async def ping(self) -> bool: ...


class MemoryBroker:
    """For one app process. ``publish`` may be called from any thread (the threadpool)."""

    def __init__(self, heartbeat: float = HEARTBEAT) -> None:
        self._heartbeat = heartbeat
        self._lock = threading.Lock()
        self._seq = 0
        self._history: dict[Hashable, deque[tuple[int, Event]]] = {}
        self._fanouts: dict[asyncio.AbstractEventLoop, Fanout] = {}

    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None:
        key = (site, uri)
        with self._lock:
            self._seq += 1
            event = Event(str(self._seq), name, data)
            self._history.setdefault(key, deque(maxlen=KEEP)).append((self._seq, event))
            fanouts = list(self._fanouts.items())
        # One wake-up per event loop, whatever the number of its streams.
        for loop, fanout in fanouts:
            try:
                loop.call_soon_threadsafe(fanout.deliver, key)
            except RuntimeError:  # that loop has ended (a test's): its streams are gone
                with self._lock:
                    self._fanouts.pop(loop, None)

    def _after(self, key: Hashable, last: str) -> list[Event]:
        seq = int(last)
        with self._lock:
            newer: list[Event] = []
            for n, e in reversed(self._history.get(key, ())):
                if n <= seq:
                    break
                newer.append(e)
        newer.reverse()
        return newer

    async def attach(self, site: str, uri: str, last_id: str | None, write: Write) -> Stream:
        key = (site, uri)
        loop = asyncio.get_running_loop()
        with self._lock:
            history = self._history.get(key)
            head = history[-1][0] if history else 0
            if last_id is None or not (last_id.isascii() and last_id.isdigit()):
                last = head
            else:
                # An id above the count was given by this process's predecessor (ids count
                # from 1 again after a restart): all kept here is new to that reader.
                last = 0 if int(last_id) > self._seq else int(last_id)
            fanout = self._fanouts.get(loop)
            if fanout is None:
                fanout = self._fanouts[loop] = Fanout(self._after, self._heartbeat)
        return fanout.add(key, write, str(last))

    async def close(self) -> None:
        return None

    async def ping(self) -> bool:
        return True  # in this process: up whenever the process is
