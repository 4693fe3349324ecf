"""Summarise py-spy collapsed stacks (``--format raw``): hottest functions, inclusive and self.

python collapse.py STACKS.txt [--top 25] [--match salon]
"""

from __future__ import annotations

import argparse
from collections import Counter


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("stacks")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    with open(args.stacks) as f:
        for line in f:
            stack, _, n = line.rstrip("\n").rpartition(" ")
            if not stack or not n.isdigit():
                continue
            count = int(n)
            total += count
            frames = [fr for fr in stack.split(";") if fr]
            for fr in set(frames):
                inclusive[fr] += count
            if frames:
                own[frames[-1]] += count
    if not total:
        print("no samples")
        return
    print(f"{total} samples")
    print("-- inclusive")
    for fr, n in inclusive.most_common(args.top):
        print(f"{100 * n / total:5.1f}%  {fr[:150]}")
    print("-- self")
    for fr, n in own.most_common(args.top):
        print(f"{100 * n / total:5.1f}%  {fr[:150]}")


if __name__ == "__main__":
    main()
