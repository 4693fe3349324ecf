"""/docs: Swagger UI over /openapi.json, its files served by Salon itself (no CDN, so it
works offline and the page's CSP allows only 'self'); started from a static file."""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from salon.domain.errors import NotFound

router = APIRouter(include_in_schema=False)
# fastapi-offline ships swagger-ui-dist's bundle and stylesheet (Apache-2.0) as package data.
SWAGGER = files("fastapi_offline") / "static"
ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
}
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Salon API</title>
<link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body><main id="swagger-ui"></main>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return HTMLResponse(PAGE)


@router.get("/docs/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise NotFound(f"no file {name!r} in /docs: there are {', '.join(sorted(ASSETS))}")
    return Response(
        (SWAGGER / name).read_bytes(),
        media_type=ASSETS[name],
        headers={"Cache-Control": "public, max-age=86400"},
    )
