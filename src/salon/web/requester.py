"""Who is asking: client address, user agent, the signed reader cookie, the page's origin."""

from __future__ import annotations

from fastapi import Request, Response

from salon.services.context import Deps, Requester

READER_COOKIE = "salon_reader"
ONE_YEAR = 365 * 24 * 3600


def deps_of(request: Request) -> Deps:
    deps: Deps = request.app.state.deps
    return deps


def page_origin(origin: str | None, scheme: str, host: str) -> str | None:
    """The asking page's origin; None for Salon's own pages, which may use every site."""
    return None if origin == f"{scheme}://{host}" else origin


def requester(request: Request) -> Requester:
    deps = deps_of(request)
    origin = page_origin(request.headers.get("origin"), request.url.scheme, request.url.netloc)
    return Requester(
        ip=request.client.host if request.client else "",
        user_agent=request.headers.get("user-agent", "")[:512],
        reader=deps.signer.reader_from_cookie(request.cookies.get(READER_COOKIE)),
        origin=origin,
    )


async def asking(request: Request) -> Requester:
    """The requester as a dependency; async because it does no I/O (no threadpool hop)."""
    return requester(request)


def ensure_reader(request: Request, response: Response, who: Requester) -> Requester:
    """Give a reader without a cookie a signed one, so their votes follow them.

    The new cookie carries the documented fallback id (keyed hash of address + user
    agent), not a random one: a client that drops cookies is the same reader at every
    request, so it cannot vote again by simply not sending the cookie back.
    """
    if who.reader:
        return who
    deps = deps_of(request)
    reader = deps.reader_id(who)
    cookie = deps.signer.reader_cookie(reader)
    secure = request.url.scheme == "https" or request.url.hostname in ("localhost", "127.0.0.1")
    # Cross-site pages can only send the cookie back with SameSite=None, which needs Secure.
    response.set_cookie(
        READER_COOKIE,
        cookie,
        max_age=ONE_YEAR,
        httponly=True,
        secure=secure,
        samesite="none" if secure else "lax",
    )
    return Requester(who.ip, who.user_agent, reader, who.origin)
