"""Median and 90th percentile CPU time of one `Moderator.assess` (issue 15: <= 2 ms p50),
on the first 2,000 comments of run.py's pool after 200 to warm up.
Rerun: PYTHONPATH=<checkout>/src .venv/bin/python bench/moderation/assess_p50.py
(alternate two checkouts by hand: a fresh process each).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from salon.domain.moderation import Submission
from salon.moderation import Moderator, Policy
from salon.moderation.corpus import YOUTUBE, load_corpus

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    c = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    pool = [e.text for e in c.news_test + c.sms_test]
    pool += [e.text for v in YOUTUBE for e in c.youtube[v]]
    m, policy = Moderator.load(), Policy()
    for text in pool[:200]:
        m.assess(Submission(text), policy)
    took = []
    for text in pool[:2000]:
        t = time.process_time()
        m.assess(Submission(text), policy)
        took.append(time.process_time() - t)
    p90 = statistics.quantiles(took, n=10)[-1]
    print(f"assess p50 {statistics.median(took) * 1e6:.0f} us, p90 {p90 * 1e6:.0f} us")


if __name__ == "__main__":
    main()
