"""Interleaved speed A/B of two checkouts' code and models: run.py's batch (10,000
comments in batches of 500, cold token cache), CPU time of a fresh process per run, best
of `runs` per side, the sides alternating.
Rerun: .venv/bin/python bench/moderation/ab_code.py <other checkout's src> [runs]
(e.g. /work/main/src: release 6 against this checkout's release 7).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import time
from pathlib import Path
from salon.moderation import Moderator
from salon.moderation.corpus import YOUTUBE, load_corpus
c = load_corpus(Path({shared!r}), Path({local!r}))
pool = [e.text for e in c.news_test + c.sms_test] + [e.text for v in YOUTUBE for e in c.youtube[v]]
batch = (pool * (10_000 // len(pool) + 1))[:10_000]
m = Moderator.load()
t = time.process_time()
for i in range(0, len(batch), 500):
    m.assess_many(batch[i : i + 500])
print(len(batch) / (time.process_time() - t))
"""


def once(src: str) -> float:
    code = CODE.format(
        shared=str(ROOT.parent / "shared" / "datasets"), local=str(ROOT / "datasets")
    )
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return float(out.stdout.strip())


def main() -> None:
    other = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    here: list[float] = []
    there: list[float] = []
    for _ in range(runs):
        here.append(once(str(ROOT / "src")))
        there.append(once(other))
    print(f"this checkout: best {max(here):,.0f}/s of {[round(x) for x in here]}")
    print(f"{other}: best {max(there):,.0f}/s of {[round(x) for x in there]}")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
