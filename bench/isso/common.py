"""Helpers shared by the bench/isso scripts."""

from __future__ import annotations

import importlib.util
from types import ModuleType


def load_corpus(directory: str) -> ModuleType:
    """Import the shared corpus.py by path (it is read at run time, never copied here)."""
    spec = importlib.util.spec_from_file_location("shared_corpus", f"{directory}/corpus.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {directory}/corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
