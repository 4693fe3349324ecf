"""What a process's memory is made of, for every Python process started with this folder
on PYTHONPATH.

Used by bench/reads/rss.sh only (never installed): with ``SALON_MEMDUMP_DIR`` set, each
process writes ``<dir>/<pid>.<n>.txt`` on SIGUSR1: /proc/self/smaps_rollup (resident,
anonymous, file-backed), glibc's heap (mallinfo2: in use, free, mmapped blocks), Python's
small-object allocator (sys._debugmallocstats: arenas and the bytes in use), the objects
the collector tracks (by type; those frozen at start-up by gc.freeze are not listed) and
the number of modules.
"""

from __future__ import annotations

import collections
import ctypes
import gc
import os
import signal
import sys
import tempfile
from pathlib import Path

OUT = os.environ.get("SALON_MEMDUMP_DIR")
_FIELDS = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in _FIELDS.split()]


def _glibc_heap() -> str:
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return "glibc heap: not glibc 2.33 or later"
    mallinfo2.restype = _MallInfo2
    m = mallinfo2()
    mb = 1024 * 1024
    return (
        f"glibc heap: in use {m.uordblks / mb:.1f} MB, free in the heap {m.fordblks / mb:.1f} MB,"
        f" mmapped blocks {m.hblkhd / mb:.1f} MB (arena {m.arena / mb:.1f} MB)"
    )


def _python_allocator() -> str:
    # sys._debugmallocstats writes to the C stderr: borrow the descriptor for a moment.
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        lines = tmp.read().decode(errors="replace").splitlines()
    keep = ("# arenas allocated current", "# bytes in allocated blocks", "# bytes in available")
    return "pymalloc: " + "; ".join(" ".join(x.split()) for x in lines if x.startswith(keep))


def _dump(out: Path, n: list[int]) -> None:
    n[0] += 1
    tracked = collections.Counter(type(o).__name__ for o in gc.get_objects())
    text = "\n".join(
        [
            Path("/proc/self/smaps_rollup").read_text(),
            _glibc_heap(),
            _python_allocator(),
            f"gc-tracked objects (not frozen): {sum(tracked.values()):,}; "
            + ", ".join(f"{k} {v}" for k, v in tracked.most_common(12)),
            f"modules: {len(sys.modules)}",
            "",
        ]
    )
    (out / f"{os.getpid()}.{n[0]}.txt").write_text(text)


if OUT:
    _count = [0]
    signal.signal(signal.SIGUSR1, lambda _s, _f: _dump(Path(OUT), _count))
