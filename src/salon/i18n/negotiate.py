"""Which language a page is shown in: the reader's ``Accept-Language``, then the site's
``language``, then English."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from salon.i18n.catalogues import DEFAULT


def preferred(accept_language: str) -> list[str]:
    """The languages of an ``Accept-Language`` header, most wanted first (q=0 dropped)."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language[:1000].split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if tag and tag != "*" and q > 0:
            ranked.append((-q, i, tag.strip().lower()))
    return [tag for _, _, tag in sorted(ranked)]


def match(tag: str, available: Iterable[str]) -> str | None:
    """``de-AT`` → ``de``; ``zh-CN`` → ``zh``; None when no catalogue fits."""
    primary = tag.replace("_", "-").split("-")[0].lower()
    return primary if primary in set(available) else None


def negotiate(accept_language: str, site_language: str | None, available: Sequence[str]) -> str:
    for tag in preferred(accept_language):
        if found := match(tag, available):
            return found
    if site_language and (found := match(site_language, available)):
        return found
    return DEFAULT
