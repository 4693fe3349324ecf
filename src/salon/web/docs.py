"""/docs: Swagger UI over /openapi.json, started from a static file (no inline script)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)
SWAGGER = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5"
# Swagger UI's own files come from its CDN; the page's CSP allows exactly that origin.
CDN = "https://cdn.jsdelivr.net"
PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Salon API</title>
<link rel="stylesheet" href="{SWAGGER}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{SWAGGER}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body></html>
"""


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return HTMLResponse(PAGE)
