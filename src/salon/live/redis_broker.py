"""Thread events shared by every app process through Redis streams (ids resume natively)."""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Callable, Hashable
from functools import partial
from typing import Any

import redis
import redis.asyncio as aioredis

from salon.live.broker import HEARTBEAT, KEEP
from salon.live.event import Event
from salon.live.fanout import Fanout, Stream, Write


class RedisBroker:
    def __init__(self, url: str, prefix: str = "salon:live", heartbeat: float = HEARTBEAT) -> None:
        self._heartbeat = heartbeat
        self._fanout: Fanout | None = None  # the streams of this process (one event loop)
        self._sync = redis.Redis.from_url(url)
        self._async = aioredis.Redis.from_url(url)
        self._prefix = prefix
        self._feeds: dict[Hashable, _Feed] = {}  # stream key -> its reader in this process

    def _key(self, site: str, uri: str) -> str:
        return f"{self._prefix}:{site}:{uri}"

    def publish(self, site: str, uri: str, name: str, data: dict[str, Any]) -> None:
        self._sync.xadd(
            self._key(site, uri),
            {"name": name, "data": json.dumps(data, separators=(",", ":"), ensure_ascii=False)},
            maxlen=KEEP,
            approximate=True,
        )

    async def attach(self, site: str, uri: str, last_id: str | None, write: Write) -> Stream:
        key = self._key(site, uri)
        cursor = last_id if last_id and _is_stream_id(last_id) else await self._head(key)
        # What was published after the reader's id, then the feed this process shares
        # among all readers of the thread: one Redis read per thread, not per stream.
        try:
            entries = await self._async.xrange(key, min=f"({cursor}", count=KEEP)
        except redis.ResponseError:  # an id Redis cannot read (out of range): from now on
            cursor = await self._head(key)
            entries = []
        missed = [_event(entry_id, fields) for entry_id, fields in entries]
        if missed:
            cursor = missed[-1].id
            await write(b"".join(e.wire for e in missed))
        fanout = self._fanout
        if fanout is None:
            fanout = self._fanout = Fanout(self._after, self._heartbeat, self._idle)
        if key not in self._feeds:
            self._feeds[key] = _Feed(self._async, key, cursor, partial(fanout.deliver, key))
        return fanout.add(key, write, cursor)

    def _after(self, key: Hashable, last: str) -> list[Event]:
        feed = self._feeds.get(key)
        return [] if feed is None else feed.after(last)

    def _idle(self, key: Hashable) -> None:
        feed = self._feeds.pop(key, None)
        if feed is not None:
            feed.stop()

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
    return value.isascii() and left.isdigit() and (right.isdigit() or right == "")


def _order(entry_id: str) -> tuple[int, int]:
    left, _, right = entry_id.partition("-")
    return int(left), int(right or 0)


def _event(entry_id: bytes | str, fields: dict[bytes, bytes]) -> Event:
    ident = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    return Event(ident, fields[b"name"].decode(), json.loads(fields[b"data"]))


class _Feed:
    """One task reading a thread's stream for every reader in this event loop."""

    def __init__(
        self, client: aioredis.Redis, key: str, cursor: str, news: Callable[[], None]
    ) -> None:
        self._recent: deque[Event] = deque(maxlen=KEEP)
        self._task = asyncio.create_task(self._read(client, key, cursor, news))

    def after(self, cursor: str) -> list[Event]:
        at = _order(cursor)
        newer = []
        for event in reversed(self._recent):
            if _order(event.id) <= at:
                break
            newer.append(event)
        newer.reverse()
        return newer

    async def _read(
        self, client: aioredis.Redis, key: str, cursor: str, news: Callable[[], None]
    ) -> None:
        while True:
            try:
                answer = await client.xread({key: cursor}, block=BLOCK_MS, count=100)
            except redis.RedisError:
                await asyncio.sleep(1)  # Redis away: the streams keep their heartbeats
                continue
            for _stream, entries in answer or ():
                for entry_id, fields in entries:
                    event = _event(entry_id, fields)
                    cursor = event.id
                    self._recent.append(event)
            if answer:
                news()

    def stop(self) -> None:
        self._task.cancel()


BLOCK_MS = 15_000  # an XREAD waits this long for news, then asks again
