"""Imported bodies as Salon's stored text, on two processes for a large import.

HTML to Markdown is the largest part of an import's work and each body is independent,
so a large file is converted in chunks by worker processes while this one waits: on an
idle machine both cores work, on a busy one the import gets two shares of the CPU.
Small imports (tests, most sites) convert in-process; the output is the same either way.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from salon.domain.imports import Markup
from salon.services.html_text import text_of

PARALLEL_FROM = 5000  # below this, starting the workers costs more than it saves
CHUNK = 2000
WORKERS = 2

Body = tuple[str, Markup]


def texts_of(bodies: Sequence[Body], parallel_from: int = PARALLEL_FROM) -> list[str]:
    """Each body as stored text (NUL characters dropped), in order."""
    # Workers are forked (spawn would re-run the caller's main script), and only from a
    # process with one thread: another thread could hold a lock the child would inherit.
    if (
        len(bodies) < parallel_from
        or (os.cpu_count() or 1) < 2
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return _convert(bodies)
    chunks = [bodies[i : i + CHUNK] for i in range(0, len(bodies), CHUNK)]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context) as pool:
        return [text for chunk in pool.map(_convert, chunks) for text in chunk]


def _convert(bodies: Sequence[Body]) -> list[str]:
    return [text_of(body, markup).replace("\x00", "") for body, markup in bodies]
