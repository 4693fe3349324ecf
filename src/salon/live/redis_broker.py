"""Thread events shared by every app process through Redis streams (ids resume natively)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import redis
import redis.asyncio as aioredis

from salon.live.broker import KEEP, Event


class RedisBroker:
    def __init__(self, url: str, prefix: str = "salon:live") -> None:
        self._sync = redis.Redis.from_url(url)
        self._async = aioredis.Redis.from_url(url)
        self._prefix = prefix

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
        while True:
            answer = await self._async.xread({key: cursor}, block=int(heartbeat * 1000), count=100)
            if not answer:
                yield None
                continue
            for _stream, entries in answer:
                for entry_id, fields in entries:
                    cursor = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                    yield Event(
                        cursor,
                        fields[b"name"].decode(),
                        json.loads(fields[b"data"]),
                    )

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
        await self._async.aclose()
        self._sync.close()


def _is_stream_id(value: str) -> bool:
    left, _, right = value.partition("-")
    return left.isdigit() and (right.isdigit() or right == "")
