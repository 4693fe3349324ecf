"""The thread answer on the wire: cached bytes, the shared form stamp, gzip, ETag and 304.

Built here once for both ways a thread is read: the API route (cache miss) and the
fast path in ``fast_reads`` (cache hit), so the two cannot drift apart.
"""

from __future__ import annotations

from salon.services.cache import EncodedEntry
from salon.services.context import Deps

Headers = list[tuple[bytes, bytes]]
JSON = b"application/json"


# Every reader within this many seconds gets the same form stamp, so the answer's bytes
# (plain and gzipped) are made once per window and thread version, not once per reader.
STAMP_SECONDS = 1.0


def stamp_tail(deps: Deps) -> bytes:
    """The rest of the answer: a signed "form rendered at" stamp for the widget to send
    back with a new comment (a bot that posts a second after loading the page is a spam
    signal), then the closing brace. The stamp is the start of the current window of
    ``STAMP_SECONDS``: moderation's ``min_seconds_to_submit`` (3 s by default) still sees
    every form sent back within ``min_seconds_to_submit - STAMP_SECONDS``."""
    stamp = deps.signer.shared_render_stamp(deps.clock().timestamp(), STAMP_SECONDS)
    return b',"rendered":"' + stamp.encode("ascii") + b'"}'


def wants_gzip(accept_encoding: str) -> bool:
    return any(
        part.split(";")[0].strip() == "gzip" and not part.replace(" ", "").endswith("q=0")
        for part in accept_encoding.lower().split(",")
    )


def thread_answer(
    deps: Deps, entry: EncodedEntry, accept_encoding: str, if_none_match: str
) -> tuple[int, Headers, bytes]:
    """Status, headers and body for one reader; 304 when their copy is current."""
    etag = entry.etag.encode("ascii")
    headers: Headers = [
        (b"etag", etag),
        (b"cache-control", b"no-cache"),
        (b"vary", b"Accept-Encoding"),  # the CORS layer adds Origin
    ]
    if if_none_match and entry.etag in (t.strip() for t in if_none_match.split(",")):
        return 304, headers, b""
    tail = stamp_tail(deps)
    if wants_gzip(accept_encoding):
        body = entry.body.gzip_with(tail)
        headers.append((b"content-encoding", b"gzip"))
    else:
        body = entry.body.plain_with(tail)
    headers += [(b"content-type", JSON), (b"content-length", str(len(body)).encode("ascii"))]
    return 200, headers, body
