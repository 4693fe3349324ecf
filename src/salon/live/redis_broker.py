"""Thread events shared by every app process through Redis streams (ids resume natively)."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import redis
import redis.asyncio as aioredis

from salon.live.broker import KEEP, Event, _wait


class RedisBroker:
    def __init__(self, url: str, prefix: str = "salon:live") -> None:
        self._sync = redis.Redis.from_url(url)
        self._async = aioredis.Redis.from_url(url)
        self._prefix = prefix
        self._feeds: dict[str, _Feed] = {}  # stream key -> its reader in this process

    def _key(self, site: str, uri: str) -> str:
        return f"{self._prefix}:{site}:{uri}"

    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None:
        self._sync.xadd(
            self._key(site, uri),
            {"name": name, "data": json.dumps(data, separators=(",", ":"), ensure_ascii=False)},
            maxlen=KEEP,
            approximate=True,
        )

    async def listen(
        self, site: str, uri: str, last_id: str | None, heartbeat: float = 15.0
    ) -> AsyncIterator[Event | None]:
        key = self._key(site, uri)
        cursor = last_id if last_id and _is_stream_id(last_id) else await self._head(key)
        # What was published after the reader's id, then the feed this process shares
        # among all listeners of the thread: one Redis read per thread, not per stream.
        for entry_id, fields in await self._async.xrange(key, min=f"({cursor}", count=KEEP):
            event = _event(entry_id, fields)
            cursor = event.id
            yield event
        feed = self._feeds.get(key)
        if feed is None:
            feed = self._feeds[key] = _Feed(self._async, key, cursor, heartbeat)
        flag = asyncio.Event()
        feed.listeners.add(flag)
        try:
            while True:
                flag.clear()
                for event in feed.after(cursor):
                    cursor = event.id
                    yield event
                if not await _wait(flag, heartbeat):
                    yield None
        finally:
            feed.listeners.discard(flag)
            if not feed.listeners:
                feed.stop()
                if self._feeds.get(key) is feed:
                    del self._feeds[key]

    async def _head(self, key: str) -> str:
        # A concrete id rather than "$", so nothing published between two reads is missed.
        newest = await self._async.xrevrange(key, count=1)
        if not newest:
            return "0-0"
        entry_id = newest[0][0]
        return entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)

    async def ping(self) -> bool:
        """True when Redis answers within a second (for /health)."""
        try:
            async with asyncio.timeout(1.0):
                return bool(await self._async.ping())  # type: ignore[misc]
        except Exception:  # noqa: BLE001 - refused, timed out or an error reply: down
            return False

    async def close(self) -> None:
        for feed in self._feeds.values():
            feed.stop()
        self._feeds.clear()
        await self._async.aclose()
        self._sync.close()


def _is_stream_id(value: str) -> bool:
    left, _, right = value.partition("-")
    return left.isdigit() and (right.isdigit() or right == "")


def _order(entry_id: str) -> tuple[int, int]:
    left, _, right = entry_id.partition("-")
    return int(left), int(right or 0)


def _event(entry_id: bytes | str, fields: dict[bytes, bytes]) -> Event:
    ident = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    return Event(ident, fields[b"name"].decode(), json.loads(fields[b"data"]))


class _Feed:
    """One task reading a thread's stream for every listener in this event loop."""

    def __init__(self, client: aioredis.Redis, key: str, cursor: str, heartbeat: float) -> None:
        self.listeners: set[asyncio.Event] = set()
        self._recent: deque[Event] = deque(maxlen=KEEP)
        self._task = asyncio.create_task(self._read(client, key, cursor, heartbeat))

    def after(self, cursor: str) -> list[Event]:
        at = _order(cursor)
        newer = []
        for event in reversed(self._recent):
            if _order(event.id) <= at:
                break
            newer.append(event)
        newer.reverse()
        return newer

    async def _read(self, client: aioredis.Redis, key: str, cursor: str, heartbeat: float) -> None:
        block = int(heartbeat * 1000)
        while True:
            try:
                answer = await client.xread({key: cursor}, block=block, count=100)
            except redis.RedisError:
                await asyncio.sleep(1)  # Redis away: listeners keep their heartbeats
                continue
            for _stream, entries in answer or ():
                for entry_id, fields in entries:
                    event = _event(entry_id, fields)
                    cursor = event.id
                    self._recent.append(event)
            if answer:
                for flag in self.listeners:
                    flag.set()

    def stop(self) -> None:
        self._task.cancel()
