import csv
from pathlib import Path

from typer.testing import CliRunner

from salon.cli.moderation import app

runner = CliRunner()


def test_eval_last_line(tmp_path: Path) -> None:
    f = tmp_path / "small.csv"
    with f.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label"])
        w.writerow(["𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 per month from home, visit cash-daily.gq", "spam"])
        w.writerow(["Buy cheap Viagra without a prescription at pharma-direct.top", "spam"])
        w.writerow(["Great article, thanks for writing it.", "ham"])
        w.writerow(["The council is wrong about the bypass, and I will vote against it.", "ham"])
    result = runner.invoke(app, ["eval", str(f)])
    assert result.exit_code == 0, result.output
    last = result.output.strip().splitlines()[-1]
    assert last == "precision=1.000 recall=1.000 f1=1.000 n=4"


def test_eval_abuse_and_bad_files(tmp_path: Path) -> None:
    f = tmp_path / "abuse.csv"
    f.write_text("text,label\nyou are a lovely person,ok\nshut up you stupid bitch,abusive\n")
    result = runner.invoke(app, ["eval", str(f), "--kind", "abuse"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].endswith("n=2")
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nhello,maybe\n")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 2 and "maybe" in result.output
    assert runner.invoke(app, ["eval", str(tmp_path / "nope.csv")]).exit_code == 2


def test_check_prints_band_scores_and_reasons() -> None:
    result = runner.invoke(app, ["check", "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485, visit w w w . cash-daily . gq"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("band: spam\nspam: ")
    assert "  - disguise: text in mathematical letters" in result.output
    german = runner.invoke(app, ["check", "Das ist ein sehr guter Artikel über die Stadt."])
    assert "language: de (" in german.output
    empty = runner.invoke(app, ["check", " "])
    assert empty.exit_code == 2 and "empty" in empty.output


def test_missing_models_and_data_say_how_to_fix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", "hello", "--model-dir", str(tmp_path)])
    assert result.exit_code == 2 and "salon moderation train" in result.output
    result = runner.invoke(app, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "training data not found" in result.output
