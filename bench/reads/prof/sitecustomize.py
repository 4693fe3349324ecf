"""Profiling hooks for every Python process started with this folder on PYTHONPATH.

Used by bench/reads/profile.sh only (never installed): with ``SALON_PROFILE_DIR`` set,
each process (the uvicorn supervisor and every worker of ``salon serve --workers N``)
starts pyinstrument on SIGUSR1 and, on SIGUSR2, stops it and writes
``<dir>/<pid>.txt``: the garbage collector's pauses over that window (for the tail
latency), the hottest functions by own time, and the call tree. pyinstrument samples the
main thread, which runs the event loop: a cache hit runs there from start to end.
"""

from __future__ import annotations

import gc
import os
import signal
import time
from collections import defaultdict
from pathlib import Path

OUT = os.environ.get("SALON_PROFILE_DIR")
SAMPLE = os.environ.get("SALON_PROFILE_GC_ONLY") != "1"


def _install(out: Path) -> None:
    from pyinstrument import Profiler

    state: dict[str, object] = {}
    pauses: dict[int, list[float]] = defaultdict(list)
    started: list[float] = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        elif "profiler" in state:
            pauses[info["generation"]].append((time.perf_counter() - started[0]) * 1000)

    def begin(_sig: int, _frame: object) -> None:
        pauses.clear()
        # The profiler's samples are objects the collector has to walk: with
        # SALON_PROFILE_GC_ONLY=1 only the collector's pauses are recorded, as in production.
        profiler = Profiler(interval=0.0005, async_mode="disabled") if SAMPLE else None
        state["profiler"] = profiler
        state["t0"] = time.perf_counter()
        if profiler is not None:
            profiler.start()

    def own_times(frame: object, acc: dict[str, float]) -> None:
        for child in frame.children:  # type: ignore[attr-defined]
            own_times(child, acc)
        name = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"  # type: ignore[attr-defined]
        acc[name] += frame.total_self_time  # type: ignore[attr-defined]

    def end(_sig: int, _frame: object) -> None:
        if "profiler" not in state:
            return
        profiler = state.pop("profiler")
        wall = time.perf_counter() - state["t0"]  # type: ignore[operator]
        lines = [f"pid {os.getpid()}: {wall:.1f} s profiled, sampling {'on' if SAMPLE else 'off'}"]
        for gen in sorted(pauses):
            ms = sorted(pauses[gen])
            lines.append(
                f"gc gen{gen}: {len(ms)} collections, total {sum(ms):.1f} ms, "
                f"p50 {ms[len(ms) // 2]:.3f} ms, max {ms[-1]:.3f} ms"
            )
        if profiler is None:
            (out / f"{os.getpid()}.txt").write_text("\n".join(lines))
            return
        session = profiler.stop()  # type: ignore[attr-defined]
        root = session.root_frame()
        if root is not None:
            acc: dict[str, float] = defaultdict(float)
            own_times(root, acc)
            total = sum(acc.values()) or 1.0
            lines.append("\n== own time (top 40)")
            for name, t in sorted(acc.items(), key=lambda kv: -kv[1])[:40]:
                lines.append(f"{100 * t / total:5.1f}%  {t:7.3f} s  {name}")
        lines.append("\n== call tree")
        lines.append(profiler.output_text(unicode=False, color=False, show_all=False))  # type: ignore[attr-defined]
        (out / f"{os.getpid()}.txt").write_text("\n".join(lines))

    gc.callbacks.append(on_gc)  # counts only between the signals (``state``)
    signal.signal(signal.SIGUSR1, begin)
    signal.signal(signal.SIGUSR2, end)


if OUT:
    _install(Path(OUT))
