"""Interleaved per-stage A/B of two checkouts' moderation code: microseconds per comment of
each stage of `Moderator.assess_many` on run.py's batch (10,000 comments in batches of
500, a fresh Moderator each repetition so the token cache starts cold), and the whole
assess_many in comments/s. CPU time; a fresh process per side and round, the sides
alternating; each process keeps the fastest of `reps` repetitions per stage, and the
table shows the median over rounds.
Rerun: .venv/bin/python bench/moderation/ab_stages.py <other checkout's src> [rounds] [reps]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = """
import json, time
from pathlib import Path
import numpy as np
from salon.moderation import Moderator
from salon.moderation.abuse import abuse_evidence
from salon.moderation.corpus import YOUTUBE, load_corpus
from salon.moderation.features import SENTENCE_SCALE, with_dense
from salon.moderation.normalise import normalise
from salon.moderation.signals import TEXT_SIGNALS, text_signals
c = load_corpus(Path({shared!r}), Path({local!r}))
pool = [e.text for e in c.news_test + c.sms_test]
pool += [e.text for v in YOUTUBE for e in c.youtube[v]]
batch = (pool * (10_000 // len(pool) + 1))[:10_000]
best = {{}}

def timed(name, fn, items):
    t = time.process_time()
    out = [fn(x) for x in items]
    best[name] = min(best.get(name, 1e9), (time.process_time() - t) / len(batch) * 1e6)
    return out

def cut(xs):
    return [xs[i : i + 500] for i in range(0, len(xs), 500)]

for _ in range({reps}):
    m = Moderator.load()
    timed("assess_many", m.assess_many, cut(batch))
    m = Moderator.load()
    f = m.features
    norms = timed("normalise", normalise, batch)
    links = timed("links", lambda n: m.domains.links(n.plain), norms)
    sigs = timed("text signals", lambda a: text_signals(*a), list(zip(norms, links)))
    folded = [n.folded for n in norms]
    timed("abuse rules", abuse_evidence, folded)
    sparse = timed("n-gram rows", f._rows_sparse, cut(list(zip(folded, sigs))))
    scale = np.float32(SENTENCE_SCALE)
    plains = cut([n.plain for n in norms])
    vecs = timed("sentence vectors*", lambda p: f.sentences.vectors(p) * scale, plains)
    first = f.n_hashed + len(TEXT_SIGNALS)
    rows = timed("dense columns", lambda a: with_dense(*a, first), list(zip(sparse, vecs)))
    timed("models*", lambda r: (m.spam.logits(r), m.abuse.logits(r)), rows)
    timed("nearness*", m.nearness, rows)
print(json.dumps(best))
"""


def once(src: str, reps: int) -> dict[str, float]:
    code = CODE.format(
        shared=str(ROOT.parent / "shared" / "datasets"), local=str(ROOT / "datasets"), reps=reps
    )
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    other = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    here: list[dict[str, float]] = []
    there: list[dict[str, float]] = []
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    for _ in range(rounds):
        there.append(once(other, reps))
        here.append(once(str(ROOT / "src"), reps))
    print(f"| stage (us per comment, median of {rounds}) | {other} | this checkout | change |")
    print("|---|---:|---:|---:|")
    for stage in here[0]:
        a = statistics.median(r[stage] for r in there)
        b = statistics.median(r[stage] for r in here)
        if stage == "assess_many":
            print(
                f"| assess_many, comments/s | {1e6 / a:,.0f} | {1e6 / b:,.0f} | {a / b - 1:+.0%} |"
            )
            continue
        print(f"| {stage} | {a:.1f} | {b:.1f} | {b - a:+.1f} |")
    print("(* not part of this work: sentence.py, model.py, neighbours.py)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
