"""SimHash fingerprints of folded text, for "same text in N other threads".

Computed on the folded form, so the same scam in bold math letters, Cyrillic look-alikes
or plain ASCII has the same fingerprint; small edits move only a few bits.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"[^\W_]+")
_BITS = np.arange(64, dtype=np.uint64)


def simhash(folded: str) -> int:
    """64-bit SimHash over words and word pairs, as a signed int (fits SQL BIGINT)."""
    words = _WORD.findall(folded)[:2000]
    shingles = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)] or [""]
    encoded = [s.encode() for s in shingles]
    hashes = np.array(
        [(zlib.crc32(b, 0x9E3779B9) << 32) | zlib.crc32(b) for b in encoded], dtype=np.uint64
    )
    bits = (hashes[:, None] >> _BITS) & np.uint64(1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(shingles)
    value = int(np.sum((votes > 0).astype(np.uint64) << _BITS))
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    """Number of differing bits between two fingerprints."""
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near(a: int, b: int, max_bits: int = 8) -> bool:
    """Near-duplicates: at most `max_bits` of 64 differ (unrelated texts differ in ~32)."""
    return distance(a, b) <= max_bits


def near_many(a: int, others: npt.NDArray[np.int64], max_bits: int = 8) -> npt.NDArray[np.bool_]:
    """``near(a, b)`` for every ``b`` of ``others`` (signed 64-bit fingerprints) at once."""
    differing = (others ^ np.int64(a)).view(np.uint64)
    if hasattr(np, "bitwise_count"):  # numpy 2
        counts = np.bitwise_count(differing)
    else:
        counts = np.unpackbits(differing.view(np.uint8)).reshape(-1, 64).sum(axis=1)
    result: npt.NDArray[np.bool_] = counts <= max_bits
    return result
