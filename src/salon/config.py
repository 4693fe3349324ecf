"""Settings: one TOML file plus SALON_* environment variables, read once and frozen."""

from __future__ import annotations

import ipaddress
import logging
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from salon.domain.text import MODERATION_MAX_CHARS

log = logging.getLogger(__name__)

# Pages served from these hosts may use the default site when no site is configured.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


class SiteSettings(BaseModel):
    """One publisher site: its origins and the rules of its comment section."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    name: str = ""
    # Exact origins ("https://news.example.org"); "local" allows any localhost port.
    origins: tuple[str, ...] = ()
    max_depth: int = Field(default=5, ge=1, le=50)
    edit_window_minutes: float = Field(default=15, ge=0)
    # Capped by what moderation can screen, so an accepted length is never refused there.
    max_comment_chars: int = Field(default=10_000, ge=1, le=MODERATION_MAX_CHARS)
    require_name: bool = False
    require_email: bool = False
    # The site's moderation policy (thresholds, word lists, bans, rate limits): see
    # salon.moderation.policy.Policy for the keys; checked when the server starts.
    moderation: dict[str, Any] = Field(default_factory=dict)

    def allows_origin(self, origin: str | None) -> bool:
        """True when a page served from ``origin`` may use this site (no header: same-site)."""
        if not origin:
            return True
        if origin in self.origins:
            return True
        if "local" in self.origins:
            parsed = urlsplit(origin)
            return parsed.scheme in ("http", "https") and parsed.hostname in LOCAL_HOSTS
        return False


def default_site() -> SiteSettings:
    return SiteSettings(id="default", name="Salon", origins=("local",))


class Settings(BaseSettings):
    """Everything configurable, validated at start. Passed down; never read from os.environ."""

    model_config = SettingsConfigDict(env_prefix="SALON_", frozen=True, extra="ignore")

    database_url: str = "sqlite:///salon.db"
    redis_url: str | None = None
    # Signs edit tokens and reader cookies. Unset: a key generated once and kept in the
    # database, so that every process and every restart agree.
    secret_key: SecretStr | None = None
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    sites: tuple[SiteSettings, ...] = Field(default_factory=lambda: (default_site(),))
    demo: bool = False
    # Where spam.npz and abuse.npz live; default: the models shipped in the package.
    model_dir: str | None = None
    # Addresses (or networks) of reverse proxies whose X-Forwarded-For / -Proto are
    # believed; from anyone else those headers are ignored.
    trusted_proxies: tuple[str, ...] = ()
    # Salon's own address as readers reach it ("https://comments.example.org"): the base
    # of absolute links in feeds and mails, never taken from a request's Host header.
    public_url: str | None = Field(default=None, pattern=r"^https?://[^\s/?#]+(/[^\s?#]*)?$")
    # Limits against slow and oversized clients (see web/connections.py).
    header_timeout_seconds: float = Field(default=10, gt=0, le=300)
    body_timeout_seconds: float = Field(default=30, gt=0, le=3600)
    idle_timeout_seconds: float = Field(default=5, ge=1, le=300)
    max_header_bytes: int = Field(default=16 * 1024, ge=1024, le=1024 * 1024)
    max_headers: int = Field(default=100, ge=10, le=1000)

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies(cls, proxies: tuple[str, ...]) -> tuple[str, ...]:
        for proxy in proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError as e:
                raise ValueError(f"trusted_proxies: {proxy!r} is not an address or network") from e
        return proxies

    @field_validator("sites")
    @classmethod
    def _unique_sites(cls, sites: tuple[SiteSettings, ...]) -> tuple[SiteSettings, ...]:
        ids = [s.id for s in sites]
        if len(ids) != len(set(ids)):
            raise ValueError(f"site ids must be unique, got {ids}")
        if not sites:
            return (default_site(),)
        return sites

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over the file, which is passed as init arguments.
        return (env_settings, init_settings)

    def site(self, site_id: str) -> SiteSettings | None:
        for site in self.sites:
            if site.id == site_id:
                return site
        return None


def load_settings(
    config_file: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Read the TOML file (if any), let SALON_* env win, then apply explicit overrides."""
    values: dict[str, Any] = {}
    path = config_file or (environ or {}).get("SALON_CONFIG")
    if path:
        try:
            with open(path, "rb") as f:
                values = tomllib.load(f)
        except FileNotFoundError as e:
            raise SystemExit(f"config file not found: {path}") from e
        except tomllib.TOMLDecodeError as e:
            raise SystemExit(f"config file {path} is not valid TOML: {e}") from e
    known = set(Settings.model_fields)
    for key in sorted(set(values) - known):
        log.warning("unknown setting %r in %s is ignored", key, path)
    values = {k: v for k, v in values.items() if k in known}
    values.update(overrides)
    return Settings(**values)
