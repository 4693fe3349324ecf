"""The JSON API of API.md: threads, comments, votes, counts."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from anyio import to_thread
from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from pydantic import Strict as StrictValue
from starlette.concurrency import run_in_threadpool

from salon.domain.comments import Anchor, CommentState, Notify, Sort
from salon.domain.ids import MAX_ID
from salon.services import anchored as anchored_service
from salon.services import comments as comment_service
from salon.services import counts
from salon.services import own_comments as own_service
from salon.services import threads as thread_service
from salon.services import votes as vote_service
from salon.services.context import Requester
from salon.web.limits import limiter, one_at_a_time
from salon.web.requester import asking, deps_of, ensure_reader
from salon.web.schemas import PROBLEMS, CommentOut, PostedOut, ThreadOut, VotesOut
from salon.web.thread_answer import thread_answer

router = APIRouter(prefix="/api", tags=["comments"], responses=PROBLEMS)
Who = Annotated[Requester, Depends(asking)]
# Past MAX_ID no row can exist on either database: refused before the query (422).
CommentId = Annotated[int, Path(ge=1, le=MAX_ID)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=100_000)


class AuthorIn(Strict):
    name: str | None = Field(default=None, max_length=128)
    email: str | None = Field(default=None, max_length=254)
    website: str | None = Field(default=None, max_length=512)


# Loose bounds against huge bodies; domain/anchors.py says precisely what is wrong.
class QuoteIn(Strict):
    exact: str = Field(max_length=20_000)
    prefix: str = Field(default="", max_length=2_000)
    suffix: str = Field(default="", max_length=2_000)


class PositionIn(Strict):
    start: int
    end: int


class AnchorIn(Strict):
    quote: QuoteIn
    position: PositionIn | None = None


class CommentIn(Strict):
    # Required (API.md): a missing site silently meant "default" and posted elsewhere.
    site: str = Field(min_length=1, max_length=64)
    uri: str = Field(min_length=1, max_length=2048)
    title: str | None = Field(default=None, max_length=512)
    parent: int | None = Field(default=None, ge=1, le=MAX_ID)
    author: AuthorIn = Field(default_factory=AuthorIn)
    text: str
    notify: Notify = Notify.NONE
    anchor: AnchorIn | None = None
    # Filled only by bots: the widget hides this field from people.
    hp: str | None = Field(default=None, max_length=512)
    rendered: str | None = Field(default=None, max_length=200)


class OwnIn(Strict):
    site: str = Field(min_length=1, max_length=64)
    uri: str = Field(min_length=1, max_length=2048)
    # The widget keeps one edit token per comment it posted; a bounded list.
    tokens: list[Annotated[str, Field(max_length=200)]] = Field(max_length=own_service.MAX_TOKENS)


class EditIn(Strict):
    text: str


class VoteIn(Strict):
    # Strict: true, 1.0 and "1" are not votes; only the integers -1, 0 and 1 are.
    value: Annotated[int, StrictValue(), Field(ge=-1, le=1)]


# Posts screened at once by one process. Screening is Python under the GIL: more threads
# add no speed, only more contenders for the GIL that the database's writer thread needs
# back after every statement (bench/writes/profile.md); the other posts wait here, on
# the event loop, at no cost.
POSTING_THREADS = 4


def _token(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


@router.get(
    "/threads",
    summary="A page of a thread's comments with their replies",
    response_class=Response,
    responses={
        200: {"model": ThreadOut, "description": "the page, with an ETag"},
        304: {"description": "the reader's copy (If-None-Match) is current"},
    },
)
async def get_thread(
    request: Request,
    who: Who,
    uri: Annotated[str, Query(min_length=1, max_length=2048)],
    site: str = "default",
    sort: Sort = Sort.NEWEST,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    # Cache hits never get here: web.fast_reads answers them before routing.
    deps = deps_of(request)
    # One build of a page at a time: without it, the readers of a thread that just changed
    # (or of a cold cache) each took a thread to build the same answer (under 50 readers, 8
    # threads and their connections: a few MB of each process, bench/reads/rss.sh's JSON
    # step); the others wait on the event loop, then find it cached.
    key = thread_service.thread_key(site, uri, sort, limit, cursor)
    async with one_at_a_time(request, "thread_reads", key):
        entry = await run_in_threadpool(
            thread_service.read_thread, deps, who, site, uri, sort, limit, cursor
        )
    status, headers, body = thread_answer(
        deps,
        entry,
        request.headers.get("accept-encoding", ""),
        request.headers.get("if-none-match", ""),
    )
    # Compression (which passes this pre-encoded answer) adds its own Vary.
    return Response(body, status, {k.decode(): v.decode() for k, v in headers if k != b"vary"})


@router.get("/counts", summary="Published comments per uri")
def get_counts(
    request: Request,
    who: Who,
    uri: Annotated[list[str], Query()],
    site: str = "default",
) -> dict[str, int]:
    return counts.count_comments(deps_of(request), who, site, uri)


@router.get(
    "/comments/{comment_id}",
    summary="One comment with its replies",
    response_model=None,
    responses={200: {"model": CommentOut}},
)
def get_comment(request: Request, who: Who, comment_id: CommentId) -> dict[str, Any]:
    return comment_service.get_comment(deps_of(request), who, comment_id)


@router.post(
    "/comments",
    status_code=201,
    summary="Post a comment (201 published, 202 held for moderation)",
    response_model=None,
    responses={
        201: {"model": PostedOut, "description": "published"},
        202: {"model": PostedOut, "description": "held for moderation"},
    },
)
async def post_comment(request: Request, who: Who, body: CommentIn) -> Response:
    # async, answered with orjson bytes: FastAPI parses and validates the body as declared
    # (same errors, same OpenAPI), and only the use-case goes to the threadpool; the
    # answer skips jsonable_encoder.
    cookies = Response()
    who = ensure_reader(request, cookies, who)
    anchor = None
    if body.anchor is not None:
        pos = body.anchor.position
        anchor = Anchor(
            exact=body.anchor.quote.exact,
            prefix=body.anchor.quote.prefix,
            suffix=body.anchor.quote.suffix,
            start=pos.start if pos else None,
            end=pos.end if pos else None,
        )
    new = comment_service.NewComment(
        site=body.site,
        uri=body.uri,
        text=body.text,
        title=body.title or "",
        parent=body.parent,
        author_name=body.author.name or "",
        author_email=body.author.email or "",
        author_website=body.author.website or "",
        notify=body.notify,
        anchor=anchor,
        honeypot=body.hp or "",
        render_stamp=body.rendered,
    )
    posted = await to_thread.run_sync(
        comment_service.post_comment,
        deps_of(request),
        who,
        new,
        limiter=limiter(request, "posting", POSTING_THREADS),
    )
    published = posted.state is CommentState.PUBLISHED
    # Spam is reported to the poster as held: telling a spammer why teaches them.
    answer = Response(
        orjson.dumps(
            {
                "comment": posted.comment,
                "edit_token": posted.edit_token,
                "state": "published" if published else "held",
            }
        ),
        status_code=201 if published else 202,
        media_type="application/json",
    )
    answer.raw_headers += [h for h in cookies.raw_headers if h[0] == b"set-cookie"]
    return answer


@router.post(
    "/comments/own",
    summary="Your own comments in a thread that the public thread does not show",
    description="Held comments named by the edit tokens the widget keeps, marked"
    " `pending: true`, so their author sees them in place after a reload and nobody else"
    " does. Tokens that are badly signed, for another thread or for a public comment are"
    " ignored. At most 50 tokens (422 beyond).",
    response_model=list[CommentOut],
)
def own_comments(request: Request, who: Who, body: OwnIn) -> list[dict[str, Any]]:
    return own_service.own_comments(deps_of(request), who, body.site, body.uri, body.tokens)


@router.patch(
    "/comments/{comment_id}",
    summary="Edit your comment within the edit window",
    response_model=None,
    responses={200: {"model": CommentOut}},
)
def edit_comment(
    request: Request,
    who: Who,
    comment_id: CommentId,
    body: EditIn,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    comment, state, _ = comment_service.edit_comment(
        deps_of(request), who, comment_id, _token(authorization), body.text
    )
    comment["state"] = "published" if state is CommentState.PUBLISHED else "held"
    return comment


@router.delete("/comments/{comment_id}", status_code=204, summary="Delete your comment")
def delete_comment(
    request: Request,
    who: Who,
    comment_id: CommentId,
    authorization: Annotated[str | None, Header()] = None,
) -> Response:
    comment_service.delete_comment(deps_of(request), who, comment_id, _token(authorization))
    return Response(status_code=204)


@router.post("/comments/{comment_id}/vote", summary="Vote +1, -1 or 0 (withdraw)")
def vote(
    request: Request, response: Response, who: Who, comment_id: CommentId, body: VoteIn
) -> VotesOut:
    who = ensure_reader(request, response, who)
    tally = vote_service.cast_vote(deps_of(request), who, comment_id, body.value)
    return VotesOut(up=tally.up, down=tally.down, score=tally.score)


@router.get("/votes", summary="The asking reader's own votes in a thread: {comment id: 1 or -1}")
def get_my_votes(
    request: Request,
    who: Who,
    uri: Annotated[str, Query(min_length=1, max_length=2048)],
    site: str = "default",
) -> dict[int, int]:
    return vote_service.my_votes(deps_of(request), who, site, uri)


@router.get("/anchors", summary="Published comments on a passage of the article, with replies")
def get_anchored(
    request: Request,
    who: Who,
    uri: Annotated[str, Query(min_length=1, max_length=2048)],
    site: str = "default",
) -> dict[str, Any]:
    return anchored_service.anchored_comments(deps_of(request), who, site, uri)
