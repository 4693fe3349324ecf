"""Many literal keys as one regex: a trie, since Python's re has no Aho-Corasick."""

from __future__ import annotations

import re

_Trie = dict[str, "_Trie"]


def any_of(keys: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that finds any of `keys` as a substring, written as a trie ("k(?:ill|ys)"):
    one branch per letter instead of one per key, about twice as fast as testing each key
    with `in` (Python's re has no Aho-Corasick)."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        if "" in node:  # a key ends here; a longer key with this prefix adds nothing
            return ""
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(pattern(trie))
