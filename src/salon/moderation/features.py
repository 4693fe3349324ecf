"""Hashed word and character n-grams of folded text, plus the text signals, as sparse rows.

Hashing (zlib.crc32, never the salted built-in hash()) keeps the model a plain array
of fixed size: no vocabulary to ship, and unseen words still land somewhere.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from salon.moderation.sentence import DIM, SentenceVectors
from salon.moderation.signals import TEXT_SIGNALS, Signal

# A letter, or a Devanagari vowel sign / virama (marks, so not \w, but inside the word).
_L = "(?:[^\\W_]|[\u0900-\u0963\u0966-\u097f])"
_TOKEN = re.compile(rf"{_L}+(?:['’]{_L}+)?|[$€£¥₹]")
# The same tokens in a text without "_": one character class repeated, which re runs at C
# speed, where "[^\W_]|..." is a group re enters for every letter (twice as fast).
_W = "[\\w\u0900-\u0963\u0966-\u097f]"
_TOKEN_NO_UNDERSCORE = re.compile(rf"{_W}+(?:['’]{_W}+)?|[$€£¥₹]")
# Chinese and Japanese write no spaces: a run of Han or kana becomes overlapping
# character pairs (the usual unit for these scripts), not one 40-letter "word".
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# "@maria_k" is a mention: one token for all of them, so no name reads as spam.
_MENTION = re.compile(r"(?<![\w@])@[\w.]{1,40}")
MENTION = "@"
MAX_TOKENS = 3000
MAX_WORD = 40
_SIGNAL_INDEX = {name: i for i, name in enumerate(TEXT_SIGNALS)}
# How a row's hashed n-grams are weighted (the model's meta says which it was trained on):
# 1 = every occurrence counts, the row scaled by 1/sqrt(occurrences) (release 1);
# 2 = each distinct n-gram counts once, the row scaled to unit length (binary tf, L2).
# Binary rows let a repeated word ("subscribe subscribe subscribe") say no more than once
# what it says, which generalised better across sources in cross-validation.
# 3 = as 2, and a pair of Han or kana characters also gives each of its two characters
# (微 "WeChat", 券 "voucher", 赚 "earn" say something whatever stands next to them).
# Release 6 trains with 3 (bench/moderation/select_r6.py).
FEATURES = 3
WEIGHTINGS = (1, 2, 3)
# A model with sentence vectors (release 9) has DIM more columns after the signals: the
# comment's sentence vector (sentence.py) times this, its share of the row against the
# unit-length n-grams (inner cross-validation, bench/moderation/select_r9.py).
SENTENCE_SCALE = 0.3


@dataclass(frozen=True, slots=True)
class Rows:
    """A batch of sparse rows in CSR form: row i is indices[indptr[i]:indptr[i+1]]."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    values: npt.NDArray[np.float32]

    def __len__(self) -> int:
        return len(self.indptr) - 1


class Featuriser:
    """Turns (folded text, text signals) into sparse rows of width 2**bits + signals, and
    with `sentences` the plain text's sentence vector into DIM dense columns after them."""

    def __init__(
        self,
        bits: int = 18,
        char_ngrams: tuple[int, int] = (3, 5),
        features: int = FEATURES,
        sentences: SentenceVectors | None = None,
    ) -> None:
        if features not in WEIGHTINGS:
            raise ValueError(f"unknown feature weighting {features}")
        self.bits = bits
        self.features = features
        self.n_hashed = 1 << bits
        self.sentences = sentences
        self.dense = DIM if sentences is not None else 0
        self.width = self.n_hashed + len(TEXT_SIGNALS) + self.dense
        self.char_ngrams = char_ngrams
        self._mask = self.n_hashed - 1
        # Vocabulary repeats across comments, so a token's features are computed once and
        # kept packed as int64 bytes, which a batch joins at C speed, with the word's id.
        self._token_cache: dict[str, tuple[bytes, int]] = {}

    def _token_features(self, token: str) -> list[int]:
        """The hashed indices of one token: its word's first, then its character n-grams."""
        return array("q", self._token_packed(token)[0]).tolist()

    def _token_packed(self, token: str) -> tuple[bytes, int]:
        hit = self._token_cache.get(token)
        if hit is not None:
            return hit
        mask = self._mask
        feats = [zlib.crc32(b"w:" + token.encode()) & mask]
        if token == MENTION:
            feats = [zlib.crc32(b"mention") & mask]
        elif token.isdigit():
            # Numbers generalise by shape: "27485" and "31990" are both five digits.
            feats = [zlib.crc32(f"n:{len(token)}".encode()) & mask]
        elif len(token) == 2 and self.features == 3 and _CJK.fullmatch(token):
            feats.extend(zlib.crc32(b"c:" + ch.encode()) & mask for ch in token)
        elif len(token) > 2:
            lo, hi = self.char_ngrams
            # A word longer than any real one gets the n-grams of its start only.
            padded = f"<{token[:MAX_WORD]}>".encode()
            for n in range(lo, hi + 1):
                for i in range(len(padded) - n + 1):
                    feats.append(zlib.crc32(padded[i : i + n]) & mask)
        hit = (array("q", feats).tobytes(), feats[0])
        # Bounded: a few MB at most, whatever readers write.
        if len(token) <= MAX_WORD and len(self._token_cache) < 50_000:
            self._token_cache[token] = hit
        return hit

    def tokens(self, folded: str) -> tuple[bytes, list[int]]:
        """(word and character n-gram indices packed as int64, one word id per token) of
        a folded text."""
        packed: list[bytes] = []
        words: list[int] = []
        cache = self._token_cache
        for tok in words_of(folded):
            hit = cache.get(tok) or self._token_packed(tok)
            packed.append(hit[0])
            words.append(hit[1])
        return b"".join(packed), words

    def _pairs(self, words: npt.NDArray[np.int64], first: npt.NDArray[np.bool_]) -> Any:
        """Word-pair indices from consecutive word ids, with a start marker for each text.

        Mixing the two ids arithmetically (splitmix64 finaliser) instead of hashing
        strings keeps this vectorised; numbers pair by shape since their id is "n:len".
        """
        prev = np.empty_like(words)
        prev[1:] = words[:-1]
        prev[first] = self.n_hashed  # "start of text", never a word id
        with np.errstate(over="ignore"):
            h = (prev.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ words.astype(np.uint64)
            h = (h ^ (h >> np.uint64(31))) * np.uint64(0xBF58476D1CE4E5B9)
            h ^= h >> np.uint64(29)
        return (h & np.uint64(self._mask)).astype(np.int64)

    def signal_columns(self, signals: Sequence[Signal]) -> tuple[list[int], list[float]]:
        cols: list[int] = []
        vals: list[float] = []
        for s in signals:
            i = _SIGNAL_INDEX.get(s.name)
            if i is not None:
                cols.append(self.n_hashed + i)
                vals.append(s.value)
        return cols, vals

    def rows(
        self, items: Sequence[tuple[str, Sequence[Signal]]], plain: Sequence[str] = ()
    ) -> Rows:
        """Build CSR rows; a row's hashed n-grams are scaled to unit length together.

        `plain` (one text per item, case and punctuation kept) feeds the sentence vectors
        when this featuriser has them.
        """
        sparse = self._rows_sparse(items)
        if self.sentences is None:
            return sparse
        if len(plain) != len(items):
            raise ValueError("sentence vectors need the plain text of every item")
        vectors = self.sentences.vectors(plain) * np.float32(SENTENCE_SCALE)
        return with_dense(sparse, vectors, self.n_hashed + len(TEXT_SIGNALS))

    def dense_part(self, rows: Rows) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """The dense columns of a one-row batch and their values (empty without them)."""
        if not self.dense:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return rows.indices[-self.dense :], rows.values[-self.dense :]

    def sentence_vectors(self, rows: Rows) -> npt.NDArray[np.float32]:
        """Each row's sentence vector, read back from its dense columns: (len(rows), DIM)."""
        if not self.dense:
            raise ValueError("this featuriser has no sentence vectors")
        at = (rows.indptr[1:] - self.dense)[:, None] + np.arange(self.dense, dtype=np.int64)
        return rows.values[at] / np.float32(SENTENCE_SCALE)

    def _rows_sparse(self, items: Sequence[tuple[str, Sequence[Signal]]]) -> Rows:
        if self.features != 1:
            return self._rows_binary(items)
        # Release 1 files: every occurrence counts, the row scaled by its n-gram count.
        hashed, hashed_rows, sig_cols, sig_vals, sig_counts = self._collect(items)
        n = len(items)
        per_row = np.bincount(hashed_rows, minlength=n)
        scale = (1.0 / np.sqrt(np.maximum(per_row, 1))).astype(np.float32)
        s_rows = np.repeat(np.arange(n, dtype=np.int64), sig_counts)
        row_of = np.concatenate([hashed_rows, s_rows])
        indices = np.concatenate([hashed, np.asarray(sig_cols, dtype=np.int64)])
        values = np.concatenate([scale[hashed_rows], np.asarray(sig_vals, dtype=np.float32)])
        order = np.argsort(row_of, kind="stable")
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=n), out=indptr[1:])
        return Rows(indptr, indices[order], values[order])

    def _collect(
        self, items: Sequence[tuple[str, Sequence[Signal]]]
    ) -> tuple[Any, Any, list[int], list[float], list[int]]:
        """Hashed indices and their row numbers, and the signal columns, of a batch."""
        grams: list[bytes] = []
        words: list[int] = []
        gram_counts: list[int] = []
        word_counts: list[int] = []
        sig_cols: list[int] = []
        sig_vals: list[float] = []
        sig_counts: list[int] = []
        for folded, signals in items:
            g, w = self.tokens(folded)
            grams.append(g)
            words.extend(w)
            gram_counts.append(len(g) // 8)
            word_counts.append(len(w))
            cols, vals = self.signal_columns(signals)
            sig_cols.extend(cols)
            sig_vals.extend(vals)
            sig_counts.append(len(cols))
        rows = np.arange(len(items), dtype=np.int64)
        g_rows = np.repeat(rows, gram_counts)
        w_rows = np.repeat(rows, word_counts)
        w_arr = np.array(words, dtype=np.int64)
        first = np.ones(len(w_arr), dtype=bool)
        first[1:] = w_rows[1:] != w_rows[:-1]
        g_arr = np.frombuffer(b"".join(grams), dtype=np.int64)
        hashed = np.concatenate([g_arr, self._pairs(w_arr, first)])
        hashed_rows = np.concatenate([g_rows, w_rows])
        return hashed, hashed_rows, sig_cols, sig_vals, sig_counts

    def _rows_binary(self, items: Sequence[tuple[str, Sequence[Signal]]]) -> Rows:
        """Each distinct hashed n-gram of a row once, the row scaled to unit length."""
        hashed, hashed_rows, sig_cols, sig_vals, sig_counts = self._collect(items)
        n = len(items)
        # One sort removes repeats within a row and orders the rows (in 32 bits when the
        # keys fit, which sorts in half the time).
        keys = hashed_rows * self.n_hashed + hashed
        if n * self.n_hashed <= np.iinfo(np.int32).max:
            keys = keys.astype(np.int32)
        keys = _sorted_unique(keys).astype(np.int64)
        h_rows = keys >> self.bits
        h_idx = keys & self._mask
        distinct = np.bincount(h_rows, minlength=n)
        scale = (1.0 / np.sqrt(np.maximum(distinct, 1))).astype(np.float32)
        counts = np.asarray(sig_counts, dtype=np.int64)
        s_rows = np.repeat(np.arange(n, dtype=np.int64), counts)
        # Merge the two row-ordered lists (each row: its n-grams, then its signals)
        # without sorting again.
        h_end = np.cumsum(distinct)
        s_before = np.cumsum(counts) - counts
        total = len(h_idx) + len(s_rows)
        indices = np.empty(total, dtype=np.int64)
        values = np.empty(total, dtype=np.float32)
        h_pos = np.arange(len(h_idx), dtype=np.int64) + s_before[h_rows]
        s_pos = np.arange(len(s_rows), dtype=np.int64) + h_end[s_rows]
        indices[h_pos] = h_idx
        values[h_pos] = scale[h_rows]
        indices[s_pos] = np.asarray(sig_cols, dtype=np.int64)
        values[s_pos] = np.asarray(sig_vals, dtype=np.float32)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(distinct + counts, out=indptr[1:])
        return Rows(indptr, indices, values)


def with_dense(rows: Rows, dense: npt.NDArray[np.float32], first: int) -> Rows:
    """`rows` with every row's dense values appended as columns first, first + 1, ..."""
    n, d = dense.shape
    counts = np.diff(rows.indptr)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts + d, out=indptr[1:])
    sparse_pos = np.arange(len(rows.indices), dtype=np.int64) + np.repeat(
        np.arange(n, dtype=np.int64) * d, counts
    )
    # The dense places are all the others, in order: a mask fills them with one copy.
    is_dense = np.ones(indptr[-1], dtype=bool)
    is_dense[sparse_pos] = False
    indices = np.empty(indptr[-1], dtype=np.int64)
    values = np.empty(indptr[-1], dtype=np.float32)
    indices[sparse_pos] = rows.indices
    values[sparse_pos] = rows.values
    indices[is_dense] = np.tile(np.arange(first, first + d, dtype=np.int64), n)
    values[is_dense] = dense.ravel()
    return Rows(indptr, indices, values)


def _sorted_unique(x: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """np.unique by sorting: numpy 2.4's hash-based unique is 20 times slower on these."""
    x = np.sort(x)
    if len(x) < 2:
        return x
    keep = np.empty(len(x), dtype=bool)
    keep[0] = True
    np.not_equal(x[1:], x[:-1], out=keep[1:])
    return x[keep]


def words_of(folded: str) -> list[str]:
    """The tokens of a folded text, as the models see them (at most MAX_TOKENS)."""
    if "@" not in folded and (folded.isascii() or not _CJK.search(folded)):
        # The common case, at C speed.
        token = _TOKEN if "_" in folded else _TOKEN_NO_UNDERSCORE
        return token.findall(folded)[:MAX_TOKENS]
    if "@" in folded:
        folded = _MENTION.sub(" \x01 ", folded)
    out: list[str] = []
    for m in _TOKEN_OR_MENTION.finditer(folded):
        tok = m.group(0)
        if tok == "\x01":
            out.append(MENTION)
        elif tok.isascii() or not _CJK.search(tok):
            out.append(tok)
        else:
            out.extend(_split_cjk(tok))
        if len(out) >= MAX_TOKENS:
            break
    return out[:MAX_TOKENS]


def _split_cjk(tok: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _CJK.finditer(tok):
        if m.start() > pos:
            out.append(tok[pos : m.start()])
        run = m.group(0)
        out.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        pos = m.end()
    if pos < len(tok):
        out.append(tok[pos:])
    return out


_TOKEN_OR_MENTION = re.compile(f"\x01|{_TOKEN.pattern}")
