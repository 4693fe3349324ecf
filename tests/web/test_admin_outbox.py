"""Moderators see dead jobs and webhook targets at /admin/outbox, and retry or enable them."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from salon.services.jobs import run_due
from salon.store import outbox as outbox_rows
from tests.conftest import login
from tests.web.test_admin import moderator_client, submit  # noqa: F401 - the fixture


def test_dead_jobs_are_listed_and_retried(moderator_client: TestClient, clock) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    client = moderator_client
    deps = client.app.state.deps  # type: ignore[attr-defined]
    assert client.get("/admin/outbox").status_code == 200
    with deps.db.write() as conn:
        job = outbox_rows.enqueue(conn, "unheard-of", {}, clock())
    for _ in range(12):
        run_due(deps)
        clock.advance(hours=2)
    login(client, "mo", "correct horse battery")  # a day later: the session has ended
    page = client.get("/admin/outbox")
    assert f'id="job-{job}"' in page.text and "no handler for job kind" in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    r = submit(client, "/admin/outbox/retry", f"csrf={csrf}&job={job}")
    assert r.status_code == 303 and "due+again" in r.headers["location"].replace("%20", "+")
    assert f'id="job-{job}"' not in client.get("/admin/outbox").text
    assert submit(client, "/admin/outbox/retry", f"csrf=wrong&job={job}").status_code == 403


def test_outbox_page_needs_a_moderator(client: TestClient) -> None:
    r = client.get("/admin/outbox", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
