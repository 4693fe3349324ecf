from collections import defaultdict
from pathlib import Path

import pytest

from salon.moderation import train
from salon.moderation.corpus import Example, read_csv


def test_the_lang_column_is_read(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text("text,label,lang,batch\nhola,ham,es,6\nhi,spam,,4\n", encoding="utf-8")
    assert [e.lang for e in read_csv(path, {"spam": 1, "ham": 0})] == ["es", ""]


def test_language_shares_give_each_language_the_same_share_of_its_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = (
        [Example(f"spam {i}", 1, "multi", "zh") for i in range(6)]
        + [Example(f"spam he {i}", 1, "multi", "he") for i in range(2)]
        + [Example(f"ham {i}", 0, "multi", "zh") for i in range(2)]
        + [Example(f"ham he {i}", 0, "multi", "he") for i in range(2)]
        + [Example(f"sms {i}", i % 2, "sms-spam") for i in range(4)]
    )
    texts = train.Texts(bits=10)
    plain = train.prepare(texts, rows).weights
    monkeypatch.setattr(train, "LANGUAGE_SHARES", True)
    shared = train.prepare(texts, rows).weights
    totals: dict[tuple[str, int, str], float] = defaultdict(float)
    for e, w in zip(rows, shared, strict=True):
        totals[(e.source, e.label, e.lang)] += float(w)
    # Chinese spam had three times Hebrew's rows; now each language has half the class.
    assert totals[("multi", 1, "zh")] == pytest.approx(totals[("multi", 1, "he")])
    assert totals[("multi", 0, "zh")] == pytest.approx(totals[("multi", 0, "he")])
    # A class keeps its total weight, and a source without languages is untouched.
    for label in (0, 1):
        got = sum(
            w for e, w in zip(rows, shared, strict=True) if (e.source, e.label) == ("multi", label)
        )
        was = sum(
            w for e, w in zip(rows, plain, strict=True) if (e.source, e.label) == ("multi", label)
        )
        assert got == pytest.approx(was)
    assert list(shared[-4:]) == pytest.approx(list(plain[-4:]))
