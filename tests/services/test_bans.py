"""Bans from the queue: stored per site, applied at the next post, listed and lifted."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from salon.domain.errors import Invalid, NotFound
from salon.services.bans import ban_from_comment, lift_ban, list_bans
from salon.services.moderation import review_queue
from tests.conftest import post
from tests.services.test_moderation import deps_of

ORDINARY = "The library should stay open late in exam weeks, it's warm and quiet."


def test_banned_address_email_and_name_are_filed_as_spam(client: TestClient) -> None:
    deps = deps_of(client)
    first = post(client, ORDINARY, author={"name": "Vic", "email": "Vic@Example.org"})
    assert first["state"] == "published"
    cid = first["comment"]["id"]
    for kind in ("address", "email", "author"):
        ban, added = ban_from_comment(deps, cid, kind, "mo")
        assert added and ban.site == "default" and ban.moderator == "mo"
    assert ban_from_comment(deps, cid, "email", "mo")[1] is False  # already there
    values = {(b.kind, b.value) for b in list_bans(deps, "default")}
    assert ("email", "vic@example.org") in values and ("author", "vic") in values
    # The same reader again, and another reader with the same name from elsewhere.
    again = post(client, ORDINARY + " Again.", uri="/other")
    assert again["state"] == "held"  # spam is reported as held, never as spam
    spam = review_queue(deps, "default", "spam")
    assert any(r.startswith("site rule: banned ") for i in spam for r in i.reasons)
    # Lifting the address ban lets the address post again; the name ban still holds "Vic".
    for b in list_bans(deps):
        if b.kind == "address":
            lift_ban(deps, b.id)
    # (Different texts: near-copies in other threads count against a comment too.)
    later = "Thanks for the update on the bus timetable, very useful."
    assert post(client, later, uri="/third")["state"] == "published"
    named = post(client, "Agree with the council on this one.", uri="/4", author={"name": "VIC"})
    assert named["state"] == "held"


def test_bad_bans_are_refused(client: TestClient) -> None:
    deps = deps_of(client)
    anonymous = post(client, ORDINARY)["comment"]["id"]
    with pytest.raises(Invalid, match="no e-mail address"):
        ban_from_comment(deps, anonymous, "email", "mo")
    with pytest.raises(Invalid, match="one of address, email, author"):
        ban_from_comment(deps, anonymous, "reader", "mo")
    with pytest.raises(NotFound):
        ban_from_comment(deps, 999_999, "address", "mo")
    with pytest.raises(NotFound):
        lift_ban(deps, 999_999)
    with pytest.raises(NotFound):
        list_bans(deps, "nowhere")
