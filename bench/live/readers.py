"""The readers of bench/live/run.py, in a process of their own: N raw sockets on one epoll.

Each reader holds ``GET /api/live`` open. Every byte is timestamped (``time.monotonic``,
the same clock in every process on the machine) the moment ``recv`` returns it, before
anything else is done with it, and nothing is parsed beyond looking for the bench's
markers, so the client costs a few microseconds per reader and event and does not stand
between the server and the figure.

    python readers.py --port 8331 [--port 8332] --readers 2000 --uri /live-bench

On stdout: ``ready N SECONDS`` once every reader has its stream, ``complete MARKER`` when
all have an event carrying ``livebench-MARKER``. On stdin: ``beats`` answers the heartbeat
count of each reader (one JSON list); ``report`` answers one JSON object (each marker's
arrival times, heartbeats, streams still open) and ends the process.
"""

from __future__ import annotations

import argparse
import json
import selectors
import socket
import sys
import time

MARK = b"livebench-"
BEAT = b": keep-alive"
TAIL = 40  # bytes kept from the previous read, so a marker split between two is found


class Reader:
    __slots__ = ("beats", "buf", "open", "ready", "seen", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""
        self.ready = False
        self.open = True
        self.beats = 0
        self.seen: set[str] = set()


def connect(port: int, uri: str) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port))
    origin = f"http://127.0.0.1:{port}"
    s.sendall(
        f"GET /api/live?site=default&uri={uri} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Origin: {origin}\r\nAccept: text/event-stream\r\n\r\n".encode()
    )
    s.setblocking(False)
    return s


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, action="append", required=True)
    ap.add_argument("--readers", type=int, default=2000)
    ap.add_argument("--uri", default="/live-bench")
    args = ap.parse_args()
    sel = selectors.EpollSelector()
    readers: list[Reader] = []
    arrivals: dict[str, list[float]] = {}
    out = sys.stdout
    started = time.monotonic()
    waiting = args.readers
    for i in range(args.readers):
        reader = Reader(connect(args.port[i % len(args.port)], args.uri))
        readers.append(reader)
        sel.register(reader.sock, selectors.EVENT_READ, reader)
        if i % 100 == 99:
            time.sleep(0.05)  # no thundering accept queue
    sel.register(sys.stdin, selectors.EVENT_READ, None)
    while True:
        for key, _ in sel.select():
            reader = key.data
            if reader is None:
                command = sys.stdin.readline().strip()
                if command == "beats":
                    out.write(json.dumps([r.beats for r in readers]) + "\n")
                    out.flush()
                    continue
                report = {
                    "arrivals": arrivals,
                    "beats": [r.beats for r in readers],
                    "open": sum(r.open for r in readers),
                }
                out.write(json.dumps(report) + "\n")
                out.flush()
                return
            try:
                data = reader.sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            now = time.monotonic()
            if not data:
                reader.open = False
                sel.unregister(reader.sock)
                reader.sock.close()
                continue
            buf = reader.buf + data
            reader.buf = buf[-TAIL:]
            if not reader.ready and b"retry:" in buf:
                reader.ready = True
                waiting -= 1
                if not waiting:
                    out.write(f"ready {len(readers)} {now - started:.1f}\n")
                    out.flush()
            reader.beats += data.count(BEAT)
            at = buf.find(MARK)
            while at >= 0:
                marker = buf[at + len(MARK) : at + len(MARK) + 8].decode("ascii", "replace")
                if len(marker) == 8 and marker not in reader.seen:
                    reader.seen.add(marker)
                    got = arrivals.setdefault(marker, [])
                    got.append(now)
                    if len(got) == len(readers):
                        out.write(f"complete {marker}\n")
                        out.flush()
                at = buf.find(MARK, at + 1)


if __name__ == "__main__":
    main()
