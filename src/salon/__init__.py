"""Salon: a self-hosted comment, inline-feedback and moderation server."""

__version__ = "0.1.0"
