"""Publish/subscribe of thread events: in memory for one process, Redis streams for many."""

from salon.live.broker import Broker, MemoryBroker
from salon.live.event import Event
from salon.live.fanout import KEEP_ALIVE, Stream, Write

__all__ = ["KEEP_ALIVE", "Broker", "Event", "MemoryBroker", "Stream", "Write"]
