import pytest

from salon.domain.moderation import Band, Submission
from salon.moderation import Moderator, Policy, PolicyError


def test_policy_from_site_toml_dict() -> None:
    p = Policy.from_dict(
        {"spam_threshold": 0.9, "hold_words": ["Casino", " "], "banned_emails": ["x@y.z"]}
    )
    assert p.hold_words == ("Casino",)
    assert p.banned_emails == ("x@y.z",)
    assert hash(p)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"spam_threshold": 2}, "spam_threshold"),
        ({"hold_threshold": 0.99, "spam_threshold": 0.9}, "must not exceed"),
        ({"hold_words": "casino"}, "list of strings"),
        ({"ip_posts_per_minute": 0}, "whole number"),
        ({"spam_treshold": 0.9}, "unknown moderation setting"),
    ],
)
def test_bad_policy_is_refused_with_a_clear_message(settings: dict, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        Policy.from_dict(settings)


def band(m: Moderator, policy: Policy, **kw: object) -> tuple[Band, tuple[str, ...]]:
    d = m.assess(
        Submission(**{"text": "A perfectly normal remark about the weather.", **kw}), policy
    )
    return d.band, d.reasons


def test_bans_honeypot_and_words(tiny_moderator: Moderator) -> None:
    policy = Policy(
        banned_authors=("Spammer",),
        banned_emails=("bad@example.org",),
        banned_ip_hashes=("abc",),
        hold_words=("weather",),
        reject_words=("casino royale",),
    )
    m = tiny_moderator
    assert band(m, policy, author_name="spammer") == (Band.SPAM, ("site rule: banned author",))
    assert band(m, policy, author_email="BAD@example.org")[0] is Band.SPAM
    assert band(m, policy, ip_hash="abc")[1] == ("site rule: banned IP address",)
    assert band(m, policy, honeypot="http://x")[0] is Band.SPAM
    assert band(m, policy, text="Play at 𝘾𝙖𝙨𝙞𝙣𝙤 Royale tonight")[0] is Band.SPAM
    assert band(m, policy) == (Band.HOLD, ("site rule: held word “weather”",))
    assert band(m, Policy()) == (Band.PUBLISH, ())


def test_first_comment_premoderation(tiny_moderator: Moderator) -> None:
    policy = Policy(premoderate_first_comment=True)
    assert band(tiny_moderator, policy, author_published_count=0)[0] is Band.HOLD
    assert band(tiny_moderator, policy, author_published_count=3)[0] is Band.PUBLISH


def test_thresholds_decide_between_publish_hold_and_spam(tiny_moderator: Moderator) -> None:
    # The tiny model scores everything sigmoid(-2) = 0.12.
    assert band(tiny_moderator, Policy(hold_threshold=0.1, spam_threshold=0.9))[0] is Band.HOLD
    assert band(tiny_moderator, Policy(hold_threshold=0.1, spam_threshold=0.11))[0] is Band.SPAM
    assert band(tiny_moderator, Policy(abuse_threshold=0.1))[0] is Band.HOLD


def test_words_in_settings_are_folded_like_the_text(tiny_moderator: Moderator) -> None:
    policy = Policy(hold_words=("Café",), reject_words=("ｃａｓｉｎｏ",))
    assert band(tiny_moderator, policy, text="Meet me at the cafe")[0] is Band.HOLD
    assert band(tiny_moderator, policy, text="Best 𝐂𝐀𝐒𝐈𝐍𝐎 online")[0] is Band.SPAM
    assert band(tiny_moderator, policy, text="Casinos are regulated")[0] is Band.PUBLISH
