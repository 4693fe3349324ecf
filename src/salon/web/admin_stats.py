"""The statistics page, with a bar chart drawn on the server as SVG (no script, no CDN)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from salon.services.cards import moderated_sites
from salon.services.stats import STATES, Day, site_stats
from salon.web.admin_auth import signed_in, to_login
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)
WIDTH, HEIGHT, AXIS = 720, 180, 28


def chart(days: list[Day]) -> dict[str, Any]:
    """Stacked bars per day: numbers and class names only, nothing a reader wrote."""
    top = max((d.total for d in days), default=0) or 1
    step = (WIDTH - AXIS) / max(1, len(days))
    bars = []
    for i, day in enumerate(days):
        y = float(HEIGHT)
        for state in STATES:
            n = day.states.get(state, 0)
            if not n:
                continue
            h = n / top * (HEIGHT - 10)
            y -= h
            bars.append(
                {
                    "x": round(AXIS + i * step + 1, 1),
                    "y": round(y, 1),
                    "w": round(step - 2, 1),
                    "h": round(h, 1),
                    "state": state,
                    "n": n,
                    "day": day.day,
                }
            )
    labels = [
        {"x": round(AXIS + i * step + step / 2, 1), "text": d.day[5:]}
        for i, d in enumerate(days)
        if i % max(1, len(days) // 8) == 0
    ]
    return {
        "bars": bars,
        "labels": labels,
        "top": top,
        "width": WIDTH,
        "height": HEIGHT,
        "axis": AXIS,
    }


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request, site: str = "", days: int = 30) -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    who, csrf = session
    deps = deps_of(request)
    sites = moderated_sites(deps, "", who)
    stats = site_stats(deps, who, site or (sites[0] if sites else ""), days)
    return templates.TemplateResponse(
        request,
        "admin/stats.html",
        {
            "moderator": who.name,
            "csrf": csrf,
            "current": "stats",
            "stats": stats,
            "sites": sites,
            "days": days,
            "states": STATES,
            "chart": chart(stats.days),
        },
    )
