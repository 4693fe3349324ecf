"""The widget's strings per language: /i18n/widget/{lang}.json, long-cached by content hash.

embed.js is served with a small manifest filled in ({langs: {lang: hash}, sites: {site:
language}}), so it knows which languages exist and asks for the current hash: one request
for a non-English reader, none for an English one."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import Response

from salon.config import Settings
from salon.domain.errors import NotFound
from salon.i18n.widget_json import WidgetStrings, load_all
from salon.web.schemas import PROBLEMS

router = APIRouter(tags=["widget"])
MARK = b"/*salon:i18n*/{ langs: {}, sites: {} }"


def catalogues(request: Request) -> dict[str, WidgetStrings]:
    cache: dict[str, dict[str, WidgetStrings]] = request.app.state.assets
    key = "i18n:widget"
    if key not in cache:
        cache[key] = load_all()
    return cache[key]


def manifest(strings: dict[str, WidgetStrings], settings: Settings) -> bytes:
    data = {
        "langs": {lang: s.etag for lang, s in sorted(strings.items())},
        "sites": {site.id: site.language for site in settings.sites if site.language},
    }
    return json.dumps(data, separators=(",", ":")).encode()


def fill_manifest(request: Request, script: bytes) -> bytes:
    """embed.js with the manifest in place of its empty default."""
    settings: Settings = request.app.state.deps.settings
    return script.replace(MARK, manifest(catalogues(request), settings), 1)


@router.get(
    "/i18n/widget/{lang}.json",
    summary="The widget's strings in one language",
    description="msgid → text; plural entries map to {CLDR category: text}. English has"
    " none (it is inline in embed.js). With `?v=` the current hash, cached for a year.",
    responses={200: {"content": {"application/json": {}}}, 404: PROBLEMS[404]},
)
def widget_strings(request: Request, lang: str, v: str = "") -> Response:
    found = catalogues(request).get(lang)
    if found is None:
        raise NotFound(f"there are no widget strings for {lang[:20]!r}")
    etag = f'"{found.etag}"'
    headers = {
        "ETag": etag,
        "Access-Control-Allow-Origin": "*",
        "Cache-Control": "public, max-age=31536000, immutable"
        if v == found.etag
        else "public, max-age=3600",
        "Content-Language": lang,
    }
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(found.body, media_type="application/json", headers=headers)
