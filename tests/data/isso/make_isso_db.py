# ruff: noqa: S310 - loopback requests to the Isso this script starts
"""Make tests/data/isso/comments.db with the real Isso, through its own HTTP API.

Run with the Python that has isso 0.14 (``bash ../shared/bench/isso/install.sh`` puts it in
/tmp/peer-isso/venv):

    /tmp/peer-isso/venv/bin/python tests/data/isso/make_isso_db.py

Isso listens on a free loopback port; votes come from distinct /24 networks through
X-Forwarded-For (Isso counts one vote per anonymised address and refuses the author's own).
The pending comment is posted after a restart with moderation on.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "comments.db"
ISSO = Path(os.environ.get("ISSO", "/tmp/peer-isso/venv/bin/isso"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CONFIG = """[general]
dbpath = {db}
host = http://127.0.0.1:{port}/
max-age = 1h
notify = stdout
[moderation]
enabled = {moderated}
[server]
listen = http://127.0.0.1:{port}
trusted-proxies = 127.0.0.1
[guard]
enabled = true
ratelimit = 1000000
direct-reply = 1000000
reply-to-self = true
require-author = false
require-email = false
"""


class Isso:
    def __init__(self, work: Path, moderated: bool) -> None:
        self.port = free_port()
        cfg = work / "isso.cfg"
        cfg.write_text(
            CONFIG.format(db=work / "comments.db", port=self.port, moderated=str(moderated).lower())
        )
        self.proc = subprocess.Popen(
            [str(ISSO), "-c", str(cfg), "run"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/info", timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("isso did not start")

    def call(
        self, method: str, path: str, body: dict | None = None, ip: str = "10.0.0.1", **headers: str
    ) -> tuple[dict, str]:
        req = urllib.request.Request(
            self.base + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Content-Type": "application/json",
                "X-Forwarded-For": ip,
                "Origin": self.base,
                **headers,
            },
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            cookie = resp.headers.get("Set-Cookie", "").split(";", 1)[0]
            return json.loads(resp.read() or b"null"), cookie

    def new(self, uri: str, text: str, ip: str = "10.0.0.1", **fields: object) -> tuple[int, str]:
        data, cookie = self.call("POST", f"/new?uri={uri}", {"text": text, **fields}, ip=ip)
        return int(data["id"]), cookie

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="isso-fixture-"))
    first, second = "/2026/11/first-article", "/2026/11/second-article"
    isso = Isso(work, moderated=False)
    try:
        c1, _ = isso.new(
            first,
            "Hello **world**, with a [link](https://example.org/page).",
            ip="10.1.0.1",
            author="Zoë Ångström",
            email="zoe@example.org",
            website="https://zoe.example.org",
            title="Première: the first article",
        )
        c2, _ = isso.new(
            first,
            "Je suis d'accord — très bien écrit. 日本語もOK.",
            ip="10.2.0.1",
            author="Jean & Co",
            parent=c1,
        )
        isso.new(first, "A reply to the reply (Isso keeps one level).", ip="10.3.0.1", parent=c2)
        c4, cookie4 = isso.new(first, "I will delete this; it has a reply.", ip="10.4.0.1")
        isso.new(first, "Replying before it goes.", ip="10.5.0.1", author="Bob", parent=c4)
        c6, cookie6 = isso.new(first, "Deleted without replies: Isso drops the row.", ip="10.6.0.1")
        for n in range(3):
            isso.call("POST", f"/id/{c1}/like", ip=f"10.9.{n}.1")
        isso.call("POST", f"/id/{c1}/dislike", ip="10.9.9.1")
        isso.call("POST", f"/id/{c2}/like", ip="10.9.0.1")
        isso.call("DELETE", f"/id/{c4}", ip="10.4.0.1", Cookie=cookie4)
        isso.call("DELETE", f"/id/{c6}", ip="10.6.0.1", Cookie=cookie6)
        isso.new(
            second,
            "Second thread, <b>raw HTML</b> stays text: <script>alert(1)</script>",
            ip="10.7.0.1",
            author="Mallory",
            title="The second article",
        )
    finally:
        isso.stop()
    isso = Isso(work, moderated=True)
    try:
        isso.new(second, "Waiting for a moderator.", ip="10.8.0.1", author="Newcomer")
    finally:
        isso.stop()
    shutil.copyfile(work / "comments.db", OUT)
    shutil.rmtree(work)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    sys.exit(main())
