"""The signed-in account of an admin page or form: its session, then its live account
(a disabled or deleted account is signed out at its next request)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from salon.services.accounts import Account, account_of
from salon.web.admin import _checked_form, _session
from salon.web.requester import deps_of

Form = dict[str, list[str]]


def signed_in(request: Request) -> tuple[Account, str] | None:
    """(account, CSRF token) of the page's session; None: send them to the login page."""
    session = _session(request)
    if session is None:
        return None
    who = account_of(deps_of(request), session[0])
    return None if who is None else (who, session[1])


def to_login() -> Response:
    return RedirectResponse("/admin/login", status_code=303)


async def checked(request: Request) -> tuple[Account | None, Form]:
    """The account and form of a POST with a valid CSRF token (403 otherwise); (None, {})
    without a session or with a disabled account."""
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return None, {}
    return account_of(deps_of(request), name), form
