"""The one sanitiser, on XSS payloads and the Markdown subset."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from salon.services.rendering import ALLOWED_TAGS, render, safe_website

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg/onload=alert(1)>",
    "<iframe src=//evil.example>",
    '"><script>alert(1)</script>',
    "<style>body{display:none}</style>",
    "![x](javascript:alert(1))",
    '[a](https://ok.example "x" onmouseover=alert(1))',
    "<details open ontoggle=alert(1)>",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
]


class Elements(HTMLParser):
    """Every element and attribute the browser would build from the HTML."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_inert(payload: str) -> None:
    for tag, attrs in Elements(render(payload)).found:
        assert tag in ALLOWED_TAGS
        for name, value in attrs:
            assert name in ("href", "rel"), (tag, name)
            if name == "href":
                assert (value or "").startswith(("http://", "https://", "mailto:"))


def test_markdown_subset() -> None:
    html = render("**b** *i* `c` ~~s~~\n\n> q\n\n- one\n- two\n\n# not a heading")
    for tag in (
        "<strong>b</strong>",
        "<em>i</em>",
        "<code>c</code>",
        "<s>s</s>",
        "<blockquote>",
        "<li>one</li>",
    ):
        assert tag in html
    assert "<h1" not in html


def test_links_get_rel_and_bare_urls_are_linked() -> None:
    html = render("see https://example.org/x and [docs](https://docs.example)")
    assert html.count('rel="nofollow ugc noopener"') == 2
    assert 'href="https://example.org/x"' in html


def test_no_title_attributes_or_images() -> None:
    html = render('[a](https://e.example "t") ![i](https://e.example/i.png)')
    assert "title=" not in html and "<img" not in html


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example", True),
        ("http://a.example:8080/p?q=1", True),
        ("https://javascript:alert(1)", False),
        ("javascript:alert(1)", False),
        ("https://user:pw@a.example", False),
        ("https://a.example/ x", False),
        ("ftp://a.example", False),
        ("https://nodot", False),
    ],
)
def test_safe_website(url: str, ok: bool) -> None:
    assert (safe_website(url) == url) is ok
