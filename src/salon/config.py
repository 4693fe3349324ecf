"""Settings: one TOML file plus SALON_* environment variables, read once and frozen."""

from __future__ import annotations

import ipaddress
import logging
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from salon.domain.text import MODERATION_MAX_CHARS

log = logging.getLogger(__name__)

# Pages served from these hosts may use the default site when no site is configured.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


WEBHOOK_EVENTS = (
    "comment.published",
    "comment.held",
    "comment.edited",
    "comment.deleted",
    "comment.approved",
    "comment.rejected",
)


class WebhookSettings(BaseModel):
    """One outgoing webhook of a site (``[[sites.webhooks]]``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str = Field(pattern=r"^https?://\S+$", max_length=2048)
    # Standard Webhooks signing secret ("whsec_..." base64, or any text); for telegram
    # the URL carries the bot token and this is the chat id.
    secret: SecretStr = SecretStr("")
    events: tuple[str, ...] = ("comment.published",)
    format: Literal["standard", "slack", "telegram"] = "standard"

    @field_validator("events")
    @classmethod
    def _known_events(cls, events: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(events) - set(WEBHOOK_EVENTS))
        if unknown:
            raise ValueError(f"unknown webhook events {unknown}; known: {list(WEBHOOK_EVENTS)}")
        return events


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
    # Readers' reports that hold a published comment for review.
    report_threshold: int = Field(default=3, ge=1, le=1000)
    # Graduated trust: a new author's comments are held until a moderator approved this
    # many of them; then they are trusted (no pre-moderation, still screened). 0: off.
    trust_after_approvals: int = Field(default=0, ge=0, le=1000)
    # The site's moderation policy (thresholds, word lists, bans, rate limits): see
    # salon.moderation.policy.Policy for the keys; checked when the server starts.
    moderation: dict[str, Any] = Field(default_factory=dict)
    # Reader support: the signing secrets of the payment webhooks for this site's campaigns
    # (Stripe's endpoint secret "whsec_..."; any long random string for the generic one).
    stripe_webhook_secret: SecretStr | None = None
    support_webhook_secret: SecretStr | None = None
    # The publisher's pages: permalinks in mails are url + uri + "#comment-ID".
    url: str = ""
    mail_sender_name: str = ""  # the From name of the site's mails (default: name)
    moderator_emails: tuple[str, ...] = ()  # alerted when a comment is held
    moderator_summary: bool = False  # one summary a day instead of one mail per comment
    webhooks: tuple[WebhookSettings, ...] = ()
    # The site's default language ("de", "ar", ...) for its pages and mails, when the
    # reader's browser asks for none Salon has; None: English.
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")

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
    # Connections each process may hold (opened as needed, kept open). PostgreSQL needs
    # processes x this within its max_connections; `salon serve` checks it at start.
    database_pool_size: int = Field(default=40, ge=1, le=1000)
    # Threads of each process for the work that blocks: pages, the plain form, admin,
    # database reads past the read cache (cached reads, counts and live streams never take
    # one; API posts have their own 4; the outbox worker keeps one while it waits). Beyond
    # the cores more only help while they wait on PostgreSQL, and each costs memory (its
    # stack, a pooled connection, a render in progress): rendering the thread page for 50
    # readers, a process peaked at 148 MB with 8, 153 MB with 16 and 160-165 MB with
    # anyio's 40, at the same or more requests/s (bench/isso/findings.md, Memory, round 2).
    request_threads: int = Field(default=8, ge=2, le=1000)
    redis_url: str | None = None
    # Signs edit tokens and reader cookies. Unset: a key generated once and kept in the
    # database, so that every process and every restart agree.
    secret_key: SecretStr | None = None
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    # How long a cached thread answer is served without asking the database. Writes of this
    # process (and, with Redis, of every process) invalidate at once; this bounds only
    # how late a write from elsewhere (the shell, a process without Redis) shows.
    read_cache_seconds: float = Field(default=1.0, ge=0, le=3600)
    sites: tuple[SiteSettings, ...] = Field(default_factory=lambda: (default_site(),))
    demo: bool = False
    # Where spam.npz and abuse.npz live; default: the models shipped in the package.
    model_dir: str | None = None
    # Signed payment webhooks older (or newer) than this are refused as replays.
    support_webhook_tolerance_seconds: int = Field(default=300, ge=1, le=86_400)
    # Mail: no smtp_host, no mail (notification choices are stored, nothing is sent).
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_tls: Literal["none", "starttls", "tls"] = "starttls"
    smtp_timeout: float = Field(default=30.0, gt=0)
    mail_from: str = "salon@localhost"
    mail_templates: str | None = None  # a folder whose templates replace the shipped ones
    # Outbox: a failing job waits 30 s, 60 s, ... up to the cap, and is dead after N runs.
    outbox_max_attempts: int = Field(default=12, ge=1)
    outbox_backoff_cap_seconds: float = Field(default=3600, gt=0)
    # A claimed job is someone's for this long; after a crash it runs again when it ends.
    outbox_lease_seconds: float = Field(default=300, gt=0)
    outbox_poll_seconds: float = Field(default=1.0, gt=0)  # how often an idle worker looks
    # Subscribing (each asks for a mail): per IP hash and per address.
    subscribe_per_ip_per_hour: int = Field(default=20, ge=1)
    subscribe_per_address_per_day: int = Field(default=10, ge=1)
    # A reader asking for a "my data" link (each sends a mail): per IP hash and per address.
    privacy_requests_per_ip_per_hour: int = Field(default=10, ge=1)
    privacy_requests_per_address_per_day: int = Field(default=3, ge=1)
    webhook_timeout: float = Field(default=10.0, gt=0)
    webhook_max_failures: int = Field(default=20, ge=1)  # in a row, then the target is disabled
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

    def base_url(self) -> str:
        """Where readers reach Salon, for links in mails: ``public_url``, else the local
        default of ``salon serve`` (set ``public_url`` in production)."""
        return (self.public_url or "http://127.0.0.1:8000").rstrip("/")

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
