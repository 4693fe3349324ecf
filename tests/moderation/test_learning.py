from salon.domain.moderation import Label
from salon.moderation import Moderator
from salon.moderation.learning import (
    holdout_precision,
    learn,
    promote_if_not_worse,
    spam_target,
)
from salon.moderation.model import from_bytes, sigmoid, to_bytes
from salon.moderation.signals import TEXT_SIGNALS

from .conftest import tiny_model


def score(m: Moderator, model, text: str) -> float:  # type: ignore[no-untyped-def]
    return float(sigmoid(model.logits(m.rows([text])))[0])


def test_labels_map_to_targets() -> None:
    assert spam_target(Label.SPAM) == 1.0
    assert spam_target("approve") == 0.0
    assert spam_target(Label.ABUSE) == 0.0
    assert spam_target(Label.DELETE) is None


def test_a_few_labels_move_the_score(tiny_moderator: Moderator) -> None:
    m = tiny_moderator
    spam = "Join the gardening club newsletter at greenthumbs dot club every Sunday"
    ham = "I enjoyed the piece on the gardening club, thanks"
    before = score(m, m.spam, spam)
    new = learn(m.spam, [(spam, Label.SPAM), (ham, Label.APPROVE), ("", Label.SPAM)], m)
    assert score(m, new, spam) > before + 0.2
    assert score(m, new, ham) < score(m, new, spam)
    assert new.bias == m.spam.bias  # the intercept is frozen
    assert new.meta["site_labels"] == 2
    assert from_bytes(to_bytes(new)).version == new.version
    assert learn(m.spam, [("x", Label.DELETE)], m) is m.spam


def test_promotion_only_when_precision_does_not_drop(tiny_moderator: Moderator) -> None:
    m = tiny_moderator
    holdout = [("Cheap pills online now", Label.SPAM), ("Thanks for the article", Label.APPROVE)]
    batch = [("Cheap pills for sale online", Label.SPAM), ("Thanks, good article", Label.APPROVE)]
    good = learn(m.spam, batch, m, steps=60, lr=0.1)
    assert holdout_precision(good, holdout, m) == 1.0
    assert promote_if_not_worse(m.spam, good, holdout, m)
    bad = learn(m.spam, [("Thanks for the article", Label.SPAM)], m, steps=60, lr=0.1)
    assert holdout_precision(bad, holdout, m) < 1.0
    assert not promote_if_not_worse(good, bad, holdout, m)


def test_a_model_from_another_release_is_replaced(moderator: Moderator) -> None:
    old = tiny_model()
    new = learn(old, [("Cheap pills online", Label.SPAM), ("Nice piece", Label.APPROVE)], moderator)
    assert moderator.compatible(new)
    assert promote_if_not_worse(old, new, [("Cheap pills", Label.SPAM)], moderator)
    assert not promote_if_not_worse(new, old, [("Cheap pills", Label.SPAM)], moderator)


def test_learning_sees_the_sites_trusted_links_as_sources(moderator: Moderator) -> None:
    text = ["Our story from last week: https://harbour-news.org/2026/ferry"]
    base = moderator.features.n_hashed
    link, source = (base + TEXT_SIGNALS.index(n) for n in ("link", "source_link"))
    plain = set(moderator.rows(text).indices.tolist())
    trusted = set(moderator.rows(text, frozenset({"harbour-news.org"})).indices.tolist())
    assert link in plain and source not in plain
    assert source in trusted and link not in trusted


def test_a_sites_refit_learns_what_the_nearness_term_does_not_say(moderator: Moderator) -> None:
    assert moderator.near is not None
    batch = [
        ("Verdiene 400 Euro am Tag von zu Hause, schreib mir auf WhatsApp", Label.SPAM),
        ("Thanks for the piece on the new bus routes", Label.APPROVE),
    ]
    with_term = learn(moderator.spam, batch, moderator, steps=60, lr=0.1)
    near, moderator.near = moderator.near, None
    try:
        without = learn(moderator.spam, batch, moderator, steps=60, lr=0.1)
    finally:
        moderator.near = near
    rows = moderator.rows([batch[0][0]])
    # The pitch is near known spam, so the served score already leans to spam and the
    # site's copy moves its own weights less than it would without the term.
    assert moderator.nearness(rows)[0] > 0
    assert with_term.logits(rows)[0] < without.logits(rows)[0]
