"""The one error model: each error carries a code and an HTTP status, rendered once by web/."""

from __future__ import annotations


class SalonError(Exception):
    """Base of every error a use-case raises for the caller to see."""

    status: int = 400
    code: str = "bad-request"
    title: str = "Bad request"

    def __init__(self, detail: str, code: str | None = None, **extra: object) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code  # a finer name than the class gives, e.g. "bad-json"
        self.extra = extra


class Invalid(SalonError):
    status = 422
    code = "invalid"
    title = "Invalid input"


class BadRequest(SalonError):
    status = 400
    code = "bad-request"
    title = "Bad request"


class NotFound(SalonError):
    status = 404
    code = "not-found"
    title = "Not found"


class Forbidden(SalonError):
    status = 403
    code = "forbidden"
    title = "Forbidden"


class TooLarge(SalonError):
    status = 413
    code = "too-large"
    title = "Request too large"


class UnsupportedMediaType(SalonError):
    status = 415
    code = "unsupported-media-type"
    title = "Unsupported media type"


class RateLimited(SalonError):
    status = 429
    code = "rate-limited"
    title = "Too many requests"

    def __init__(self, detail: str, retry_after: float) -> None:
        super().__init__(detail)
        self.retry_after = max(1, int(retry_after + 0.999))


class Unavailable(SalonError):
    """The store is busy (another process holds the write lock); try again shortly."""

    status = 503
    code = "busy"
    title = "Busy, try again"

    def __init__(self, detail: str, retry_after: float = 2) -> None:
        super().__init__(detail)
        self.retry_after = max(1, int(retry_after + 0.999))


class Conflict(SalonError):
    """The request contradicts what is stored (e.g. restoring into a site that has data)."""

    status = 409
    code = "conflict"
    title = "Conflict"


class Gone(SalonError):
    """A link that was valid once: expired, used up, or for something that is gone."""

    status = 410
    code = "gone"
    title = "Link no longer valid"


class Unauthorized(SalonError):
    """No valid credentials (an admin API call without a live token)."""

    status = 401
    code = "unauthorized"
    title = "Unauthorized"
