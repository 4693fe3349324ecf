"""Reasons a moderator can trust: only what moved the score, phrases in context, never a
stop word or a number shown as spam-like."""

import re

from salon.domain.moderation import Band, Submission
from salon.moderation import Moderator, Policy
from salon.moderation.explain import STOPWORDS

HELD = [
    "Check https://www.reuters.com/world for the 2026 numbers on the page and subscribe",
    "I make 300 a day from home, the night shift is over, nobody needs a boss. WhatsApp me",
    "Please visit my page https://cash-daily.gq/2026 and subscribe, 100% free",
    "Ich verdiene 300 € am Tag von zu Hause. Schreib mir auf WhatsApp +49 160 9876543",
    "在家兼职每天轻松赚500元，加微信详聊 138 0013 8000",
]
_QUOTED = re.compile(r"wording “([^”]+)”")


def test_no_reason_shows_a_stop_word_or_a_number_as_spam_like(moderator: Moderator) -> None:
    for text in HELD:
        d = moderator.assess(Submission(text=text), Policy())
        for reason in d.reasons:
            for phrase in _QUOTED.findall(reason):
                words = phrase.split()
                for word in (words[0], words[-1]):
                    assert word not in STOPWORDS and not word.isdigit(), (text, reason)
                assert not any(w in {"https", "http", "www"} or w.isdigit() for w in words)


def test_model_reasons_show_the_phrase_in_context(moderator: Moderator) -> None:
    d = moderator.assess(Submission(text=HELD[3]), Policy())
    assert d.band is not Band.PUBLISH
    model = [r for r in d.reasons if r.startswith("spam model: ")]
    assert model and " (in “" in model[0], d.reasons


def test_reasons_are_only_listed_when_they_moved_the_score(moderator: Moderator) -> None:
    # An ordinary comment with a price: the money signal alone does not move the score
    # enough to be named, and nothing is held.
    d = moderator.assess(Submission(text="The tickets cost $25, entry is free."), Policy())
    assert d.band is Band.PUBLISH and d.reasons == ()


def test_abuse_evidence_is_not_given_as_a_reason_for_a_published_comment(
    moderator: Moderator,
) -> None:
    text = "Saying that immigrants should not be allowed to reproduce is vile eugenics."
    d = moderator.assess(Submission(text=text), Policy())
    assert d.band is Band.PUBLISH
    assert not any(r.startswith(("abuse: ", "abuse model: ")) for r in d.reasons), d.reasons
