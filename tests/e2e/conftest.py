"""A real Salon server (uvicorn in a thread) and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from salon.app import create_app
from salon.config import Settings
from salon.demo.seed import seed
from salon.domain.moderation import Band, Decision, Submission
from salon.moderation import Moderator
from tests.conftest import LOCAL

CHROMIUM = os.environ.get("SALON_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


class Verdicts:
    """The real moderation screen, except its verdict: publish, or spam when the honeypot is
    filled. Browser tests check the widget; the models have their own tests, and a retrained
    model must not turn these into flaky ones."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def assess(self, submission: Submission, *args: Any, **kwargs: Any) -> Decision:
        if submission.honeypot.strip():
            return Decision(Band.SPAM, spam=1.0, model_version="e2e", reasons=("honeypot",))
        return Decision(Band.PUBLISH, model_version="e2e")


class MovableClock:
    """Real time plus an offset: the browser's clock agrees, and tests can jump ahead."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)

    def set_back(self, **delta: float) -> None:
        self.offset = -timedelta(**delta)

    def reset(self) -> None:
        self.offset = timedelta()


@dataclass
class Server:
    url: str
    clock: MovableClock
    settings: Settings
    http: httpx.Client = field(repr=False)
    pages: dict[str, str] = field(default_factory=dict, repr=False)

    def host_page(self, path: str, html: str) -> str:
        """Serve ``html`` at /e2e/``path`` (a publisher's page); returns its URL."""
        self.pages[path] = html
        return f"{self.url}/e2e/{path}"

    def post(self, text: str, uri: str = "/", **fields: Any) -> dict[str, Any]:
        """Post through the API the way a reader would; returns the JSON answer."""
        body = {"site": "default", "uri": uri, "text": text, **fields}
        r = self.http.post("/api/comments", json=body)
        assert r.status_code in (201, 202), r.text
        return dict(r.json())

    def thread(self, uri: str = "/", **params: Any) -> dict[str, Any]:
        r = self.http.get("/api/threads", params={"site": "default", "uri": uri, **params})
        assert r.status_code == 200, r.text
        return dict(r.json())


def _settings(db: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{db}",
        secret_key="e2e-secret-key",  # type: ignore[arg-type]
        sites=(LOCAL,),
        demo=True,
    )


PUBLISHER_CSP = "default-src * 'unsafe-inline' data:"


def _host_pages(pages: dict[str, str]) -> APIRouter:
    """Publishers' pages for the tests, served by a real server (Chromium refuses loopback
    requests from pages that Playwright fulfils itself)."""
    router = APIRouter()

    @router.get("/e2e/{path:path}", include_in_schema=False)
    def host_page(path: str) -> HTMLResponse:
        if path not in pages:
            return HTMLResponse("no such test page", status_code=404)
        # A publisher's page has its own policy, not Salon's (a lax one, as many do).
        return HTMLResponse(pages[path], headers={"Content-Security-Policy": PUBLISHER_CSP})

    return router


def _launch(
    settings: Settings, clock: MovableClock, pages: dict[str, str], moderator: Moderator
) -> tuple[uvicorn.Server, threading.Thread, str]:
    app = create_app(settings, clock=clock, moderator=moderator)
    app.include_router(_host_pages(pages))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", lifespan="on", ws="none", access_log=False, timeout_keep_alive=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the Salon server did not start")
        time.sleep(0.02)
    app.state.deps.screen = Verdicts(app.state.deps.screen)
    return server, thread, f"http://127.0.0.1:{port}"


@contextmanager
def running(db: Path, moderator: Moderator) -> Iterator[Server]:
    """A Salon server on a fresh SQLite file ``db``, stopped on exit."""
    clock = MovableClock()
    settings = _settings(db)
    pages: dict[str, str] = {}
    server, thread, url = _launch(settings, clock, pages, moderator)
    # No keep-alive: the server drops idle connections after 1 s, and a request sent on
    # one it is just closing fails with "connection reset" (seen as a flaky test).
    http = httpx.Client(base_url=url, timeout=10, limits=httpx.Limits(max_keepalive_connections=0))
    try:
        yield Server(url, clock, settings, http, pages)
    finally:
        http.close()
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def salon(tmp_path: Path, moderator: Moderator) -> Iterator[Server]:
    """A server with an empty database, for tests that write."""
    with running(tmp_path / "salon.db", moderator) as server:
        yield server


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory, moderator: Moderator) -> Iterator[Server]:
    """The `salon demo` thread (about 40 comments), shared by the tests that only read it."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    seed(_settings(db))
    with running(db, moderator) as server:
        yield server


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing; install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    b = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    )
    yield b
    b.close()


LOOPBACK = re.compile(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/")


@contextmanager
def guarded_context(browser: Browser, **options: Any) -> Iterator[BrowserContext]:
    """A browser context that fails the test on any dialog (alert, confirm, prompt) or
    uncaught script error in any of its pages, and never leaves the loopback interface."""
    options.setdefault("viewport", {"width": 1100, "height": 900})
    ctx = browser.new_context(**options)
    ctx.set_default_timeout(5_000)
    problems: list[str] = []

    def on_dialog(dialog: Any) -> None:
        problems.append(f"a {dialog.type} dialog opened: {dialog.message!r}")
        dialog.dismiss()

    ctx.on("dialog", on_dialog)
    ctx.on("weberror", lambda e: problems.append(f"script error: {e.error}"))
    # Salon's pages carry a strict CSP: anything it blocks is a broken page.
    ctx.on(
        "console",
        lambda m: (
            problems.append(f"CSP: {m.text}") if "Content Security Policy" in m.text else None
        ),
    )
    ctx.route(lambda url: not LOOPBACK.match(url), lambda route: route.abort())
    try:
        yield ctx
    finally:
        ctx.close()
    assert not problems, problems


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    with guarded_context(browser) as ctx:
        yield ctx


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def screenshot_path(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / f"{name}.png"


def sign_in(page: Page, site: str, name: str, password: str) -> None:
    """Sign in through the login form (its CSRF field comes with the page)."""
    page.goto(f"{site}/admin/login")
    page.fill("#username", name)
    page.fill("#password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site}/admin")
