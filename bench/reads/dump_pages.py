"""What Salon answers on the read path, as files, to compare two trees byte for byte.

    PYTHONPATH=src .venv/bin/python bench/reads/dump_pages.py /tmp/after
    PYTHONPATH=/other/src .venv/bin/python bench/reads/dump_pages.py /tmp/before
    diff -r /tmp/before /tmp/after && echo identical

One app on a fresh SQLite file with an injected clock: 120 comments (a third of them
replies) posted through the API and moderation over two threads, the clock
moved forward between posts by a minute to months, so the pages show every unit of
"... ago"; then, in each of the 19 languages (Accept-Language): the thread page in every
sort, the JSON thread and the counts; and the admin's login page. Each post's answer
(its state: published or held by moderation) is kept too, without its random edit token,
and the login form's random CSRF token is masked.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings, default_site
from salon.i18n.catalogues import LANGUAGES
from salon.moderation import Moderator

TEXTS = [
    "A first comment, to say hello.",
    "I **disagree**: the numbers in the third paragraph are from 2019, see https://example.org/x",
    "Merci pour cet article, très clair.",
    "Das ist doch Unsinn, wie immer.",
    "Click here for cheap pills!!! www.cheap-pills.example",
    "Спасибо, очень интересно.",
    "これは面白い記事です。",
    "هذا مقال رائع",
]
CSRF = re.compile(rb'name="csrf" value="[0-9a-f]+"')
STEPS = [60, 150, 3_600, 7_200, 86_400, 3 * 86_400, 9 * 86_400, 40 * 86_400, 200 * 86_400]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 27, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    limits = ("ip_posts_per_minute", "ip_posts_per_hour", "author_posts_per_minute",
              "author_posts_per_hour")  # fmt: skip
    site = default_site().model_copy(update={"moderation": dict.fromkeys(limits, 100_000)})
    settings = Settings(
        database_url=f"sqlite:///{tempfile.mkdtemp()}/pages.db",  # type: ignore[arg-type]
        secret_key="dump-pages-secret",  # type: ignore[arg-type]  # noqa: S106
        sites=(site,),
    )
    clock = Clock()
    app = create_app(settings, clock=clock, moderator=Moderator.load(None), run_jobs=False)
    with TestClient(app) as client:
        ids: dict[str, list[int]] = {"/a": [], "/b": []}
        for n in range(120):
            uri = "/a" if n % 3 else "/b"
            body = {"site": "default", "uri": uri, "text": f"{TEXTS[n % len(TEXTS)]} ({n})",
                    "author": {"name": f"Reader {n % 7}"}}  # fmt: skip
            if n % 3 == 2 and ids[uri]:
                body["parent"] = ids[uri][n % len(ids[uri])]
            r = TestClient(app, headers={"user-agent": f"reader {n}"}).post(
                "/api/comments", json=body
            )
            assert r.status_code in (201, 202), r.text
            answer = r.json()
            if answer["state"] == "published":  # a held comment takes no replies
                ids[uri].append(answer["comment"]["id"])
            answer.pop("edit_token")  # random
            (out / f"post-{n:03}.json").write_text(json.dumps(answer, sort_keys=True))
            # Months apart at first, a minute apart at the end: every unit of "... ago".
            clock.now += timedelta(seconds=STEPS[-1 - n * len(STEPS) // 120] + n)
        clock.now -= timedelta(seconds=100)  # the last comments: "just now"
        for lang in LANGUAGES:
            h = {"accept-language": lang}
            for uri in ids:
                for sort in ("newest", "oldest", "votes"):
                    r = client.get(f"/threads/default?uri={uri}&sort={sort}", headers=h)
                    (out / f"page-{lang}-{uri[1:]}-{sort}.html").write_bytes(r.content)
                r = client.get(f"/api/threads?site=default&uri={uri}&limit=200", headers=h)
                (out / f"api-{lang}-{uri[1:]}.json").write_bytes(r.content)
            r = client.get("/api/counts?site=default&uri=/a&uri=/b", headers=h)
            (out / f"counts-{lang}.json").write_bytes(r.content)
            r = client.get("/admin/login", headers=h)
            page = CSRF.sub(b'name="csrf" value="(random)"', r.content)
            (out / f"admin-login-{lang}.html").write_bytes(page)
    print(f"{len(list(out.iterdir()))} files in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
