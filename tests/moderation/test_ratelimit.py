import pytest

from salon.moderation import Policy
from salon.moderation.ratelimit import RateLimiter


def test_limits_per_kind_and_key() -> None:
    r = RateLimiter(limits={"ip": "2/minute", "author": "1/hour"})
    assert r.hit("ip", "a") is None
    assert r.hit("ip", "a") is None
    wait = r.hit("ip", "a")
    assert wait is not None and 1.0 <= wait <= 60.0
    assert r.hit("ip", "b") is None
    assert r.hit("author", "x") is None
    assert r.hit("author", "x") is not None
    assert r.hit("author", "") is None  # unknown author: not limited


def test_from_policy_and_bad_input() -> None:
    r = RateLimiter.from_policy(Policy(ip_posts_per_minute=1))
    assert r.hit("ip", "k") is None and r.hit("ip", "k") is not None
    with pytest.raises(ValueError, match="unknown rate limit kind"):
        r.hit("email", "k")
    with pytest.raises(ValueError, match="not valid"):
        RateLimiter(limits={"ip": "often"})
