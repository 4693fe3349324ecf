"""Readers of other comment systems' exports; each yields domain records, none touches SQL."""
