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


class Ticks:
    """A monotonic clock that tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_moving_window_with_an_injected_clock() -> None:
    ticks = Ticks()
    r = RateLimiter(limits={"ip": "2/minute;3/hour"}, clock=ticks)
    assert r.hit("ip", "a") is None
    ticks.now += 20
    assert r.hit("ip", "a") is None
    ticks.now += 10
    assert r.hit("ip", "a") == 30.0  # the first post leaves the minute at 1060
    ticks.now += 29.5
    assert r.hit("ip", "a") == 1.0  # never less than a second
    ticks.now += 0.5  # 1060: a post exactly a minute old still counts
    assert r.hit("ip", "a") == 1.0
    ticks.now += 0.1  # the first post has left the minute...
    assert r.hit("ip", "a") is None  # ...and the refused tries used up nothing
    ticks.now += 40  # 1100.1: the minute holds one post, but the hour three
    assert r.hit("ip", "a") == 3499.9  # the longer wait of the two full windows
    ticks.now = 1000 + 3600.1  # the first post left the hour; the minute is empty too
    assert r.hit("ip", "a") is None


def test_memory_windows_start_no_thread_and_forget_quiet_keys() -> None:
    import threading

    from salon.moderation import ratelimit

    ticks = Ticks()
    r = RateLimiter(limits={"ip": "5/minute;30/hour"}, clock=ticks)
    before = threading.active_count()
    for i in range(ratelimit.SWEEP_EVERY - 1):
        assert r.hit("ip", f"k{i}") is None
    assert threading.active_count() == before
    windows = r._windows
    assert isinstance(windows, ratelimit.MovingWindows)
    assert len(windows._windows) == ratelimit.SWEEP_EVERY - 1
    ticks.now += 3601  # every key's posts have left both windows
    assert r.hit("ip", "fresh") is None  # the SWEEP_EVERY-th hit sweeps
    assert list(windows._windows) == [("ip", "fresh")]


@pytest.mark.redis
def test_redis_windows_are_shared_and_refuse_without_counting() -> None:
    import uuid

    import redis

    from tests.conftest import REDIS_URL, _unavailable

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as e:
        _unavailable(f"Redis at {REDIS_URL}", e)
    one = RateLimiter(REDIS_URL, {"ip": "2/minute;3/hour"})
    two = RateLimiter(REDIS_URL, {"ip": "2/minute;3/hour"})
    key = uuid.uuid4().hex
    assert one.hit("ip", key) is None
    assert two.hit("ip", key) is None
    for limiter in (one, two, one):  # refused tries leave the counts as they were
        wait = limiter.hit("ip", key)
        assert wait is not None and 58.0 <= wait <= 60.0
    client = redis.Redis.from_url(REDIS_URL)
    assert client.llen(f"salon:rate:ip:2/60:{key}") == 2
    assert client.llen(f"salon:rate:ip:3/3600:{key}") == 2
    assert 0 < client.ttl(f"salon:rate:ip:2/60:{key}") <= 60
    assert one.hit("ip", "") is None
