"""Undo of pin, feature and close; a moderator's answer and edit reach webhooks (a real
loopback receiver) like readers' comments do. Both databases."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings, SiteSettings, WebhookSettings
from salon.moderation import Moderator
from salon.services.admins import create_admin
from salon.services.jobs import run_all
from tests.conftest import GENEROUS, Clock, login, post
from tests.receiver import Receiver, receiver
from tests.web.test_admin import csrf_of, submit
from tests.web.test_admin_comments import mo  # noqa: F401 - the signed-in fixture


def _thread(c: TestClient, uri: str) -> dict:
    return c.get("/api/threads", params={"uri": uri}).json()


def test_undo_covers_pin_feature_and_close(mo: TestClient) -> None:  # noqa: F811
    first = post(mo, "The first comment here", uri="/u")["comment"]["id"]
    second = post(mo, "A second, better comment", uri="/u")["comment"]["id"]
    token = csrf_of(mo.get("/admin/comments").text)

    def flag(value: str) -> None:
        assert submit(mo, "/admin/flag", f"csrf={token}&flag={value}").status_code == 303

    def undo() -> None:
        assert submit(mo, "/admin/undo", f"csrf={token}").status_code == 303

    flag(f"{first}%3Apinned%3A1")
    flag(f"{second}%3Apinned%3A1")  # replaces the first pin
    assert [c["pinned"] for c in _thread(mo, "/u")["comments"]] == [True, False]
    assert _thread(mo, "/u")["comments"][0]["id"] == second
    undo()  # the first pin is back, the second gone
    comments = _thread(mo, "/u")["comments"]
    assert comments[0]["id"] == first and comments[0]["pinned"] and not comments[1]["pinned"]
    flag(f"{second}%3Afeatured%3A1")
    assert [c["id"] for c in _thread(mo, "/u")["featured"]] == [second]
    undo()
    assert _thread(mo, "/u")["featured"] == []
    flag(f"{first}%3Aclosed%3A1")
    assert _thread(mo, "/u")["thread"]["closed"] is True
    undo()
    assert _thread(mo, "/u")["thread"]["closed"] is False
    assert post(mo, "Open again after the undo", uri="/u")["state"] == "published"
    undo()  # then the pin of the first
    assert not any(c["pinned"] for c in _thread(mo, "/u")["comments"])
    r = submit(mo, "/admin/undo", f"csrf={token}")
    assert r.status_code == 422 and "nothing to undo" in r.text


@pytest.fixture
def hooked(
    settings: Settings, clock: Clock, moderator: Moderator
) -> Iterator[tuple[TestClient, Receiver]]:
    with receiver() as hook:
        site = SiteSettings(
            id="hooked",
            name="Hooked",
            origins=("local",),
            moderation=GENEROUS,
            webhooks=(
                WebhookSettings(
                    url=f"{hook.url}/standard", events=("comment.published", "comment.edited")
                ),
            ),
        )
        configured = settings.model_copy(update={"sites": (*settings.sites, site)})
        app = create_app(configured, clock=clock, moderator=moderator, run_jobs=False)
        with TestClient(app) as c:
            create_admin(c.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
            login(c, "mo", "correct horse battery")
            yield c, hook


def test_a_moderator_answer_and_edit_fire_webhooks(hooked: tuple[TestClient, Receiver]) -> None:
    c, hook = hooked
    deps = c.app.state.deps  # type: ignore[attr-defined]
    cid = post(c, "When does the market reopen?", site="hooked", uri="/m")["comment"]["id"]
    run_all(deps)
    hook.requests.clear()
    token = csrf_of(c.get("/admin/comments").text)
    r = submit(c, "/admin/answer", f"csrf={token}&answer={cid}&answer-{cid}=On+Monday.")
    assert r.status_code == 303
    r = submit(c, "/admin/edit", f"csrf={token}&edit={cid}&text-{cid}=When+does+it+reopen%3F")
    assert r.status_code == 303
    run_all(deps)
    events = [json.loads(r.body) for r in hook.requests]
    kinds = [(e["type"], e["data"]["comment"]["id"]) for e in events]
    answer = next(e for e in events if e["type"] == "comment.published")
    assert answer["data"]["comment"]["by_site"] is True
    assert answer["data"]["comment"]["html"] == "<p>On Monday.</p>"
    assert ("comment.edited", cid) in kinds and len(kinds) == 2
