from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from salon.domain.comments import Comment, CommentState
from salon.domain.editing import check_editable
from salon.domain.errors import Forbidden

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def comment(state: CommentState = CommentState.PUBLISHED) -> Comment:
    return Comment(1, 1, None, "", "", "x", T0, state)


def test_editable_inside_window() -> None:
    check_editable(comment(), T0 + timedelta(minutes=15), 15)


def test_refused_after_window() -> None:
    with pytest.raises(Forbidden, match="edit window of 15 minutes"):
        check_editable(comment(), T0 + timedelta(minutes=15, seconds=1), 15)


def test_deleted_is_never_editable() -> None:
    with pytest.raises(Forbidden, match="deleted"):
        check_editable(comment(CommentState.DELETED), T0, 15)
