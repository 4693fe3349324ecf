"""`salon worker`, `salon outbox list|retry`, `salon webhooks`: the outbox for operators."""

from __future__ import annotations

import signal
import threading
from typing import Annotated

import typer

from salon.cli.review import ConfigOption, _deps
from salon.domain.jobs import JobState

app = typer.Typer(help="Background jobs: mail, webhooks, model updates.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Outgoing webhooks: health and delivery log.", no_args_is_help=True)


def worker(
    config: ConfigOption = None,
    once: Annotated[bool, typer.Option(help="run what is due now, then stop")] = False,
) -> None:
    """Work the outbox alone (several may run against PostgreSQL); stops on SIGTERM/SIGINT."""
    from salon.services.jobs import worker as outbox_worker

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with _deps(config) as deps:
        work = outbox_worker(deps)
        typer.echo("salon worker: working the outbox", err=True)
        while not stop.is_set():
            ran = work.run_due()
            if once and not ran:
                break
            if not ran:
                stop.wait(deps.settings.outbox_poll_seconds)


@app.command("list")
def list_jobs(
    config: ConfigOption = None,
    state: Annotated[JobState | None, typer.Option(help="pending, done or dead")] = None,
    limit: Annotated[int, typer.Option(help="how many, newest first")] = 50,
) -> None:
    """Jobs with their state, attempts and last error."""
    from salon.services.jobs import list_jobs as jobs

    with _deps(config) as deps:
        for job in jobs(deps, state, limit):
            when = job.run_after.isoformat(timespec="seconds") if job.run_after else "-"
            error = f"  last error: {job.last_error}" if job.last_error else ""
            typer.echo(
                f"{job.id}\t{job.kind}\t{job.state.value}\tattempts={job.attempts}\t"
                f"due={when}{error}"
            )


@app.command("retry")
def retry(job_id: int, config: ConfigOption = None) -> None:
    """Run a dead (or finished) job again now, with a fresh count of attempts."""
    from salon.services.jobs import retry_job

    with _deps(config) as deps:
        job = retry_job(deps, job_id)
    typer.echo(f"job {job.id} ({job.kind}) is due again")


@webhooks_app.command("list")
def webhooks(
    config: ConfigOption = None,
    log: Annotated[int, typer.Option(help="deliveries shown per target")] = 5,
) -> None:
    """Every target that has been used: failures in a row, disabled and why, recent deliveries."""
    from salon.services.webhooks import targets

    with _deps(config) as deps:
        for target, deliveries in targets(deps, log):
            state = (
                f"DISABLED since {target.disabled:%Y-%m-%d %H:%M}: {target.reason}"
                if target.disabled
                else "enabled"
            )
            typer.echo(
                f"{target.id}\t{target.site}\t{target.url}\tfailures={target.failures}\t{state}"
            )
            for d in deliveries:
                typer.echo(
                    f"\t{d.at:%Y-%m-%d %H:%M:%S}\t{d.event}\t{d.status or '-'}\t"
                    f"{d.ms} ms\t{d.error or 'ok'}"
                )


@webhooks_app.command("enable")
def enable(target_id: int, config: ConfigOption = None) -> None:
    """Enable a disabled target again (after fixing the receiver)."""
    from salon.services.webhooks import enable_target

    with _deps(config) as deps:
        enable_target(deps, target_id)
    typer.echo(f"webhook target {target_id} enabled")
