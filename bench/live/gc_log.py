"""Run `salon` with every garbage collection of 5 ms or more logged to stderr.

    python gc_log.py serve --config salon.toml ...   (the arguments of `salon`)

A line ``gc-pause gen=G at=T ms=D``: T is ``time.monotonic()`` at the collection's start
(the clock the bench's readers use), so run.py can tell which pauses fell in a fan-out.
"""

from __future__ import annotations

import gc
import runpy
import sys
import time

_started = [0.0]


def _log(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _started[0] = time.monotonic()
        return
    ms = (time.monotonic() - _started[0]) * 1000
    if ms >= 5:
        print(
            f"gc-pause gen={info['generation']} at={_started[0]:.6f} ms={ms:.1f}", file=sys.stderr
        )


gc.callbacks.append(_log)
sys.argv = ["salon", *sys.argv[1:]]
runpy.run_module("salon.cli", run_name="__main__")
