"""The demo article page (only mounted by ``salon demo``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from salon.web import support
from salon.web.pages import templates

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def article(request: Request) -> HTMLResponse:
    # The funding bar is in the page for readers without JavaScript; support.js refreshes it.
    # The article is English (<html lang="en">), and so are the widget and the bar's words.
    bars = support.bars(request, "default", in_language=False)
    return templates.TemplateResponse(request, "demo_article.html", {"bars": bars})
