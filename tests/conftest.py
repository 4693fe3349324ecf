"""Shared fixtures: settings on SQLite and PostgreSQL, an app with an injected clock, a client."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings, SiteSettings, default_site
from salon.moderation import Moderator
from tests.mailbox import SmtpServer

POSTGRES_URL = os.environ.get(
    "SALON_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("SALON_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(what: str, error: Exception) -> None:
    message = f"{what} is not reachable ({error}); start it (see README) to run these tests"
    if IN_CI:
        pytest.fail(f"CI requires {message}")
    pytest.skip(message)


class Clock:
    """The injected clock: tests move time forward instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    try:
        with psycopg.connect(POSTGRES_URL, connect_timeout=3) as conn:
            conn.execute("select 1")
    except psycopg.Error as e:
        _unavailable(f"PostgreSQL at {POSTGRES_URL}", e)
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh schema per test, found first on the search path, dropped afterwards."""
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in postgres_server else "?"
    yield f"{postgres_server}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{tmp_path / 'salon.db'}"


NEWS = SiteSettings(
    id="news",
    name="Example News",
    origins=("https://news.example.org",),
    moderation={"ip_posts_per_minute": 3},
)
# Tests post many comments from one address; the rate limits get their own tests.
GENEROUS = {
    "ip_posts_per_minute": 100_000,
    "ip_posts_per_hour": 100_000,
    "author_posts_per_minute": 100_000,
    "author_posts_per_hour": 100_000,
}
LOCAL = default_site().model_copy(update={"moderation": GENEROUS})


@pytest.fixture(scope="session")
def moderator() -> Moderator:
    return Moderator.load(
        Path(os.environ["SALON_MODEL_DIR"]) if "SALON_MODEL_DIR" in os.environ else None
    )


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        secret_key="test-secret-key",  # type: ignore[arg-type]
        sites=(LOCAL, NEWS),
    )


@pytest.fixture
def client(settings: Settings, clock: Clock, moderator: Moderator) -> Iterator[TestClient]:
    app = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app) as c:
        yield c


def post(client: TestClient, text: str = "Hello", **fields: object) -> dict:
    """Post a comment on /article with sensible defaults; returns the JSON answer."""
    body = {"site": "default", "uri": "/article", "text": text, **fields}
    r = client.post("/api/comments", json=body)
    assert r.status_code in (201, 202), r.text
    return r.json()


def post_as_another(client: TestClient, text: str = "Hello", **fields: object) -> dict:
    """Post as another reader (another browser), so that ``client`` may vote on it: a
    reader cannot up-vote their own comment."""
    return post(TestClient(client.app, headers={"user-agent": "another reader"}), text, **fields)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


MODERATED = SiteSettings(
    id="mod",
    name="Moderated News",
    origins=("local",),
    url="https://mod.example.org",
    moderator_emails=("editor@example.org",),
    moderation={**GENEROUS, "hold_words": ["casino"]},
)


@pytest.fixture
def mail_settings(settings: Settings, smtp: SmtpServer) -> Settings:
    """The test settings with mail through the loopback SMTP server and a moderated site."""
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_tls": "none",
            "smtp_timeout": 5.0,
            "mail_from": "comments@example.org",
            "public_url": "http://testserver",
            "sites": (*settings.sites, MODERATED),
        }
    )


@pytest.fixture
def mail_client(
    mail_settings: Settings, clock: Clock, moderator: Moderator
) -> Iterator[TestClient]:
    app = create_app(mail_settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app) as c:
        yield c


def login(client: TestClient, name: str, password: str, **headers: str):  # type: ignore[no-untyped-def]
    """Sign in through the login form as a browser does: its CSRF field, then the POST."""
    import re
    from urllib.parse import urlencode

    page = client.get("/admin/login", headers=headers)
    match = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert match, page.text
    form = urlencode({"csrf": match.group(1), "username": name, "password": password})
    return client.post(
        "/admin/login",
        content=form,
        headers={"content-type": "application/x-www-form-urlencoded", **headers},
        follow_redirects=False,
    )
