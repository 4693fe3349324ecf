"""Every error leaves as RFC 9457 problem+json (API) or a small HTML page (pages)."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response

from salon.domain.errors import SalonError
from salon.i18n.catalogues import N_, direction, shipped
from salon.i18n.negotiate import negotiate

log = logging.getLogger(__name__)

TITLES = {
    400: N_("Bad request"),
    403: N_("Forbidden"),
    404: N_("Not found"),
    405: N_("Method not allowed"),
    408: N_("Request timeout"),
    409: N_("Conflict"),
    413: N_("Request too large"),
    415: N_("Unsupported media type"),
    422: N_("Invalid input"),
    429: N_("Too many requests"),
    503: N_("Busy, try again"),
    500: N_("Internal server error"),
}
# Titles of domain errors whose status has another title above; pages translate them too.
MORE_TITLES = (
    N_("Link no longer valid"),
    N_("Unauthorized"),
    N_("Mail is not set up"),
    N_("Moderation unavailable"),
)
CODES = {404: "not-found", 405: "method-not-allowed", 500: "internal"}


def problem(
    status: int,
    detail: str,
    code: str | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    code = code or CODES.get(status, "bad-request")
    body = {
        "type": f"urn:salon:problem:{code}",
        "title": title or TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        **extra,
    }
    return JSONResponse(
        body, status_code=status, media_type="application/problem+json", headers=headers
    )


def wants_html(path: str, accept: str) -> bool:
    """Salon's pages (and a browser at /) get HTML errors; everything else problem+json."""
    pages = ("/threads/", "/admin", "/support/", "/mail/", "/privacy/")
    return path.startswith(pages) or (path == "/" and "text/html" in accept)


def _wants_html(request: Request) -> bool:
    return wants_html(request.url.path, request.headers.get("accept", ""))


def _html_problem(
    status: int,
    title: str,
    detail: str,
    headers: dict[str, str] | None = None,
    accept_language: str = "",
) -> Response:
    """The error page in the reader's language; ``detail`` (the error's own words) stays
    English, the title and the advice around it are translated."""
    catalogues = shipped()
    lang = negotiate(accept_language, None, catalogues.languages)
    t = catalogues.translations(lang)
    page = (
        f'<!doctype html><html lang="{lang}" dir="{direction(lang)}"><meta charset=utf-8>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(t.gettext(title))}</title>"
        f'<main><h1>{escape(t.gettext(title))}</h1><p lang="en" dir="ltr">{escape(detail)}</p>'
        # No javascript: link (the pages' CSP forbids it); the browser's Back keeps the form.
        "<p>"
        + escape(
            t.gettext(
                "Go back with your browser's Back button; what you typed is still in the form."
            )
        )
        + "</p></main></html>"
    )
    return HTMLResponse(page, status_code=status, headers=headers)


def _headers_of(exc: SalonError) -> dict[str, str] | None:
    retry_after = getattr(exc, "retry_after", None)
    return {"Retry-After": str(retry_after)} if retry_after is not None else None


def problem_of(exc: SalonError) -> Response:
    """The problem+json answer for a domain error; middleware uses it too."""
    return problem(exc.status, exc.detail, exc.code, exc.title, _headers_of(exc), **exc.extra)


def answer_for(path: str, accept: str, exc: SalonError, accept_language: str = "") -> Response:
    """A domain error as the asking client wants it (middleware has no Request)."""
    if wants_html(path, accept):
        return _html_problem(exc.status, exc.title, exc.detail, _headers_of(exc), accept_language)
    return problem_of(exc)


def _language(request: Request) -> str:
    return request.headers.get("accept-language", "")


def error_response(request: Request, exc: SalonError) -> Response:
    return answer_for(request.url.path, request.headers.get("accept", ""), exc, _language(request))


def _field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def validation_response(request: Request, exc: RequestValidationError) -> Response:
    errors = [
        {"field": _field(tuple(e.get("loc", ()))), "message": e.get("msg", "")}
        for e in exc.errors()
    ]
    for e in exc.errors():
        if e.get("type") == "json_invalid" and not _wants_html(request):
            return problem(
                400,
                "the body is not valid JSON: " + str(e.get("ctx", {}).get("error", "")),
                "bad-json",
            )
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    if _wants_html(request):
        return _html_problem(422, TITLES[422], detail, accept_language=_language(request))
    return problem(422, detail, "invalid", errors=errors)


def http_response(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404:
        detail = f"nothing at {request.url.path}"
    if _wants_html(request):
        return _html_problem(
            exc.status_code,
            TITLES.get(exc.status_code, N_("Error")),
            detail,
            accept_language=_language(request),
        )
    return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))


def unexpected_response(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    detail = "Salon failed to answer this request; the error was logged."
    if _wants_html(request):
        return _html_problem(500, TITLES[500], detail, accept_language=_language(request))
    return problem(500, detail)


def install(app: FastAPI) -> None:
    app.add_exception_handler(SalonError, error_response)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, validation_response)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, http_response)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, unexpected_response)
