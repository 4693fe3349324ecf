"""A site's remembered comments in the nearness term (moderation/site_memory.py)."""

import numpy as np
import pytest

from salon.domain.moderation import Label, Submission
from salon.moderation import Moderator, Policy, site_memory
from salon.moderation.errors import ModelError
from salon.moderation.learning import remember
from salon.moderation.site_memory import SiteMemory

# A campaign the shipped training data does not know: a made-up festival's tickets.
CAMPAIGN = [
    "Tickets for the Lantern Owl festival are almost gone, grab yours before Friday",
    "Last Lantern Owl festival passes left, get them before they are gone this Friday",
]
# The same campaign, reworded and in Dutch: no word in common with the labelled ones.
REWORDED = "Nog een paar kaarten voor het Lantaarn Uil festival, koop ze snel voor vrijdag"
TALK = "The festival in the park was lovely this year, my kids loved the lanterns"


def unit_rows(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_near_copies_take_one_row_and_only_the_newest_rows_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory = SiteMemory.empty(3, "neighbours+test")
    rows = unit_rows([1, 0, 0], [1, 0.01, 0], [0, 1, 0], [0, 0, 1])
    grown = memory.add(rows, np.array([True, True, True, False]))
    assert len(grown.spam) == 2 and len(grown.ham) == 1  # the second row is a near-copy
    # a near-copy of a spam row is still remembered as legitimate (the kinds are apart)
    assert len(grown.add(rows[:1], np.array([False])).ham) == 2
    monkeypatch.setattr(site_memory, "MAX_ROWS", 2)
    newest = grown.add(unit_rows([1, 1, 0]), np.array([True]))
    assert np.allclose(newest.spam, np.vstack([rows[2], unit_rows([1, 1, 0])[0]]))
    assert memory.version != grown.version != newest.version


def test_round_trip_and_corrupt_bytes() -> None:
    memory = SiteMemory.empty(3, "neighbours+test").add(
        unit_rows([1, 2, 3], [3, 2, 1]), np.array([True, False])
    )
    again = SiteMemory.from_bytes(memory.to_bytes())
    assert again.version == memory.version and again.neighbours == "neighbours+test"
    for bad in (b"", b"not a zip", memory.to_bytes()[:40]):
        with pytest.raises(ModelError, match="site memory is corrupt"):
            SiteMemory.from_bytes(bad)


def test_what_the_moderators_removed_pulls_a_new_wording_up(moderator: Moderator) -> None:
    memory = remember(None, [(t, Label.SPAM) for t in CAMPAIGN], moderator)
    assert memory is not None and len(memory.spam) == 2 and not len(memory.ham)
    rows = moderator.rows([REWORDED, TALK])
    plain, learned = moderator.nearness(rows), moderator.nearness(rows, memory)
    # The Dutch rewording is pulled up (release 13's neighbours: by 0.29 log-odds), and ends
    # well above talk of festivals, which moves too (it shares the campaign's words; with
    # release 9's neighbours it moved less than the rewording, with release 13's by 0.34).
    assert learned[0] - plain[0] > 0.25
    assert learned[0] - learned[1] > 0.3
    before = moderator.assess(Submission(text=REWORDED), Policy())
    after = moderator.assess(Submission(text=REWORDED), Policy(), memory=memory)
    assert after.spam > before.spam
    assert after.model_version == f"{before.model_version},{memory.version}"


def test_what_they_approved_pulls_down_and_deletes_teach_nothing(moderator: Moderator) -> None:
    pitch = "Earn 500 euros a day from home, write me on WhatsApp"
    memory = remember(None, [(pitch, Label.APPROVE), ("anything", Label.DELETE)], moderator)
    assert memory is not None and len(memory.ham) == 1 and not len(memory.spam)
    rows = moderator.rows(["Verdiene 400 Euro am Tag von zu Hause, schreib mir auf WhatsApp"])
    assert moderator.nearness(rows, memory)[0] < moderator.nearness(rows)[0]


def test_a_memory_from_other_neighbours_counts_for_nothing(moderator: Moderator) -> None:
    memory = remember(None, [(t, Label.SPAM) for t in CAMPAIGN], moderator)
    assert memory is not None
    stale = SiteMemory(memory.spam, memory.ham, "neighbours+00000000")
    rows = moderator.rows([REWORDED])
    assert moderator.usable(stale) is None
    assert moderator.nearness(rows, stale)[0] == moderator.nearness(rows)[0]
    # remembering into a stale memory starts a new one with these neighbours
    fresh = remember(stale, [(CAMPAIGN[0], Label.SPAM)], moderator)
    assert fresh is not None and len(fresh.spam) == 1 and moderator.usable(fresh) is fresh


def test_text_without_a_vector_is_not_remembered(moderator: Moderator) -> None:
    memory = remember(None, [("\u200b", Label.SPAM), ("   ", Label.SPAM)], moderator)
    assert memory is not None and len(memory) == 0
