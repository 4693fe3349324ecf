"""`salon privacy export|erase|link EMAIL`: a reader's data on request."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from salon.cli.context import ConfigOption, deps_for

app = typer.Typer(help="A reader's data: export or erase everything of one address.")
Email = Annotated[str, typer.Argument(help="the reader's e-mail address")]


@app.command("export")
def export(email: Email, config: ConfigOption = None) -> None:
    """Print everything stored about the address, as JSON."""
    from salon.services.privacy import export_email

    with deps_for(config) as deps:
        data = export_email(deps, email)
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command("erase")
def erase(
    email: Email,
    yes: Annotated[bool, typer.Option("--yes", help="do not ask for confirmation")] = False,
    config: ConfigOption = None,
) -> None:
    """Remove the address, the name, websites and IP hashes from its comments (texts stay)."""
    from salon.services.privacy import erase_email

    if not yes and not typer.confirm(f"Erase the data of {email}? This cannot be undone"):
        raise typer.Exit(1)
    with deps_for(config) as deps:
        erased = erase_email(deps, email)
    typer.echo(
        f"erased: {erased.comments} comment(s) in {erased.threads} thread(s) now show "
        f"'[removed]', {erased.subscriptions} subscription(s) ended; the request is recorded "
        "without the address"
    )


@app.command("link")
def link(
    email: Email,
    base: Annotated[str, typer.Option(help="Salon's public address")] = "http://127.0.0.1:8000",
    site: Annotated[
        str | None, typer.Option("--site", help="only this site's data (default: every site)")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Print a signed "my data" link (valid 24 hours) to send to the reader."""
    from salon.services.privacy import check_email

    with deps_for(config) as deps:
        if site is not None:
            deps.site(site, None)  # an unknown site is refused here, not at the reader's click
        token = deps.signer.privacy_token(check_email(email), site)
    typer.echo(f"{base.rstrip('/')}/privacy/{token}")
