"""Sentence vectors that carry across languages, offline and in microseconds.

A static distillation of Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0;
16 languages, trained to place translations and paraphrases near each other): each
vocabulary piece's contribution to the encoder's sentence sum, computed once without its
neighbours (bench/moderation/build_sentence_table.py), then the encoder's own small
sentence-level network. "Earn 500 a day from home, write me on WhatsApp" lands near its
German and Russian wordings although the spam model never saw those words, which a
model over hashed words cannot do.

A comment costs a unigram segmentation by the `sentencepiece` library (C++, over the
table's own vocabulary; nothing downloaded), a sum of 4-bit table rows and six small
matrix products. The 32 MB table stays in its file: a process reads the rows of the
pieces its comments use (rows.py).
"""

from __future__ import annotations

import functools
import importlib.resources
import itertools
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import sentencepiece
import threadpoolctl

from salon.moderation.errors import ModelError
from salon.moderation.rows import RowTable

DIM = 512
ARRAYS = "sentence-vectors.npz"
TABLE = "sentence-table.npy"
HEAD = ("d0", "d1", "d2", "d3", "p1", "p3")
_MAX_WORD = 40  # letters of a word that are segmented; the rest of a longer one is not
_LONG_WORD = re.compile(rf"([^ ]{{{_MAX_WORD}}})[^ ]+")
_CHUNK = 64  # texts whose pieces are unpacked at once (bounds the temporary arrays)


class SentenceVectors:
    """Text -> a unit vector of DIM floats; similar meaning, near vectors, across languages."""

    def __init__(self, arrays: dict[str, npt.NDArray[np.generic]], table: RowTable):
        try:
            model = bytes(np.asarray(arrays["segmenter"], dtype=np.uint8))
            self._scale = np.asarray(arrays["scale"], dtype=np.float32)
            self._mean = np.asarray(arrays["mean"], dtype=np.float32)
            self._ends = np.asarray(arrays["ends"], dtype=np.float32)
            self._head = [np.asarray(arrays[k], dtype=np.float32) for k in HEAD]
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelError(f"the sentence-vector arrays are incomplete ({exc})") from exc
        try:
            # The vocabulary's pieces are the table's rows, then one <unk> that is dropped
            # (a character no piece covers).
            self._segmenter = sentencepiece.SentencePieceProcessor(model_proto=model)
        except (RuntimeError, OSError) as exc:
            raise ModelError(f"the sentence-vector vocabulary cannot be read ({exc})") from exc
        n = self._segmenter.get_piece_size() - 1
        if (
            self._segmenter.unk_id() != n
            or table.shape != (n, DIM // 2)
            or len(self._scale) != n
            or self._mean.shape != (DIM,)
            or self._head[0].shape[0] != DIM
        ):
            raise ModelError("the sentence-vector table has arrays of the wrong shape")
        self._unknown = n
        self._table = table

    @classmethod
    def load(cls, directory: Path | None = None) -> SentenceVectors:
        """The shipped table (or one in `directory`); raises ModelError when unusable.

        Read once per process and directory: every Moderator (and the trainer) shares it,
        as it is read-only."""
        base = directory or Path(str(importlib.resources.files("salon.moderation") / "data"))
        return _load(base.resolve())

    def segment(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's best-scoring segmentation into vocabulary pieces (unigram Viterbi),
        as table rows: words split on any whitespace, at most _MAX_WORD letters of a word,
        characters outside the vocabulary dropped."""
        words = [_LONG_WORD.sub(r"\1", " ".join(t.split())) for t in texts]
        # One call a text: the library's batch call starts a thread pool each time (about
        # 130 us, twenty times a short comment's segmentation).
        encode = self._segmenter.EncodeAsIds
        try:
            ids = [encode(w) for w in words]
        except (RuntimeError, TypeError):  # a lone surrogate is not UTF-8, nor a character
            words = [w.encode("utf-8", "ignore").decode("utf-8") for w in words]
            ids = [encode(w) for w in words]
        unknown = self._unknown
        return [[i for i in row if i != unknown] if unknown in row else row for row in ids]

    def vectors(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """(len(texts), DIM) unit vectors."""
        if len(texts) > _CHUNK:
            parts = [self.vectors(texts[k : k + _CHUNK]) for k in range(0, len(texts), _CHUNK)]
            return np.concatenate(parts)
        segments = self.segment(texts)
        per = np.fromiter(map(len, segments), dtype=np.int64, count=len(segments))
        idx = np.fromiter(
            itertools.chain.from_iterable(segments), dtype=np.int64, count=int(per.sum())
        )
        sums = np.zeros((len(texts), DIM), dtype=np.float32)
        if len(idx):
            # Pieces along the last axis: each text's sum then runs over contiguous
            # memory, in the same order of additions as over rows (the same bits), about
            # six times faster than down columns 2 KB apart. Nibbles to signed ints on bytes,
            # then one pass each into floats times the row's scale.
            packed = self._table.take(idx).T
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
    # The head's products are small (64 x 512 by 512 x 320): OpenBLAS splits them over
    # both cores and its threads then spin against whatever else the process or machine
    # runs (a server's other requests, a test's browser). One thread: 37 us a text instead
    # of 344 with the other core busy (the head's products timed alone, stop 21).
    threadpoolctl.threadpool_limits(limits=1, user_api="blas")
    try:
        with np.load(base / ARRAYS) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except (OSError, ValueError) as exc:
        raise ModelError(f"the sentence-vector table in {base} cannot be read ({exc})") from exc
    return SentenceVectors(arrays, RowTable(base / TABLE))
