"""Events keep a stable JSON form that outbox jobs and webhooks rely on."""

from __future__ import annotations

import json

import pytest

from salon.domain.events import (
    EVENT_TYPES,
    CommentHeld,
    CommentPublished,
    VotesChanged,
    event_from_json,
)


def test_every_event_round_trips_through_json() -> None:
    events = [
        CommentPublished("news", "/a", 7, {"id": 7, "html": "<p>x</p>"}, parent_id=3),
        CommentHeld("news", "/a", 8, {"id": 8}, reasons=("link to a free .cf domain",), spam=0.9),
        VotesChanged("news", "/a", 7, up=2, down=1, score=1),
    ]
    for event in events:
        data = json.loads(json.dumps(event.to_json()))
        assert data["type"] == event.type
        assert event_from_json(data) == event


def test_the_json_names_are_the_contract() -> None:
    assert CommentPublished("s", "/u", 1).to_json() == {
        "type": "comment.published",
        "site": "s",
        "uri": "/u",
        "comment_id": 1,
        "comment": {},
        "parent_id": None,
    }
    assert sorted(EVENT_TYPES) == [
        "comment.approved",
        "comment.deleted",
        "comment.edited",
        "comment.held",
        "comment.published",
        "comment.rejected",
        "support.changed",
        "votes.changed",
    ]


def test_unknown_events_and_newer_fields() -> None:
    with pytest.raises(ValueError, match="not a known event"):
        event_from_json({"type": "comment.teleported"})
    newer = {**VotesChanged("s", "/u", 1, 1, 0, 1).to_json(), "added_later": True}
    assert event_from_json(newer) == VotesChanged("s", "/u", 1, 1, 0, 1)
