"""The language of a server-rendered page, and the translations its template is given."""

from __future__ import annotations

from typing import Any

from babel.support import NullTranslations
from fastapi import Request
from jinja2 import pass_context
from jinja2.runtime import Context

from salon.i18n.catalogues import direction, shipped
from salon.i18n.negotiate import negotiate
from salon.services import reason_text


def _site_language(request: Request) -> str | None:
    site_id = request.path_params.get("site")
    if not isinstance(site_id, str):
        return None
    site = getattr(request.app.state, "deps", None)
    found = site.settings.site(site_id) if site is not None else None
    return found.language if found is not None else None


def language_of(request: Request) -> str:
    """``Accept-Language``, then the site's ``language``, then English (admin: no site)."""
    cached = getattr(request.state, "language", None)
    if isinstance(cached, str):
        return cached
    lang = negotiate(
        request.headers.get("accept-language", ""),
        _site_language(request),
        shipped().languages,
    )
    request.state.language = lang
    return lang


def domain_of(request: Request) -> str:
    return "admin" if request.url.path.startswith("/admin") else "salon"


def translations(request: Request) -> NullTranslations:
    """The request's translations, for strings built in Python (flash messages, titles)."""
    return shipped().translations(language_of(request), domain_of(request))


def template_context(request: Request) -> dict[str, Any]:
    """A Jinja2Templates context processor: every page gets lang, dir and i18n."""
    lang = language_of(request)
    return {"lang": lang, "dir": direction(lang), "i18n": translations(request)}


def say(request: Request, message: str, **values: Any) -> str:
    """``message`` (a msgid with ``{name}`` placeholders) in the request's language."""
    return str(translations(request).gettext(message)).format(**values)


def say_n(request: Request, singular: str, plural: str, n: int, **values: Any) -> str:
    """The plural form of the request's language for ``n`` (CLDR rules), filled in."""
    return str(translations(request).ngettext(singular, plural, n)).format(n=n, **values)


@pass_context
def reason(context: Context, stored: str) -> reason_text.Shown:
    """The ``reason`` filter: a stored moderation reason in the page's language."""
    return reason_text.show(stored, context.get("i18n") or NullTranslations())


def admin_translations(request: Request) -> NullTranslations:
    """The admin catalogue in the request's language (stored reasons: reason_text.show)."""
    return shipped().translations(language_of(request), "admin")
