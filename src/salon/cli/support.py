"""``salon support create|add|list``: reader support campaigns from the shell."""

from __future__ import annotations

from typing import Annotated

import typer

from salon.cli.review import ConfigOption, _deps

app = typer.Typer(help="Reader support campaigns: the funding bar.", no_args_is_help=True)


@app.command("create")
def create(
    site: Annotated[str, typer.Option(help="the site the campaign belongs to")],
    title: Annotated[str, typer.Option(help="what readers see above the bar")],
    goal: Annotated[str, typer.Option(help="the goal in the currency's unit, e.g. 5000")],
    currency: Annotated[str, typer.Option(help="ISO 4217 code, e.g. USD")],
    url: Annotated[str, typer.Option(help="the publisher's own donation page")],
    milestone: Annotated[
        list[str] | None, typer.Option(help="a milestone amount (repeat; default 0, half, goal)")
    ] = None,
    starts: Annotated[str | None, typer.Option(help="start date, e.g. 2026-12-01")] = None,
    ends: Annotated[str | None, typer.Option(help="last day, e.g. 2026-12-31")] = None,
    config: ConfigOption = None,
) -> None:
    """Create a campaign; prints its id."""
    from salon.services.support import CampaignIn, create_campaign, parse_when

    with _deps(config) as deps:
        made = create_campaign(
            deps,
            CampaignIn(
                site=site,
                title=title,
                goal=goal,
                currency=currency,
                url=url,
                milestones=tuple(milestone) if milestone else None,
                starts=parse_when(starts),
                ends=parse_when(ends, end=True),
            ),
        )
    typer.echo(made.id)


@app.command("add")
def add(
    amount: Annotated[str, typer.Argument(help="the amount in the currency's unit, e.g. 25.50")],
    campaign: Annotated[int, typer.Option(help="the campaign id")],
    subtract: Annotated[bool, typer.Option(help="take the amount away (a correction)")] = False,
    supporters: Annotated[
        int | None,
        typer.Option(
            help="supporters this amount brings (or takes off); default 1, 0 with --subtract"
        ),
    ] = None,
    note: Annotated[str, typer.Option(help="why, for the ledger")] = "",
    config: ConfigOption = None,
) -> None:
    """Add an amount received outside the webhooks; prints the new total."""
    import getpass

    from salon.domain.support import Source
    from salon.services.money import decimal_text
    from salon.services.support import adjust

    with _deps(config) as deps:
        updated = adjust(
            deps,
            campaign,
            amount,
            source=Source.CLI,
            actor=f"cli:{getpass.getuser()}",
            note=note,
            subtract=subtract,
            supporters=supporters if supporters is not None else (0 if subtract else 1),
        )
    typer.echo(f"{decimal_text(updated.raised, updated.currency)} {updated.currency}")


@app.command("list")
def list_campaigns(
    site: Annotated[str | None, typer.Option(help="only this site")] = None,
    config: ConfigOption = None,
) -> None:
    """Every campaign with its total, goal and supporters."""
    from salon.services.money import decimal_text
    from salon.services.support import campaigns_of

    with _deps(config) as deps:
        found = campaigns_of(deps, site)
        now = deps.clock()
        for c in found:
            state = "active" if c.is_active(now) else "closed"
            people = f"{c.supporters} supporter{'' if c.supporters == 1 else 's'}"
            typer.echo(
                f"{c.id}\t{c.site}\t{state}\t{decimal_text(c.raised, c.currency)} of "
                f"{decimal_text(c.goal, c.currency)} {c.currency}\t{people}"
                f"\t{c.title}"
            )
    if not found:
        typer.echo("no support campaigns")
