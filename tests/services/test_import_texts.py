"""A large import's bodies converted by worker processes: the same texts, in order."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from salon.domain.imports import Markup
from salon.services import import_texts

BODIES = [
    (f"<p>Comment {n} with <strong>bold</strong> &amp; a\x00 NUL</p>", Markup.HTML)
    for n in range(2 * import_texts.CHUNK + 7)
] + [("line one\n\nline *two*", Markup.WORDPRESS), ("# kept", Markup.MARKDOWN)]


def test_workers_give_the_same_texts_in_order() -> None:
    # In a fresh one-thread process, as `salon import` runs (the test runner has threads,
    # and forking from it is what the module refuses to do).
    script = """
import sys
from salon.services import import_texts
from tests.services.test_import_texts import BODIES
used = []
real = import_texts.ProcessPoolExecutor
def pool(**kwargs):
    used.append(kwargs["mp_context"].get_start_method())
    return real(**kwargs)
import_texts.ProcessPoolExecutor = pool
assert import_texts.texts_of(BODIES, parallel_from=1) == import_texts._convert(BODIES)
assert used == ["fork"], used
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert import_texts._convert(BODIES)[0] == "Comment 0 with **bold** & a NUL"


def test_a_process_with_threads_converts_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "active_count", lambda: 3)
    monkeypatch.setattr(import_texts, "ProcessPoolExecutor", None)  # would fail if used
    assert import_texts.texts_of(BODIES, parallel_from=1) == import_texts._convert(BODIES)
