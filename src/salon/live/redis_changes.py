"""Read-cache invalidation shared by every app process through Redis pub/sub.

Each process publishes the threads its committed writes changed; every other process
hears it and drops its cached answers for them. A message lost while Redis is away only
delays the change by the cache's time-to-live, after which entries are revalidated
against the database anyway.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections.abc import Callable

import redis

log = logging.getLogger(__name__)
Listener = Callable[[set[int], bool], None]


class RedisChanges:
    def __init__(self, url: str, channel: str = "salon:changes") -> None:
        self._redis = redis.Redis.from_url(url, socket_timeout=5, health_check_interval=30)
        self._channel = channel
        self._me = secrets.token_hex(8)  # our own messages are already applied
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def publish(self, threads: set[int], created: bool) -> None:
        message = json.dumps({"from": self._me, "threads": sorted(threads), "created": created})
        try:
            self._redis.publish(self._channel, message)
        except redis.RedisError:
            log.warning("could not tell other processes of changed threads %s", sorted(threads))

    def start(self, listener: Listener) -> None:
        """Hear other processes' changes on a daemon thread until ``close``."""
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._listen, args=(listener, ready), name="salon-changes", daemon=True
        )
        self._thread.start()
        ready.wait(5)

    def _listen(self, listener: Listener, ready: threading.Event) -> None:
        while not self._stop.is_set():
            try:
                pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(self._channel)
                ready.set()
                while not self._stop.is_set():
                    message = pubsub.get_message(timeout=1.0)
                    if message is not None:
                        self._apply(message["data"], listener)
                pubsub.close()
            except redis.RedisError:
                log.warning("lost the changes channel; listening again in 1 s")
                ready.set()
                self._stop.wait(1.0)

    def _apply(self, raw: bytes, listener: Listener) -> None:
        try:
            data = json.loads(raw)
            if data["from"] != self._me:
                listener({int(t) for t in data["threads"]}, bool(data["created"]))
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed message on the changes channel")

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(3)
        self._redis.close()
