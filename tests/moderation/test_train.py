import csv
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from salon.cli.moderation import app
from salon.moderation import Moderator
from salon.moderation.corpus import HANDS
from salon.moderation.moderator import ABUSE_FILE, DEFAULT_MODEL_DIR, SPAM_FILE
from salon.moderation.neighbours import FILE as NEIGHBOURS_FILE

SPAM = [
    "Check out my channel http://x.tk",
    "Win a free prize, text WIN to 80082",
    "Earn $500 a day",
]
HAM = ["Love this song", "See you at lunch?", "Great article, thanks"]


def write(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label"])
        w.writerows(rows)


def tiny_data(root: Path) -> tuple[Path, Path]:
    shared, local = root / "shared", root / "local"
    shared.mkdir()
    local.mkdir()
    labelled = [(t, "spam") for t in SPAM] + [(t, "ham") for t in HAM]
    for video in ("psy", "katyperry", "lmfao", "eminem"):
        write(shared / f"youtube-spam-{video}.csv", labelled)
    write(shared / "sms-spam.csv", labelled * 3)
    write(local / "news-comments.csv", labelled)
    write(local / "multilingual-comments.csv", labelled)
    for name in HANDS:
        write(local / name, labelled)
    write(local / "implicit-abuse.csv", [("they are all vermin", "abusive"), ("hi", "ok")] * 3)
    write(shared / "tweets-abuse.csv", [("you stupid idiot", "abusive"), ("nice day", "ok")] * 3)
    return shared, local


def test_train_reproduces_the_models_bit_for_bit(tmp_path: Path) -> None:
    shared, local = tiny_data(tmp_path)
    out = tmp_path / "models"
    args = ["train", "--data", str(shared), "--local", str(local), "--out", str(out)]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "(new)" in first.output
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 0, second.output
    assert second.output.count("identical to the previous file") == 3
    m = Moderator.load(out)
    spam, _ = m.assess_many(["Earn $500 a day, check out my channel", "Love this song"])
    assert spam[0] > spam[1]


SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"
LOCAL = Path(__file__).resolve().parents[2] / "datasets"


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="the public sets live in ../shared/datasets")
def test_train_rebuilds_the_shipped_models_bit_for_bit(tmp_path: Path) -> None:
    out = tmp_path / "models"
    args = ["train", "--data", str(SHARED), "--local", str(LOCAL), "--out", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    for name in (SPAM_FILE, ABUSE_FILE, NEIGHBOURS_FILE):
        if (out / name).read_bytes() == (DEFAULT_MODEL_DIR / name).read_bytes():
            continue
        # On another CPU, BLAS and numpy's vector code add in another order: the same
        # training gives weights that differ in the seventh digit, so a new CRC and version
        # (the neighbours' meta names the spam model's). Same data, same settings, same
        # arrays to float32 rounding; the same CPU rebuilds them bit for bit (test above).
        with np.load(out / name) as built, np.load(DEFAULT_MODEL_DIR / name) as shipped:
            same_arrays(name, built, shipped)


def same_arrays(name: str, built: Any, shipped: Any) -> None:
    """The two .npz files hold the same arrays to float32 rounding and the same meta."""
    assert built.files == shipped.files, name
    for key in shipped.files:
        if key == "meta":
            mine, theirs = (json.loads(bytes(f[key])) for f in (built, shipped))
            assert mine.keys() == theirs.keys(), name
            assert {k: v for k, v in mine.items() if k != "spam_model"} == {
                k: v for k, v in theirs.items() if k != "spam_model"
            }, name
        else:
            assert built[key].dtype == shipped[key].dtype, (name, key)
            np.testing.assert_allclose(built[key], shipped[key], rtol=0, atol=1e-5)
