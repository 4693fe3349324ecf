"""The 'learn' job (services/learning.py): a site's model and memory follow its labels."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from salon.domain.moderation import Label, Submission
from salon.moderation.learning import learn
from salon.moderation.site_memory import SiteMemory
from salon.services.jobs import run_due
from salon.services.learning import is_holdout
from salon.services.moderation import decide
from salon.store import moderation as moderation_rows
from tests.conftest import post

from .test_moderation import deps_of

CAMPAIGN = [
    "Tickets for the Lantern Owl festival are almost gone, grab yours before Friday",
    "Last Lantern Owl festival passes left, get them before they are gone this Friday",
    "Lantern Owl festival weekend tickets selling out, buy now before Friday night",
    "Only a handful of Lantern Owl festival tickets remain, order yours before Friday",
]
TALK = [
    "The new bus timetable is much better for people working late shifts",
    "I went to the library's reading night and it was lovely",
    "Our street finally got its potholes fixed after three years",
    "The council meeting ran long but the budget vote was fair",
]
REWORDED = "Nog een paar kaarten voor het Lantaarn Uil festival, koop ze snel voor vrijdag"


def label_all(client: TestClient) -> None:
    deps = deps_of(client)
    for n, text in enumerate(CAMPAIGN):
        decide(deps, post(client, text, uri=f"/c{n}")["comment"]["id"], "spam", "mo")
    for n, text in enumerate(TALK):
        decide(deps, post(client, text, uri=f"/t{n}")["comment"]["id"], "approve", "mo")
    while run_due(deps):
        pass


def test_the_site_remembers_what_its_moderators_labelled(client: TestClient) -> None:
    deps = deps_of(client)
    label_all(client)
    with deps.db.read() as conn:
        learned = deps.site_models.get(conn, "default")
        labels = moderation_rows.labels_after(conn, "default", 0)
    assert learned is not None and learned.memory is not None
    # every label but the hold-out ones (every fifth id) is remembered, by its kind
    taught = [label for i, _, label in labels if not is_holdout(i)]
    assert len(learned.memory.spam) == taught.count("spam")
    assert len(learned.memory.ham) == taught.count("approve")
    policy = deps.screen.policies["default"]
    sub = Submission(text=REWORDED)
    alone = deps.screen.moderator.assess(sub, policy, spam_model=learned.spam)
    served = deps.screen.moderator.assess(sub, policy, learned.spam, learned.memory)
    assert served.spam > alone.spam
    assert served.model_version.endswith(learned.memory.version)


def test_a_memory_from_other_neighbours_is_rebuilt_from_every_label(
    client: TestClient,
) -> None:
    deps = deps_of(client)
    label_all(client)
    with deps.db.read() as conn:
        row = moderation_rows.latest_model(conn, "default")
    assert row is not None and row["memory"]
    # As if the memory had been projected by an older release's neighbours.
    old = SiteMemory.from_bytes(row["memory"])
    stale = SiteMemory(old.spam[:1], old.ham[:0], "neighbours+00000000")
    with deps.db.write() as conn:
        moderation_rows.save_model(
            conn,
            "default",
            "stale",
            row["data"],
            row["trained_through"],
            None,
            deps.clock(),
            memory=stale.to_bytes(),
        )
    deps.site_models.forget("default")
    decide(
        deps, post(client, "One more ordinary remark", uri="/x")["comment"]["id"], "approve", "mo"
    )
    while run_due(deps):
        pass
    with deps.db.read() as conn:
        learned = deps.site_models.get(conn, "default")
        labels = moderation_rows.labels_after(conn, "default", 0)
    assert learned is not None and learned.memory is not None
    assert learned.memory.neighbours == deps.screen.moderator.near.version  # type: ignore[union-attr]
    assert len(learned.memory) == sum(not is_holdout(i) for i, _, _ in labels)


ORDINARY = [
    "Is the swimming pool on Elm Road open over the holidays?",
    "The photos of the harvest festival are lovely, thank you",
    "My daughter's school had the same problem with the heating",
    "I read the whole report and the figures on rents are shocking",
    "Good interview, the mayor finally answered a straight question",
    "We need more benches in the park for older people",
]


def test_comments_the_site_kept_teach_the_refit_once(client: TestClient, clock) -> None:  # type: ignore[no-untyped-def]
    deps = deps_of(client)
    kept = [post(client, t, uri=f"/o{n}")["comment"]["id"] for n, t in enumerate(ORDINARY)]
    labelled = post(client, ORDINARY[0] + " (again)", uri="/o9")["comment"]["id"]
    decide(deps, labelled, "approve", "mo")
    clock.advance(days=3)
    recent = post(client, "Written just now, not settled yet", uri="/n")["comment"]["id"]
    with deps.db.read() as conn:
        found = moderation_rows.settled(conn, "default", clock() - timedelta(days=2), 100)
    # published, older than two days, unlabelled; newest first
    assert [i for i, _ in found] == sorted(kept, reverse=True)
    assert labelled not in dict(found) and recent not in dict(found)
    for n, text in enumerate(CAMPAIGN):
        decide(deps, post(client, text, uri=f"/c{n}")["comment"]["id"], "spam", "mo")
    while run_due(deps):
        pass
    with deps.db.read() as conn:
        learned = deps.site_models.get(conn, "default")
    assert learned is not None
    assert learned.spam.meta["settled_through"] == max(kept)
    # Without the settled comments the same labels teach mostly "more spam": the ordinary
    # comments score higher under that refit than under the one that saw them.
    policy = deps.screen.policies["default"]
    alone = learn(
        deps.screen.moderator.spam,
        [(t, Label.SPAM) for t in CAMPAIGN[:3]],
        deps.screen.moderator,
    )
    with_kept = learn(
        deps.screen.moderator.spam,
        [(t, Label.SPAM) for t in CAMPAIGN[:3]] + [(t, Label.APPROVE) for t in ORDINARY[1:]],
        deps.screen.moderator,
    )
    sub = Submission(text=ORDINARY[0])
    assert (
        deps.screen.moderator.assess(sub, policy, with_kept).spam
        < deps.screen.moderator.assess(sub, policy, alone).spam
    )


def test_labels_beyond_one_jobs_read_are_learnt_by_the_next_jobs(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One job reads at most labels_after's limit (10,000); a site with more kept learning
    # nothing new once it had that many. Here the limit is 3.
    read = moderation_rows.labels_after
    monkeypatch.setattr(
        moderation_rows, "labels_after", lambda conn, site, after: read(conn, site, after, 3)
    )
    deps = deps_of(client)
    label_all(client)
    with deps.db.read() as conn:
        row = moderation_rows.latest_model(conn, "default")
        labels = moderation_rows.labels_after(conn, "default", 0)
        everything = moderation_rows.newest_labels(conn, "default", 100)
    assert len(everything) == len(CAMPAIGN) + len(TALK) > 3 == len(labels)
    assert row is not None and row["trained_through"] == max(i for i, _, _ in everything)
