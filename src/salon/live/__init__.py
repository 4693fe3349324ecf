"""Publish/subscribe of thread events: in memory for one process, Redis streams for many."""

from salon.live.broker import Broker, Event, MemoryBroker

__all__ = ["Broker", "Event", "MemoryBroker"]
