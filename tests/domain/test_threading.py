from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from salon.domain.comments import Comment, CommentState, Sort
from salon.domain.errors import BadRequest
from salon.domain.threading import (
    attach_depth,
    build_tree,
    count_published,
    decode_cursor,
    encode_cursor,
    page,
)

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def c(
    cid: int,
    parent: int | None = None,
    minutes: int = 0,
    state: str = "published",
    up: int = 0,
    down: int = 0,
) -> Comment:
    return Comment(
        id=cid,
        thread_id=1,
        parent_id=parent,
        author_name="",
        author_website="",
        text=f"c{cid}",
        created=T0 + timedelta(minutes=minutes),
        state=CommentState(state),
        up=up,
        down=down,
    )


def test_tree_nests_replies_oldest_first() -> None:
    roots = build_tree([c(3, 1, 5), c(1), c(2, 1, 2), c(4, 2, 6)])
    assert [r.id for r in roots] == [1]
    assert [r.id for r in roots[0].replies] == [2, 3]
    assert [r.id for r in roots[0].replies[0].replies] == [4]
    assert count_published(roots) == 4


def test_deleted_without_replies_disappears_with_replies_stays() -> None:
    roots = build_tree([c(1, state="deleted"), c(2, state="deleted"), c(3, 2, 1)])
    assert [r.id for r in roots] == [2]
    assert count_published(roots) == 1


def test_deleted_chain_is_pruned_from_the_leaves() -> None:
    roots = build_tree([c(1, state="deleted"), c(2, 1, 1, state="deleted")])
    assert roots == []


def test_reply_to_invisible_parent_is_promoted_not_lost() -> None:
    roots = build_tree([c(5, parent=99, minutes=1), c(6)])
    assert sorted(r.id for r in roots) == [5, 6]


def test_attach_depth_caps_at_max() -> None:
    assert attach_depth(None, 5) == 0
    assert attach_depth(0, 5) == 1
    assert attach_depth(4, 5) == 4
    assert attach_depth(9, 5) == 4


@pytest.mark.parametrize(
    ("sort", "expected"),
    [(Sort.NEWEST, [3, 2, 1]), (Sort.OLDEST, [1, 2, 3]), (Sort.VOTES, [2, 3, 1])],
)
def test_sorting(sort: Sort, expected: list[int]) -> None:
    roots = [c(1, minutes=0, down=1), c(2, minutes=1, up=5), c(3, minutes=2)]
    assert [x.id for x in page(roots, sort, 10, None).comments] == expected


def test_votes_tie_breaks_by_newest() -> None:
    roots = [c(1, minutes=0, up=1), c(2, minutes=1, up=1)]
    assert [x.id for x in page(roots, Sort.VOTES, 10, None).comments] == [2, 1]


def test_pages_walk_everything_once() -> None:
    roots = [c(i, minutes=i) for i in range(1, 8)]
    seen: list[int] = []
    cursor = None
    for _ in range(10):
        p = page(roots, Sort.OLDEST, 3, cursor)
        seen += [x.id for x in p.comments]
        cursor = p.next
        if cursor is None:
            break
    assert seen == list(range(1, 8))


def test_cursor_round_trip_and_garbage() -> None:
    key = (0.0, 1764000000.5, 42)
    assert decode_cursor(encode_cursor(key)) == key
    for bad in ("!!", "e30", "WzEsMl0", "bm90IGpzb24"):
        with pytest.raises(BadRequest):
            decode_cursor(bad)
