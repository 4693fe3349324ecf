from salon.config import SiteSettings
from salon.domain.moderation import Band, Submission
from salon.moderation import Moderator, Policy
from salon.services.screening import site_policy


def test_the_sites_own_origins_are_trusted() -> None:
    site = SiteSettings(
        id="news",
        name="News",
        origins=("https://www.harbour-news.org", "local"),
        moderation={"trusted_domains": ["partner-paper.net"]},
    )
    assert site_policy(site).trusted_domains == (
        "partner-paper.net",
        "https://www.harbour-news.org",
    )
    assert site_policy(SiteSettings(id="x", name="X", origins=("local",))) == Policy()


def test_a_newcomers_link_to_the_site_itself_is_not_held() -> None:
    moderator = Moderator.load()
    sub = Submission(text="They covered this last year: https://harbour-news.org/2025/ferry-cuts")
    site = SiteSettings(id="news", name="News", origins=("https://www.harbour-news.org",))
    plain = moderator.assess(sub, Policy())
    own = moderator.assess(sub, site_policy(site))
    assert "context: link in the author's first comment" in plain.reasons
    assert "context: link in the author's first comment" not in own.reasons
    assert own.spam < plain.spam
    assert own.band is Band.PUBLISH
    assert moderator.trusted(site_policy(site)) == frozenset({"harbour-news.org"})
