"""Sentence vectors that carry across languages, offline and in microseconds.

A static distillation of Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0;
16 languages, trained to place translations and paraphrases near each other): each
vocabulary piece's contribution to the encoder's sentence sum, computed once without its
neighbours (bench/moderation/build_sentence_table.py), then the encoder's own small
sentence-level network. "Earn 500 a day from home, write me on WhatsApp" lands near its
German and Russian wordings although the spam model never saw those words, which a
model over hashed words cannot do.

A comment costs a unigram segmentation of each new word (cached), a sum of 4-bit table
rows and six small matrix products. The 32 MB table is memory-mapped: a process reads
only the rows of the pieces its comments use.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from salon.moderation.errors import ModelError

DIM = 512
ARRAYS = "sentence-vectors.npz"
TABLE = "sentence-table.npy"
HEAD = ("d0", "d1", "d2", "d3", "p1", "p3")
_WORD = "\u2581"  # how the vocabulary marks the start of a word
_MAX_CACHE = 50_000
_MAX_WORD = 40  # letters of a word that are segmented; the rest of a longer one is not
_UNKNOWN = -1e4  # a character outside the vocabulary: skipped, at a cost
_NONE = -1e38
_CHUNK = 64  # texts whose pieces are unpacked at once (bounds the temporary arrays)


class SentenceVectors:
    """Text -> a unit vector of DIM floats; similar meaning, near vectors, across languages."""

    def __init__(self, arrays: dict[str, npt.NDArray[np.generic]], table: npt.NDArray[np.uint8]):
        try:
            names = bytes(np.asarray(arrays["pieces"], dtype=np.uint8)).decode("utf-8")
            self._scores = np.asarray(arrays["scores"], dtype=np.float64).tolist()
            self._scale = np.asarray(arrays["scale"], dtype=np.float32)
            self._mean = np.asarray(arrays["mean"], dtype=np.float32)
            self._ends = np.asarray(arrays["ends"], dtype=np.float32)
            self._head = [np.asarray(arrays[k], dtype=np.float32) for k in HEAD]
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"the sentence-vector arrays are incomplete ({exc})") from exc
        pieces = names.split("\n")
        self._ids = {piece: row for row, piece in enumerate(pieces)}
        # A walk from one position tries lengths up to the longest piece of that length
        # class; most pieces are short, so the limit is the 99.9th percentile's, and a
        # longer piece is found as its parts.
        lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        self._longest = int(np.quantile(lengths, 0.999)) if len(pieces) else 1
        n = len(pieces)
        if (
            table.dtype != np.uint8
            or table.shape != (n, DIM // 2)
            or len(self._scores) != n
            or len(self._scale) != n
            or self._mean.shape != (DIM,)
            or self._head[0].shape[0] != DIM
        ):
            raise ModelError("the sentence-vector table has arrays of the wrong shape")
        self._table = table
        self._words: dict[str, list[int]] = {}

    @classmethod
    def load(cls, directory: Path | None = None) -> SentenceVectors:
        """The shipped table (or one in `directory`); raises ModelError when unusable.

        Read once per process and directory: every Moderator (and the trainer) shares it,
        as it is read-only but for its word cache."""
        base = directory or Path(str(importlib.resources.files("salon.moderation") / "data"))
        return _load(base.resolve())

    def pieces(self, word: str) -> list[int]:
        """The best-scoring segmentation of one word into vocabulary pieces (unigram
        Viterbi), as table rows; characters outside the vocabulary are dropped."""
        hit = self._words.get(word)
        if hit is not None:
            return hit
        text = _WORD + word[:_MAX_WORD]
        n = len(text)
        best = [0.0] + [_NONE] * n
        # The best path's last step into each position: where it started, and its piece's
        # row (-1 for a character outside the vocabulary). Two flat lists, no tuples.
        start = [0] * (n + 1)
        piece = [-1] * (n + 1)
        get, scores, longest = self._ids.get, self._scores, self._longest
        for i in range(n):
            base = best[i]
            # One character: its piece, or else skipped at a cost.
            row = get(text[i])
            score = base + (_UNKNOWN if row is None else scores[row])
            if score > best[i + 1]:
                best[i + 1], start[i + 1], piece[i + 1] = score, i, -1 if row is None else row
            for j in range(i + 2, min(n, i + longest) + 1):
                row = get(text[i:j])
                if row is not None:
                    score = base + scores[row]
                    if score > best[j]:
                        best[j], start[j], piece[j] = score, i, row
        out: list[int] = []
        j = n
        while j > 0:
            if piece[j] >= 0:
                out.append(piece[j])
            j = start[j]
        out.reverse()
        if len(self._words) >= _MAX_CACHE:
            self._words.clear()
        self._words[word] = out
        return out

    def vectors(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """(len(texts), DIM) unit vectors."""
        if len(texts) > _CHUNK:
            parts = [self.vectors(texts[k : k + _CHUNK]) for k in range(0, len(texts), _CHUNK)]
            return np.concatenate(parts)
        rows: list[int] = []
        counts: list[int] = []
        for text in texts:
            before = len(rows)
            for word in text.split():
                rows.extend(self.pieces(word))
            counts.append(len(rows) - before)
        idx = np.asarray(rows, dtype=np.int64)
        per = np.asarray(counts, dtype=np.int64)
        sums = np.zeros((len(texts), DIM), dtype=np.float32)
        if len(idx):
            # Pieces along the last axis: each text's sum then runs over contiguous
            # memory, in the same order of additions as over rows (the same bits), about
            # six times faster than down columns 2 KB apart. Nibbles to signed ints on bytes,
            # then one pass each into floats times the row's scale.
            packed = self._table[idx].T
            scale = self._scale[idx]
            values = np.empty((DIM // 2, 2, len(idx)), dtype=np.float32)
            np.multiply(((packed & 0x0F) ^ 8).view(np.int8) - np.int8(8), scale, out=values[:, 0])
            np.multiply(((packed >> 4) ^ 8).view(np.int8) - np.int8(8), scale, out=values[:, 1])
            starts = np.cumsum(per) - per
            nonempty = per > 0
            sums[nonempty] = np.add.reduceat(
                values.reshape(DIM, len(idx)), starts[nonempty], axis=1
            ).T
        # The encoder adds a start and an end token, and divides by sqrt(tokens).
        total = sums + per[:, None].astype(np.float32) * self._mean + self._ends
        m = total / np.sqrt(per + 2.0).astype(np.float32)[:, None]
        d0, d1, d2, d3, p1, p3 = self._head
        y0 = np.maximum(m @ d0, 0)
        y1 = np.maximum(m @ p1 + y0 @ d1, 0)
        y2 = np.maximum(y1 @ d2, 0)
        z = np.tanh(y1 @ p3 + y2 @ d3)
        norm = np.sqrt(np.einsum("ij,ij->i", z, z))
        return (z / np.maximum(norm, 1e-6)[:, None]).astype(np.float32)


@functools.cache
def _load(base: Path) -> SentenceVectors:
    try:
        with np.load(base / ARRAYS) as npz:
            arrays = {k: npz[k] for k in npz.files}
        table = np.load(base / TABLE, mmap_mode="r")
    except (OSError, ValueError) as exc:
        raise ModelError(f"the sentence-vector table in {base} cannot be read ({exc})") from exc
    return SentenceVectors(arrays, table)
