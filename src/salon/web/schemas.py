"""Response models: what each JSON route answers, so /openapi.json describes it exactly.

Routes document these with ``responses=`` and return the services' dicts unvalidated:
the read path serves cached threads and must not pay for a second validation. The fuzz
tests (schemathesis) check every answer against these schemas.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AuthorOut(Out):
    name: str | None
    website: str | None


class EditedOut(Out):
    at: str
    by: str | None


class VotesOut(Out):
    up: int
    down: int
    score: int


class QuoteOut(Out):
    exact: str
    prefix: str
    suffix: str


class PositionOut(Out):
    start: int | None
    end: int | None


class AnchorOut(Out):
    quote: QuoteOut
    position: PositionOut | None


class CommentOut(Out):
    id: int
    parent: int | None
    author: AuthorOut
    html: str
    created: str
    edited: EditedOut | None
    votes: VotesOut
    state: Literal["published", "held", "spam", "deleted"]
    replies: list[CommentOut]
    anchor: AnchorOut | None
    by_site: bool = False  # answered by a moderator as the site (a badge)
    pinned: bool = False
    featured: bool = False
    reply_to: int | None = None  # whom a reply flattened at the deepest level answers
    pending: bool = False  # only in /api/comments/own: held, shown to its author alone


class ThreadInfoOut(Out):
    site: str
    uri: str
    title: str
    count: int
    closed: bool = False  # closed for new comments by a moderator


class ThreadOut(Out):
    thread: ThreadInfoOut
    comments: list[CommentOut]
    next: str | None
    featured: list[CommentOut] = []  # "Editor's picks", without their replies
    rendered: str


class PostedOut(Out):
    comment: CommentOut
    edit_token: str
    state: Literal["published", "held"]


class PreviewOut(Out):
    html: str


class Problem(BaseModel):
    """RFC 9457 problem details; validation errors add ``errors``."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str


class HealthOut(Out):
    status: Literal["ok", "failing"]
    database: Literal["ok", "down"]
    redis: Literal["ok", "down", "not configured"]


def _problem(description: str) -> dict[str, object]:
    schema = Problem.model_json_schema()
    return {"description": description, "content": {"application/problem+json": {"schema": schema}}}


# The errors every JSON route can answer, as RFC 9457 problems (web/errors.py renders them).
PROBLEMS: dict[int | str, dict[str, object]] = {
    400: _problem("malformed request (not JSON, not UTF-8, nested too deep)"),
    403: _problem("the page's origin may not use this site, or a wrong token"),
    404: _problem("no such site, comment or path"),
    408: _problem("the request body came too slowly"),
    413: _problem("the request body is over the limit"),
    415: _problem("the body is not JSON"),
    422: _problem("a field is missing or invalid"),
    429: _problem("too many requests; see Retry-After"),
    431: _problem("the request head (URL and headers) is over the limit"),
    503: _problem("busy or a part is down; try again"),
}

# Salon's pages answer errors as small HTML pages.
PAGE_ERRORS: dict[int | str, dict[str, object]] = {
    status: {"description": str(spec["description"]), "content": {"text/html": {}}}
    for status, spec in PROBLEMS.items()
}
ATOM_FEED: dict[int | str, dict[str, object]] = {
    200: {"description": "an Atom feed", "content": {"application/atom+xml": {}}}
}
