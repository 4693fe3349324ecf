"""Nearness to the spam model's training comments (moderation/neighbours.py)."""

from pathlib import Path

import numpy as np
import pytest

from salon.moderation import Moderator
from salon.moderation.errors import ModelError
from salon.moderation.model import load_file
from salon.moderation.moderator import ABUSE_FILE, DEFAULT_MODEL_DIR, SPAM_FILE
from salon.moderation.neighbours import FILE, Neighbours, load
from salon.moderation.sentence import DIM, SentenceVectors

SPAM = [
    "Earn 500 euros a day from home, write me on WhatsApp",
    "Work from home and make 300 dollars a day, message me",
    "Bitcoin trading platform pays 20 percent a week, contact my manager",
    "My account manager doubled my crypto in a month, ask me how",
    "Lose 10 kg in two weeks with this natural tea, order now",
    "Miracle diet pills, buy today and get a free bottle",
    "Click here to claim your free iPhone prize now",
    "You have won a gift card, reply YES to claim it",
]
HAM = [
    "I think the author is wrong about the city budget",
    "The council should fund the libraries before the stadium",
    "My grandmother grew up in this town and remembers the old bridge",
    "Great reporting, the interviews with the nurses were moving",
    "The second half of the match was much better than the first",
    "Does anyone know when the road works on Main Street end?",
    "I disagree: the tax cut mostly helps people who are already rich",
    "Thanks for the recipe, the bread came out perfectly",
]


@pytest.fixture(scope="module")
def near() -> Neighbours:
    vectors = SentenceVectors.load().vectors(SPAM + HAM)
    is_spam = np.array([True] * len(SPAM) + [False] * len(HAM))
    return Neighbours.build(vectors, is_spam, "spam-test")


def test_a_new_wording_of_known_spam_is_pulled_up_and_ordinary_talk_down(
    near: Neighbours,
) -> None:
    sv = SentenceVectors.load()
    pitch = sv.vectors(["Verdiene 400 Euro am Tag von zu Hause, schreib mir auf WhatsApp"])
    talk = sv.vectors(["The mayor's budget leaves the libraries without money again"])
    assert near.term(pitch)[0] > 0.2 > 0 > -0.2 > near.term(talk)[0]
    # a training comment itself is as near to its class as a vector can be
    both = near.term(sv.vectors([SPAM[0], HAM[0]]))
    assert both[0] > 0 > both[1]
    assert np.all(np.abs(both) <= 2 * near.meta["alpha"] + 1e-6)


def test_round_trip_and_version(near: Neighbours) -> None:
    again = Neighbours.from_bytes(near.to_bytes())
    assert again.version == near.version and again.meta == near.meta
    assert np.array_equal(again.spam, near.spam) and np.array_equal(again.basis, near.basis)
    assert near.basis.shape == (DIM, len(SPAM) + len(HAM))  # fewer comments, fewer directions


def test_missing_corrupt_and_mismatched_files(tmp_path: Path, near: Neighbours) -> None:
    assert load(tmp_path, "spam-test") is None  # an older model directory: no term
    (tmp_path / FILE).write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ModelError, match="corrupt.*salon moderation train"):
        load(tmp_path, "spam-test")
    (tmp_path / FILE).write_bytes(near.to_bytes())
    found = load(tmp_path, "spam-test")
    assert found is not None and found.version == near.version
    with pytest.raises(ModelError, match="built with spam-test, not with spam-other"):
        load(tmp_path, "spam-other")
    broken = Neighbours(near.basis[:, :3], near.spam, near.ham, near.meta)
    with pytest.raises(ModelError, match="wrong shape"):
        Neighbours.from_bytes(broken.to_bytes())


def test_the_moderator_adds_the_term_to_the_spam_logit_only(near: Neighbours) -> None:
    shipped = Moderator.load()
    assert shipped.near is not None  # the shipped file belongs to the shipped spam model
    texts = ["Verdiene 400 Euro am Tag von zu Hause, schreib mir auf WhatsApp", "Nice bread"]
    spam, abuse = shipped.assess_many(texts)
    without = Moderator(load_file(DEFAULT_MODEL_DIR / SPAM_FILE), shipped.abuse)
    assert without.near is None
    spam0, abuse0 = without.assess_many(texts)
    term = shipped.near.term(SentenceVectors.load().vectors(texts))
    logit = np.log(spam / (1 - spam))
    assert np.allclose(logit, np.log(spam0 / (1 - spam0)) + term, atol=1e-4)
    assert np.array_equal(abuse, abuse0)
    with pytest.raises(ModelError, match="another spam model"):
        Moderator(shipped.spam, shipped.abuse, near)  # built for "spam-test"


def test_a_model_directory_without_neighbours_still_loads(tmp_path: Path) -> None:
    for name in (SPAM_FILE, ABUSE_FILE):
        (tmp_path / name).write_bytes((DEFAULT_MODEL_DIR / name).read_bytes())
    assert Moderator.load(tmp_path).near is None
