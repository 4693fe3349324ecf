"""Moderation: pure functions of (text, context) -> Decision, plus model loading.

No HTTP, no SQL, nothing of salon.store / web / services (an import-linter contract).
"""

from salon.moderation.errors import (
    EmptyText,
    InvalidText,
    ModelError,
    PolicyError,
    TextError,
    TextTooLong,
)
from salon.moderation.moderator import Moderator
from salon.moderation.policy import Policy

__all__ = [
    "EmptyText",
    "InvalidText",
    "ModelError",
    "Moderator",
    "Policy",
    "PolicyError",
    "TextError",
    "TextTooLong",
]
