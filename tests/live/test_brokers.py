"""Both brokers: events reach every stream, and a reconnect with Last-Event-ID misses nothing."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from salon.live import KEEP_ALIVE, Broker, MemoryBroker
from salon.live.redis_broker import RedisBroker
from tests.conftest import REDIS_URL, _unavailable


def memory(heartbeat: float = 15.0) -> MemoryBroker:
    return MemoryBroker(heartbeat=heartbeat)


def redis_broker(heartbeat: float = 15.0) -> RedisBroker:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as e:
        _unavailable(f"Redis at {REDIS_URL}", e)
    prefix = f"salon-test-{uuid.uuid4().hex[:8]}"
    return RedisBroker(REDIS_URL, prefix=prefix, heartbeat=heartbeat)


BROKERS = [memory, pytest.param(redis_broker, marks=pytest.mark.redis)]


def run(coro):  # type: ignore[no-untyped-def]
    """asyncio.run in a thread of its own: the browser tests keep a loop in the main thread."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


class Reader:
    """What one stream was written, as (id, name, data) events and heartbeats."""

    def __init__(self, stall: asyncio.Event | None = None) -> None:
        self.wire = b""
        self.stall = stall  # writes wait for it, like a reader whose socket is full

    async def write(self, body: bytes) -> None:
        if self.stall is not None:
            await self.stall.wait()
        self.wire += body

    def events(self) -> list[tuple[str, str, str]]:
        found = []
        for message in self.wire.split(b"\n\n"):
            fields = dict(line.split(b": ", 1) for line in message.split(b"\n") if b": " in line)
            if b"event" in fields:
                found.append(
                    (fields[b"id"].decode(), fields[b"event"].decode(), fields[b"data"].decode())
                )
        return found

    async def until(self, n: int) -> list[tuple[str, str, str]]:
        async with asyncio.timeout(5):
            while len(self.events()) < n:
                await asyncio.sleep(0.01)
        return self.events()


async def settle(broker: Broker) -> None:
    await asyncio.sleep(0.3)  # a Redis feed's first XREAD is under way


@pytest.mark.parametrize("make", BROKERS)
def test_every_stream_gets_the_events_of_its_thread_only(make: Callable) -> None:  # type: ignore[type-arg]
    async def main() -> list[list[tuple[str, str, str]]]:
        broker = make()
        readers = [Reader() for _ in range(3)]
        streams = [await broker.attach("s", "/a", None, r.write) for r in readers]
        await settle(broker)
        await asyncio.to_thread(broker.publish, "s", "/a", "comment", {"id": 1})
        await asyncio.to_thread(broker.publish, "s", "/other", "comment", {"id": 9})
        await asyncio.to_thread(broker.publish, "s", "/a", "vote", {"id": 1, "up": 1})
        got = [await r.until(2) for r in readers]
        await asyncio.sleep(0.1)
        for s in streams:
            s.close()
        await broker.close()
        return got

    got = run(main())
    for events in got:
        assert [(name, data) for _, name, data in events] == [
            ("comment", '{"id":1}'),
            ("vote", '{"id":1,"up":1}'),
        ]
    assert got[0] == got[1] == got[2]


@pytest.mark.parametrize("make", BROKERS)
def test_resume_after_last_event_id(make: Callable) -> None:  # type: ignore[type-arg]
    async def main() -> list[tuple[str, str, str]]:
        broker = make()
        first = Reader()
        stream = await broker.attach("s", "/a", None, first.write)
        await settle(broker)
        broker.publish("s", "/a", "comment", {"id": 1})
        [(seen, _, _)] = await first.until(1)
        stream.close()
        # The reader is offline while two more events happen.
        broker.publish("s", "/a", "comment", {"id": 2})
        broker.publish("s", "/a", "edit", {"id": 1})
        again = Reader()
        stream = await broker.attach("s", "/a", seen, again.write)
        got = await again.until(2)
        stream.close()
        await broker.close()
        return got

    got = run(main())
    assert [(name, data) for _, name, data in got] == [
        ("comment", '{"id":2}'),
        ("edit", '{"id":1}'),
    ]


def test_an_id_from_before_a_restart_gets_what_this_process_has() -> None:
    async def main() -> list[tuple[str, str, str]]:
        broker = memory()
        broker.publish("s", "/a", "comment", {"id": 7})
        reader = Reader()
        stream = await broker.attach("s", "/a", "500", reader.write)  # ids count from 1 again
        broker.publish("s", "/a", "comment", {"id": 8})
        got = await reader.until(2)
        stream.close()
        return got

    assert [data for _, _, data in run(main())] == ['{"id":7}', '{"id":8}']


@pytest.mark.parametrize("last_id", ["junk", "²", "-1", ""])
def test_an_id_that_is_not_ours_means_from_now_on(last_id: str) -> None:
    async def main() -> list[tuple[str, str, str]]:
        broker = memory()
        broker.publish("s", "/a", "comment", {"id": 1})
        reader = Reader()
        stream = await broker.attach("s", "/a", last_id, reader.write)
        broker.publish("s", "/a", "comment", {"id": 2})
        got = await reader.until(1)
        stream.close()
        return got

    assert [data for _, _, data in run(main())] == ['{"id":2}']


@pytest.mark.parametrize("make", BROKERS)
def test_heartbeat_on_every_open_stream(make: Callable) -> None:  # type: ignore[type-arg]
    async def main() -> tuple[bytes, bytes, bytes]:
        broker = make(heartbeat=0.05)
        a, b, gone = Reader(), Reader(), Reader()
        streams = [await broker.attach("s", u, None, r.write) for u, r in [("/a", a), ("/b", b)]]
        (await broker.attach("s", "/a", None, gone.write)).close()
        await asyncio.sleep(0.3)
        for s in streams:
            s.close()
        await broker.close()
        return a.wire, b.wire, gone.wire

    a, b, gone = run(main())
    assert a.startswith(KEEP_ALIVE) and b.startswith(KEEP_ALIVE)
    assert set(a.split(KEEP_ALIVE)) == {b""}
    assert gone == b""


def test_a_stalled_stream_neither_holds_up_the_others_nor_loses_events() -> None:
    async def main() -> tuple[list[str], list[str]]:
        broker = memory()
        stall = asyncio.Event()
        slow, quick = Reader(stall), Reader()
        streams = [await broker.attach("s", "/a", None, r.write) for r in (slow, quick)]
        for i in range(5):
            broker.publish("s", "/a", "comment", {"id": i})
            await asyncio.sleep(0.02)  # delivered one by one: the slow one is stuck on the first
        got_quick = await quick.until(5)
        assert slow.events() == []
        stall.set()
        got_slow = await slow.until(5)
        for s in streams:
            s.close()
        return [i for i, _, _ in got_quick], [i for i, _, _ in got_slow]

    quick, slow = run(main())
    assert quick == slow == ["1", "2", "3", "4", "5"]


def test_a_stream_closed_while_its_write_waits_is_cancelled() -> None:
    async def main() -> bool:
        broker = memory()
        stall = asyncio.Event()
        reader = Reader(stall)
        stream = await broker.attach("s", "/a", None, reader.write)
        broker.publish("s", "/a", "comment", {"id": 1})
        await asyncio.sleep(0.05)
        waiting = stream.writing
        stream.close()
        await asyncio.sleep(0)
        return waiting is not None and waiting.cancelled() and reader.wire == b""

    assert run(main())
