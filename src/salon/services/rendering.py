"""The one sanitiser: reader Markdown -> HTML -> allowlist. Every page and answer uses it."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "s", "del"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"
HOST = re.compile(r"^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)+)$")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # The "zero" preset plus a small subset: no raw HTML, no images, no headings.
    md = MarkdownIt("zero", {"html": False, "linkify": True, "breaks": True, "typographer": False})
    md.enable(
        [
            "emphasis",
            "backticks",
            "link",
            "autolink",
            "linkify",
            "newline",
            "escape",
            "entity",
            "blockquote",
            "code",
            "fence",
            "list",
            "strikethrough",
        ]
    )
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def _safe_link(url: str) -> bool:
    scheme = url.split(":", 1)[0].strip().lower() if ":" in url else ""
    return scheme in URL_SCHEMES or not scheme


def render(text: str) -> str:
    """Sanitised HTML for a reader's Markdown ``text``; safe to put in any page."""
    html = _markdown().render(text)
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        attribute_filter=_only_href,
    ).strip()


def safe_website(url: str) -> str:
    """An author's website if it is a plain http(s) URL with a real host name, else ''."""
    url = url.strip()
    if len(url) > 512 or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return ""
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not HOST.match(host) or parts.username:
        return ""
    return url


def _only_href(tag: str, attribute: str, value: str) -> str | None:
    # Ammonia allows "title" and "lang" everywhere by default; readers get neither.
    return value if attribute in ("href", "rel") else None


_LINK = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def render_inert(text: str) -> str:
    """``render`` with every link shown as text and its address, not clickable: what a
    moderator sees of a comment that is not yet approved (a spam link is one click away
    from a phishing page)."""
    return _LINK.sub(_inert_link, render(text))


def _inert_link(match: re.Match[str]) -> str:
    # Both groups come out of the sanitiser already escaped; they stay escaped.
    href, label = match.group(1), match.group(2)
    shown = "" if label == href else f' <span class="href">({href})</span>'
    return f'<span class="link">{label}</span>{shown}'
