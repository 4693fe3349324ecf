"""Nearness in meaning to the spam and the legitimate comments the spam model learnt from.

The spam model reads a comment's sentence vector linearly: one direction in 512 for "spam
in any language". Spam comes in kinds (a trading pitch, a diet offer, a chain prayer),
and a new wording of one kind is near its known examples although not far along that
one direction. So the spam logit also gets ALPHA * (s - h): s is the highest cosine
between the comment and the training spam, h the same against the legitimate training
comments, both in a DIMS-dimensional projection of the vectors (principal directions of
the training vectors). Chosen by inner CV on the training parts
(bench/moderation/select_knn.py; the model card has the figures).

Built by `salon moderation train` with the models (neighbours.npz, tied to the spam
model's version); a directory without the file scores without the term.
"""

from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from salon.moderation.errors import ModelError
from salon.moderation.sentence import DIM
from salon.moderation.site_memory import SiteMemory

FILE = "neighbours.npz"
FORMAT = 1
DIMS = 128
ALPHA = 2.0


def _unit(m: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return (m / np.maximum(norms, 1e-6)).astype(np.float32)


@dataclass(frozen=True)
class Neighbours:
    """Projected unit vectors of the training spam and legitimate comments."""

    basis: npt.NDArray[np.float32]  # (DIM, dims)
    spam: npt.NDArray[np.float32]  # (n spam, dims), unit rows
    ham: npt.NDArray[np.float32]  # (n legitimate, dims), unit rows
    meta: dict[str, Any]

    @classmethod
    def build(
        cls, vectors: npt.NDArray[np.float32], is_spam: npt.NDArray[np.bool_], spam_model: str
    ) -> Neighbours:
        """From the training comments' sentence vectors and labels (deterministic)."""
        if not is_spam.any() or is_spam.all():
            raise ValueError("neighbours need spam and legitimate comments")
        centred = (vectors - vectors.mean(axis=0)).astype(np.float64)
        directions = np.linalg.svd(centred, full_matrices=False)[2][:DIMS]
        # One sign per direction (an SVD's are arbitrary): the larger end positive.
        flip = np.sign(directions[np.arange(len(directions)), np.abs(directions).argmax(1)])
        basis = (directions * flip[:, None]).T.astype(np.float32)
        projected = _unit(vectors @ basis)  # DIMS directions, or fewer with fewer comments
        meta = {"format": FORMAT, "alpha": ALPHA, "spam_model": spam_model}
        return cls(basis, projected[is_spam], projected[~is_spam], meta)

    @cached_property
    def version(self) -> str:
        digest = 0
        for a in (self.basis, self.spam, self.ham):
            digest = zlib.crc32(a.tobytes(), digest)
        return f"neighbours+{digest:08x}"

    def project(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Sentence vectors as unit rows in the principal directions, like the stored ones."""
        return _unit(vectors @ self.basis)

    def term(
        self, vectors: npt.NDArray[np.float32], memory: SiteMemory | None = None
    ) -> npt.NDArray[np.float64]:
        """ALPHA * (nearest spam - nearest legitimate), in log-odds, per vector.

        With a site's `memory` (projected with these neighbours), its comments count as
        known spam and legitimate comments too; a memory from other neighbours (an older
        release) is ignored until the site's next refit rebuilds it.
        """
        t = self.project(vectors)
        near_spam = (t @ self.spam.T).max(axis=1)
        near_ham = (t @ self.ham.T).max(axis=1)
        if memory is not None and self.fits(memory):
            if len(memory.spam):
                near_spam = np.maximum(near_spam, (t @ memory.spam.T).max(axis=1))
            if len(memory.ham):
                near_ham = np.maximum(near_ham, (t @ memory.ham.T).max(axis=1))
        return float(self.meta["alpha"]) * (near_spam - near_ham).astype(np.float64)

    def fits(self, memory: SiteMemory) -> bool:
        """Whether `memory` was projected with these neighbours (not an older release's)."""
        return memory.neighbours == self.version

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        meta = json.dumps(self.meta, sort_keys=True).encode()
        np.savez_compressed(
            buf,
            basis=self.basis,
            spam=self.spam,
            ham=self.ham,
            meta=np.frombuffer(meta, dtype=np.uint8),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, *, source: str = "neighbours") -> Neighbours:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                basis, spam, ham = (np.asarray(npz[k]) for k in ("basis", "spam", "ham"))
                meta = json.loads(bytes(np.asarray(npz["meta"], dtype=np.uint8)).decode())
        except Exception as exc:  # zip, npz, JSON and key errors all mean "corrupt"
            raise ModelError(f"{source} is corrupt ({exc}): run `salon moderation train`") from exc
        dims = basis.shape[-1]
        if (
            not isinstance(meta, dict)
            or meta.get("format") != FORMAT
            or not isinstance(meta.get("alpha"), int | float)
            or not isinstance(meta.get("spam_model"), str)
            or basis.dtype != np.float32
            or basis.shape != (DIM, dims)
            or any(a.dtype != np.float32 or a.ndim != 2 or a.shape[1] != dims for a in (spam, ham))
            or not len(spam)
            or not len(ham)
            or not all(np.all(np.isfinite(a)) for a in (basis, spam, ham))
        ):
            raise ModelError(
                f"{source} has arrays of the wrong shape or type: run `salon moderation train`"
            )
        return cls(basis, spam, ham, meta)


def load(directory: Path, spam_model: str) -> Neighbours | None:
    """The directory's neighbours, or None without the file; a ModelError when the file is
    unreadable or was built with another spam model."""
    path = directory / FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ModelError(f"{path} cannot be read ({exc.strerror})") from exc
    found = Neighbours.from_bytes(data, source=str(path))
    if found.meta["spam_model"] != spam_model:
        raise ModelError(
            f"{path} was built with {found.meta['spam_model']}, not with {spam_model}: "
            "run `salon moderation train`"
        )
    return found
