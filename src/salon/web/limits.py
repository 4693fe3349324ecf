"""Per-process limits on work that holds the GIL or a thread (screening posts, rendering
pages, building a thread answer): the requests past the limit wait on the event loop, at
no cost, instead of in threads."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from anyio import CapacityLimiter
from fastapi import Request

T = TypeVar("T")


def on_app(request: Request, name: str, make: Callable[[], T]) -> T:
    """The app's object called `name`, made by `make` on the event loop at its first use
    (anyio limiters and asyncio locks belong to the loop they were made on)."""
    found = getattr(request.app.state, name, None)
    if found is None:
        found = make()
        setattr(request.app.state, name, found)
    return cast(T, found)


def limiter(request: Request, name: str, size: int) -> CapacityLimiter:
    """The app's limiter called `name`, with `size` places."""
    return on_app(request, name, lambda: CapacityLimiter(size))


def one_at_a_time(request: Request, name: str, key: Hashable) -> asyncio.Lock:
    """A lock per `key` of the app's set called `name`, kept while a request holds or
    waits for it and dropped with the last one."""
    locks: weakref.WeakValueDictionary[Hashable, asyncio.Lock] = on_app(
        request, name, weakref.WeakValueDictionary
    )
    lock = locks.get(key)
    if lock is None:
        lock = locks[key] = asyncio.Lock()
    return lock
