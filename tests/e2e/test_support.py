"""The reader support bar in Chromium: formatted for the reader's locale, accessible,
refreshed live by a signed webhook, a prompt after posting, and on the demo page."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from playwright.sync_api import Error as PlaywrightError
from pydantic import SecretStr

from salon.app import create_app
from salon.config import Settings
from salon.domain.support import Source
from salon.moderation import Moderator
from salon.services.signatures import sign
from salon.services.support import CampaignIn, adjust, create_campaign
from tests.conftest import LOCAL
from tests.e2e.conftest import Server, Verdicts, _host_pages, guarded_context, screenshot_path
from tests.server import running

pytestmark = pytest.mark.e2e
SECRET = "e2e-support-secret"
NBSP, NNBSP = "\xa0", "\u202f"
# No lang on the page: the widget (and so the bar) speaks the browser's language.
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Article</title></head>
<body style="max-width: 720px; margin: 0 auto; padding: 16px; font-family: Georgia, serif">
<h1>An independent article</h1><p>Readers pay for this reporting.</p>
<div id="salon-thread"></div>
<script src="/embed.js" data-salon-site="default" data-salon-uri="/supported"
  data-salon-support {locale} defer></script></body></html>"""


class Site:
    def __init__(self, url: str, pages: dict[str, str], campaign: int) -> None:
        self.url, self.pages, self.campaign = url, pages, campaign
        self.sent = 0

    def page(self, name: str, locale: str | None) -> str:
        attr = f'data-salon-locale="{locale}"' if locale else ""
        self.pages[name] = PAGE.replace("{locale}", attr)
        return f"{self.url}/e2e/{name}"

    def pay(self, amount: str) -> None:
        self.sent += 1
        body = json.dumps(
            {
                "id": f"e2e-{self.sent}",
                "type": "payment",
                "campaign": self.campaign,
                "amount": amount,
            }
        ).encode()
        r = httpx.post(
            f"{self.url}/api/support/webhooks/generic/default",
            content=body,
            headers={
                "content-type": "application/json",
                "salon-signature": sign(SECRET, body, int(time.time())),
            },
        )
        assert r.status_code == 200 and r.json()["status"] == "counted", r.text


@pytest.fixture
def site(tmp_path: Path, moderator: Moderator) -> Iterator[Site]:
    local = LOCAL.model_copy(update={"support_webhook_secret": SecretStr(SECRET)})
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 's.db'}",
        secret_key="e2e-support",  # type: ignore[arg-type]
        sites=(local,),
    )
    app = create_app(settings, moderator=moderator, run_jobs=False)
    pages: dict[str, str] = {}
    app.include_router(_host_pages(pages))
    with running(app) as url:
        deps = app.state.deps
        deps.screen = Verdicts(deps.screen)
        made = create_campaign(
            deps,
            CampaignIn(
                "default",
                "Keep the Courier reader-funded",
                "5000",
                "USD",
                "https://example.org/give",
                ends=datetime.now(UTC) + timedelta(days=20, hours=1),
            ),
        )
        adjust(deps, made.id, "880", source=Source.ADMIN, actor="test", supporters=37)
        yield Site(url, pages, made.id)


def shoot(bar: Locator, path: Path) -> None:
    """Screenshot the bar; the widget may repaint it (its data, its language) meanwhile."""
    for _ in range(3):
        try:
            bar.screenshot(path=path)
            return
        except PlaywrightError:
            bar.page.wait_for_timeout(300)
    bar.screenshot(path=path)


@pytest.mark.parametrize(
    ("locale", "raised", "ticks", "value"),
    [
        ("en-US", "$880", ["$0", "$2,500", "$5,000"], "{} raised of {}"),
        (
            "fr-FR",
            f"880{NBSP}$",
            [f"0{NBSP}$", f"2{NNBSP}500{NBSP}$", f"5{NNBSP}000{NBSP}$"],
            "{} collectés sur {}",
        ),
        (
            "de-DE",
            f"880{NBSP}$",
            [f"0{NBSP}$", f"2.500{NBSP}$", f"5.000{NBSP}$"],
            "{} von {} gesammelt",
        ),
    ],
)
def test_bar_in_the_readers_locale(
    site: Site, browser: Browser, locale: str, raised: str, ticks: list[str], value: str
) -> None:
    with guarded_context(browser, locale=locale) as ctx:
        page = ctx.new_page()
        # the reader's browser language decides, as navigator.languages says
        page.goto(site.page(f"bar-{locale}", None))
        bar = page.locator(".salon-support")
        expect(bar.locator(".salon-support-amount strong")).to_have_text(raised)
        expect(bar.locator(".salon-support-ticks li")).to_have_text(ticks)
        track = bar.get_by_role("progressbar")
        expect(track).to_have_attribute("aria-valuenow", "880.00")
        expect(track).to_have_attribute("aria-valuemax", "5000.00")
        expect(track).to_have_attribute("aria-valuetext", value.format(raised, ticks[-1]))
        meta, support = {
            "en-US": ("37 supporters · 21 days left", "Support"),
            "fr-FR": ("37 soutiens · 21 jours restants", "Soutenir"),
            "de-DE": ("37 Unterstützer · Noch 21 Tage", "Unterstützen"),
        }[locale]
        expect(bar.locator(".salon-support-meta")).to_have_text(meta)
        expect(bar.get_by_role("link", name=support)).to_have_attribute(
            "href", "https://example.org/give"
        )


@pytest.mark.parametrize(("device", "width"), [("desktop", 1100), ("phone", 390)])
def test_bar_lives_and_prompts(site: Site, browser: Browser, device: str, width: int) -> None:
    options: dict[str, object] = {
        "viewport": {"width": width, "height": 800},
        "color_scheme": "light",
    }
    if device == "phone":
        options.update(is_mobile=True, has_touch=True)
    with guarded_context(browser, **options) as ctx:
        page: Page = ctx.new_page()
        page.goto(site.page(f"live-{device}", "fr-FR"))
        bar = page.locator(".salon-support")
        amount = bar.locator(".salon-support-amount strong")
        expect(amount).to_have_text(f"880{NBSP}$")
        fill = bar.locator(".salon-support-fill")
        assert (
            abs(
                fill.bounding_box()["width"]  # type: ignore[index]
                / bar.get_by_role("progressbar").bounding_box()["width"]
                - 0.176
            )
            < 0.02
        )  # type: ignore[index]
        # the bar sits above the comment section, within the page's width
        box = bar.bounding_box()
        thread = page.locator("#salon-thread").bounding_box()
        assert box and thread and box["y"] < thread["y"] and box["width"] <= width
        page.screenshot(path=screenshot_path(f"support-{device}-fr"), full_page=False)
        # a payment arrives through the signed webhook: the open page updates itself
        page.wait_for_timeout(300)  # the live stream is connected
        site.pay("120.50")
        expect(amount).to_have_text(f"1{NNBSP}000,50{NBSP}$")
        expect(bar.locator(".salon-support-meta")).to_contain_text("38 supporters")
        # after posting, one line invites the reader to support the site
        form = page.locator("#salon-thread form.salon-form").first
        form.locator("textarea[name=text]").fill("Worth every cent, thank you for this.")
        form.locator("button[type=submit]").click()
        prompt = page.locator("#salon-thread .salon-support-prompt")
        expect(prompt).to_have_text(
            "Enjoying the discussion? Support Keep the Courier reader-funded"
        )
        page.screenshot(path=screenshot_path(f"support-{device}-after-post"), full_page=True)


def test_demo_page_shows_the_campaign(demo: Server, browser: Browser) -> None:
    with guarded_context(browser, locale="en-US") as ctx:
        page = ctx.new_page()
        page.goto(demo.url + "/")
        bar = page.locator(".salon-support")
        expect(bar.locator(".salon-support-amount")).to_have_text("$880 of $5,000")
        shoot(bar, screenshot_path("support-demo"))
    # themed like the comment widget: it follows the reader's dark colour scheme
    # (the demo article is English: a German browser reads it, and its bar, in English)
    with guarded_context(browser, locale="de-DE", color_scheme="dark") as ctx:
        page = ctx.new_page()
        page.goto(demo.url + "/")
        bar = page.locator(".salon-support")
        expect(bar.locator(".salon-support-amount strong")).to_have_text("$880")
        expect(bar).to_have_css("background-color", "rgb(28, 30, 34)")
        shoot(bar, screenshot_path("support-demo-dark-de"))
    # without JavaScript the server's bar is there, in the reader's language
    with guarded_context(
        browser,
        java_script_enabled=False,
        locale="fr-FR",
        extra_http_headers={"accept-language": "fr-FR"},
    ) as ctx:
        page = ctx.new_page()
        page.goto(demo.url + "/")
        bar = page.locator(".salon-support")
        expect(bar.locator(".salon-support-amount")).to_have_text(
            f"880{NBSP}$ of 5{NNBSP}000{NBSP}$"
        )
        expect(bar.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "880.00")
        shoot(bar, screenshot_path("support-demo-nojs-fr"))
