"""Readers' reports through HTTP on both databases: 202, one per reader, rate limit,
auto-hold at the site's threshold, the Reported view and dismissing."""

from __future__ import annotations

from urllib.parse import unquote

from fastapi.testclient import TestClient

from salon.services import reports as report_service
from tests.conftest import post
from tests.web.test_admin import csrf_of, submit
from tests.web.test_admin_comments import ids_on, mo  # noqa: F401 - the fixture

READERS: dict[str, str] = {}


def report(c: TestClient, cid: int, reader: str, **body: str) -> int:
    """Report as one of several readers, each with their own signed cookie."""
    c.cookies.delete("salon_reader")
    if reader in READERS:
        c.cookies.set("salon_reader", READERS[reader])
    # Readers without a cookie are told apart by address + browser: one browser each.
    r = c.post(
        f"/api/comments/{cid}/report",
        json={"reason": "abuse", **body},
        headers={"User-Agent": f"browser of {reader}"},
    )
    if "salon_reader" in r.cookies:
        READERS[reader] = r.cookies["salon_reader"]
    return r.status_code


def test_three_readers_hold_a_comment(mo: TestClient) -> None:  # noqa: F811
    READERS.clear()
    cid = post(mo, "Nobody should listen to the author, this piece is rubbish.", uri="/rep")[
        "comment"
    ]["id"]
    assert report(mo, cid, "reader-1", note="insulting") == 202
    assert report(mo, cid, "reader-1") == 202  # the same reader again: not counted
    assert report(mo, cid, "reader-2", reason="off-topic") == 202
    assert mo.get("/api/threads", params={"uri": "/rep"}).json()["thread"]["count"] == 1
    html = mo.get("/admin/comments?view=reported").text
    assert ids_on(html) == [cid] and "2 reports" in html and "insulting" in html
    assert report(mo, cid, "reader-3", reason="spam") == 202
    assert mo.get("/api/threads", params={"uri": "/rep"}).json()["thread"]["count"] == 0
    assert "state-held" in mo.get("/admin/comments?view=reported").text
    assert "auto-hold" in mo.get(f"/admin/audit?comment={cid}").text
    # The moderator dismisses the reports and approves it again.
    token = csrf_of(html)
    r = submit(mo, "/admin/dismiss", f"csrf={token}&dismiss={cid}")
    assert "dismissed 3 report" in unquote(r.headers["location"])
    assert ids_on(mo.get("/admin/comments?view=reported").text) == []
    submit(mo, "/admin/act", f"csrf={token}&one={cid}%3Aapprove")
    assert mo.get("/api/threads", params={"uri": "/rep"}).json()["thread"]["count"] == 1


def test_report_answers(client: TestClient) -> None:
    cid = post(client, "A fine comment", uri="/rep2")["comment"]["id"]
    r = client.post(f"/api/comments/{cid}/report", json={"reason": "rude"})
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    r = client.post(f"/api/comments/{cid}/report", json={"reason": "other", "note": "x" * 501})
    assert r.status_code == 422
    assert client.post("/api/comments/999/report", json={"reason": "spam"}).status_code == 404
    r = client.post(f"/api/comments/{cid}/report", json={"reason": "other"})
    assert r.status_code == 202 and r.json() == {"counted": True, "held": False}
    r = client.post(f"/api/comments/{cid}/report", json={"reason": "spam"})
    assert r.status_code == 202 and r.json() == {
        "counted": False,
        "held": False,
    }  # the cookie: same reader
    r = client.post(
        f"/api/comments/{cid}/report",
        json={"reason": "spam"},
        headers={"origin": "https://evil.example"},
    )
    assert r.status_code == 403


def test_reports_are_rate_limited(client: TestClient) -> None:
    ids = [
        post(client, f"Comment {n} worth reading", uri=f"/rl{n}")["comment"]["id"]
        for n in range(report_service.REPORTS_PER_HOUR + 1)
    ]
    codes = [
        client.post(f"/api/comments/{cid}/report", json={"reason": "spam"}).status_code
        for cid in ids
    ]
    assert codes[:-1] == [202] * report_service.REPORTS_PER_HOUR
    r = client.post(f"/api/comments/{ids[-1]}/report", json={"reason": "spam"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_report_from_the_plain_page(client: TestClient) -> None:
    cid = post(client, "A comment to report", uri="/plain")["comment"]["id"]
    page = client.get("/threads/default", params={"uri": "/plain", "report": cid})
    assert 'id="salon-report"' in page.text and 'value="off-topic"' in page.text
    r = client.post(
        "/threads/default/report",
        content=f"uri=%2Fplain&comment={cid}&reason=off-topic&note=wrong+thread",
        headers={"content-type": "application/x-www-form-urlencoded"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and "reported=1" in r.headers["location"]
    assert "the moderators will look at this comment" in client.get(r.headers["location"]).text
    r = client.post(
        "/threads/default/report",
        content=f"uri=%2Fplain&comment={cid}&reason=nonsense",
        headers={"content-type": "application/x-www-form-urlencoded", "accept": "text/html"},
    )
    assert r.status_code == 422 and "reason must be one of" in r.text
