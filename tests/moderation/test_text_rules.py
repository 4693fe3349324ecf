"""The text rules together (text_rules.py): one trie for every list, each rule a fixed
"spam phrase" in the registry, and the same score in `assess` and `assess_many`. Each
rule's phrases in every language: test_testimonial.py and test_earnings.py."""

import pytest

from salon.domain.moderation import Submission
from salon.moderation import Moderator, text_rules
from salon.moderation.normalise import normalise
from salon.moderation.policy import Policy
from salon.moderation.signals import REGISTRY

# (a comment the rule fires on, an ordinary one like it, words of the rule's reason)
STORIES = {
    "testimonial": (
        "Big thanks to the herbalist Mama Ngozi, her herbal remedy cured my sister's herpes",
        "Big thanks to my neighbour Ngozi, her soup cured my sister's cold",
        "testimonial for a spell caster",
    ),
    "earnings_story": (
        "Last year I was broke, now I'm making 7,000 a month from home. Ask me how",
        "Last year I was broke, now I have a job at the bakery",
        "tells of easy earnings",
    ),
}


def test_no_phrase_hides_another() -> None:
    # The trie stops at the shortest phrase: a phrase that must end at a word end must not
    # start another, and no list's phrase may start another list's (one trie for all).
    keys = text_rules.PHRASES.keys
    clashes = [(a, b) for a in keys for b in keys if a != b and b.startswith(a)]
    assert [(a, b) for a, b in clashes if keys[a][0] != keys[b][0] or keys[a][1]] == []


def test_every_text_rule_is_registered_fixed_and_worded() -> None:
    both = normalise(
        "Thanks to the spell caster my husband came back. I make 5k a month now, ask me how"
    ).folded
    names = {s.name for _, s in text_rules.evidence(both)}
    assert names == {rule.name for rule in text_rules.RULES} == set(STORIES)
    for name in names:
        assert not REGISTRY[name].learned
        assert REGISTRY[name].kind == "spam phrase"


@pytest.mark.parametrize("name", STORIES)
def test_it_moves_the_score_in_assess_and_assess_many(moderator: Moderator, name: str) -> None:
    text, plain, words = STORIES[name]
    spam, _ = moderator.assess_many([text, plain])
    decision = moderator.assess(Submission(text=text), Policy())
    assert decision.spam == pytest.approx(float(spam[0]), abs=1e-4)
    assert decision.band.value != "publish"
    assert any(words in r for r in decision.reasons)
    assert spam[1] < 0.35
