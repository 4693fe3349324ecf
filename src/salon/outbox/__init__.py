"""The durable outbox: a worker over job rows, a handler registry, mail and webhook transports.

No SQL and no use-cases here: the worker works a ``JobQueue`` (the store provides one),
handlers are plain functions of (context, JSON payload) registered by kind.
"""

from salon.outbox.backoff import Backoff
from salon.outbox.registry import Handler, Registry
from salon.outbox.worker import JobQueue, Worker

__all__ = ["Backoff", "Handler", "JobQueue", "Registry", "Worker"]
