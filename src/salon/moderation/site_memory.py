"""A site's own spam and legitimate comments, remembered for the nearness term.

The shipped neighbours (neighbours.py) know the kinds of spam in Salon's training data. A
site meets its own: a campaign that comes back every night in new words, a language the
training data has little of. Each comment its moderators label (spam they remove, a held
comment they approve) is remembered as its sentence vector projected like the shipped
ones, and the nearness term then takes the nearest of both: a new wording of what this
site's moderators removed is pulled up, one of what they approved pulled down.

Bounded: at most MAX_ROWS comments of each kind (the newest kept), and a comment within
SAME cosine of one already remembered in its kind adds nothing (a campaign's hundred
copies take one row). Stored with the site's learned model (store.moderation).
"""

from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from salon.moderation.errors import ModelError

FORMAT = 1
MAX_ROWS = 2000
SAME = 0.995


@dataclass(frozen=True)
class SiteMemory:
    """Projected unit vectors of a site's labelled spam and legitimate comments."""

    spam: npt.NDArray[np.float32]  # (n, dims)
    ham: npt.NDArray[np.float32]  # (m, dims)
    neighbours: str  # the version of the shipped Neighbours they were projected with

    @classmethod
    def empty(cls, dims: int, neighbours: str) -> SiteMemory:
        none = np.zeros((0, dims), dtype=np.float32)
        return cls(none, none, neighbours)

    @cached_property
    def version(self) -> str:
        digest = zlib.crc32(self.ham.tobytes(), zlib.crc32(self.spam.tobytes()))
        return f"memory+{digest:08x}"

    def __len__(self) -> int:
        return len(self.spam) + len(self.ham)

    def add(self, projected: npt.NDArray[np.float32], is_spam: npt.NDArray[np.bool_]) -> SiteMemory:
        """Remember more comments (projected unit rows, in label order): near-copies of a
        row of the same kind are skipped, and only the newest MAX_ROWS of each kind kept."""
        rows = projected.astype(np.float32)
        spam = _remember(self.spam, rows[is_spam])
        ham = _remember(self.ham, rows[~is_spam])
        return SiteMemory(spam[-MAX_ROWS:], ham[-MAX_ROWS:], self.neighbours)

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        meta = json.dumps({"format": FORMAT, "neighbours": self.neighbours}).encode()
        np.savez_compressed(
            buf, spam=self.spam, ham=self.ham, meta=np.frombuffer(meta, dtype=np.uint8)
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str = "site memory") -> SiteMemory:
        """Inverse of to_bytes; a ModelError when the data is not a memory we can read."""
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                spam, ham = np.asarray(npz["spam"]), np.asarray(npz["ham"])
                meta = json.loads(bytes(np.asarray(npz["meta"], dtype=np.uint8)).decode())
        except Exception as exc:  # zip, npz, JSON and key errors all mean "corrupt"
            raise ModelError(f"{source} is corrupt ({exc})") from exc
        if (
            not isinstance(meta, dict)
            or meta.get("format") != FORMAT
            or not isinstance(meta.get("neighbours"), str)
            or any(a.dtype != np.float32 or a.ndim != 2 for a in (spam, ham))
            or spam.shape[1] != ham.shape[1]
            or not all(np.all(np.isfinite(a)) for a in (spam, ham))
        ):
            raise ModelError(f"{source} has arrays of the wrong shape or type")
        return cls(spam, ham, meta["neighbours"])


def _remember(
    known: npt.NDArray[np.float32], new: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """`known` followed by the rows of `new` that are not near-copies of an earlier row."""
    out = np.empty((len(known) + len(new), known.shape[1]), dtype=np.float32)
    out[: len(known)] = known
    n = len(known)
    for row in new:
        if n and float(np.max(out[:n] @ row)) >= SAME:
            continue
        out[n] = row
        n += 1
    return out[:n].copy()
