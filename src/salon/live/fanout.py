"""The open streams of one event loop, written to directly when their thread has news.

A stream is a small object (how to write to the reader, the id of the last event it got);
the streams of a thread are one set. An event reaches all of them in one pass of the
event loop: no task, queue, timer or wake-up per stream. The reader's own request task
only waits for the reader to leave.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Generator, Hashable, Sequence
from functools import partial
from typing import Any

from salon.live.event import Event

log = logging.getLogger(__name__)
Write = Callable[[bytes], Awaitable[None]]
KEEP_ALIVE = b": keep-alive\n\n"  # an SSE comment: readers ignore it, proxies see traffic


class Stream:
    """One reader of one thread; ``close`` when the reader has gone."""

    __slots__ = ("_fanout", "key", "last", "write", "writing")

    def __init__(self, fanout: Fanout, key: Hashable, write: Write, last: str) -> None:
        self._fanout = fanout
        self.key = key
        self.write = write
        self.last = last  # the id of the newest event written (or skipped) for this reader
        self.writing: asyncio.Future[None] | None = None  # a write still waiting for the socket

    def close(self) -> None:
        self._fanout.remove(self)


class Fanout:
    """``after(key, last)`` tells the events of a thread newer than the id ``last``;
    ``idle(key)`` is told when the last stream of a thread leaves."""

    def __init__(
        self,
        after: Callable[[Hashable, str], Sequence[Event]],
        heartbeat: float,
        idle: Callable[[Hashable], None] | None = None,
    ) -> None:
        self.loop = asyncio.get_running_loop()
        self._after = after
        self._idle = idle
        self._heartbeat = heartbeat
        self._streams: dict[Hashable, dict[Stream, None]] = {}  # insertion-ordered sets
        self._beat: asyncio.TimerHandle | None = None

    def add(self, key: Hashable, write: Write, last: str) -> Stream:
        """A new reader who has seen everything up to ``last``; anything newer goes out now."""
        stream = Stream(self, key, write, last)
        self._streams.setdefault(key, {})[stream] = None
        self._catch_up(stream, {})
        if self._beat is None:
            self._beat = self.loop.call_later(self._heartbeat, self._beat_all)
        return stream

    def remove(self, stream: Stream) -> None:
        streams = self._streams.get(stream.key)
        if streams is not None and streams.pop(stream, 0) is None and not streams:
            del self._streams[stream.key]
            if self._idle is not None:
                self._idle(stream.key)
        if stream.writing is not None:
            stream.writing.cancel()
        if not self._streams and self._beat is not None:
            self._beat.cancel()
            self._beat = None

    def deliver(self, key: Hashable) -> None:
        """Write a thread's new events to each of its readers (call it in the loop)."""
        streams = self._streams.get(key)
        if not streams:
            return
        # Readers at the same place get the same bytes: one lookup and one join for them all.
        batches: dict[str, tuple[str, bytes]] = {}
        for stream in list(streams):
            if stream.writing is None:
                self._catch_up(stream, batches)

    def _catch_up(self, stream: Stream, batches: dict[str, tuple[str, bytes]]) -> None:
        batch = batches.get(stream.last)
        if batch is None:
            events = self._after(stream.key, stream.last)
            batch = (
                (events[-1].id, b"".join(e.wire for e in events)) if events else (stream.last, b"")
            )
            batches[stream.last] = batch
        stream.last, body = batch
        if body:
            self._write(stream, body)

    def _write(self, stream: Stream, body: bytes) -> None:
        # The write runs here, at once: on a socket with room it finishes without waiting,
        # which is nearly always. Only when the reader's socket is full does the rest go on
        # in a task; the stream takes nothing more until it is done, then catches up.
        steps = stream.write(body).__await__()
        try:
            signal = steps.send(None)
        except StopIteration:
            return
        except Exception:  # noqa: BLE001 - one broken connection must not stop the others
            log.warning("a live stream could not be written to; dropped", exc_info=True)
            self.remove(stream)
            return
        stream.writing = asyncio.ensure_future(_rest(steps, signal))
        stream.writing.add_done_callback(partial(self._written, stream))

    def _written(self, stream: Stream, task: asyncio.Future[None]) -> None:
        stream.writing = None
        if task.cancelled():
            return
        if task.exception() is not None:
            self.remove(stream)
        elif stream in self._streams.get(stream.key, ()):
            self._catch_up(stream, {})

    def _beat_all(self) -> None:
        # Every stream, every period, whatever else it got: one timer for all of them.
        self._beat = self.loop.call_later(self._heartbeat, self._beat_all)
        for streams in list(self._streams.values()):
            for stream in list(streams):
                if stream.writing is None:
                    self._write(stream, KEEP_ALIVE)


async def _rest(steps: Generator[Any, None, None], signal: Any) -> None:
    """Go on with a write that was started by hand and had to wait (what a task does with
    a coroutine: hand each thing it waits on to the loop, pass cancellation in)."""
    while True:
        try:
            value = await _Yield(signal)
        except BaseException as e:  # noqa: BLE001 - cancellation included: the write stops
            try:
                signal = steps.throw(e)
            except StopIteration:
                return
        else:
            try:
                signal = steps.send(value)
            except StopIteration:
                return


class _Yield:
    """Awaiting it yields ``signal`` (a future, or None) to the task, as the write did."""

    __slots__ = ("signal",)

    def __init__(self, signal: Any) -> None:
        self.signal = signal

    def __await__(self) -> Generator[Any, Any, Any]:
        return (yield self.signal)
