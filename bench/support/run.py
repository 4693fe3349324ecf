"""Signed payment webhooks per second on one Salon process (SQLite or PostgreSQL).

Sends N distinct Stripe-style checkout events (plus 10% redeliveries) from C concurrent
clients to a real uvicorn server, then checks the total is exact. Bounded: N=2000 takes
well under a minute on a 2-core machine.

    .venv/bin/python bench/support/run.py [--events 2000] [--clients 16] [--database URL]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.server import running  # noqa: E402

from salon.app import create_app  # noqa: E402
from salon.config import Settings, default_site  # noqa: E402
from salon.services.signatures import sign  # noqa: E402
from salon.services.support import CampaignIn, create_campaign  # noqa: E402

SECRET = "whsec_bench"  # noqa: S105 - a test secret


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--events", type=int, default=2000)
    args.add_argument("--clients", type=int, default=16)
    args.add_argument("--database", default="")
    opts = args.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = opts.database or f"sqlite:///{tmp}/bench.db"
        site = default_site().model_copy(update={"stripe_webhook_secret": SecretStr(SECRET)})
        settings = Settings(database_url=url, secret_key="bench", sites=(site,))  # type: ignore[arg-type]  # noqa: S106
        app = create_app(settings, run_jobs=False)
        with running(app) as base:
            httpx.get(f"{base}/api/support").raise_for_status()
            cid = create_campaign(
                app.state.deps,
                CampaignIn("default", "Bench", "1000000", "USD", "https://example.org/give"),
            ).id
            order = list(range(opts.events)) + list(range(0, opts.events, 10))
            latencies: list[float] = []

            def send(k: int) -> int:
                obj = {
                    "id": f"cs_{k}",
                    "amount_total": 100 + k % 7,
                    "currency": "usd",
                    "payment_status": "paid",
                    "payment_intent": f"pi_{k}",
                    "metadata": {"salon_campaign": str(cid)},
                }
                body = json.dumps(
                    {
                        "id": f"evt_{k}",
                        "type": "checkout.session.completed",
                        "data": {"object": obj},
                    }
                ).encode()
                headers = {
                    "content-type": "application/json",
                    "stripe-signature": sign(SECRET, body, int(time.time())),
                }
                t0 = time.perf_counter()
                r = client.post(
                    "/api/support/webhooks/stripe/default", content=body, headers=headers
                )
                latencies.append(time.perf_counter() - t0)
                return r.status_code

            with httpx.Client(
                base_url=base, timeout=60, limits=httpx.Limits(max_connections=opts.clients)
            ) as client:
                start = time.perf_counter()
                with ThreadPoolExecutor(opts.clients) as pool:
                    codes = list(pool.map(send, order))
                took = time.perf_counter() - start
            got = httpx.get(f"{base}/api/support").json()["campaigns"][0]
    expected = sum(100 + k % 7 for k in range(opts.events))
    ok = got["raised"] == f"{expected // 100}.{expected % 100:02d}"
    lat = sorted(latencies)
    print(
        f"database={url.split(':')[0]} events={len(order)} (of which redelivered "
        f"{len(order) - opts.events}) clients={opts.clients}"
    )
    print(f"status codes: {dict((c, codes.count(c)) for c in sorted(set(codes)))}")
    print(
        f"{len(order) / took:.0f} webhooks/s, p50 {statistics.median(lat) * 1000:.1f} ms, "
        f"p99 {lat[int(len(lat) * 0.99)] * 1000:.1f} ms; total exact: {ok} "
        f"(raised {got['raised']}, supporters {got['supporters']})"
    )


if __name__ == "__main__":
    main()
