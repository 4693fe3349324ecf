"""Where a page load's time goes in Chromium, for bench/widget/run.py --profile.

Two views of one load each: the renderer's main thread from a Chromium trace (self time
by trace event: script, style, layout, paint, HTML parsing, ...), and the script alone
from V8's sampling profiler (self time by function, with its file and line).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from playwright.sync_api import Browser, Page

CATEGORIES = [
    "devtools.timeline",
    "v8.execute",
    "blink",
    "loading",
    "disabled-by-default-devtools.timeline",
]


def main_thread_self_times(trace: dict[str, Any]) -> tuple[Counter[str], float]:
    """Self time (ms) by event name on the renderer's main thread, and the span covered."""
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    names = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("ph") == "M"
        and e.get("name") == "thread_name"
        and e["args"].get("name") == "CrRendererMain"
    }
    # Parents before their children: by start, the longer first.
    spans = sorted(
        (
            (e["ts"], e["ts"] + e["dur"], e["name"], (e["pid"], e["tid"]))
            for e in events
            if e.get("ph") == "X" and "dur" in e and (e["pid"], e["tid"]) in names
        ),
        key=lambda s: (s[0], -s[1]),
    )
    self_ms: Counter[str] = Counter()
    stacks: dict[tuple[int, int], list[tuple[int, str]]] = {}  # (end, name) of open events
    for start, end, name, thread in spans:
        stack = stacks.setdefault(thread, [])
        while stack and stack[-1][0] <= start:
            stack.pop()
        ms = (end - start) / 1000
        self_ms[name] += ms
        if stack:
            self_ms[stack[-1][1]] -= ms  # a parent's self time leaves out its children
        stack.append((end, name))
    covered = (max(s[1] for s in spans) - spans[0][0]) / 1000 if spans else 0.0
    return self_ms, covered


def trace_load(browser: Browser, page: Page, url: str, wait: str, n: int) -> str:
    browser.start_tracing(page=page, categories=CATEGORIES)
    page.goto(url)
    page.evaluate(wait, n)
    page.wait_for_timeout(300)  # the last frame's style, layout and paint
    trace = json.loads(browser.stop_tracing())
    self_ms, covered = main_thread_self_times(trace)
    lines = [f"main thread, self time by trace event ({covered:.0f} ms traced):"]
    for name, ms in self_ms.most_common(14):
        if ms >= 1:
            lines.append(f"  {ms:8.1f} ms  {name}")
    return "\n".join(lines)


def cpu_profile_load(page: Page, url: str, wait: str, n: int) -> str:
    page.goto(url)  # the same origin again: the reload stays in this renderer
    page.evaluate(wait, n)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Profiler.enable")
    cdp.send("Profiler.setSamplingInterval", {"interval": 100})
    cdp.send("Profiler.start")
    page.reload()
    page.evaluate(wait, n)
    profile = cdp.send("Profiler.stop")["profile"]
    interval = {}
    nodes = {node["id"]: node for node in profile["nodes"]}
    deltas = profile.get("timeDeltas", [])
    for sample, delta in zip(profile.get("samples", []), deltas[1:] + [0], strict=True):
        interval[sample] = interval.get(sample, 0) + delta
    self_ms: Counter[str] = Counter()
    for node_id, us in interval.items():
        frame = nodes[node_id]["callFrame"]
        where = frame["url"].rsplit("/", 1)[-1]
        label = f"{frame['functionName'] or '(anonymous)'} {where}:{frame['lineNumber'] + 1}"
        self_ms[label.strip()] += us / 1000
    total = sum(self_ms.values())
    lines = [f"script, self time by function ({total:.0f} ms sampled, idle included):"]
    for label, ms in self_ms.most_common(16):
        if ms >= 1:
            lines.append(f"  {ms:8.1f} ms  {label}")
    return "\n".join(lines)
