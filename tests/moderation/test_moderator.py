import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salon.domain.moderation import Band, Decision, Submission
from salon.moderation import ModelError, Moderator, Policy, TextError
from salon.moderation.model import save_file, to_bytes
from salon.moderation.moderator import ABUSE_FILE, SPAM_FILE

from .conftest import tiny_model

SCAM = (
    "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 𝙥𝙚𝙧 𝙢𝙤𝙣𝙩𝙝 for working online from home. "
    "I joined this job 2 months ago and my first paycheck was $24,000. "
    "Just copy this site → w w w . cash-daily . gq"
)


def said(d: Decision, words: str) -> bool:
    """A reason contains `words` (reasons are "<kind>: <words>")."""
    return any(words in r for r in d.reasons)


def test_the_scam_is_spam_and_the_reasons_say_why(moderator: Moderator) -> None:
    d = moderator.assess(Submission(text=SCAM), Policy())
    assert d.band is Band.SPAM
    assert d.spam > Policy().spam_threshold
    assert any(r.startswith("link: ") and "free .gq domain" in r for r in d.reasons)
    # Release 9: "money amounts" no longer moves the score by MIN_CONTRIBUTION (the
    # sentence vector carries what it used to), so it is not listed; the pitch is.
    assert said(d, "spam-like wording “first paycheck”")
    assert d.model_version.startswith("spam-")


def test_praise_and_heated_debate_are_published(moderator: Moderator) -> None:
    for text in (
        "Great article, thanks!",
        "The minister is a liar and this government has failed every pensioner in the country.",
        "Religion has no place in politics, and the bishop should keep his sermons in church.",
    ):
        d = moderator.assess(Submission(text=text, author_published_count=2), Policy())
        assert d.band is Band.PUBLISH, (text, d)


def test_context_reasons(moderator: Moderator) -> None:
    text = "Interesting read, more on this topic in my notes at https://example.org/notes"
    d = moderator.assess(
        Submission(
            text=text,
            same_text_other_threads=14,
            seconds_to_submit=0.8,
            author_name="cheap-loans.tk",
        ),
        Policy(),
    )
    assert d.band is Band.SPAM
    assert said(d, "same text in 14 other threads")
    assert said(d, "form sent 0.8 s after it was shown")
    assert said(d, "author name is a web address")


def test_an_edit_that_adds_a_link_goes_back_to_review(moderator: Moderator) -> None:
    before = "I agree with most of this, good article on the housing market."
    after = before + " More at https://cash-daily.gq"
    published = moderator.assess(Submission(text=before, author_published_count=1), Policy())
    edited = moderator.assess(
        Submission(text=after, is_edit=True, previous_text=before, author_published_count=1),
        Policy(),
    )
    assert published.band is Band.PUBLISH
    assert edited.band is not Band.PUBLISH
    assert said(edited, "an edit added a link")


def test_praise_whose_payload_is_the_authors_website_is_held(moderator: Moderator) -> None:
    spam = Submission(
        text="Great post! I'll be bookmarking your blog and will come back for more.",
        author_name="Best Dentist Miami",
        author_website="https://best-dentist-miami.com",
    )
    d = moderator.assess(spam, Policy())
    assert d.band is not Band.PUBLISH
    assert said(d, "generic praise that fits any page, with the author's website, in a first")
    assert said(d, "author name is a keyword (“Best Dentist Miami”)")
    # A newcomer with an ordinary name is held too. A regular scores lower (context
    # counts); since stop 21 this wording with a website is still held from a regular
    # (0.37: it lies near the generic praise of known blog spam, neighbours.py), and
    # without the website it is published (below).
    newcomer = replace(spam, author_name="Maria")
    held = moderator.assess(newcomer, Policy())
    assert held.band is not Band.PUBLISH
    regular = replace(newcomer, author_published_count=3)
    assert moderator.assess(regular, Policy()).spam < held.spam
    # The same praise from a reader without a website, or a reader's website under a
    # comment that is about the article, stays published.
    for sub in (
        Submission(text=spam.text, author_name="Maria", author_published_count=3),
        Submission(
            text="The council's figures on bus routes don't add up: 40 cut, 3 added.",
            author_name="Maria",
            author_website="https://maria-writes.net",
            author_published_count=3,
        ),
    ):
        assert moderator.assess(sub, Policy()).band is Band.PUBLISH, sub


def test_an_edit_that_adds_a_source_is_not_a_new_link(moderator: Moderator) -> None:
    before = "The ferry subsidy was cut in 2019, not 2021."
    after = before + " Source: https://www.gov.uk/government/statistics/ferry-2019"
    d = moderator.assess(
        Submission(text=after, is_edit=True, previous_text=before, author_published_count=0),
        Policy(),
    )
    assert not said(d, "an edit added a link")
    assert not said(d, "link in the author's first comment")
    assert d.band is Band.PUBLISH


def test_same_text_counts_only_for_longer_texts(moderator: Moderator) -> None:
    d = moderator.assess(Submission(text="Thanks!", same_text_other_threads=40), Policy())
    assert d.band is Band.PUBLISH


def test_fingerprint_sees_through_disguises(moderator: Moderator) -> None:
    plain = "Google is paying $27485 per month for working online from home, visit cash-daily.gq"
    assert moderator.fingerprint(SCAM.replace("w w w . ", "")) != moderator.fingerprint(plain)
    assert moderator.fingerprint(plain) == moderator.fingerprint(plain.upper())
    assert isinstance(moderator.fingerprint(plain), int)


def test_assess_many_matches_assess(moderator: Moderator) -> None:
    texts = ["Great article", SCAM, "", "You are an idiot and a disgrace"]
    spam, abuse = moderator.assess_many(texts)
    assert np.isnan(spam[2]) and np.isnan(abuse[2])
    # A regular author: no context evidence (a newcomer's link would add some).
    single = moderator.assess(
        Submission(text=SCAM, author_published_count=1), Policy(spam_threshold=1.0)
    )
    assert spam[1] == pytest.approx(single.spam, abs=1e-3)


def test_bad_input(moderator: Moderator) -> None:
    for text in ("", "   ", "\u200b\u200b", "x" * 1_000_000):
        with pytest.raises(TextError):
            moderator.assess(Submission(text=text), Policy())
    for text in ("😀😀😀", "\x00\x01\x02\x03\x04binary", "שלום עולם", "abc\udc80def", "ж" * 19_000):
        assert isinstance(moderator.assess(Submission(text=text), Policy()), Decision)
    binary = moderator.assess(Submission(text="\x00\x01\x02\x03\x04\x05 xyz"), Policy())
    assert binary.band is not Band.PUBLISH


# Any code point, lone surrogates (what malformed UTF-8 decodes to with surrogateescape)
# and the characters disguises are made of.
ANY_TEXT = st.lists(
    st.one_of(
        st.characters(exclude_categories=[]),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=[]),
        st.sampled_from(["$", "5", " ", ".", "\u200b", "\u202e", "𝙂", "а", "http://x.tk "]),
    ),
    max_size=300,
).map("".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ANY_TEXT)
def test_assess_never_crashes(moderator: Moderator, text: str) -> None:
    try:
        d = moderator.assess(
            Submission(text=text, author_name=text[:20], author_website=text[-20:]), Policy()
        )
        moderator.fingerprint(text)
    except TextError:
        return
    assert 0.0 <= d.spam <= 1.0 and 0.0 <= d.abuse <= 1.0


def test_missing_and_corrupt_model_files(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing.*salon moderation train"):
        Moderator.load(tmp_path)
    save_file(tiny_model("spam"), tmp_path / SPAM_FILE)
    (tmp_path / ABUSE_FILE).write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ModelError, match="corrupt.*salon moderation train"):
        Moderator.load(tmp_path)
    (tmp_path / ABUSE_FILE).write_bytes(to_bytes(tiny_model("abuse"))[:-40])
    with pytest.raises(ModelError, match="salon moderation train"):
        Moderator.load(tmp_path)
    save_file(tiny_model("abuse"), tmp_path / ABUSE_FILE)
    assert Moderator.load(tmp_path).model_version.startswith("spam-0+")


def test_long_pathological_texts_stay_linear(moderator: Moderator) -> None:
    # Each took seconds with a backtracking pattern; linear code needs a few milliseconds.
    for text in ("1" * 19_999, "$1" * 9_999, "а" * 19_999, "1-" * 9_999 + "x", "a." * 9_990 + "@b"):
        start = time.perf_counter()
        moderator.assess(Submission(text=text), Policy())
        assert time.perf_counter() - start < 2.0, text[:10]


def test_a_site_model_from_another_release_falls_back_to_the_shipped_one(
    moderator: Moderator,
) -> None:
    old = tiny_model("spam")
    assert not moderator.compatible(old)
    assert moderator.compatible(moderator.spam)
    d = moderator.assess(Submission(text=SCAM), Policy(), spam_model=old)
    assert d.band is Band.SPAM
    assert d.model_version.startswith(moderator.spam.version)


def test_models_must_agree_on_their_character_ngrams() -> None:
    spam = tiny_model("spam").with_weights(tiny_model().weights, -2.0, char_ngrams=[3, 4])
    with pytest.raises(ModelError, match="another version"):
        Moderator(spam, tiny_model("abuse"))  # 3-5, the default before release 3
    with pytest.raises(ModelError, match="char_ngrams"):
        Moderator(tiny_model().with_weights(spam.weights, -2.0, char_ngrams="3-4"), tiny_model())
    m = Moderator(spam, tiny_model("abuse").with_weights(spam.weights, -2.0, char_ngrams=[3, 4]))
    assert m.features.char_ngrams == (3, 4)
    assert not m.compatible(tiny_model())
