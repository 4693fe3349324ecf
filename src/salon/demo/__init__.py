"""The demo site: an article and a seeded, lively thread."""
