"""Use-cases: the only callers of store, moderation and outbox together."""
