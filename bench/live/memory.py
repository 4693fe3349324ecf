"""What one open live stream costs in memory, and who holds it (tracemalloc).

A Salon app (the bench's config, the same server options as `salon serve`) is served by
uvicorn in a thread of this process; N streams are opened over raw sockets, and the
Python allocations made between before and after are grouped by where they were made.

    python bench/live/memory.py [--streams 500] [--port 8335]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import uvicorn

from salon.app import create_app, server
from salon.config import load_settings

REPO = Path(__file__).resolve().parents[2]


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_streams(port: int, n: int) -> list[socket.socket]:
    socks = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(
            f"GET /api/live?site=default&uri=/memory HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Origin: http://127.0.0.1:{port}\r\n\r\n".encode()
        )
        socks.append(s)
    for s in socks:
        got = b""
        while b"retry:" not in got:
            got += s.recv(4096)
    return socks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--streams", type=int, default=500)
    ap.add_argument("--port", type=int, default=8335)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="salon-live-mem-") as tmp:
        subprocess.run(  # noqa: S603
            [sys.executable, str(REPO / "bench/isso/salon_config.py"), tmp],
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(REPO / "src")),
        )
        settings = load_settings(Path(tmp) / "salon.toml")
        options = {"host": "127.0.0.1", "port": args.port, "log_level": "warning"}
        srv = uvicorn.Server(server(create_app(settings), settings, proxy_headers=False, **options))
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        warm = open_streams(args.port, 20)  # first-use allocations out of the way
        time.sleep(0.5)
        tracemalloc.start(12)
        before, rss0 = tracemalloc.take_snapshot(), rss_kb()
        socks = open_streams(args.port, args.streams)
        time.sleep(1)
        after, rss1 = tracemalloc.take_snapshot(), rss_kb()
        diff = after.compare_to(before, "traceback")
        total = sum(d.size_diff for d in diff)
        print(
            f"{args.streams} streams: {total / args.streams / 1024:.1f} KB each in Python "
            f"allocations, RSS {(rss1 - rss0) / args.streams:.1f} KB each (tracemalloc's own "
            "bookkeeping included)"
        )
        print("\nby the file that allocated:")
        for d in after.compare_to(before, "filename")[:12]:
            name = d.traceback[0].filename.replace(str(REPO), "").split("site-packages/")[-1]
            print(f"{d.size_diff / args.streams:7.0f} B/stream  {name}")
        print("\nby the line that allocated:")
        for d in after.compare_to(before, "lineno")[:16]:
            frame = d.traceback[0]
            name = frame.filename.replace(str(REPO), "").split("site-packages/")[-1]
            print(f"{d.size_diff / args.streams:7.0f} B/stream  {name}:{frame.lineno}")
        for d in diff[:14]:
            if d.size_diff / args.streams < 40:
                break
            print(
                f"\n{d.size_diff / args.streams:7.0f} B/stream  {d.count_diff / args.streams:.1f}"
            )
            for line in d.traceback.format(limit=4, most_recent_first=True)[:8]:
                print("   ", line.strip()[:110])
        for s in socks + warm:
            s.close()
        srv.should_exit = True
        time.sleep(1)


if __name__ == "__main__":
    main()
