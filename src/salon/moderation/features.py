"""Hashed word and character n-grams of folded text, plus the text signals, as sparse rows.

Hashing (zlib.crc32, never the salted built-in hash()) keeps the model a plain array
of fixed size: no vocabulary to ship, and unseen words still land somewhere.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from salon.moderation.signals import TEXT_SIGNALS, Signal

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[$€£¥₹]")
_NUMBER = re.compile(r"\d+")
MAX_TOKENS = 3000
_SIGNAL_INDEX = {name: i for i, name in enumerate(TEXT_SIGNALS)}


@dataclass(frozen=True, slots=True)
class Rows:
    """A batch of sparse rows in CSR form: row i is indices[indptr[i]:indptr[i+1]]."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    values: npt.NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.indptr) - 1


class Featuriser:
    """Turns (folded text, text signals) into sparse rows of width 2**bits + signals."""

    def __init__(self, bits: int = 18, char_ngrams: tuple[int, int] = (3, 5)) -> None:
        self.bits = bits
        self.n_hashed = 1 << bits
        self.width = self.n_hashed + len(TEXT_SIGNALS)
        self.char_ngrams = char_ngrams
        self._mask = self.n_hashed - 1
        # Vocabulary repeats across comments, so a token's features are computed once.
        self._token_cache: dict[str, list[int]] = {}
        self._pair_cache: dict[tuple[str, str], int] = {}

    def _token_features(self, token: str) -> list[int]:
        hit = self._token_cache.get(token)
        if hit is not None:
            return hit
        mask = self._mask
        feats = [zlib.crc32(b"w:" + token.encode()) & mask]
        if token.isdigit():
            # Numbers generalise by shape: "27485" and "31990" are both five digits.
            feats = [zlib.crc32(f"n:{len(token)}".encode()) & mask]
        elif len(token) > 2:
            lo, hi = self.char_ngrams
            padded = f"<{token}>".encode()
            for n in range(lo, hi + 1):
                for i in range(len(padded) - n + 1):
                    feats.append(zlib.crc32(padded[i : i + n]) & mask)
        if len(self._token_cache) < 200_000:
            self._token_cache[token] = feats
        return feats

    def indices(self, folded: str) -> list[int]:
        """Hashed feature indices of one folded text (with repeats: counts matter)."""
        tokens = _TOKEN.findall(folded)[:MAX_TOKENS]
        out: list[int] = []
        cache = self._token_cache
        pairs = self._pair_cache
        prev = "^"
        for tok in tokens:
            feats = cache.get(tok)
            out.extend(feats if feats is not None else self._token_features(tok))
            shape = _NUMBER.sub("0", tok) if tok[0].isdigit() else tok
            pair = pairs.get((prev, shape))
            if pair is None:
                pair = zlib.crc32(f"b:{prev} {shape}".encode()) & self._mask
                if len(pairs) < 500_000:
                    pairs[(prev, shape)] = pair
            out.append(pair)
            prev = shape
        return out

    def signal_columns(self, signals: Sequence[Signal]) -> tuple[list[int], list[float]]:
        cols: list[int] = []
        vals: list[float] = []
        for s in signals:
            i = _SIGNAL_INDEX.get(s.name)
            if i is not None:
                cols.append(self.n_hashed + i)
                vals.append(s.value)
        return cols, vals

    def rows(self, items: Sequence[tuple[str, Sequence[Signal]]]) -> Rows:
        """Build CSR rows; hashed n-grams are scaled to unit length per row."""
        indices = array("q")
        indptr = [0]
        # Values come in runs: one scale for a row's n-grams, then each signal's value.
        run_values: list[float] = []
        run_lengths: list[int] = []
        for folded, signals in items:
            idx = self.indices(folded)
            if idx:
                indices.extend(idx)
                run_values.append(1.0 / math.sqrt(len(idx)))
                run_lengths.append(len(idx))
            cols, vals = self.signal_columns(signals)
            indices.extend(cols)
            run_values.extend(vals)
            run_lengths.extend([1] * len(vals))
            indptr.append(len(indices))
        values = np.repeat(
            np.asarray(run_values, dtype=np.float32), np.asarray(run_lengths, dtype=np.int64)
        )
        return Rows(
            np.asarray(indptr, dtype=np.int64),
            np.frombuffer(indices, dtype=np.int64).copy() if indices else np.zeros(0, np.int64),
            values,
        )
