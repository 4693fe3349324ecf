"""The widget's anchoring logic (static/anchor.js), tested with Node's own test runner."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import IN_CI

TESTS = Path(__file__).parent / "static" / "anchor.test.js"


def test_anchoring_under_node() -> None:
    node = shutil.which("node")
    if node is None:
        if IN_CI:
            pytest.fail("CI requires Node.js (Debian's nodejs) for the widget's unit tests")
        pytest.skip("node is missing; apt-get install nodejs to run the widget's unit tests")
    run = subprocess.run(  # noqa: S603 - our own test file
        [node, "--test", "--test-reporter=tap", str(TESTS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    counts = dict(re.findall(r"^# (pass|fail) (\d+)$", run.stdout, re.MULTILINE))
    failed = re.findall(r"^not ok \d+ - (.*)$", run.stdout, re.MULTILINE)
    assert run.returncode == 0 and not failed, run.stdout[-6000:] + run.stderr[-2000:]
    assert int(counts.get("pass", 0)) >= 15, run.stdout[-2000:]
