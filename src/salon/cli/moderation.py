"""`salon moderation ...`: evaluate, try and rebuild the moderation models."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from salon.domain.moderation import Submission

# Every `salon` process imports this module to build the command line, `salon serve`'s
# supervisor and workers too; numpy and the models are imported by the commands that use
# them (the supervisor serves nothing and needs neither).
if TYPE_CHECKING:
    from salon.moderation import Moderator

app = typer.Typer(
    help="Screen comments for spam and abuse: evaluate, check one text, retrain.",
    no_args_is_help=True,
)

ModelDir = typer.Option(
    None, "--model-dir", help="Directory with spam.npz, abuse.npz and (optionally) neighbours.npz."
)


def _load(model_dir: Path | None) -> Moderator:
    from salon.moderation import ModelError, Moderator

    try:
        return Moderator.load(model_dir)
    except ModelError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command("eval")
def evaluate(
    file: Path = typer.Argument(..., help="CSV with columns text,label.", exists=False),
    kind: str = typer.Option(
        "spam", "--kind", help="spam (labels spam|ham) or abuse (abusive|ok)."
    ),
    threshold: float | None = typer.Option(
        None, help="Score at or above which a text counts as flagged (default: policy's)."
    ),
    model_dir: Path | None = ModelDir,
) -> None:
    """Score a labelled CSV; the last line is `precision=P recall=R f1=F n=N`."""
    import numpy as np

    from salon.moderation import Policy
    from salon.moderation.corpus import ABUSE_LABELS, SPAM_LABELS, read_csv

    if kind not in ("spam", "abuse"):
        typer.echo("error: --kind must be spam or abuse", err=True)
        raise typer.Exit(2)
    try:
        examples = read_csv(file, SPAM_LABELS if kind == "spam" else ABUSE_LABELS)
    except (OSError, ValueError, csv.Error) as exc:
        typer.echo(f"error: cannot read {file}: {exc}", err=True)
        raise typer.Exit(2) from exc
    policy = Policy()
    if threshold is None:
        threshold = policy.hold_threshold if kind == "spam" else policy.abuse_threshold
    m = _load(model_dir)
    spam, abuse = m.assess_many([e.text for e in examples])
    scores = spam if kind == "spam" else abuse
    usable = ~np.isnan(scores)
    skipped = int((~usable).sum())
    if skipped:
        typer.echo(f"skipped {skipped} row(s) that cannot be moderated (empty or too long)")
    y = np.array([e.label == 1 for e in examples])[usable]
    flagged = scores[usable] >= threshold
    tp = int((flagged & y).sum())
    fp = int((flagged & ~y).sum())
    fn = int((~flagged & y).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    positive = "spam" if kind == "spam" else "abusive"
    typer.echo(f"model {m.model_version}, threshold {threshold:g}")
    typer.echo(f"{positive}: {int(y.sum())}, other: {int((~y).sum())}; tp={tp} fp={fp} fn={fn}")
    typer.echo(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f} n={int(usable.sum())}")


@app.command()
def check(
    text: str = typer.Argument(..., help="The comment text; - reads standard input."),
    author_name: str = typer.Option("", "--author", help="Author name as entered."),
    website: str = typer.Option("", "--website", help="Author website as entered."),
    first: bool = typer.Option(False, "--first", help="Treat as the author's first comment."),
    model_dir: Path | None = ModelDir,
) -> None:
    """Print the decision on one text: band, scores and reasons."""
    from salon.moderation import Policy, TextError

    if text == "-":
        text = sys.stdin.read()
    m = _load(model_dir)
    sub = Submission(
        text=text,
        author_name=author_name,
        author_website=website,
        author_published_count=0 if first else 1,
    )
    try:
        decision = m.assess(sub, Policy())
    except TextError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"band: {decision.band.value}")
    typer.echo(f"spam: {decision.spam:.3f}  abuse: {decision.abuse:.3f}")
    typer.echo(f"model: {decision.model_version}")
    code, confidence = m.language(text)
    typer.echo(f"language: {code} ({confidence:.2f})")
    typer.echo("reasons:" if decision.reasons else "reasons: none")
    for reason in decision.reasons:
        typer.echo(f"  - {reason}")


@app.command()
def train(
    data: Path = typer.Option(
        Path("../shared/datasets"),
        "--data",
        envvar="SALON_DATASETS",
        help="Directory with the public sets (youtube-spam-*.csv, sms-spam.csv, tweets-abuse.csv).",
    ),
    local: Path = typer.Option(
        Path("datasets"), "--local", help="Directory with news-comments.csv (the repository's)."
    ),
    out: Path | None = typer.Option(
        None,
        "--out",
        help="Where to write the models.",
        show_default="the shipped models' directory",
    ),
) -> None:
    """Rebuild spam.npz, abuse.npz and neighbours.npz from the data (bit for bit the
    shipped ones)."""
    from salon.moderation.moderator import DEFAULT_MODEL_DIR
    from salon.moderation.train import train_all

    out = out or DEFAULT_MODEL_DIR
    before = {p.name: p.read_bytes() for p in out.glob("*.npz")} if out.is_dir() else {}
    try:
        spam, abuse, neighbours = train_all(data, local, out)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc} (use --data and --local)", err=True)
        raise typer.Exit(2) from exc
    for version, name in (
        (spam.version, "spam.npz"),
        (abuse.version, "abuse.npz"),
        (neighbours.version, "neighbours.npz"),
    ):
        same = before.get(name) == (out / name).read_bytes()
        note = "identical to the previous file" if same else "new"
        typer.echo(f"{out / name}: {version} ({note})")
