"""URL remapping at import: OLD_PREFIX=NEW_PREFIX rules, so comments follow moved articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from salon.domain.errors import Invalid


@dataclass(frozen=True, slots=True)
class UriMap:
    """Prefix rules, longest prefix first; then the link becomes the thread's path."""

    rules: tuple[tuple[str, str], ...] = ()

    def apply(self, url: str) -> str:
        """The thread uri (a path) for a link as the old system knew it."""
        for old, new in self.rules:
            if url.startswith(old):
                url = new + url[len(old) :]
                break
        parts = urlsplit(url)
        path = parts.path if parts.scheme or parts.netloc else url.split("#", 1)[0]
        # As the browser sends location.pathname: non-ASCII percent-encoded, escapes kept.
        return quote(path, safe="/%:@!$&'()*+,;=~") or "/"


def parse_rules(rules: Iterable[str], files: Iterable[Path] = ()) -> UriMap:
    """Rules from ``--map OLD=NEW`` options and from files of such lines (# comments)."""
    pairs: list[tuple[str, str]] = []
    for rule in rules:
        pairs.append(_rule(rule, "--map"))
    for path in files:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise Invalid(f"cannot read the rules file {path}: {e}") from e
        for number, line in enumerate(lines, start=1):
            line = line.strip()
            if line and not line.startswith("#"):
                pairs.append(_rule(line, f"{path.name} line {number}"))
    return UriMap(tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True)))


def _rule(rule: str, where: str) -> tuple[str, str]:
    old, sep, new = rule.partition("=")
    old, new = old.strip(), new.strip()
    if not sep or not old:
        raise Invalid(f"{where}: {rule!r} is not OLD_PREFIX=NEW_PREFIX")
    return old, new
