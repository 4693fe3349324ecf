"""Errors the moderation package raises; all carry a message a person can act on."""

from __future__ import annotations

from salon.domain.errors import Invalid, SalonError

REBUILD_HINT = "rebuild the models with `salon moderation train`"


class ModelError(SalonError, RuntimeError):
    """A model file is missing, corrupt or of an unknown format version."""

    # Not the client's fault: the server cannot screen comments until the models are fixed.
    status = 503
    code = "models-unavailable"
    title = "Moderation unavailable"

    def __init__(self, message: str) -> None:
        super().__init__(f"{message}; {REBUILD_HINT}")


class TextError(Invalid, ValueError):
    """The text cannot be moderated as given: a 422 with the message, like any Invalid."""


class EmptyText(TextError):
    """Nothing to moderate: the text is empty or only whitespace / invisible characters."""


class TextTooLong(TextError):
    """The text is longer than moderation accepts."""


class InvalidText(TextError):
    """The text is not valid UTF-8 (or not text at all)."""


class PolicyError(Invalid, ValueError):
    """A site's moderation settings are invalid."""
