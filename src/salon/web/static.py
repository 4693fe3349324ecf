"""The widget's files, with validators so browsers and CDNs revalidate cheaply."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import Response

from salon.domain.errors import NotFound
from salon.web import widget_i18n

router = APIRouter(tags=["widget"])
STATIC = Path(__file__).parent / "static"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


# The sources keep their comments; readers get the files without them (whole-line
# comments and indentation only: nothing inside a line is touched, so no string can break).
_JS_BLOCK = re.compile(rb"^[ \t]*/\*.*?\*/[ \t]*\n", re.S | re.M)
_JS_LINE = re.compile(rb"^[ \t]*//.*\n", re.M)
_CSS_COMMENT = re.compile(rb"/\*.*?\*/\n?", re.S)
_INDENT = re.compile(rb"^[ \t]+", re.M)


def compact(data: bytes, suffix: str) -> bytes:
    """A widget file as served: its comments and indentation dropped."""
    if suffix == ".js":
        data = _JS_LINE.sub(b"", _JS_BLOCK.sub(b"", data))
    elif suffix == ".css":
        data = _CSS_COMMENT.sub(b"", data)
    return _INDENT.sub(b"", data)


def _asset(data: bytes) -> tuple[bytes, str]:
    return data, '"' + hashlib.sha256(data).hexdigest()[:20] + '"'


def _serve(request: Request, name: str) -> Response:
    cache: dict[str, tuple[bytes, str]] = request.app.state.assets
    if name not in cache:
        data = compact((STATIC / name).read_bytes(), Path(name).suffix)
        if name == "embed.js":  # which languages exist, and each one's current hash
            data = widget_i18n.fill_manifest(request, data)
        cache[name] = _asset(data)
    data, etag = cache[name]
    headers = {
        "ETag": etag,
        "Cache-Control": "public, max-age=3600",
        "Access-Control-Allow-Origin": "*",
    }
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(data, media_type=TYPES[Path(name).suffix], headers=headers)


@router.get("/embed.js", include_in_schema=False)
def embed_js(request: Request) -> Response:
    return _serve(request, "embed.js")


@router.get("/embed.css", include_in_schema=False)
def embed_css(request: Request) -> Response:
    return _serve(request, "embed.css")


def _route(name: str) -> None:
    def serve(request: Request) -> Response:
        return _serve(request, name)

    router.add_api_route(f"/{name}", serve, methods=["GET"], include_in_schema=False)


# The reader support bar, loaded by embed.js only on pages that show one.
_route("support.js")
_route("support.css")

# The inline-feedback part, loaded by embed.js only on pages with an article element.
_route("anchor.js")
_route("inline.js")
_route("inline.css")

# Other pages' stylesheets (the privacy pages) are served through the same validators.
serve = _serve


@router.get("/admin/admin.js", include_in_schema=False)
def admin_js(request: Request) -> Response:
    return _serve(request, "admin.js")


# Scripts of Salon's own pages (the admin queue, /docs): files, so CSP needs no inline.
PAGE_SCRIPTS = ("docs.js",)


@router.get("/static/{name}", include_in_schema=False)
def page_script(request: Request, name: str) -> Response:
    if name not in PAGE_SCRIPTS:
        raise NotFound(f"nothing at /static/{name[:80]}")
    return _serve(request, name)
