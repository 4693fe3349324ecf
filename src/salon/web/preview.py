"""Preview: the widget shows a reader's Markdown exactly as the thread will show it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from salon.domain.text import check_comment_text
from salon.services.context import Requester
from salon.services.rendering import render
from salon.web.requester import asking, deps_of
from salon.web.schemas import PROBLEMS, PreviewOut

router = APIRouter(prefix="/api", tags=["comments"], responses=PROBLEMS)


class PreviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site: str = Field(default="default", max_length=64)
    text: str = Field(max_length=100_000)


@router.post(
    "/preview",
    summary="Render a comment's text without posting it",
    response_model=PreviewOut,
)
def preview(
    request: Request, who: Annotated[Requester, Depends(asking)], body: PreviewIn
) -> dict[str, str]:
    # Same origin rule and text check as posting: a preview shows what posting would take.
    site = deps_of(request).site(body.site, who.origin)
    return {"html": render(check_comment_text(body.text, site.max_comment_chars))}
