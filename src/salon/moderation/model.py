"""A linear model over sparse rows, stored as plain arrays (npz, no pickle)."""

from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from salon.moderation.errors import ModelError
from salon.moderation.features import Rows
from salon.moderation.sentence import DIM

FORMAT = 1


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression: p = sigmoid(rows @ weights + bias)."""

    weights: npt.NDArray[np.float32]
    bias: float
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def version(self) -> str:
        """Name plus a digest of the arrays: equal versions are bit-for-bit equal models."""
        digest = zlib.crc32(self.weights.tobytes(), zlib.crc32(np.float64(self.bias).tobytes()))
        return f"{self.meta.get('kind', 'model')}-{self.meta.get('release', 0)}+{digest:08x}"

    def logits(self, rows: Rows) -> npt.NDArray[np.float64]:
        contrib = self.weights[rows.indices].astype(np.float64) * rows.values
        row_of = np.repeat(np.arange(len(rows)), np.diff(rows.indptr))
        sums = np.bincount(row_of, weights=contrib, minlength=len(rows))
        return np.asarray(sums, dtype=np.float64) + self.bias

    def logit_one(self, indices: npt.NDArray[np.int64], values: npt.NDArray[np.float32]) -> float:
        return float(np.dot(self.weights[indices].astype(np.float64), values)) + self.bias

    def with_weights(
        self, weights: npt.NDArray[np.float32], bias: float, **meta: Any
    ) -> LinearModel:
        return replace(self, weights=weights, bias=bias, meta={**self.meta, **meta})


def sigmoid(x: npt.NDArray[np.floating[Any]] | float) -> Any:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))


def to_bytes(model: LinearModel) -> bytes:
    """Serialise as an npz of plain arrays; metadata travels as UTF-8 JSON bytes."""
    buf = io.BytesIO()
    meta = json.dumps({**model.meta, "format": FORMAT}, sort_keys=True).encode()
    np.savez_compressed(
        buf,
        weights=np.ascontiguousarray(model.weights, dtype=np.float32),
        bias=np.array([model.bias], dtype=np.float64),
        meta=np.frombuffer(meta, dtype=np.uint8),
    )
    return buf.getvalue()


def from_bytes(data: bytes, *, source: str = "model") -> LinearModel:
    """Inverse of to_bytes. Raises ModelError when the data is not a model we can read."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            weights = np.asarray(npz["weights"])
            bias = np.asarray(npz["bias"])
            meta = json.loads(bytes(np.asarray(npz["meta"], dtype=np.uint8)).decode())
    except Exception as exc:  # zip, npz, JSON and key errors all mean "corrupt"
        raise ModelError(f"{source} is corrupt or not a Salon model ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ModelError(f"{source} has an unknown format")
    bits = meta.get("bits")
    n_signals = meta.get("n_signals")
    dense = meta.get("dense", 0)
    if (
        weights.dtype != np.float32
        or weights.ndim != 1
        or not isinstance(bits, int)
        or not isinstance(n_signals, int)
        or dense not in (0, DIM)
        or weights.shape[0] != (1 << bits) + n_signals + dense
        or bias.shape != (1,)
        or not np.all(np.isfinite(weights))
        or not np.isfinite(bias[0])
    ):
        raise ModelError(f"{source} has arrays of the wrong shape or type")
    return LinearModel(weights, float(bias[0]), meta)


def load_file(path: Path) -> LinearModel:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"model file {path} is missing") from None
    except OSError as exc:
        raise ModelError(f"model file {path} cannot be read ({exc.strerror})") from exc
    return from_bytes(data, source=f"model file {path}")


def save_file(model: LinearModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(to_bytes(model))
