"""Re-anchoring in Chromium: 200 anchors on a 10,000-word article, before and after edits.

    .venv/bin/python bench/inline/run.py [--runs 7] [--out bench/inline/results.md]

The article is English-like text (a bigram chain over the ham comments of
datasets/news-comments.csv, seeded), 100 paragraphs, two passages of 3-16 words in each.
Anchors are made in the page exactly as the widget makes them (SalonAnchor.describe over
SalonInline.textIndex). Then an editor touches half of the passages (words inserted
before, inside and after, a word dropped or replaced, punctuation and whitespace changed,
some passages deleted) and adds two paragraphs at the top, which moves every position.
Timed: SalonInline.locate (walk the article's text nodes, then find every anchor), what
the widget does on each page load before drawing markers; median of --runs after one
warm-up, and the cold first run. Outcomes are checked against where each passage really
went: attached correctly, orphaned (passage deleted: correct; otherwise a miss), or
attached wrongly.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src" / "salon" / "web" / "static"
CHROMIUM = "/usr/bin/chromium"
WORDS = 10_000
PARAGRAPHS = 100


@dataclass
class Passage:
    para: int
    a: int  # first word
    b: int  # one past the last word
    kind: str = "unchanged"
    deleted: bool = False


def corpus_chain(rng: random.Random) -> list[list[str]]:
    """Paragraphs of words from a bigram chain over real comments."""
    with (ROOT / "datasets" / "news-comments.csv").open(encoding="utf-8") as f:
        texts = [r["text"] for r in csv.DictReader(f) if r["label"] == "ham"]
    follow: dict[str, list[str]] = {}
    for t in texts:
        words = ["<s>", *t.split()]
        for x, y in zip(words, words[1:], strict=False):
            follow.setdefault(x, []).append(y)
    paras: list[list[str]] = []
    per = WORDS // PARAGRAPHS
    for _ in range(PARAGRAPHS):
        words: list[str] = []
        w = "<s>"
        while len(words) < per:
            w = rng.choice(follow.get(w) or follow["<s>"])
            words.append(w)
        paras.append(words)
    return paras


def article_html(paras: list[list[str]]) -> tuple[str, str]:
    """The page, and the article's text as the widget's text walk will see it."""
    body = "\n".join(f"<p>{' '.join(escape(w) for w in p)}</p>" for p in paras)
    text = "\n" + "\n".join(" ".join(p) for p in paras) + "\n"
    page = f"<!doctype html><meta charset=utf-8><main><article>\n{body}\n</article></main>"
    return page, text


def escape(w: str) -> str:
    return w.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def units(s: str) -> int:
    """Length as the browser counts it: UTF-16 code units (an emoji is two)."""
    return len(s.encode("utf-16-le")) // 2


def span(paras: list[list[str]], p: Passage) -> tuple[int, int]:
    """Offsets of a passage in the article's text, in UTF-16 code units."""
    at = 1 + sum(units(" ".join(q)) + 1 for q in paras[: p.para])
    words = paras[p.para]
    start = at + sum(units(w) + 1 for w in words[: p.a])
    end = start + units(" ".join(words[p.a : p.b]))
    return start, end


def choose(paras: list[list[str]], rng: random.Random) -> list[Passage]:
    out = []
    for i, words in enumerate(paras):
        half = len(words) // 2
        for lo, hi in ((2, half - 2), (half + 2, len(words) - 2)):
            n = rng.randint(3, 16)
            a = rng.randint(lo, max(lo, hi - n))
            out.append(Passage(i, a, min(a + n, hi)))
    return out


OUTCOMES = ("passages", "right", "partly", "orphaned", "wrong")
KINDS = ["before", "inside", "drop-word", "replace-word", "after", "punctuation", "deleted"]


def insert(
    paras: list[list[str]], passages: list[Passage], para: int, at: int, new: list[str]
) -> None:
    paras[para][at:at] = new
    for q in passages:
        if q.para != para:
            continue
        if q.a >= at:
            q.a += len(new)
            q.b += len(new)
        elif q.b > at:
            q.b += len(new)


def remove(paras: list[list[str]], passages: list[Passage], para: int, lo: int, hi: int) -> None:
    del paras[para][lo:hi]
    n = hi - lo
    for q in passages:
        if q.para == para and q.a >= hi:
            q.a -= n
            q.b -= n
        elif q.para == para and q.a <= lo < q.b:
            q.b -= min(n, q.b - lo)


def edit(paras: list[list[str]], passages: list[Passage], rng: random.Random) -> None:
    vocab = [w for p in paras for w in p]
    for n, p in enumerate(rng.sample(passages, len(passages) // 2)):
        p.kind = KINDS[n % len(KINDS)]
        words = paras[p.para]
        if p.kind == "before":
            insert(paras, passages, p.para, p.a, rng.sample(vocab, rng.randint(1, 3)))
        elif p.kind == "after":
            insert(paras, passages, p.para, p.b, rng.sample(vocab, rng.randint(1, 3)))
        elif p.kind == "inside":
            insert(
                paras,
                passages,
                p.para,
                rng.randint(p.a + 1, p.b - 1),
                rng.sample(vocab, rng.randint(1, 2)),
            )
        elif p.kind == "drop-word":
            if p.b - p.a >= 4:
                i = rng.randint(p.a + 1, p.b - 2)
                remove(paras, passages, p.para, i, i + 1)
        elif p.kind == "replace-word":
            words[rng.randint(p.a, p.b - 1)] = rng.choice(vocab)
        elif p.kind == "punctuation":
            i = rng.randint(p.a, p.b - 1)
            words[i] = words[i].rstrip(".,;!?") + rng.choice([",", ";", " —", "!"])
            words[p.a - 1] = words[p.a - 1] + ","
        elif p.kind == "deleted":
            remove(paras, passages, p.para, p.a, p.b)
            p.deleted = True
    # And two new paragraphs at the top: every position moves.
    for _ in range(2):
        paras.insert(0, rng.sample(vocab, 60))
        for q in passages:
            q.para += 1


DESCRIBE = """([s, e]) => SalonAnchor.describe(
  SalonInline.textIndex(document.querySelector('article')).text, s, e)"""
LOCATE = """(anchors) => {
  const article = document.querySelector('article');
  const times = [];
  let found;
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    found = SalonInline.locate(article, anchors).found;
    times.push(performance.now() - t0);
  }
  return {times, found};
}"""


def load(page: Page, html: str, text: str) -> None:
    page.set_content(html)
    for name in ("anchor.js", "inline.js"):
        page.add_script_tag(path=str(STATIC / name))
    seen = page.evaluate("SalonInline.textIndex(document.querySelector('article')).text")
    assert seen == text, "the bench's model of the article text differs from the page's"


def measure(page: Page, anchors: list[Any], runs: int) -> tuple[list[float], list[Any]]:
    """[cold, median, fastest] milliseconds, and what was found."""
    out = page.evaluate(LOCATE.replace("RUNS", str(runs)), anchors)
    times = out["times"]
    return [times[0], statistics.median(times[1:]), min(times[1:])], out["found"]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def ms(t: float) -> float:
    return round(t, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results.md")
    ap.add_argument("--dump", type=Path, help="write the edited text, anchors and truth as JSON")
    args = ap.parse_args()
    rng = random.Random(2026)
    paras = corpus_chain(rng)
    passages = choose(paras, rng)
    html, text = article_html(paras)
    words = sum(len(p) for p in paras)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        load(page, html, text)
        anchors = [
            page.evaluate(
                DESCRIBE,
                list(span(paras, p)),
            )
            for p in passages
        ]
        load_before = os.getloadavg()[0]
        plain_ms, found = measure(page, anchors, args.runs)
        assert all(f and f["how"] == "position" for f in found)
        edit(paras, passages, rng)
        html2, text2 = article_html(paras)
        load(page, html2, text2)
        edited_ms, found2 = measure(page, anchors, args.runs)
        browser.close()
    if args.dump:
        truth = [None if p.deleted else span(paras, p) for p in passages]
        dump = {
            "text": text2,
            "anchors": anchors,
            "truth": truth,
            "kinds": [p.kind for p in passages],
        }
        args.dump.write_text(json.dumps(dump), encoding="utf-8")

    tally: dict[str, dict[str, int]] = {}
    for p, f in zip(passages, found2, strict=True):
        row = tally.setdefault(p.kind, dict.fromkeys(OUTCOMES, 0))
        row["passages"] += 1
        share = 0.0 if f is None or p.deleted else overlap((f["start"], f["end"]), span(paras, p))
        if f is None:
            row["orphaned"] += 1
        elif share >= 0.8:
            row["right"] += 1
        elif share >= 0.5:
            row["partly"] += 1
        else:
            row["wrong"] += 1
    total = {k: sum(r[k] for r in tally.values()) for k in OUTCOMES}
    deleted = tally.get("deleted", {}).get("passages", 0)
    sizes = {
        n: len(gzip.compress((STATIC / n).read_bytes(), 9))
        for n in ("embed.js", "embed.css", "anchor.js", "inline.js")
    }
    result = {
        "words": words,
        "anchors": len(anchors),
        "unchanged_ms": dict(zip(("cold", "median", "fastest"), map(ms, plain_ms), strict=True)),
        "edited_ms": dict(zip(("cold", "median", "fastest"), map(ms, edited_ms), strict=True)),
        "load_average": load_before,
        "outcomes": tally,
        "total": total,
        "gzip_bytes": sizes,
    }
    lines = [
        "# Re-anchoring in Chromium",
        "",
        "`.venv/bin/python bench/inline/run.py` (Debian's Chromium, headless; the cold first"
        f" run, then the median and the fastest of {args.runs} more). The machine's 1-minute"
        f" load average was {load_before:.1f} on {os.cpu_count()} cores while it ran.",
        "",
        f"Article: {words:,} words, {units(text2):,} characters after the edits;"
        f" {len(anchors)} anchors.",
        "",
        "| article | cold ms | median ms | fastest ms |",
        "| --- | --- | --- | --- |",
        "| unchanged (every anchor by its position) | "
        + " | ".join(f"{t:.1f}" for t in plain_ms)
        + " |",
        "| edited around half the passages, +2 paragraphs on top | "
        + " | ".join(f"{t:.1f}" for t in edited_ms)
        + " |",
        "",
        "| edit | passages | re-attached correctly | right place, part of it | orphaned"
        " | attached wrongly |",
        "| --- | --- | --- | --- | --- | --- |",
        *(f"| {k} | " + " | ".join(str(r[o]) for o in OUTCOMES) + " |" for k, r in tally.items()),
        "| **all** | " + " | ".join(str(total[o]) for o in OUTCOMES) + " |",
        "",
        "Correct: the found span overlaps where the passage went by 80% or more (part of it:"
        " 50-80%, e.g. when more words were inserted than a quarter of the quote allows).",
        "",
        f"Deleted passages: {deleted}, all of which should be orphans (shown in the thread"
        " with their quote).",
        "",
        "Widget, gzip -9 bytes: "
        + ", ".join(f"{n} {b:,}" for n, b in sizes.items())
        + f"; embed.js + embed.css {sizes['embed.js'] + sizes['embed.css']:,} (always);"
        + f" anchor.js + inline.js {sizes['anchor.js'] + sizes['inline.js']:,}"
        " (only on pages with an article).",
        "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
