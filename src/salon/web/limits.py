"""Per-process limits on work that holds the GIL (screening posts, rendering pages): the
requests past the limit wait on the event loop, at no cost, instead of in threads."""

from __future__ import annotations

from anyio import CapacityLimiter
from fastapi import Request


def limiter(request: Request, name: str, size: int) -> CapacityLimiter:
    """The app's limiter called `name`, made with `size` places on the event loop at its
    first use (an anyio limiter belongs to the loop it was made on)."""
    found: CapacityLimiter | None = getattr(request.app.state, name, None)
    if found is None:
        found = CapacityLimiter(size)
        setattr(request.app.state, name, found)
    return found
