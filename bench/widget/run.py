"""The widget with a large first page (item 5 of issue 12): time in Chromium from the start
of the page load until every comment of the answer is in the widget's DOM.

A thread of ``--comments`` comments (80 % replies, so at most 200 top-level comments carry
all of them and the widget's largest page, data-salon-limit="200", holds them all) is
written into a fresh database; `salon serve` answers it; a page on another loopback origin
embeds the widget; Chromium (Debian's) loads it ``--runs`` times.

    .venv/bin/python bench/widget/run.py [--comments 1000] [--runs 5] [--profile]

The time is taken twice: when the last comment enters the DOM, and when the frame that
shows them all has been painted. ``--profile`` then loads the page once under a Chromium
trace and once under V8's sampling profiler and prints where the time went.
"""

from __future__ import annotations

import argparse
import http.server
import os
import statistics
import sys
import tempfile
import threading
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "live"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scale"))

from chromium_profile import cpu_profile_load, trace_load  # noqa: E402
from fill import fill  # noqa: E402
from run import PYTHON, REPO, rss_mb, start, wait_up  # noqa: E402

from salon.store.database import Database  # noqa: E402
from salon.store.migrate import upgrade  # noqa: E402

CHROMIUM = dict(
    executable_path="/usr/bin/chromium",
    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
)
# Installed before the page's scripts: when the first comment and the n-th enter the DOM.
OBSERVE = """(() => {
  window.__salon = { first: null, all: null, n: Infinity };
  new MutationObserver(() => {
    const k = document.querySelectorAll('#salon-thread .salon-comment').length;
    const t = performance.now();
    if (k && window.__salon.first === null) window.__salon.first = t;
    if (k >= window.__salon.n && window.__salon.all === null) window.__salon.all = t;
  }).observe(document, { childList: true, subtree: true });
})();"""
WAIT = """async (n) => {
  window.__salon.n = n;
  const all = () => document.querySelectorAll('#salon-thread .salon-comment').length;
  while (all() < n) await new Promise((r) => setTimeout(r, 20));
  // The frame that shows them: its style, layout and paint are done when a task queued
  // from inside its animation-frame callback runs.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const painted = performance.now();
  const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/threads'));
  const s = window.__salon;
  return [s.all ?? painted, all(), s.first, api ? api.responseEnd : 0, painted];
}"""


def count(comments: list[dict]) -> int:  # type: ignore[type-arg]
    return sum(1 + count(c["replies"]) for c in comments)


def host_page(api: str, uri: str) -> bytes:
    return (
        "<!doctype html><html><head><title>Big thread</title></head><body><main>"
        "<h1>An article</h1><p>Text.</p></main><div id='salon-thread'></div>"
        f"<script src='{api}/embed.js' data-salon-site='default' data-salon-uri='{uri}' "
        "data-salon-limit='200' async></script></body></html>"
    ).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--comments", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--port", type=int, default=8096)
    ap.add_argument("--reply-share", type=float, default=0.8, help="replies among the comments")
    ap.add_argument("--profile", action="store_true", help="also trace and profile one load")
    args = ap.parse_args()
    import subprocess

    with tempfile.TemporaryDirectory(prefix="salon-widget-") as tmp:
        env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
        subprocess.run(  # noqa: S603
            [PYTHON, str(REPO / "bench/isso/salon_config.py"), tmp],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        db = Database(f"sqlite:///{tmp}/salon.db")
        upgrade(db)
        fill(db, 1, args.comments, reply_share=args.reply_share)
        db.dispose()
        api = f"http://127.0.0.1:{args.port}"
        server = start(Path(tmp) / "salon.toml", args.port, None)
        page_port = args.port + 1
        body = host_page(api, "/t/1")

        class Page(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: object) -> None:
                return None

        host = http.server.ThreadingHTTPServer(("127.0.0.1", page_port), Page)
        threading.Thread(target=host.serve_forever, daemon=True).start()
        try:
            wait_up(args.port)
            answer = httpx.get(
                f"{api}/api/threads",
                params={"site": "default", "uri": "/t/1", "limit": 200},
                headers={"Origin": f"http://127.0.0.1:{page_port}"},
            ).json()
            n = count(answer["comments"])
            print(f"the first page holds {n} comments (thread count {answer['thread']['count']})")
            times: list[float] = []
            paints: list[float] = []
            with sync_playwright() as p:
                browser = p.chromium.launch(**CHROMIUM)  # type: ignore[arg-type]
                for run in range(args.runs + 1):
                    page = browser.new_page()
                    page.add_init_script(OBSERVE)
                    page.goto(f"http://127.0.0.1:{page_port}/")
                    ms, shown, first, answered, painted = page.evaluate(WAIT, n)
                    if run:  # the first load warms the server's cache and the browser
                        times.append(ms)
                        paints.append(painted)
                    print(
                        f"load {run}: answer received at {answered:.0f} ms, first comment "
                        f"in the DOM at {first:.0f} ms, all {shown} at {ms:.0f} ms, "
                        f"painted by {painted:.0f} ms",
                        flush=True,
                    )
                    if run == args.runs:
                        # The top, and the middle of the thread (drawn only once scrolled to).
                        page.screenshot(path="/tmp/salon-widget-1000.png")
                        middle = page.locator("#salon-thread .salon-list > .salon-comment")
                        middle.nth(middle.count() // 2).scroll_into_view_if_needed()
                        page.screenshot(path="/tmp/salon-widget-1000-middle.png")
                    page.close()
                if args.profile:
                    url = f"http://127.0.0.1:{page_port}/"
                    page = browser.new_page()
                    page.add_init_script(OBSERVE)
                    print(trace_load(browser, page, url, WAIT, n), flush=True)
                    page.close()
                    page = browser.new_page()
                    page.add_init_script(OBSERVE)
                    print(cpu_profile_load(page, url, WAIT, n), flush=True)
                    page.close()
                browser.close()
            print(
                f"RESULT comments={n} in_dom_p50={statistics.median(times):.0f}ms "
                f"in_dom_max={max(times):.0f}ms painted_p50={statistics.median(paints):.0f}ms "
                f"painted_max={max(paints):.0f}ms server_rss_mb={rss_mb(server.pid):.0f} "
                f"load={' '.join(f'{x:.1f}' for x in os.getloadavg())}"
            )
        finally:
            host.shutdown()
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
