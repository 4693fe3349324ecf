"""Release 11 selection: does the testimonial rule (moderation/testimonial.py) ship?

The rule adds fixed log-odds (no retraining) to comments that credit a spell caster,
healer or psychic with a partner back, a cure or a pregnancy. Its phrase lists were
written after reading the 40 spam comments of batch 10 (multilingual-batch10.csv) that
release 10 published, so batch 10 is this release's selection set and says little about
how well the rule generalises; the fresh hold-outs say that (run.py, once, at the end).

What this script reads: the TRAINING parts of every source (multilingual-comments.csv
outside its frozen 30 %, SMS and news outside their hold-outs, the four YouTube videos,
the abuse tweets outside their hold-out) and batch 10. It never reads the frozen split,
the SMS / news hold-outs or any fresh set.

The rule, committed before this first ran: ship the testimonial rule when it fires on
at most 0.1 % of the legitimate comments of each source read here and on at most 5 of
them in all, and when on batch 10 it moves no legitimate comment to held; otherwise
leave it out. Every legitimate comment it fires on is printed (these are training texts,
not hold-outs).

Rerun: .venv/bin/python bench/moderation/select_r11.py   (~1 min)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from salon.moderation import Moderator, testimonial, text_rules
from salon.moderation.corpus import SPAM_LABELS, Example, load_corpus, read_csv
from salon.moderation.normalise import normalise
from salon.moderation.signals import Signal

sys.path.insert(0, str(Path(__file__).parent))
import text_rules_effect  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
HOLD = 0.35


Rule = Callable[[str], list[tuple[float, Signal]]]


def testimonial_rule(folded: str) -> list[tuple[float, Signal]]:
    return text_rules.evidence(folded, "testimonial")


def fires(text: str, rule: Rule = testimonial_rule) -> bool:
    try:
        return bool(rule(normalise(text).folded))
    except ValueError:  # a text moderation cannot read
        return False


def main(rule: Rule = testimonial_rule, weight: float = testimonial.WEIGHT) -> None:
    """Print the checks for `rule` (fixed log-odds `weight`) and the selection's verdict."""
    corpus = load_corpus(ROOT.parent / "shared" / "datasets", ROOT / "datasets")
    sources: dict[str, list[Example]] = {
        "multilingual (training part)": corpus.multi_train,
        "SMS (training part)": corpus.sms_train,
        "news (training part)": corpus.news_train,
        "YouTube (all four)": [e for rows in corpus.youtube.values() for e in rows],
        "tweets (training part)": corpus.tweets_train,
    }
    total = 0
    worst = 0.0
    for name, rows in sources.items():
        ham = [e for e in rows if not e.label]
        spam = [e for e in rows if e.label]
        hit_ham = [e.text for e in ham if fires(e.text, rule)]
        hit_spam = sum(fires(e.text, rule) for e in spam)
        total += len(hit_ham)
        worst = max(worst, len(hit_ham) / max(1, len(ham)))
        print(f"{name}: fires on {len(hit_ham)} of {len(ham)} legitimate,", end=" ")
        print(f"{hit_spam} of {len(spam)} spam")
        for text in hit_ham:
            print(f"    legitimate: {text[:160]!r}")
    b10 = read_csv(ROOT / "datasets" / "multilingual-batch10.csv", SPAM_LABELS)
    m = Moderator.load()
    texts = [e.text for e in b10]
    labels = np.array([e.label for e in b10], dtype=bool)
    with_rule, _ = m.assess_many(texts)
    fired_on = np.array([fires(t, rule) for t in texts])
    without = text_rules_effect.without(with_rule, weight * fired_on)
    moved = int(((with_rule >= HOLD) & (without < HOLD) & ~labels).sum())
    caught = int(((with_rule >= HOLD) & (without < HOLD) & labels).sum())
    fired = (int(fired_on[labels].sum()), int(fired_on[~labels].sum()))
    print(f"batch 10: the rule fires on {fired[0]} spam, {fired[1]} legitimate")
    print(f"batch 10: spam newly held {caught}; legitimate newly held {moved}")
    before, after = (int((p[labels] < HOLD).sum()) for p in (without, with_rule))
    print(f"batch 10 spam published: {before} -> {after} of {int(labels.sum())}")
    ok = worst <= 0.001 and total <= 5 and moved == 0
    print(f"legitimate fires: {total} in all, worst source {100 * worst:.2f} %")
    print("RULE:", "ship the rule" if ok else "leave the rule out")


if __name__ == "__main__":
    main()
