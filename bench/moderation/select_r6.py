"""Release 6 selection rounds: does a change help the spam model beyond English?

Scored by 2-fold cross-validation inside the TRAINING part of multilingual-comments.csv
only (the frozen 30 % is never read here), with the folds of select_multilingual.py
(whole templates, so two phone formats of one spam never sit on both sides). The rows
scored are always the same: release 4 and 5's training rows. Release 6's new rows
(the csv's batch 6, training part only) are added to the fitting side of every fold and
never scored, so "more data" is judged on data its author did not write with it.
Rerun: .venv/bin/python bench/moderation/select_r6.py [setting ...]
Settings: r5 (release 5 data), r6 (+ release 6 rows); more in SETTINGS. With --errors
it prints the out-of-fold errors (training part only) to read kinds of mistakes from.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from salon.moderation import features as features_module
from salon.moderation import train
from salon.moderation.corpus import Example, load_corpus

sys.path.insert(0, str(Path(__file__).parent))
from select_multilingual import fold_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35
GROUPS = {
    "Latin": {"en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "id"},
    "Cyrillic": {"ru", "uk"},
    "Arabic script": {"ar", "fa"},
    "Hebrew": {"he"},
    "Devanagari": {"hi"},
    "CJK": {"ja", "zh", "ko"},
}


def rates(s: np.ndarray, y: np.ndarray) -> str:
    held = s >= HOLD
    tp, fp, fn = int((held & y).sum()), int((held & ~y).sum()), int((~held & y).sum())
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    ham = held[~y].mean() if (~y).any() else 0.0
    spam = (~held[y]).mean() if y.any() else 0.0
    return f"F1 {f1:.3f}, ham held {ham:5.1%}, spam published {spam:5.1%} (n {len(s)})"


def run(name: str, new_rows: bool, before: Callable[[], None] | None = None) -> None:
    if before is not None:
        before()
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    with (ROOT / "datasets" / "multilingual-comments.csv").open(encoding="utf-8") as fh:
        info = {r["text"]: (r["lang"], r["batch"]) for r in csv.DictReader(fh)}
    texts = train.Texts()
    others = [e for e in corpus.spam_train() if e.source != "multilingual-comments"]
    old = [e for e in corpus.multi_train if info[e.text][1] != "6"]
    new = [e for e in corpus.multi_train if info[e.text][1] == "6"] if new_rows else []
    fold = [fold_of(e.text) for e in old]
    scores: list[float] = []
    scored: list[Example] = []
    for k in (0, 1):
        fit_on = [e for e, f in zip(old, fold, strict=True) if f != k] + new
        test = [e for e, f in zip(old, fold, strict=True) if f == k]
        model = train.train_model(texts, train.augment(others + fit_on), "spam", [])
        z = model.logits(texts.rows(e.text for e in test))
        scores.extend(1 / (1 + np.exp(-z)))
        scored.extend(test)
    s = np.array(scores)
    y = np.array([e.label == 1 for e in scored])
    print(f"{name}: {rates(s, y)}  [+{len(new)} new rows]")
    for group, langs in GROUPS.items():
        idx = [i for i, e in enumerate(scored) if info[e.text][0] in langs]
        print(f"    {group:14} {rates(s[idx], y[idx])}")
    if SHOW_ERRORS:
        # Out-of-fold errors of the TRAINING part (never the frozen split).
        for i in np.argsort(-s):
            if (s[i] >= HOLD) != y[i]:
                print(
                    f"      {'ham held' if s[i] >= HOLD else 'spam published'} {s[i]:.2f}"
                    f" [{info[scored[i].text][0]}] {scored[i].text[:110]}"
                )
    sys.stdout.flush()


SHOW_ERRORS = "--errors" in sys.argv


def _set(**values: object) -> Callable[[], None]:
    def apply() -> None:
        for key, value in values.items():
            if key == "FEATURES":
                features_module.FEATURES = value  # type: ignore[assignment]
            elif key == "multi_weight":
                train.SOURCE_WEIGHT["multilingual-comments"] = float(value)  # type: ignore[arg-type]
            elif key == "multi_ham":
                train.CLASS_WEIGHT[("multilingual-comments", 0)] = float(value)  # type: ignore[arg-type]
            else:
                setattr(train, key, value)

    return apply


SETTINGS: dict[str, tuple[bool, Callable[[], None] | None]] = {
    "r5": (False, None),
    "r6": (True, None),
    "r6+ham2": (True, _set(multi_ham=2.0)),
    "r6+langshares": (True, _set(LANGUAGE_SHARES=True)),
    "r6+both": (True, _set(LANGUAGE_SHARES=True, multi_ham=2.0)),
    "r6+both+cjk": (True, _set(LANGUAGE_SHARES=True, multi_ham=2.0, FEATURES=3)),
    "r6+cjk": (True, _set(FEATURES=3)),
    "r6+both+cjk+ham3": (True, _set(LANGUAGE_SHARES=True, multi_ham=3.0, FEATURES=3)),
    "r6+shares+cjk": (True, _set(LANGUAGE_SHARES=True, FEATURES=3)),
    "r6+both+cjk+ham4": (True, _set(LANGUAGE_SHARES=True, multi_ham=4.0, FEATURES=3)),
    "r6+both+cjk+ham3+w2": (
        True,
        _set(LANGUAGE_SHARES=True, multi_ham=3.0, FEATURES=3, multi_weight=2.0),
    ),
}


def main() -> None:
    defaults = (train.LANGUAGE_SHARES, dict(train.CLASS_WEIGHT), features_module.FEATURES)
    sources = dict(train.SOURCE_WEIGHT)
    for name in [a for a in sys.argv[1:] if a != "--errors"] or ["r5", "r6"]:
        # Each setting starts from the shipped values (they are module globals).
        train.LANGUAGE_SHARES, weights, features_module.FEATURES = defaults
        train.CLASS_WEIGHT.clear()
        train.CLASS_WEIGHT.update(weights)
        train.SOURCE_WEIGHT.update(sources)
        new_rows, before = SETTINGS[name]
        run(name, new_rows, before)


if __name__ == "__main__":
    main()
