"""The sentence-vector table's rows, read from its file as comments need them.

The table (sentence.py; 128k rows of 256 bytes, 32 MB) was memory-mapped. The kernel
maps the 16 pages around any page a process touches (fault-around), so a worker that had
screened the benchmark's few hundred comments held 7 MB of the file in its resident set,
and one that screened a data set 25 MB; each worker its own count. Read with pread, the
file stays in the page cache, shared by the processes and counted in none of them.

The vocabulary is ordered by score, so the first rows are the frequent pieces: CACHED of
them are read at start into a direct-mapped cache (row r lives in slot r % CACHED), and a
row read later takes its slot. 72 % of the pieces of the data sets' comments are among the
first 4,096 rows; the others cost one pread each, 5.9 a comment. A comment's rows take
18 µs instead of 3.4 from the map (one at a time, the data sets' texts), of the 1.1 ms
that `Moderator.assess` takes; the measurements are in bench/reads/memory.md.
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path

import numpy as np
import numpy.typing as npt

from salon.moderation.errors import ModelError

CACHED = 4096  # rows (1 MB), a power of two
_HEADERS = {
    (1, 0): np.lib.format.read_array_header_1_0,
    (2, 0): np.lib.format.read_array_header_2_0,
}


class RowTable:
    """A 2-D uint8 .npy file's rows by index, as `np.load(path)[indices]` gives them.

    Thread-safe; the file must not change while it is open."""

    def __init__(self, path: Path, cached: int = CACHED) -> None:
        if cached & (cached - 1) or cached < 1:
            raise ValueError("cached must be a power of two")
        try:
            with path.open("rb") as f:
                version = np.lib.format.read_magic(f)
                if version not in _HEADERS:
                    raise ValueError(f"npy format {version}")
                shape, fortran, dtype = _HEADERS[version](f)
                self._offset = f.tell()
                size = os.fstat(f.fileno()).st_size
        except (OSError, ValueError) as exc:
            raise ModelError(f"the table {path} cannot be read ({exc})") from exc
        if dtype != np.uint8 or fortran or len(shape) != 2:
            raise ModelError(f"the table {path} is not a 2-D array of bytes")
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        if size != self._offset + self.shape[0] * self.shape[1]:
            raise ModelError(f"the table {path} has {size} bytes, not the {self.shape} it says")
        self._path = path
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        self._mask = cached - 1
        self._lock = threading.Lock()
        first = min(cached, self.shape[0])
        self._rows = np.zeros((cached, self.shape[1]), dtype=np.uint8)
        self._bytes = memoryview(self._rows.reshape(-1).data)
        self._ids = np.full(cached, -1, dtype=np.int64)
        self._read(self._bytes[: first * self.shape[1]], 0)
        self._ids[:first] = np.arange(first)

    def take(self, indices: npt.NDArray[np.int64]) -> npt.NDArray[np.uint8]:
        """(len(indices), width) rows; every index must be in range."""
        slots = indices & self._mask
        with self._lock:
            out = self._rows[slots]
            missing = np.flatnonzero(self._ids[slots] != indices)
            if len(missing):
                # A comment misses a few rows: each is read once, placed by one gather, and
                # cached in its slot (of rows that share a slot, one).
                rows = np.unique(indices[missing])
                got = np.empty((len(rows), self.shape[1]), dtype=np.uint8)
                for k, row in enumerate(rows.tolist()):
                    self._read(got[k].data, row)
                out[missing] = got[np.searchsorted(rows, indices[missing])]
                kept, first = np.unique(rows & self._mask, return_index=True)
                self._rows[kept] = got[first]
                self._ids[kept] = rows[first]
        return out

    def _read(self, into: memoryview, row: int) -> None:
        """Fill `into` (whole rows) from the file, starting at `row`."""
        try:
            got = os.preadv(self._fd, [into], self._offset + row * self.shape[1])
        except OSError as exc:
            raise ModelError(f"the table {self._path} cannot be read ({exc})") from exc
        if got != into.nbytes:
            raise ModelError(f"the table {self._path} is shorter than it was at start")
