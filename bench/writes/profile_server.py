"""`salon serve` (one process) with cProfile in every thread; stats written at SIGTERM.

    python bench/writes/profile_server.py CONFIG PORT OUT.pstats

py-spy cannot attach to processes on this machine ("Failed to find python version"), so
the profile is taken from inside: each thread (the event loop and the threadpool's workers)
gets its own cProfile.Profile the first time it runs Python code, and the profiles are
merged into one pstats file when the server stops. run.py --profile drives it.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from salon.app import create_app, load_moderator, server
from salon.cli import settings_from

profiles: list[cProfile.Profile] = []
lock = threading.Lock()


def start_profiling(*_: Any) -> None:
    # Called once per new thread by threading.setprofile; the C profiler replaces this hook.
    # Thread CPU time: time spent waiting for the GIL, a lock or a socket is not counted.
    profile = cProfile.Profile(time.thread_time)
    with lock:
        profiles.append(profile)
    profile.enable()


def main() -> None:
    config, port, out = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    settings = settings_from(config)
    moderator = load_moderator(settings)
    app = create_app(settings, moderator=moderator)
    threading.setprofile(start_profiling)
    start_profiling()
    options = {"host": "127.0.0.1", "port": port, "log_level": "info", "access_log": False}
    try:
        uvicorn.Server(server(app, settings, proxy_headers=False, **options)).run()
    finally:
        with lock:
            for p in profiles:
                p.disable()
            stats = pstats.Stats(profiles[0])
            for p in profiles[1:]:
                try:
                    stats.add(p)
                except TypeError:  # a thread that never ran Python code
                    pass
        stats.dump_stats(out)


if __name__ == "__main__":
    main()
