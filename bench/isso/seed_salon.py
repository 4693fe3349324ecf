"""Seed a running Salon through its public API with the data set of the shared Isso seed.

Same plan and the same random stream as ../shared/bench/isso/seed.py (random seed 42):
/article-1 gets 200 comments (139 top-level, 61 replies), /post-01../post-50 get 20 each,
1,200 in total; texts and authors come from the shared corpus.py, imported by path at run
time (not copied). One sequential client; cookies are cleared after every post, so each
comment comes from a "new visitor", as in the shared script. Writes {uri: [ids]} to --ids-out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import httpx
from common import load_corpus

# ../shared beside the repository root, wherever the checkout is.
SHARED = str(Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "isso")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8081")
    ap.add_argument("--origin", default=None, help="Origin header (default: --base)")
    ap.add_argument("--site", default="default")
    ap.add_argument("--ids-out", required=True)
    ap.add_argument("--big", type=int, default=200)
    ap.add_argument("--threads", type=int, default=50)
    ap.add_argument("--per-thread", type=int, default=20)
    ap.add_argument("--corpus-dir", default=SHARED)
    args = ap.parse_args()
    corpus = load_corpus(args.corpus_dir)

    rng = random.Random(42)
    plan = [("/article-1", "Article 1", args.big)] + [
        (f"/post-{i:02d}", f"Post {i:02d}", args.per_thread) for i in range(1, args.threads + 1)
    ]
    headers = {"Content-Type": "application/json", "Origin": args.origin or args.base}
    ids: dict[str, list[int]] = {}
    n_replies = 0
    t0 = time.perf_counter()
    with httpx.Client(base_url=args.base, headers=headers, timeout=30) as c:
        for uri, title, n in plan:
            ids[uri] = []
            for k in range(n):
                # Draw from the RNG in exactly the order of the shared seed.py.
                text = corpus.text(rng)
                who = corpus.author(rng)
                body: dict[str, object] = {
                    "site": args.site,
                    "uri": uri,
                    "text": text,
                    "author": {
                        "name": who["author"],
                        "email": who["email"],
                        "website": who["website"],
                    },
                }
                if k == 0:
                    body["title"] = title
                elif rng.random() < 1 / 3:
                    body["parent"] = rng.choice(ids[uri])
                    n_replies += 1
                r = c.post("/api/comments", content=json.dumps(body))
                c.cookies.clear()
                if r.status_code != 201:
                    sys.exit(f"seed failed on {uri} #{k}: HTTP {r.status_code} {r.text[:300]}")
                ids[uri].append(r.json()["comment"]["id"])
    dt = time.perf_counter() - t0
    total = sum(len(v) for v in ids.values())
    with open(args.ids_out, "w") as f:
        json.dump(ids, f)
    print(
        f"seeded {total} comments ({n_replies} replies) in {len(ids)} threads in {dt:.1f}s "
        f"({total / dt:.0f} comments/s sequential)"
    )


if __name__ == "__main__":
    main()
