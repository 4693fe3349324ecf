"""Site settings in the admin UI: the same fields as the TOML file, validated by the same
model, in force for the next post."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid, NotFound
from salon.i18n.catalogues import N_
from salon.services import site_settings as settings_service
from salon.services.accounts import require_admin
from salon.web.admin_auth import checked, signed_in, to_login
from salon.web.language import say
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)

# What each field means, shown beside it (the README's wording).
HELP = {
    "name": N_("shown to moderators"),
    "origins": N_("pages that may embed the widget, one per line (local = any localhost page)"),
    "max_depth": N_("deeper replies attach at the deepest level"),
    "edit_window_minutes": N_("how long readers may edit or delete their comment"),
    "max_comment_chars": N_("longest comment accepted"),
    "require_name": N_("a name is needed to post"),
    "require_email": N_("an e-mail address is needed to post"),
    "report_threshold": N_("readers' reports that hold a published comment for review"),
    "trust_after_approvals": N_(
        "hold new authors until a moderator approved this many of their comments; then they "
        "are trusted (0 = off)"
    ),
    "hold_threshold": N_("spam score (0–1) that holds a comment for review"),
    "spam_threshold": N_("spam score (0–1) that files a comment as spam"),
    "abuse_threshold": N_("abuse score (0–1) that holds a comment"),
    "premoderate_first_comment": N_("hold every author's first comment"),
    "hold_words": N_("words that hold a comment, one per line"),
    "reject_words": N_("words that file a comment as spam, one per line"),
    "banned_authors": N_("names filed as spam, one per line"),
    "banned_emails": N_("e-mail addresses filed as spam, one per line"),
    "banned_ip_hashes": N_("address hashes filed as spam, one per line"),
    "trusted_domains": N_("links there are sources, not spam (own origins are added)"),
    "ip_posts_per_minute": N_("comments per address per minute"),
    "ip_posts_per_hour": N_("comments per address per hour"),
    "author_posts_per_minute": N_("comments per author per minute"),
    "author_posts_per_hour": N_("comments per author per hour"),
    "min_seconds_to_submit": N_("a form sent back faster was filled in by a script"),
}


def _rows(values: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    rows = []
    for key, value in values.items():
        if key == "moderation":
            continue
        kind = (
            "bool"
            if isinstance(value, bool)
            else "list"
            if isinstance(value, list | tuple)
            else "number"
            if isinstance(value, int | float)
            else "text"
        )
        shown = "\n".join(value) if kind == "list" else value
        rows.append(
            {
                "name": f"{prefix}.{key}",
                "label": key.replace("_", " "),
                "kind": kind,
                "value": shown,
                "help": HELP.get(key, ""),
                "step": "any" if isinstance(value, float) else "1",
            }
        )
    return rows


def _parse(form: dict[str, list[str]], current: dict[str, Any]) -> dict[str, Any]:
    """The form's values with the types of the current ones; bad numbers are 422."""

    def one(key: str, value: Any, name: str) -> Any:
        raw = form.get(name, [""])[0]
        if isinstance(value, bool):
            return name in form
        if isinstance(value, list | tuple):
            return [line.strip() for line in raw.splitlines() if line.strip()]
        if isinstance(value, int | float):
            try:
                return int(raw) if isinstance(value, int) else float(raw)
            except ValueError as e:
                raise Invalid(f"{key.replace('_', ' ')} must be a number, not {raw!r}") from e
        return raw.strip()

    data = {k: one(k, v, f"site.{k}") for k, v in current.items() if k != "moderation"}
    data["moderation"] = {k: one(k, v, f"moderation.{k}") for k, v in current["moderation"].items()}
    return data


@router.get("/settings", response_class=HTMLResponse)
def settings_page(request: Request, site: str = "", done: str = "") -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    require_admin(session[0])
    deps = deps_of(request)
    chosen = deps.settings.site(site) if site else deps.settings.sites[0]
    if chosen is None:
        raise NotFound(f"unknown site {site!r}")
    values = settings_service.editable(chosen)
    return templates.TemplateResponse(
        request,
        "admin/settings.html",
        {
            "moderator": session[0].name,
            "csrf": session[1],
            "current": "settings",
            "done": done,
            "site": chosen.id,
            "sites": [s.id for s in deps.settings.sites],
            "site_rows": _rows(values, "site"),
            "policy_rows": _rows(values["moderation"], "moderation"),
        },
    )


@router.post("/settings")
async def save_settings(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    deps = deps_of(request)
    site_id = form.get("site", [""])[0]
    site = deps.settings.site(site_id)
    if site is None:
        raise NotFound(f"unknown site {site_id!r}")
    data = _parse(form, settings_service.editable(site))
    await run_in_threadpool(settings_service.update_site, deps, who, site_id, data)
    done = say(
        request, "saved the settings of {site}; they apply to the next comment", site=site_id
    )
    return RedirectResponse(f"/admin/settings?site={quote(site_id)}&done={quote(done)}", 303)
