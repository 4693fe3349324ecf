"""Interleaved speed A/B: the shipped models against another release's model files, with
the same code, on run.py's batch (10,000 comments in batches of 500, cold token cache).
CPU time of this process; best of `runs` per side, the sides alternating.
Rerun: .venv/bin/python bench/moderation/ab_speed.py <git revision of the other models> [runs]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from salon.moderation import Moderator
from salon.moderation.corpus import YOUTUBE, load_corpus
from salon.moderation.moderator import ABUSE_FILE, DEFAULT_MODEL_DIR, SPAM_FILE
from salon.moderation.neighbours import FILE as NEIGHBOURS_FILE

ROOT = Path(__file__).resolve().parents[2]


def per_second(model_dir: Path, batch: list[str]) -> float:
    m = Moderator.load(model_dir)
    t = time.process_time()
    for i in range(0, len(batch), 500):
        m.assess_many(batch[i : i + 500])
    return len(batch) / (time.process_time() - t)


def main() -> None:
    rev, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    pool = [e.text for e in corpus.news_test + corpus.sms_test]
    pool += [e.text for v in YOUTUBE for e in corpus.youtube[v]]
    multi = [e.text for e in corpus.multi_train]  # every script (training part)
    batches = {
        "run.py's batch": (pool * (10_000 // len(pool) + 1))[:10_000],
        "multilingual": (multi * (10_000 // len(multi) + 1))[:10_000],
    }
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp)
        rel = DEFAULT_MODEL_DIR.relative_to(ROOT)
        for name in (SPAM_FILE, ABUSE_FILE, NEIGHBOURS_FILE):  # the nearness term too
            blob = subprocess.run(
                ["git", "show", f"{rev}:{rel / name}"], cwd=ROOT, capture_output=True, check=True
            ).stdout
            (other / name).write_bytes(blob)
        print(f"load average {os.getloadavg()[0]:.1f}")
        for label, batch in batches.items():
            best = {"shipped": 0.0, rev: 0.0}
            for _ in range(runs):
                best["shipped"] = max(best["shipped"], per_second(DEFAULT_MODEL_DIR, batch))
                best[rev] = max(best[rev], per_second(other, batch))
            print(label + ": " + ", ".join(f"{k} {v:,.0f}/s" for k, v in best.items()))
        print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
