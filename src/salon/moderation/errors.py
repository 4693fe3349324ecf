"""Errors the moderation package raises; all carry a message a person can act on."""

from __future__ import annotations

REBUILD_HINT = "rebuild the models with `salon moderation train`"


class ModelError(RuntimeError):
    """A model file is missing, corrupt or of an unknown format version."""

    def __init__(self, message: str) -> None:
        super().__init__(f"{message}; {REBUILD_HINT}")


class TextError(ValueError):
    """The text cannot be moderated as given (the service maps it to 400/413)."""


class EmptyText(TextError):
    """Nothing to moderate: the text is empty or only whitespace / invisible characters."""


class TextTooLong(TextError):
    """The text is longer than moderation accepts."""


class InvalidText(TextError):
    """The text is not valid UTF-8 (or not text at all)."""


class PolicyError(ValueError):
    """A site's moderation settings are invalid."""
