"""Handlers by job kind. The app assembles one Registry and hands it to create_app."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

Handler = Callable[[Any, dict[str, Any]], None]


class Registry(Mapping[str, Handler]):
    """``registry.add("mail", send_mail)``; a kind has one handler, added once."""

    def __init__(self, handlers: Mapping[str, Handler] | None = None) -> None:
        self._handlers: dict[str, Handler] = {}
        for kind, handler in (handlers or {}).items():
            self.add(kind, handler)

    def add(self, kind: str, handler: Handler) -> None:
        if kind in self._handlers:
            raise ValueError(f"job kind {kind!r} already has a handler")
        self._handlers[kind] = handler

    def __getitem__(self, kind: str) -> Handler:
        return self._handlers[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._handlers)

    def __len__(self) -> int:
        return len(self._handlers)
