"""Release 12 selection: does the earnings-story rule (moderation/earnings.py) ship?

The rule adds fixed log-odds (no retraining) to comments that tell of the writer's easy
income and offer to say how ("I make 8k a month from my phone, ask me how"). Its phrase
lists were written after reading the spam of batch 10 (multilingual-batch10.csv) that
release 11 still published, so batch 10 stays the selection set; release 12's fresh
hold-out (multilingual-fresh-r12.csv, written by another hand) says how it generalises
(run.py, once, at the end).

The same checks and the same rule as release 11's (select_r11.py), committed before this
first ran: ship the earnings rule when it fires on at most 0.1 % of the legitimate
comments of each source's training part and on at most 5 of them in all, and when on
batch 10 it moves no legitimate comment to held; otherwise leave it out. It reads the
training parts and batch 10 only, never a hold-out.

Rerun: .venv/bin/python bench/moderation/select_r12.py   (~15 s)
"""

from __future__ import annotations

import sys
from pathlib import Path

from salon.moderation import earnings, text_rules

sys.path.insert(0, str(Path(__file__).parent))
import select_r11  # noqa: E402

if __name__ == "__main__":
    select_r11.main(lambda f: text_rules.evidence(f, "earnings_story"), earnings.WEIGHT)
