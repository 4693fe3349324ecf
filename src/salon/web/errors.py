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

log = logging.getLogger(__name__)

TITLES = {
    400: "Bad request",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    408: "Request timeout",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    503: "Busy, try again",
    500: "Internal server error",
}
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
    status: int, title: str, detail: str, headers: dict[str, str] | None = None
) -> Response:
    page = (
        f"<!doctype html><meta charset=utf-8><title>{escape(title)}</title>"
        f"<h1>{escape(title)}</h1><p>{escape(detail)}</p>"
        # No javascript: link (the pages' CSP forbids it); the browser's Back keeps the form.
        "<p>Go back with your browser's Back button; what you typed is still in the form.</p>"
    )
    return HTMLResponse(page, status_code=status, headers=headers)


def _headers_of(exc: SalonError) -> dict[str, str] | None:
    retry_after = getattr(exc, "retry_after", None)
    return {"Retry-After": str(retry_after)} if retry_after is not None else None


def problem_of(exc: SalonError) -> Response:
    """The problem+json answer for a domain error; middleware uses it too."""
    return problem(exc.status, exc.detail, exc.code, exc.title, _headers_of(exc), **exc.extra)


def answer_for(path: str, accept: str, exc: SalonError) -> Response:
    """A domain error as the asking client wants it (middleware has no Request)."""
    if wants_html(path, accept):
        return _html_problem(exc.status, exc.title, exc.detail, _headers_of(exc))
    return problem_of(exc)


def error_response(request: Request, exc: SalonError) -> Response:
    return answer_for(request.url.path, request.headers.get("accept", ""), exc)


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
        return _html_problem(422, "Invalid input", detail)
    return problem(422, detail, "invalid", errors=errors)


def http_response(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404:
        detail = f"nothing at {request.url.path}"
    if _wants_html(request):
        return _html_problem(exc.status_code, TITLES.get(exc.status_code, "Error"), detail)
    return problem(exc.status_code, detail, headers=getattr(exc, "headers", None))


def unexpected_response(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    detail = "Salon failed to answer this request; the error was logged."
    if _wants_html(request):
        return _html_problem(500, TITLES[500], detail)
    return problem(500, detail)


def install(app: FastAPI) -> None:
    app.add_exception_handler(SalonError, error_response)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, validation_response)  # type: ignore[arg-type]
    app.add_exception_handler(HTTPException, http_response)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, unexpected_response)
