"""``salon moderation queue``, ``decide``, ``ban`` and ``bans``: moderating from the shell."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from salon.domain.errors import SalonError
from salon.domain.moderation import Label

if TYPE_CHECKING:
    from salon.services.context import Deps
    from salon.store.bans import Ban


@contextmanager
def _deps(config: Path | None) -> Iterator[Deps]:
    """The services' dependencies for one command; a SalonError ends it with its message."""
    from salon.app import build_deps
    from salon.cli import settings_from

    deps = build_deps(settings_from(config))
    try:
        yield deps
    except SalonError as e:
        typer.echo(f"error: {e.detail}", err=True)
        raise typer.Exit(1) from e
    finally:
        if deps.mailer is not None:
            deps.mailer.close()
        deps.db.dispose()


ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="TOML configuration file (or SALON_CONFIG)")
]


def queue(
    config: ConfigOption = None,
    site: Annotated[str | None, typer.Option(help="only this site")] = None,
    spam: Annotated[bool, typer.Option("--spam", help="the spam folder instead")] = False,
    limit: Annotated[int, typer.Option(help="at most this many")] = 50,
) -> None:
    """List held comments with their reasons, the most uncertain first."""
    from salon.app import build_deps
    from salon.cli import settings_from
    from salon.services.moderation import review_queue

    deps = build_deps(settings_from(config))
    try:
        items = review_queue(deps, site, "spam" if spam else "held", limit)
    except SalonError as e:
        raise typer.BadParameter(e.detail) from e
    finally:
        deps.db.dispose()
    if not items:
        typer.echo("nothing waiting for review")
        return
    for item in items:
        who = item.author_name or "anonymous"
        if item.author_email:
            who += f" <{item.author_email}>"
        edited = " (edited)" if item.is_edit else ""
        typer.echo(
            f"#{item.comment_id} {item.site}{item.uri}  {who}  "
            f"spam={item.spam:.2f} abuse={item.abuse:.2f}{edited}"
        )
        excerpt = " ".join(item.text.split())
        typer.echo(f"    {excerpt[:160]}{'…' if len(excerpt) > 160 else ''}")
        if item.ip_hash:
            typer.echo(f"    address {item.ip_hash}")
        for reason in item.reasons:
            typer.echo(f"    - {reason}")


def decide(
    comment_id: Annotated[int, typer.Argument(help="the comment's id")],
    decision: Annotated[Label, typer.Argument(help="approve, spam, abuse or delete")],
    config: ConfigOption = None,
    moderator: Annotated[str, typer.Option(help="name kept with the decision")] = "shell",
) -> None:
    """Act on one comment; every decision is also a label the site's model learns from."""
    from salon.services.jobs import run_due
    from salon.services.moderation import decide as decide_comment

    with _deps(config) as deps:
        done = decide_comment(deps, comment_id, decision, moderator)
        run_due(deps)
    typer.echo(f"comment {done.comment_id}: {done.label.value} -> {done.state.value}")


ReasonOption = Annotated[str, typer.Option(help="why, kept with the ban and shown on comments")]
UntilOption = Annotated[
    str, typer.Option(help="when it ends: 12h, 7d, 2w or a date (2027-01-31, UTC); default never")
]
ShadowOption = Annotated[
    bool, typer.Option(help="shadow-ban: the author sees their comments, nobody else does")
]


def ban(
    comment_id: Annotated[int, typer.Argument(help="the comment whose author to ban")],
    what: Annotated[str, typer.Argument(help="address, email or author")],
    config: ConfigOption = None,
    moderator: Annotated[str, typer.Option(help="name kept with the ban")] = "shell",
    reason: ReasonOption = "",
    until: UntilOption = "",
    shadow: ShadowOption = False,
) -> None:
    """Ban a comment's address, e-mail or author name on its site; their next comments
    are filed as spam (or, with --shadow, shown to them only)."""
    from salon.services.bans import BanTerms, ban_from_comment

    with _deps(config) as deps:
        terms = BanTerms(reason, until, shadow)
        made, added = ban_from_comment(deps, comment_id, what, moderator, terms)
    _said(made, "banned" if added else "ban renewed")


def ban_value(
    site: Annotated[str, typer.Argument(help="the site's id")],
    what: Annotated[str, typer.Argument(help="email, author or pattern")],
    value: Annotated[str, typer.Argument(help="the address, the name, or words with * and ?")],
    config: ConfigOption = None,
    moderator: Annotated[str, typer.Option(help="name kept with the ban")] = "shell",
    reason: ReasonOption = "",
    until: UntilOption = "",
    shadow: ShadowOption = False,
) -> None:
    """Ban an e-mail address, an author name or a word / pattern on a site ("casin*",
    "buy * now": * is any letters, ? one letter; at most 6 words and 100 characters)."""
    from dataclasses import replace

    from salon.services.accounts import SHELL
    from salon.services.bans import BanTerms, ban_value

    with _deps(config) as deps:
        who = replace(SHELL, name=moderator)
        made, added = ban_value(deps, who, site, what, value, BanTerms(reason, until, shadow))
    _said(made, "banned" if added else "ban renewed")


def _said(made: Ban, state: str) -> None:
    from salon.services.bans import WORDS

    kind = ("shadow-ban" if made.shadow else "ban") + f" {made.id}"
    ends = f", until {made.expires:%Y-%m-%d %H:%M} UTC" if made.expires else ""
    why = f", reason: {made.reason}" if made.reason else ""
    typer.echo(f"{kind}: {WORDS[made.kind]} {made.value} on {made.site} ({state}{ends}{why})")


def bans(
    config: ConfigOption = None,
    site: Annotated[str | None, typer.Option(help="only this site")] = None,
    lift: Annotated[int | None, typer.Option(help="lift the ban with this id")] = None,
) -> None:
    """List the bans added from the queue (or lift one)."""
    from salon.services.bans import WORDS, lift_ban, list_bans

    with _deps(config) as deps:
        if lift is not None:
            lifted = lift_ban(deps, lift)
            typer.echo(f"lifted ban {lifted.id}: {WORDS[lifted.kind]} {lifted.value}")
            return
        found = list_bans(deps, site)
    if not found:
        typer.echo("no bans")
    now = deps.clock()
    for b in found:
        when = b.created.strftime("%Y-%m-%d %H:%M")
        ends = "no end" if b.expires is None else f"until {b.expires:%Y-%m-%d %H:%M} UTC"
        if not b.active(now):
            ends += " (expired)"
        shadow = " shadow" if b.shadow else ""
        why = f"  reason: {b.reason}" if b.reason else ""
        typer.echo(
            f"{b.id}  {b.site}  {WORDS[b.kind]}{shadow}  {b.value}  by {b.moderator}, "
            f"{when} UTC, {ends}{why}"
        )
