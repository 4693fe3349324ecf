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


class ThreadInfoOut(Out):
    site: str
    uri: str
    title: str
    count: int


class ThreadOut(Out):
    thread: ThreadInfoOut
    comments: list[CommentOut]
    next: str | None
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
