"""Both brokers: events reach listeners, and a reconnect with Last-Event-ID misses nothing."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from salon.live import Event, MemoryBroker
from salon.live.redis_broker import RedisBroker
from tests.conftest import REDIS_URL, _unavailable


def memory() -> MemoryBroker:
    return MemoryBroker()


def redis_broker() -> RedisBroker:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as e:
        _unavailable(f"Redis at {REDIS_URL}", e)
    return RedisBroker(REDIS_URL, prefix=f"salon-test-{uuid.uuid4().hex[:8]}")


BROKERS = [memory, pytest.param(redis_broker, marks=pytest.mark.redis)]


def run(coro):  # type: ignore[no-untyped-def]
    """asyncio.run in a thread of its own: the browser tests keep a loop in the main thread."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def take(stream, n: int) -> list[Event]:  # type: ignore[no-untyped-def]
    got: list[Event] = []
    async for event in stream:
        if event is not None:
            got.append(event)
            if len(got) == n:
                break
    return got


@pytest.mark.parametrize("make", BROKERS)
def test_listener_gets_events_published_from_another_thread(make: Callable) -> None:  # type: ignore[type-arg]
    async def main() -> list[Event]:
        broker = make()
        stream = broker.listen("s", "/a", None, 0.2)
        task = asyncio.create_task(take(stream, 2))
        await asyncio.sleep(0.3)
        await asyncio.to_thread(broker.publish, "s", "/a", "comment", {"id": 1})
        await asyncio.to_thread(broker.publish, "s", "/other", "comment", {"id": 9})
        await asyncio.to_thread(broker.publish, "s", "/a", "vote", {"id": 1, "up": 1})
        got = await asyncio.wait_for(task, 5)
        await broker.close()
        return got

    got = run(main())
    assert [(e.name, e.data) for e in got] == [("comment", {"id": 1}), ("vote", {"id": 1, "up": 1})]
    assert got[0].encode().startswith(b"id: ")


@pytest.mark.parametrize("make", BROKERS)
def test_resume_after_last_event_id(make: Callable) -> None:  # type: ignore[type-arg]
    async def main() -> list[Event]:
        broker = make()
        first = broker.listen("s", "/a", None, 0.2)
        task = asyncio.create_task(take(first, 1))
        await asyncio.sleep(0.3)
        broker.publish("s", "/a", "comment", {"id": 1})
        [seen] = await asyncio.wait_for(task, 5)
        # The reader is offline while two more events happen.
        broker.publish("s", "/a", "comment", {"id": 2})
        broker.publish("s", "/a", "edit", {"id": 1})
        got = await asyncio.wait_for(take(broker.listen("s", "/a", seen.id, 0.2), 2), 5)
        await broker.close()
        return got

    got = run(main())
    assert [(e.name, e.data["id"]) for e in got] == [("comment", 2), ("edit", 1)]


def test_heartbeat_when_idle() -> None:
    async def main() -> Event | None:
        stream = MemoryBroker().listen("s", "/a", None, 0.05)
        return await asyncio.wait_for(stream.__anext__(), 2)

    assert run(main()) is None
