"""Release 7 selection: do the pitch signals (pitch.py) help the spam model?

2-fold cross-validation inside the TRAINING parts only: the multilingual set's training
part (select_multilingual's template folds), the SMS 80 % and the news 70 % (each split
in two by a salted hash of the text). Each fold fits on every YouTube video, the other
half of those three training parts, and scores its own half. The frozen multilingual
30 %, the SMS / news hold-outs and release 7's fresh set (multilingual-fresh.csv) are
never read here. YouTube is not scored (leave-one-video-out costs eight fits a setting);
run.py reports it for the shipped setting.

A setting switches release 7's inputs off by dropping their signals before the
featuriser sees them (their columns stay zero, as if they did not exist).
Rerun: .venv/bin/python bench/moderation/select_r7.py [setting ...] [--errors] [--thresholds]
"""

from __future__ import annotations

import csv
import sys
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from salon.moderation import analysis, pitch, train
from salon.moderation.corpus import Corpus, Example, load_corpus
from salon.moderation.signals import Signal, text_signals

sys.path.insert(0, str(Path(__file__).parent))
from select_multilingual import fold_of  # noqa: E402
from select_r6 import GROUPS, rates  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NEW_LISTS = frozenset(pitch.LISTS) | {"weight_claim"}
# Round 1 also had runs of emoji and of "!!" as inputs; they did not help (model card).
NEW_SHAPE: frozenset[str] = frozenset()


def half(text: str) -> int:
    return zlib.crc32(b"inner-r7:" + text.encode("utf-8", "surrogatepass")) % 2


def dropping(names: frozenset[str]) -> Callable[..., list[Signal]]:
    def signals(*args: object, **kwargs: object) -> list[Signal]:
        return [s for s in text_signals(*args, **kwargs) if s.name not in names]  # type: ignore[arg-type]

    return signals


SETTINGS: dict[str, dict[str, object]] = {
    # release 6's inputs and data (batch 7 left out of the fitting side; still scored)
    "r6-data": {"drop": NEW_LISTS | NEW_SHAPE, "no_b7": True},
    "r6": {"drop": NEW_LISTS | NEW_SHAPE},
    "r7-b7": {"no_b7": True},
    "r7": {},
    "r7+ham2": {"multi_ham": 2.0},
    "r7+ham3": {"multi_ham": 3.0},
    "r7+ham6": {"multi_ham": 6.0},
}


def run(name: str, errors: bool) -> None:
    setting = SETTINGS[name]
    analysis.text_signals = dropping(setting.get("drop", frozenset()))  # type: ignore[arg-type]
    if "multi_ham" in setting:
        train.CLASS_WEIGHT[("multilingual-comments", 0)] = float(setting["multi_ham"])  # type: ignore[arg-type]
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    with (ROOT / "datasets" / "multilingual-comments.csv").open(encoding="utf-8") as fh:
        info = {r["text"]: (r["lang"], r["batch"]) for r in csv.DictReader(fh)}
    lang = {t: v[0] for t, v in info.items()}
    fit_b7 = not setting.get("no_b7")
    youtube = [e for rows in corpus.youtube.values() for e in rows]
    parts = training_parts(corpus)
    texts = train.Texts()
    scored = inner_cv(
        texts,
        youtube,
        parts,
        lambda e: fit_b7 or info.get(e.text, ("", ""))[1] != "7",
    )
    print(name)
    for part, (exs, s) in scored.items():
        print(f"  {part:13} {rates(np.array(s), _labels(exs))}")
    if THRESHOLDS:
        # (d) the hold threshold by the same folds: every training part pooled.
        pooled = [x for _, v in scored.values() for x in v]
        labels = np.concatenate([_labels(e) for e, _ in scored.values()])
        for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            print(f"    hold at {t:.2f}: {rates_at(np.array(pooled), labels, t)}")
    exs, s_list = scored["multilingual"]
    s = np.array(s_list)
    y = _labels(exs)
    for group, langs in GROUPS.items():
        idx = [i for i, e in enumerate(exs) if lang.get(e.text) in langs]
        print(f"    {group:14} {rates(s[idx], y[idx])}")
    if errors:
        for i in np.argsort(-s):
            if (s[i] >= 0.35) != y[i]:
                kind = "ham held" if s[i] >= 0.35 else "spam published"
                print(f"      {kind} {s[i]:.2f} [{lang.get(exs[i].text)}] {exs[i].text[:110]}")
    sys.stdout.flush()


Parts = dict[str, tuple[list[Example], Callable[[str], int]]]


def inner_cv(
    texts: train.Texts, youtube: list[Example], parts: Parts, keep: Callable[[Example], bool]
) -> dict[str, tuple[list[Example], list[float]]]:
    """Each part's rows scored by the fold that did not fit them (2 folds; YouTube and the
    rows `keep` admits from the other fold are fitted)."""
    scored: dict[str, tuple[list[Example], list[float]]] = {p: ([], []) for p in parts}
    for k in (0, 1):
        fit_on = list(youtube)
        for rows, fold in parts.values():
            fit_on += [e for e in rows if fold(e.text) != k and keep(e)]
        model = train.train_model(texts, train.augment(fit_on), "spam", [])
        for part, (rows, fold) in parts.items():
            test = [e for e in rows if fold(e.text) == k]
            z = model.logits(texts.rows(e.text for e in test))
            scored[part][0].extend(test)
            scored[part][1].extend(1 / (1 + np.exp(-z)))
    return scored


def training_parts(corpus: Corpus) -> Parts:
    """The training parts the inner CV splits in two, each with its fold function."""
    return {
        "multilingual": (corpus.multi_train, fold_of),
        "sms": (corpus.sms_train, half),
        "news": (corpus.news_train, half),
    }


@dataclass(frozen=True)
class Rates:
    """What holding every score >= a threshold does to labelled rows (True = spam)."""

    f1: float
    held: float  # share of legitimate comments held
    published: float  # share of spam published
    fp: int
    fn: int
    ham: int
    spam: int

    def __str__(self) -> str:
        return (
            f"F1 {self.f1:.3f}, ham held {self.held:5.1%}, spam published {self.published:5.1%}"
            f" ({self.fp} of {self.ham} ham, {self.fn} of {self.spam} spam)"
        )


def rates_of(s: np.ndarray, y: np.ndarray, t: float) -> Rates:
    held = s >= t
    tp, fp, fn = int((held & y).sum()), int((held & ~y).sum()), int((~held & y).sum())
    ham, spam = int((~y).sum()), int(y.sum())
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    return Rates(f1, fp / max(1, ham), fn / max(1, spam), fp, fn, ham, spam)


def rates_at(s: np.ndarray, y: np.ndarray, t: float) -> str:
    return str(rates_of(s, y, t))


THRESHOLDS = "--thresholds" in sys.argv


def _labels(exs: Sequence[Example]) -> np.ndarray:
    return np.array([e.label == 1 for e in exs])


def main() -> None:
    errors = "--errors" in sys.argv
    weights = dict(train.CLASS_WEIGHT)
    for name in [a for a in sys.argv[1:] if not a.startswith("--")] or ["r6-data", "r7"]:
        train.CLASS_WEIGHT.clear()
        train.CLASS_WEIGHT.update(weights)
        run(name, errors)


if __name__ == "__main__":
    main()
