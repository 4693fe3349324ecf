"""Quality and speed of Salon's moderation models; writes bench/moderation/results.md.

Rerun from the repository root:
    .venv/bin/python bench/moderation/run.py [--data ../shared/datasets] [--quick]
        [--models DIR] [--out FILE]   (e.g. another release's .npz files, written elsewhere)
Settings were chosen without the hold-outs by bench/moderation/select_settings.py.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# One core, as the target says; set before numpy loads.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np  # noqa: E402

from salon.domain.moderation import Submission  # noqa: E402
from salon.moderation import Moderator, Policy  # noqa: E402
from salon.moderation.corpus import (  # noqa: E402
    HANDS,
    SPAM_LABELS,
    YOUTUBE,
    Corpus,
    Example,
    load_corpus,
    read_csv,
)
from salon.moderation.disguise import STYLES, disguise  # noqa: E402
from salon.moderation.train import (  # noqa: E402
    Texts,
    neighbours_of,
    spam_examples,
    train_model,
)

sys.path.insert(0, str(Path(__file__).parent))
from probe_ordinary import ORIGINAL, TEXTS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
COMMAND = ".venv/bin/python bench/moderation/run.py"


def prf(scores: np.ndarray, labels: Sequence[int], threshold: float) -> tuple[float, float, float]:
    y = np.asarray(labels) == 1
    p = scores >= threshold
    tp = int((p & y).sum())
    fp = int((p & ~y).sum())
    fn = int((~p & y).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return precision, recall, f1


def row(name: str, exs: Sequence[Example], scores: np.ndarray, policy: Policy) -> list[str]:
    labels = [e.label for e in exs]
    p, r, f = prf(scores, labels, policy.hold_threshold)
    auto_p, auto_r, _ = prf(scores, labels, policy.spam_threshold)
    _, _, f_half = prf(scores, labels, 0.5)
    return [
        name,
        str(len(exs)),
        f"{p:.3f}",
        f"{r:.3f}",
        f"{f:.3f}",
        f"{f_half:.3f}",
        f"{auto_p:.3f}",
        f"{auto_r:.3f}",
    ]


def roc_auc(scores: np.ndarray, labels: Sequence[int]) -> float:
    """Probability that a random positive outscores a random negative (ties count half)."""
    y = np.asarray(labels) == 1
    pos, neg = scores[y], scores[~y]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def outcome(name: str, exs: Sequence[Example], scores: np.ndarray, policy: Policy) -> list[str]:
    """P / R / F1 at the shipped hold threshold, legitimate held, spam published."""
    y = np.asarray([e.label for e in exs]) == 1
    p, r, f = prf(scores, [e.label for e in exs], policy.hold_threshold)
    auto_p, _, _ = prf(scores, [e.label for e in exs], policy.spam_threshold)
    held = scores >= policy.hold_threshold
    ham_held = float(held[~y].mean()) if (~y).any() else 0.0
    spam_out = float((~held[y]).mean()) if y.any() else 0.0
    return [name, str(len(exs)), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{ham_held:.1%}",
            f"{spam_out:.1%}", f"{auto_p:.3f}"]  # fmt: skip


SCRIPTS = {
    "Latin (en de fr es pt it nl pl tr id)": {"en", "de", "fr", "es", "pt", "it", "nl", "pl",
                                              "tr", "id"},
    "Cyrillic (ru uk)": {"ru", "uk"},
    "Arabic script (ar fa)": {"ar", "fa"},
    "Hebrew (he)": {"he"},
    "Devanagari (hi)": {"hi"},
    "CJK and Hangul (ja zh ko)": {"ja", "zh", "ko"},
    "Swedish (sv; release 11's fresh set only, not one of the 19)": {"sv"},
}  # fmt: skip


def languages_of(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["text"]: r["lang"] for r in csv.DictReader(fh)}


def batches_of(path: Path) -> dict[str, str]:
    """The release that added each row (the csv's batch column)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["text"]: r.get("batch") or "" for r in csv.DictReader(fh)}


def frozen_rows(
    m: Moderator, corpus: Corpus, policy: Policy, langs: dict[str, str], batches: dict[str, str]
) -> tuple[list[list[str]], float]:
    exs = corpus.multi_test
    s, _ = m.assess_many([e.text for e in exs])
    rows = [outcome("all 19 languages", exs, s, policy)]
    # Release 6 added rows; its frozen part is written by the same hand as its training
    # part, so the rows of releases 4 and 5 alone are the number to compare across releases.
    for name, keep in (
        ("— rows of releases 4 and 5 (release 5's frozen set)", {"4", "5"}),
        ("— rows added in release 6", {"6"}),
        ("— rows added in release 7 (ordinary comments only)", {"7"}),
        ("— rows added in release 8", {"8"}),
    ):
        idx = [i for i, e in enumerate(exs) if batches.get(e.text) in keep]
        if idx:
            rows.append(outcome(name, [exs[i] for i in idx], s[idx], policy))
    for name, group in SCRIPTS.items():
        idx = [i for i, e in enumerate(exs) if langs.get(e.text) in group]
        if idx:
            rows.append(outcome(name, [exs[i] for i in idx], s[idx], policy))
    right = sum(m.language(e.text)[0] == langs.get(e.text) for e in exs)
    return rows, right / len(exs)


# Release 7's fresh hold-out: written before any release 7 change, never trained on;
# release 8 used it as a selection set (datasets/multilingual_fresh_r7.py).
FRESH_FILE = "multilingual-fresh.csv"
# Release 8's fresh hold-out: written and committed before any release 8 change, never
# trained or selected on, looked at once (datasets/multilingual_fresh_r8.py).
FRESH_R8_FILE = "multilingual-fresh-r8.csv"
# Release 10's fresh hold-out: written and committed (97a2640) before any release 10
# change, never trained or selected on (datasets/multilingual_fresh_r10.py).
FRESH_R10_FILE = "multilingual-fresh-r10.csv"
# Release 12's fresh hold-out: written by another hand and committed (388dfc1) before
# release 12's measurements, never trained or selected on (datasets/multilingual_fresh_r12.py).
FRESH_R12_FILE = "multilingual-fresh-r12.csv"
# Release 11's fresh hold-out: written by another hand and committed (14c2de5) before any
# release 11 change, never trained or selected on (datasets/multilingual_fresh_r11.py).
FRESH_R11_FILE = "multilingual-fresh-r11.csv"
# Release 13's fresh hold-out: written by another hand from b7ddf5f (before any release 13
# change) and merged before select_r13.py first ran; never trained or selected on
# (datasets/multilingual_fresh_r13.py).
FRESH_R13_FILE = "multilingual-fresh-r13.csv"
# Release 14's fresh hold-out: written by another hand from 82a18b7 with no list of kinds,
# merged before select_r14.py first ran; never trained or selected on
# (datasets/multilingual_fresh_r14.py).
FRESH_R14_FILE = "multilingual-fresh-r14.csv"
# Batch 10: written for release 10's training and refused by select_r10.py's rule; never
# trained on. Release 11's selection set: its published spam were read to write
# moderation/testimonial.py.
BATCH10_FILE = "multilingual-batch10.csv"


def fresh_rows(
    m: Moderator, policy: Policy, file: str = FRESH_FILE
) -> tuple[list[list[str]], list[Example], np.ndarray]:
    exs = read_csv(ROOT / "datasets" / file, SPAM_LABELS)
    s, _ = m.assess_many([e.text for e in exs])
    rows = [outcome("all 19 languages", exs, s, policy)]
    for name, group in SCRIPTS.items():
        idx = [i for i, e in enumerate(exs) if e.lang in group]
        if not idx:  # a set without that script (Swedish is in release 11's set only)
            continue
        rows.append(outcome(name, [exs[i] for i in idx], s[idx], policy))
    return rows, exs, s


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def leave_one_video_out(
    corpus: Corpus, policy: Policy, pooled: list[tuple[Example, float]]
) -> list[list[str]]:
    """Per-video rows; the left-out scores are added to `pooled`."""
    texts = Texts()
    rows = []
    all_scores: list[float] = []
    all_examples: list[Example] = []
    for video in YOUTUBE:
        model = train_model(texts, spam_examples(corpus, leave_out=video), "spam", [])
        test = corpus.youtube[video]
        # The shipped nearness term too, from the same rows without the video's.
        near = neighbours_of(list(corpus.spam_train(leave_out=video)), model.version)
        test_rows = texts.rows(e.text for e in test)
        z = model.logits(test_rows) + near.term(texts.features.sentence_vectors(test_rows))
        scores = 1 / (1 + np.exp(-z))
        rows.append(row(f"YouTube {video} (left out)", test, scores, policy))
        all_scores.extend(scores)
        all_examples.extend(test)
    rows.append(row("YouTube, all four left out", all_examples, np.array(all_scores), policy))
    pooled.extend(zip(all_examples, all_scores, strict=True))
    return rows


def disguise_rows(m: Moderator, corpus: Corpus, policy: Policy) -> tuple[list[list[str]], float]:
    spam = [e for e in corpus.news_test if e.label == 1]
    rows = []
    worst = 1.0
    for style in ("none", *STYLES):
        texts = [e.text if style == "none" else disguise(e.text, style) for e in spam]
        s, _ = m.assess_many(texts)
        held = float(np.mean(s >= policy.hold_threshold))
        auto = float(np.mean(s >= policy.spam_threshold))
        worst = min(worst, held)
        rows.append([style, str(len(texts)), f"{held:.3f}", f"{auto:.3f}"])
    return rows, worst


def speed(m: Moderator, corpus: Corpus, policy: Policy) -> dict[str, float]:
    pool = [e.text for e in corpus.news_test + corpus.sms_test] + [
        e.text for v in YOUTUBE for e in corpus.youtube[v]
    ]
    batch = (pool * (10_000 // len(pool) + 1))[:10_000]
    # CPU time of this process: the bench machine is shared, wall time is not one core.
    clock = time.process_time
    fresh = Moderator.load()  # cold token cache, like a new process
    t = clock()
    for i in range(0, len(batch), 500):
        fresh.assess_many(batch[i : i + 500])
    per_s = len(batch) / (clock() - t)
    times = []
    for text in pool[:2000]:
        sub = Submission(text=text, author_name="Reader", seconds_to_submit=30.0)
        t0 = clock()
        m.assess(sub, policy)
        times.append(clock() - t0)
    return {
        "batch_per_s": per_s,
        "p50_ms": statistics.median(times) * 1000,
        "p99_ms": float(np.percentile(times, 99)) * 1000,
    }


def probe_lines(m: Moderator, policy: Policy) -> list[str]:
    lines = []
    for name, texts in (("first 42 (written elsewhere)", ORIGINAL), ("all", TEXTS)):
        held = [t for t in texts if m.assess(Submission(text=t), policy).band.value != "publish"]
        share = len(held) / len(texts)
        lines.append(f"- {name}: {len(held)} of {len(texts)} held ({share:.1%})")
    held = [t for t in TEXTS if m.assess(Submission(text=t), policy).band.value != "publish"]
    lines += [f"  - held: {t!r}" for t in held]
    return lines


# Ordinary comments that other branches' tests posted and release 4 held (issue 15).
KNOWN_FALSE_HOLDS = (
    "Following this one",
    "As a Christian I think we should welcome refugees, that's what Jesus taught.",
)


def known_lines(m: Moderator, policy: Policy) -> list[str]:
    lines = []
    for text in KNOWN_FALSE_HOLDS:
        d = m.assess(Submission(text=text), policy)
        lines.append(f"- {d.band.value} (spam {d.spam:.3f}, abuse {d.abuse:.3f}): {text!r}")
    return lines


def load_times() -> dict[str, float]:
    code = (
        "import time; t0=time.process_time(); from salon.moderation import Moderator; "
        "t1=time.process_time(); m = Moderator.load(); t2=time.process_time(); "
        "t = ['Great article %d, see cash%d.gq' % (i, i) for i in range(10000)]; "
        "[m.assess_many(t[i : i + 500]) for i in range(0, 10000, 500)]; "
        "m.language('Guten Tag'); "
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]; "
        "print(t1-t0, t2-t1, int(hwm.split()[1]) / 1024)"
    )
    # Peak RSS from the child's own VmHWM: its ru_maxrss starts at the parent's high-water
    # mark (kept across fork and exec), and this parent holds every data set; release 4's
    # 147 MB was mostly that.
    runs = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        runs.append((float(out[0]), float(out[1]), float(out[2])))
    return {
        "import_ms": statistics.median(r[0] for r in runs) * 1000,
        "load_ms": statistics.median(r[1] for r in runs) * 1000,
        "rss_mb": max(r[2] for r in runs),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    ap.add_argument("--quick", action="store_true", help="skip leave-one-video-out retraining")
    ap.add_argument("--models", type=Path, help="model files to measure (default: shipped)")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results.md")
    args = ap.parse_args()
    corpus = load_corpus(args.data, ROOT / "datasets")
    policy = Policy()
    m = Moderator.load(args.models)
    out: list[str] = [
        "# Moderation benchmark",
        "",
        f"Rerun: `{COMMAND}` (from the repository root; about two minutes).",
        f"Machine: {platform.machine()}, Python {platform.python_version()}, one thread; "
        "speed is CPU time of the process (the machine is shared with other benchmarks).",
        f"Models: `{m.model_version}`. Thresholds: hold at spam >= {policy.hold_threshold}, "
        f"auto-spam at >= {policy.spam_threshold}, abuse hold at >= {policy.abuse_threshold}.",
        "",
        "## Spam: precision / recall / F1 (flagged = held or spam) and the auto-spam band",
        "",
    ]
    header = ["split", "n", "P", "R", "F1", "F1 at 0.5", "P auto-spam", "R auto-spam"]
    rows = []
    lovo: list[tuple[Example, float]] = []
    if not args.quick:
        rows += leave_one_video_out(corpus, policy, lovo)
    for name, exs in (
        ("sms-spam.csv held-out 20 %", corpus.sms_test),
        ("news-comments.csv held-out 30 %", corpus.news_test),
    ):
        s, _ = m.assess_many([e.text for e in exs])
        rows.append(row(name, exs, s, policy))
    out += [table(header, rows), ""]

    ham = [e.text for e in corpus.news_test if e.label == 0]
    s, a = m.assess_many(ham)
    out += [
        "## News-site legitimate comments (held-out)",
        "",
        f"- held as spam (spam >= {policy.hold_threshold}): "
        f"{np.mean(s >= policy.hold_threshold):.1%} of {len(ham)}",
        f"- auto-spam: {np.mean(s >= policy.spam_threshold):.1%}",
        f"- held for abuse (abuse >= {policy.abuse_threshold}): "
        f"{np.mean(a >= policy.abuse_threshold):.1%}",
        "",
        "## Ordinary comments, never trained on (bench/moderation/probe_ordinary.py)",
        "",
        *probe_lines(m, policy),
        "",
        "Release 4's known false holds (found while merging):",
        "",
        *known_lines(m, policy),
        "",
        "## News-site spam (held-out) in every disguise: share caught",
        "",
    ]
    drows, worst = disguise_rows(m, corpus, policy)
    out += [table(["disguise", "n", "held or spam", "auto-spam"], drows), ""]
    out += [f"Worst disguise: {worst:.1%} caught.", ""]

    tw = corpus.tweets_test
    _, a = m.assess_many([e.text for e in tw])
    p, r, f = prf(a, [e.label for e in tw], policy.abuse_threshold)
    p5, r5, f5 = prf(a, [e.label for e in tw], 0.5)
    out += [
        "## Abuse (tweets-abuse.csv held-out 20 %)",
        "",
        table(
            ["threshold", "n", "P", "R", "F1"],
            [
                [
                    f"{policy.abuse_threshold} (hold)",
                    str(len(tw)),
                    f"{p:.3f}",
                    f"{r:.3f}",
                    f"{f:.3f}",
                ],
                ["0.5", str(len(tw)), f"{p5:.3f}", f"{r5:.3f}", f"{f5:.3f}"],
            ],
        ),
        "",
    ]

    langs = languages_of(ROOT / "datasets" / "multilingual-comments.csv")
    batches = batches_of(ROOT / "datasets" / "multilingual-comments.csv")
    frows, lang_acc = frozen_rows(m, corpus, policy, langs, batches)
    oh = ["source", "n", "P", "R", "F1", "legitimate held", "spam published", "P auto-spam"]
    out += [
        "## Frozen test: Salon's multilingual comments (never looked at while tuning)",
        "",
        "30 % of `datasets/multilingual-comments.csv`, chosen by a salted hash of each",
        "template (`corpus.frozen`); no selection round looked at it. At the shipped",
        "thresholds (flagged = held or spam).",
        "",
        table(oh, frows),
        "",
        f"Language identified correctly (fastText lid.176): {lang_acc:.1%} of "
        f"{len(corpus.multi_test)}.",
        "",
    ]
    # Salon's own sets outside the training data: (file, title, what it is), least looked
    # at first; each is scored at the shipped thresholds, by script.
    own_sets = [
        (
            FRESH_R14_FILE,
            "Fresh hold-out: release 14's multilingual-fresh-r14.csv (never trained or "
            "selected on)",
            "456 comments, 24 in each of the 19 languages, written by another hand with no "
            "list of spam kinds and merged before any release 14 setting was measured "
            "(`datasets/multilingual_fresh_r14.py`).",
        ),
        (
            FRESH_R13_FILE,
            "Release 13's multilingual-fresh-r13.csv (never trained or selected on; second look)",
            "456 comments, 24 in each of the 19 languages, written by another hand and "
            "merged before any release 13 setting was measured "
            "(`datasets/multilingual_fresh_r13.py`).",
        ),
        (
            FRESH_R12_FILE,
            "Fresh hold-out: release 12's multilingual-fresh-r12.csv (never trained or "
            "selected on)",
            "304 comments, 16 in each of the 19 languages, written by another hand and "
            "committed before release 12 was measured (`datasets/multilingual_fresh_r12.py`).",
        ),
        (
            FRESH_R11_FILE,
            "Release 11's multilingual-fresh-r11.csv (never trained or selected on; second look)",
            "304 comments, 16 in each of 19 languages (Swedish instead of Indonesian), written "
            "by another hand and committed before any release 11 change "
            "(`datasets/multilingual_fresh_r11.py`).",
        ),
        (
            FRESH_R10_FILE,
            "Fresh hold-out: release 10's multilingual-fresh-r10.csv (never trained or "
            "selected on)",
            "304 comments in the 19 languages, written by another hand and committed before "
            "any release 10 change (`datasets/multilingual_fresh_r10.py`).",
        ),
        (
            BATCH10_FILE,
            "Batch 10: multilingual-batch10.csv (never trained on; selection set, releases 11-12)",
            "463 comments in the 19 languages written for release 10's training data and "
            "refused by the rule of `bench/moderation/select_r10.py`, whose inner CV read the "
            "aggregates of its non-frozen 313 rows. Releases 11 and 12 read its published spam "
            "to write the text rules (`moderation/text_rules.py`).",
        ),
        (
            FRESH_R8_FILE,
            "Release 8's multilingual-fresh-r8.csv (never trained or selected on; looked at often)",
            "200 comments in the 19 languages, written and committed before any release 8 "
            "change (`datasets/multilingual_fresh_r8.py`). Releases 8 and 9 looked at it "
            "several times (the model card counts the looks).",
        ),
        (
            FRESH_FILE,
            "Release 7's multilingual-fresh.csv: a selection set in release 8, second look",
            "202 comments in the 19 languages, written before any release 7 change "
            "(`datasets/multilingual_fresh_r7.py`); never trained on. Release 8 chose between "
            "settings by its aggregates (`bench/moderation/select_r8.py --fresh7`), so it is "
            "no longer a hold-out.",
        ),
    ]
    # Since release 13 the older sets train (corpus.HANDS): they are no hold-outs now.
    trained = [file for file, _, _ in own_sets if file in HANDS]
    own_sets = [s for s in own_sets if s[0] not in trained]
    if trained:
        out += [
            "## Salon's sets of other hands: trained on since release 13",
            "",
            "Not reported as hold-outs any more: "
            + ", ".join(f"`{f}`" for f in trained)
            + " (corpus.HANDS; bench/moderation/select_r13.py chose to train on them).",
            "",
        ]
    own: dict[str, list[Example]] = {}
    for file, title, what in own_sets:
        rows_of, own[file], _ = fresh_rows(m, policy, file)
        out += [f"## {title}", "", what + " At the shipped thresholds.", "", table(oh, rows_of), ""]
    held_out_sets = [
        ("news-comments.csv held-out 30 %", corpus.news_test),
        ("sms-spam.csv held-out 20 %", corpus.sms_test),
        ("multilingual frozen 30 %", corpus.multi_test),
        ("multilingual fresh (release 14)", own[FRESH_R14_FILE]),
    ]
    held_out_sets += [
        (name, own[file])
        for name, file in (
            ("multilingual fresh (release 13)", FRESH_R13_FILE),
            ("multilingual fresh (release 12)", FRESH_R12_FILE),
            ("multilingual fresh (release 11)", FRESH_R11_FILE),
            ("multilingual fresh (release 10)", FRESH_R10_FILE),
            ("multilingual batch 10 (selection set in releases 11 and 12)", BATCH10_FILE),
            ("multilingual fresh (release 8)", FRESH_R8_FILE),
            ("multilingual fresh (release 7; selection set in release 8)", FRESH_FILE),
        )
        if file in own
    ]
    pooled_s: list[float] = []
    pooled_y: list[int] = []
    srows = []
    for name, exs in held_out_sets:
        s, _ = m.assess_many([e.text for e in exs])
        srows.append(outcome(name, exs, s, policy))
        pooled_s.extend(s)
        pooled_y.extend(e.label for e in exs)
    if lovo:
        # Each video scored by the model trained without it (the shipped one saw them all).
        exs = [e for e, _ in lovo]
        s = np.array([x for _, x in lovo])
        srows.append(outcome("YouTube, each video left out (pooled)", exs, s, policy))
        pooled_s.extend(s)
        pooled_y.extend(e.label for e in exs)
    auto_p, auto_r, _ = prf(np.array(pooled_s), pooled_y, policy.spam_threshold)
    out += [
        "## Every held-out source at the shipped thresholds",
        "",
        table(oh, srows),
        "",
        f"Auto-spam band (spam >= {policy.spam_threshold}), these sources pooled: precision "
        f"{auto_p:.3f}, recall {auto_r:.3f}.",
        "",
    ]
    imp = corpus.implicit_test
    _, a = m.assess_many([e.text for e in imp])
    y = [e.label for e in imp]
    yy = np.asarray(y) == 1
    held = a >= policy.abuse_threshold
    out += [
        "## Implicit hate (frozen 40 % of datasets/implicit-abuse.csv)",
        "",
        f"- abuse ROC AUC, implicit statements vs counter-speech and ordinary statements "
        f"about the same groups: {roc_auc(a, y):.3f} (n = {len(imp)}: {int(yy.sum())} "
        f"abusive, {int((~yy).sum())} not)",
        f"- implicit statements held (abuse >= {policy.abuse_threshold}): {held[yy].mean():.1%}",
        f"- counter-speech / ordinary statements held: {held[~yy].mean():.1%}",
        "",
    ]

    load_before = os.getloadavg()[0]
    sp = speed(m, corpus, policy)
    lt = load_times()
    load_after = os.getloadavg()[0]
    out += [
        "## Speed (one core)",
        "",
        f"Load average (1 min) of the machine: {load_before:.1f} before, {load_after:.1f} "
        f"after ({os.cpu_count()} cores, shared).",
        "",
        table(
            ["measure", "value", "target"],
            [
                [
                    "batch throughput (assess_many, cold caches)",
                    f"{sp['batch_per_s']:,.0f} comments/s",
                    ">= 5,000",
                ],
                ["single assess() p50", f"{sp['p50_ms']:.3f} ms", "<= 2 ms"],
                ["single assess() p99", f"{sp['p99_ms']:.3f} ms", ""],
                ["Moderator.load() in a fresh process", f"{lt['load_ms']:.0f} ms", "<= 300 ms"],
                ["import salon.moderation (and numpy)", f"{lt['import_ms']:.0f} ms", ""],
                [
                    "peak memory: models + language id loaded, 10,000 scored in 500s",
                    f"{lt['rss_mb']:.0f} MB",
                    "<= 150 MB",
                ],
            ],
        ),
        "",
    ]
    text = "\n".join(out)
    print(text)
    args.out.write_text(text)


if __name__ == "__main__":
    main()
