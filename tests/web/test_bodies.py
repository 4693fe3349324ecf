"""JSON depth is counted before parsing, brackets inside strings ignored."""

from __future__ import annotations

import pytest

from salon.web.bodies import MAX_JSON_DEPTH, json_depth


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ('{"a": 1}', 1),
        ('{"a": "[[[{{{", "b": [[1]]}', 3),
        ('["\\\\", [1]]', 2),
        ('["\\"]]]", [1]]', 2),
        ("[" * 40 + "]" * 40, 40),
        ('"no brackets"', 0),
    ],
)
def test_json_depth(text: str, depth: int) -> None:
    assert json_depth(text) == depth


def test_limit_is_far_above_what_salon_sends() -> None:
    # The deepest body Salon takes is a comment with an anchor: three levels.
    assert MAX_JSON_DEPTH >= 8
