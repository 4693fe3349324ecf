"""Every setting a publisher can use is documented in the README."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from salon.config import Settings, SiteSettings
from salon.moderation import Policy

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()
INTERNAL = {"demo"}


@pytest.mark.parametrize("name", sorted(set(Settings.model_fields) - INTERNAL - {"sites"}))
def test_server_setting_documented(name: str) -> None:
    assert name in README or f"SALON_{name.upper()}" in README


@pytest.mark.parametrize("name", sorted(set(SiteSettings.model_fields) - {"moderation"}))
def test_site_setting_documented(name: str) -> None:
    assert f"{name} =" in README


def test_site_moderation_table_documented() -> None:
    assert "[sites.moderation]" in README


@pytest.mark.parametrize("name", sorted(f.name for f in fields(Policy)))
def test_moderation_setting_documented(name: str) -> None:
    assert f"{name} =" in README
