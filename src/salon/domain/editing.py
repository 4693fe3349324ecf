"""Who may change a comment, and until when."""

from __future__ import annotations

from datetime import datetime, timedelta

from salon.domain.comments import Comment, CommentState
from salon.domain.errors import Forbidden


def check_editable(comment: Comment, now: datetime, window_minutes: float) -> None:
    """Raise Forbidden unless a reader may still edit or delete ``comment`` at ``now``."""
    if comment.state is CommentState.DELETED:
        raise Forbidden("this comment was deleted and can no longer be changed")
    if now - comment.created > timedelta(minutes=window_minutes):
        raise Forbidden(
            f"the edit window of {window_minutes:g} minutes is over for this comment; "
            "ask a moderator to change it"
        )
