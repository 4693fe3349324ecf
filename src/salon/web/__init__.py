"""HTTP: parse, authenticate, map errors. Never imports the store."""
