"""`salon support create|add|list` print the id and the new total, and explain bad input."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from salon.cli import app


def run(tmp_path: Path, *args: str) -> tuple[int, str]:
    env = {"SALON_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}"}
    result = CliRunner().invoke(app, ["support", *args], env=env)
    return result.exit_code, result.output


def test_create_add_list(tmp_path: Path) -> None:
    code, out = run(
        tmp_path,
        "create",
        "--site",
        "default",
        "--title",
        "Keep us going",
        "--goal",
        "5000",
        "--currency",
        "USD",
        "--url",
        "https://example.org/give",
    )
    assert (code, out.strip()) == (0, "1")
    assert run(tmp_path, "add", "880", "--campaign", "1") == (0, "880.00 USD\n")
    assert run(tmp_path, "add", "19.99", "--campaign", "1", "--supporters", "0") == (
        0,
        "899.99 USD\n",
    )
    assert run(tmp_path, "add", "--campaign", "1", "--subtract", "--", "0.99") == (
        0,
        "899.00 USD\n",
    )
    code, out = run(tmp_path, "list")
    assert code == 0 and "899.00 of 5000.00 USD\t1 supporter\t" in out


def test_bad_input(tmp_path: Path) -> None:
    base = ["create", "--site", "default", "--title", "T", "--url", "https://e.org"]
    for extra, message in [
        (["--goal", "0", "--currency", "USD"], "more than 0"),
        (["--goal", "10", "--currency", "DOLLARS"], "ISO 4217"),
        (
            ["--goal", "10", "--currency", "USD", "--starts", "2026-12-05", "--ends", "2026-12-01"],
            "after the start",
        ),
    ]:
        code, out = run(tmp_path, *base, *extra)
        assert code == 1 and message in out, out
    assert run(tmp_path, *base, "--goal", "10", "--currency", "EUR")[0] == 0
    for amount, message in [
        ("abc", "a number"),
        ("-5", "negative"),
        ("0", "more than 0"),
        ("1.001", "decimals"),
    ]:
        code, out = run(tmp_path, "add", "--campaign", "1", "--", amount)
        assert code == 1 and message in out, (amount, out)
    code, out = run(tmp_path, "add", "5", "--campaign", "9")
    assert code == 1 and "no support campaign 9" in out
    code, out = run(tmp_path, "list", "--site", "nowhere")
    assert code == 1 and "unknown site" in out
