"""Release 13's hold threshold, on scores of hands the model has not seen.

Release 9's inner CV picked a hold threshold of 0.40 and the hold-outs refused it: on
unseen text spam scores sit lower than inside the training data's own cross-validation
(the model card's "A default hold threshold of 0.40"). select_r13.py's leave-one-hand-out
scores are what that refusal asked for: each of the seven hands scored by a model that
never saw its writer. This script refits the setting select_r13.py's rule chose (in
its second round, select_r13b.py; the same seven fits and the same inner CV) and
scores the hold thresholds 0.25-0.50.

The rule, committed before this first ran: the default hold threshold becomes the one
of highest pooled leave-one-hand-out F1 among 0.25, 0.30, 0.35, 0.40, 0.45 and 0.50,
provided that at it (a) the hands' legitimate-held share is at most 0.35's + 1
percentage point and (b) the inner-CV SMS F1 is at least 0.35's - 0.005; a tie goes to
the threshold nearer 0.35. Otherwise 0.35 stays. The auto-spam (0.95) and abuse
thresholds are not touched; the auto-spam band's precision on the same scores is
printed.

Rerun: .venv/bin/python bench/moderation/select_r13_threshold.py "hands w2 ham6 sms4"  (~6 min)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import select_r13  # noqa: E402
import select_r13b  # noqa: E402
from select_r7 import _labels, training_parts  # noqa: E402

THRESHOLDS = (0.25, 0.30, 0.35, 0.40, 0.45, 0.50)
AUTO = 0.95


def main() -> None:
    name = sys.argv[1]
    setting = {**select_r13.SETTINGS, **select_r13b.SETTINGS}[name]
    assert setting is not None, "a hands setting"
    c = select_r13.corpus()
    hands = select_r13.HAND_ORDER
    jobs: list[tuple[object, ...]] = [(name, "hand", k, setting) for k in range(len(hands))]
    jobs += [(name, "inner", k, setting) for k in (0, 1)]
    scores = select_r13.run_jobs(select_r13.job, jobs)
    hand_s = np.concatenate([scores[(name, "hand", k)][0] for k in range(len(hands))])
    hand_y = np.concatenate([_labels([e for e in c.hands if e.source == h]) for h in hands])
    rows, fold = training_parts(c)["sms"]
    i = list(training_parts(c)).index("sms")
    sms_s = np.concatenate([scores[(name, "inner", k)][i] for k in (0, 1)])
    sms_y = np.concatenate([_labels([e for e in rows if fold(e.text) == k]) for k in (0, 1)])
    found = {}
    for t in THRESHOLDS:
        found[t] = (select_r13.rates(hand_s, hand_y, t), select_r13.rates(sms_s, sms_y, t))
        print(f"hold at {t:.2f}: hands {found[t][0]}; inner SMS F1 {found[t][1].f1:.3f}")
    auto = hand_s >= AUTO
    print(
        f"auto-spam band (>= {AUTO}) on the hands: precision "
        f"{hand_y[auto].mean() if auto.any() else float('nan'):.3f}, "
        f"recall {auto[hand_y].mean():.3f}"
    )
    base = found[0.35]
    ok = [
        (r.f1, -abs(t - 0.35), t)
        for t, (r, sms) in found.items()
        if r.held <= base[0].held + 0.01 and sms.f1 >= base[1].f1 - 0.005
    ]
    print(f"hold threshold: {max(ok)[2]:.2f}")


if __name__ == "__main__":
    main()
