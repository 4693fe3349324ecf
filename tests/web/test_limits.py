"""Per-process limits: one limiter per name and app, made at first use."""

from fastapi import FastAPI, Request

from salon.web.limits import limiter, one_at_a_time


def request_of(app: FastAPI) -> Request:
    return Request({"type": "http", "app": app, "headers": []})


def test_one_limiter_per_name_kept_on_the_app() -> None:
    app = FastAPI()
    first = limiter(request_of(app), "posting", 4)
    assert first.total_tokens == 4
    assert limiter(request_of(app), "posting", 4) is first
    assert limiter(request_of(app), "page_renders", 2) is not first
    assert limiter(request_of(FastAPI()), "posting", 4) is not first


def test_a_lock_per_key_dropped_with_its_last_holder() -> None:
    app = FastAPI()
    lock = one_at_a_time(request_of(app), "reads", ("default", "/a"))
    assert one_at_a_time(request_of(app), "reads", ("default", "/a")) is lock
    assert one_at_a_time(request_of(app), "reads", ("default", "/b")) is not lock
    del lock
    assert ("default", "/a") not in app.state.reads
