"""Writes a fresh hold-out (spam and ordinary comments by language) as text,label,lang rows."""

from __future__ import annotations

import csv
from pathlib import Path


def rows(spam: dict[str, list[str]], ham: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for label, texts in (("spam", spam), ("ham", ham)):
        for lang, items in texts.items():
            out.extend((t, label, lang) for t in items)
    return out


def write(path: Path, spam: dict[str, list[str]], ham: dict[str, list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "lang"])
        w.writerows(rows(spam, ham))
