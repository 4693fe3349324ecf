"""`salon import`, `salon export`, `salon restore`: moving a site's comments in and out."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from salon.cli.context import ConfigOption, deps_for

if TYPE_CHECKING:
    from salon.services.importing import ImportSummary

SiteOption = Annotated[str, typer.Option("--site", "-s", help="the Salon site to import into")]


class Source(StrEnum):
    DISQUS = "disqus"
    WORDPRESS = "wordpress"
    ISSO = "isso"
    REMARK42 = "remark42"
    AUTO = "auto"


class _Bar:
    """A one-line progress bar on a terminal; silent when the output is redirected."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()
        self.shown = False

    def __call__(self, what: str, done: int, total: int) -> None:
        if not self.on:
            return
        if total:
            filled = int(30 * done / total)
            line = f"{what:<9} [{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,}"
        else:
            line = f"{what:<9} {done:,} records"
        sys.stderr.write("\r" + line.ljust(70))
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def import_(
    source: Annotated[Source, typer.Argument(help="the system that wrote FILE, or auto")],
    file: Annotated[Path, typer.Argument(help="the export file (Isso: its SQLite database)")],
    site: SiteOption = "default",
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="print what would be imported, store nothing")
    ] = False,
    maps: Annotated[
        list[str] | None,
        typer.Option("--map", help="OLD_PREFIX=NEW_PREFIX for article links (repeatable)"),
    ] = None,
    map_files: Annotated[
        list[Path] | None,
        typer.Option("--map-file", help="a file of OLD_PREFIX=NEW_PREFIX lines (repeatable)"),
    ] = None,
    keep_pingbacks: Annotated[
        bool, typer.Option("--keep-pingbacks", help="WordPress: import pingbacks and trackbacks")
    ] = False,
    screen: Annotated[
        bool,
        typer.Option("--screen", help="run moderation: it may hold or file as spam, never delete"),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Import comments from Disqus, WordPress (wpDiscuz), Isso or Remark42; all or nothing."""
    from salon.services.importing import ImportOptions, import_file
    from salon.services.uri_map import parse_rules

    bar = _Bar()
    with deps_for(config) as deps:
        options = ImportOptions(
            dry_run=dry_run,
            uri_map=parse_rules(maps or [], map_files or []),
            keep_pingbacks=keep_pingbacks,
            screen=screen,
        )
        try:
            summary = import_file(deps, source.value, file, site, options, progress=bar)
        finally:
            bar.end()  # an error message starts on a line of its own
    for line in summary_lines(summary):
        typer.echo(line)


def summary_lines(s: ImportSummary) -> list[str]:
    states = ", ".join(f"{state} {n}" for state, n in sorted(s.states.items())) or "none"
    head = "Dry run, nothing stored: would import" if s.dry_run else "Imported"
    lines = [
        f"{head} from {s.source} into site {s.site!r}:",
        f"  threads: {s.threads} ({s.new_threads} new)",
        f"  comments: {s.comments} ({states})",
        f"  votes: {s.votes}",
    ]
    if s.already:
        lines.append(f"  already imported before (left as they are): {s.already}")
    if s.screened:
        lines.append(
            "  moderation suggested: "
            + ", ".join(f"{state} {n}" for state, n in sorted(s.screened.items()))
        )
    lines.append(f"  skipped: {len(s.skipped)}")
    lines.extend(f"    {source_id}: {reason}" for source_id, reason in s.skipped)
    if s.notes:
        lines.append(f"  notes: {len(s.notes)}")
        lines.extend(f"    {note}" for note in s.notes)
    return lines


def export(
    site: Annotated[str, typer.Option("--site", "-s", help="the site to export")] = "default",
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="file to write (gzip when it ends in .gz); else stdout"),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Write every thread, comment, revision, vote, decision, label and ban of a site."""
    from salon.services.exporting import export_site, output

    with deps_for(config) as deps:
        with output(out, sys.stdout) as stream:
            written = export_site(deps, site, stream)
    if out is not None:
        counts = ", ".join(f"{kind} {n}" for kind, n in written.items()) or "nothing"
        typer.echo(f"exported site {site!r} to {out}: {counts}")


def restore(
    file: Annotated[Path, typer.Argument(help="a file written by `salon export`")],
    site: Annotated[
        str | None,
        typer.Option("--site", "-s", help="restore into this (empty) site instead of the file's"),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Load an export into an empty site; all or nothing."""
    from salon.services.restoring import restore_file

    with deps_for(config) as deps:
        into, restored = restore_file(deps, file, site)
    counts = ", ".join(f"{kind} {n}" for kind, n in restored.items() if n) or "nothing"
    typer.echo(f"restored into site {into!r}: {counts}")
