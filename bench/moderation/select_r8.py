"""Release 8 selection: batch 8 data, class weights and the hold threshold.

2-fold cross-validation inside the TRAINING parts only, as select_r7.py: the
multilingual set's training part (select_multilingual's template folds), the SMS 80 %
and the news 70 % (each halved by a salted hash). Each fold fits on every YouTube video,
the other half of those three training parts, and scores its own half. The frozen
multilingual 30 %, the SMS / news hold-outs and both fresh sets are never read here,
with one exception, asked for by name: `--fresh7` fits one model on all training parts
and prints the AGGREGATES of release 7's fresh set (multilingual-fresh.csv), which
release 8 uses as a selection set (each run is a look, recorded in the model card).
Release 8's fresh set (multilingual-fresh-r8.csv) is never read here.

The multilingual training rows are reported twice: all of them, and only the rows of
releases 4-7 ("old rows"), because batch 8 was written by the same hand that runs this
selection, and scoring one's own rows flatters.

`--youtube` runs run.py's leave-one-video-out instead (the YouTube hold-out, which every
release has looked at).

Rerun: .venv/bin/python bench/moderation/select_r8.py [setting ...]
       [--errors] [--thresholds] [--fresh7] [--youtube]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import numpy as np

from salon.moderation import analysis, train
from salon.moderation.corpus import SPAM_LABELS, Example, clean, load_corpus, read_csv
from salon.moderation.signals import text_signals

sys.path.insert(0, str(Path(__file__).parent))
from select_r6 import GROUPS, rates  # noqa: E402
from select_r7 import _labels, dropping, inner_cv, rates_at, training_parts  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


# Three pitch lists tried in release 8 and not shipped (pitch.py at commit 9a60843; the
# "+lists" settings need that commit). A setting without "+lists" drops them before the
# featuriser sees them (their columns stay zero, as if they did not exist).
NEW_LISTS = frozenset({"group_invite", "remedy_claim", "betting_tips"})


SETTINGS: dict[str, dict[str, object]] = {
    "r7": {"no_b8": True},  # release 7's data and settings
    "r7+ham6": {"no_b8": True, "multi_ham": 6.0},
    "r8": {},
    "r8+ham2": {"multi_ham": 2.0},
    "r8+ham3": {"multi_ham": 3.0},
    "r8+ham6": {"multi_ham": 6.0},
    "r8+ham8": {"multi_ham": 8.0},
    "r8+multi2": {"source": 2.0},
    "r8+multi2+ham6": {"source": 2.0, "multi_ham": 6.0},
    "r8+multi1.5+ham6": {"source": 1.5, "multi_ham": 6.0},
    "r8+multi3": {"source": 3.0},
    "r8+multi3+ham6": {"source": 3.0, "multi_ham": 6.0},
    "r8+spam2": {"multi_spam": 2.0},
    "r7+multi2": {"no_b8": True, "source": 2.0},
    "r8+lists": {"lists": True},
    "r8+lists+ham6": {"lists": True, "multi_ham": 6.0},
    "r8+lists+multi2+ham6": {"lists": True, "source": 2.0, "multi_ham": 6.0},
    "r8+lists+multi3": {"lists": True, "source": 3.0},
    "r8+lists+multi3+ham6": {"lists": True, "source": 3.0, "multi_ham": 6.0},
}


def configure(setting: dict[str, object]) -> None:
    # Every setting starts from release 7's weights (train.py now ships release 8's).
    train.SOURCE_WEIGHT["multilingual-comments"] = 1.0
    train.CLASS_WEIGHT[("multilingual-comments", 0)] = 4.0
    analysis.text_signals = text_signals if setting.get("lists") else dropping(NEW_LISTS)  # type: ignore[assignment]
    if "multi_ham" in setting:
        train.CLASS_WEIGHT[("multilingual-comments", 0)] = float(setting["multi_ham"])  # type: ignore[arg-type]
    if "multi_spam" in setting:
        train.CLASS_WEIGHT[("multilingual-comments", 1)] = float(setting["multi_spam"])  # type: ignore[arg-type]
    if "source" in setting:
        train.SOURCE_WEIGHT["multilingual-comments"] = float(setting["source"])  # type: ignore[arg-type]


def run(name: str, errors: bool, thresholds: bool, fresh7: bool, youtube_lovo: bool) -> None:
    setting = SETTINGS[name]
    configure(setting)
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    with (ROOT / "datasets" / "multilingual-comments.csv").open(encoding="utf-8") as fh:
        info = {clean(r["text"]): (r["lang"], r["batch"]) for r in csv.DictReader(fh)}
    lang = {t: v[0] for t, v in info.items()}
    fit_b8 = not setting.get("no_b8")

    def keep(e: Example) -> bool:
        return fit_b8 or info.get(e.text, ("", ""))[1] != "8"

    youtube = [e for rows in corpus.youtube.values() for e in rows]
    parts = training_parts(corpus)
    texts = train.Texts()
    print(name, flush=True)
    if youtube_lovo:
        # run.py's leave-one-video-out (the YouTube hold-out every release has seen).
        scores: list[float] = []
        ys: list[Example] = []
        for video, rows in corpus.youtube.items():
            fit_on = [e for v, r in corpus.youtube.items() if v != video for e in r]
            fit_on += [e for rows_, _ in parts.values() for e in rows_ if keep(e)]
            model = train.train_model(texts, train.augment(fit_on), "spam", [])
            z = model.logits(texts.rows(e.text for e in rows))
            scores.extend(1 / (1 + np.exp(-z)))
            ys.extend(rows)
        print(f"  YouTube LOVO pooled {rates(np.array(scores), _labels(ys))}")
        return
    if fresh7:
        fit_on = list(youtube) + [e for rows, _ in parts.values() for e in rows if keep(e)]
        model = train.train_model(texts, train.augment(fit_on), "spam", [])
        fresh = read_csv(ROOT / "datasets" / "multilingual-fresh.csv", SPAM_LABELS)
        z = model.logits(texts.rows(e.text for e in fresh))
        s, y = 1 / (1 + np.exp(-z)), _labels(fresh)
        print(f"  fresh r7 (selection set, aggregates only) {rates(s, y)}")
        for group, langs in GROUPS.items():
            idx = [i for i, e in enumerate(fresh) if e.lang in langs]
            print(f"    {group:14} {rates(s[idx], y[idx])}")
        return
    scored = inner_cv(texts, youtube, parts, keep)
    for part, (exs, sc) in scored.items():
        print(f"  {part:13} {rates(np.array(sc), _labels(exs))}")
    exs, s_list = scored["multilingual"]
    s = np.array(s_list)
    y = _labels(exs)
    old = np.array([info.get(e.text, ("", ""))[1] != "8" for e in exs])
    print(f"  multi old rows (batches 4-7) {rates(s[old], y[old])}")
    print(f"  multi batch 8 rows          {rates(s[~old], y[~old])}")
    if thresholds:
        pooled = np.array([x for _, v in scored.values() for x in v])
        labels = np.concatenate([_labels(e) for e, _ in scored.values()])
        for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            print(f"    hold at {t:.2f}: {rates_at(pooled, labels, t)}")
    for group, langs in GROUPS.items():
        idx = [i for i, e in enumerate(exs) if lang.get(e.text) in langs and old[i]]
        print(f"    old {group:14} {rates(s[idx], y[idx])}")
    if errors:
        # Out-of-fold errors of the TRAINING parts (never the frozen split or a fresh set).
        n_exs, n_s = scored["news"]
        for e, sc in zip(n_exs, n_s, strict=True):
            if (sc >= 0.35) != (e.label == 1):
                kind = "ham held" if sc >= 0.35 else "spam published"
                print(f"      news {kind} {sc:.2f} {e.text[:110]}")
        for i in np.argsort(-s):
            if (s[i] >= 0.35) != y[i]:
                kind = "ham held" if s[i] >= 0.35 else "spam published"
                b = info.get(exs[i].text, ("", "?"))[1]
                print(f"      {kind} {s[i]:.2f} [{lang.get(exs[i].text)} b{b}] {exs[i].text[:110]}")
    sys.stdout.flush()


def main() -> None:
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    class_weight, source_weight = dict(train.CLASS_WEIGHT), dict(train.SOURCE_WEIGHT)
    for name in [a for a in sys.argv[1:] if not a.startswith("--")] or ["r7", "r8"]:
        train.CLASS_WEIGHT.clear()
        train.CLASS_WEIGHT.update(class_weight)
        train.SOURCE_WEIGHT.clear()
        train.SOURCE_WEIGHT.update(source_weight)
        run(
            name,
            "--errors" in flags,
            "--thresholds" in flags,
            "--fresh7" in flags,
            "--youtube" in flags,
        )


if __name__ == "__main__":
    main()
