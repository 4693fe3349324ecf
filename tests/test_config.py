from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import ValidationError

from salon.config import Settings, SiteSettings, load_settings

TOML = """
database_url = "sqlite:///from-file.db"
colour = "blue"

[[sites]]
id = "news"
name = "Example News"
origins = ["https://news.example.org"]
max_depth = 3
"""


def test_file_then_env_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "salon.toml"
    path.write_text(TOML)
    monkeypatch.setenv("SALON_SECRET_KEY", "from-env")
    with caplog.at_level(logging.WARNING):
        settings = load_settings(path)
    assert settings.database_url == "sqlite:///from-file.db"
    assert settings.secret_key.get_secret_value() == "from-env"
    assert settings.site("news") is not None and settings.site("news").max_depth == 3
    assert settings.site("default") is None
    assert "colour" in caplog.text
    monkeypatch.setenv("SALON_DATABASE_URL", "sqlite:///from-env.db")
    assert load_settings(path).database_url == "sqlite:///from-env.db"


def test_secret_never_printed() -> None:
    settings = Settings(secret_key="hunter2")  # type: ignore[arg-type]
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.model_dump())


def test_bad_files_stop_with_a_message(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not found"):
        load_settings(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("sites = [")
    with pytest.raises(SystemExit, match="not valid TOML"):
        load_settings(bad)


def test_site_validation() -> None:
    with pytest.raises(ValidationError):
        SiteSettings(id="Bad Id")
    with pytest.raises(ValidationError, match="unique"):
        Settings(sites=(SiteSettings(id="a"), SiteSettings(id="a")))


@pytest.mark.parametrize(
    ("origin", "ok"),
    [
        (None, True),
        ("http://localhost:3000", True),
        ("http://127.0.0.1:8000", True),
        ("http://[::1]:8000", True),
        ("https://localhost", True),
        ("http://localhost.evil.example", False),
        ("https://example.org", False),
        ("null", False),
    ],
)
def test_local_origins(origin: str | None, ok: bool) -> None:
    assert SiteSettings(id="default", origins=("local",)).allows_origin(origin) is ok
