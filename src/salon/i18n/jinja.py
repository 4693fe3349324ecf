"""Jinja's i18n extension wired to the catalogues: ``{% trans %}``, ``_()``, ``ngettext``.

A template's context carries ``i18n`` (the translations of its language and domain);
without one the text stays English, so a template never fails for want of a language.
"""

from __future__ import annotations

from typing import Any

from babel.support import NullTranslations
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

ENGLISH = NullTranslations()


def _of(context: Context) -> Any:
    return context.get("i18n") or ENGLISH


@pass_context
def _gettext(context: Context, message: str) -> str:
    return str(_of(context).gettext(message))


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return str(_of(context).ngettext(singular, plural, n))


@pass_context
def _pgettext(context: Context, ctx: str, message: str) -> str:
    return str(_of(context).pgettext(ctx, message))


@pass_context
def _npgettext(context: Context, ctx: str, singular: str, plural: str, n: int) -> str:
    return str(_of(context).npgettext(ctx, singular, plural, n))


def install(env: Environment) -> None:
    """Newstyle gettext: ``_("%(n)s left", n=3)`` formats and autoescapes for us."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(  # type: ignore[attr-defined]
        _gettext, _ngettext, newstyle=True, pgettext=_pgettext, npgettext=_npgettext
    )
