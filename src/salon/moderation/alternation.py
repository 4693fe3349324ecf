"""An ordered alternation of regexes rewritten into one equivalent regex that re runs fast.

Python's re tries an alternation's branches one after the other at every position. A
branch that starts with a literal character is passed over at C speed when the text has
another character there; any other branch (a group, a word boundary) is entered and
costs tens of nanoseconds, and a long list of phrases has hundreds of them per word.
`ordered()` rewrites each branch to start with a literal (a group is distributed:
"(?:a|b)c" is "ac|bc", tried in the same order), and groups branches by their first two
characters ("k(?:ill|ys)"), so re enters only the branches that can match there. Branches
that can match at the same position keep their order, so a search finds the same match
as the plain alternation; which branch (which tag) matched is the last group that closed.

What it rewrites: literal characters, escaped punctuation, `\\d`, `\\w` and `\\s`,
non-capturing groups with no quantifier or `?`, and a leading `\\b`, `(?<!\\w)` or
`(?=\\w)`. Anything else stays as written after the first characters; a branch that
cannot start with a literal at all raises Unfit (and the tests build every pattern).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

_QUANT = re.compile(r"\?\??|[*+]\??|\{\d*,?\d*\}\??")
_CLASSES = frozenset({r"\d", r"\w", r"\s"})
_WORD = re.compile(r"\w")
# After a first character at position p, "p-1 is (not) a word character": the lookbehind
# spans that character and the one before it.
_NOT_AFTER_WORD = r"(?<!\w[\s\S])"
_AFTER_WORD = r"(?<=\w[\s\S])"
_LEADING = (r"\b", r"(?<!\w)", r"(?=\w)")
DEPTH = 2


class Unfit(ValueError):
    """A branch this module cannot rewrite."""


@dataclass(frozen=True, slots=True)
class Alternation:
    """The rewritten pattern and the tag of each of its groups (by group number - 1)."""

    pattern: re.Pattern[str]
    tags: tuple[str, ...]

    def tag(self, m: re.Match[str]) -> str:
        """The tag of the branch that matched."""
        return self.tags[(m.lastindex or 0) - 1]


def ordered(
    branches: Sequence[tuple[str, str]], depth: int = DEPTH, *, ascii_only: bool = False
) -> Alternation:
    """One pattern matching like "(?:b1|b2|...)" over (branch regex, tag) pairs, in order.

    Branches must have no capturing groups and no inline flags. The empty tag has no
    group: a pattern of such branches alone has no groups at all (fast()).
    `ascii_only`: a pattern for ASCII text only, without what needs other letters (fewer
    first characters to tell apart, and the word-start test shared more often).
    """
    for src, _ in branches:
        if re.compile(src).groups:
            raise Unfit(f"a capturing group in {src!r}")
    if ascii_only:
        branches = [(s, t) for s, t in branches if any(_ascii(f, r) for f, _, r in _starts(s))]
    # A test every branch starts with is made once, before the first character: re then
    # enters the branches only where it holds.
    shared = next((t for t in _LEADING[:2] if all(s.startswith(t) for s, _ in branches)), "")
    items = []
    for src, tag in branches:
        starts = _starts(src[len(shared) :])
        items += [(f, c + r, tag) for f, c, r in starts if not ascii_only or _ascii(f, r)]
    if not items:
        return Alternation(re.compile("(?!)"), ())  # no branch can match anywhere
    source, tags = _build(items, depth)
    return Alternation(re.compile(shared + source), tuple(tags))


P = TypeVar("P")


@dataclass(frozen=True, slots=True)
class ByText(Generic[P]):
    """A pattern and its `ascii_only` form: called with a text, the one to search it with."""

    full: P
    ascii: P

    def __call__(self, text: str) -> P:
        return self.ascii if text.isascii() else self.full


def fast_by_text(src: str) -> ByText[re.Pattern[str]]:
    """fast(src) and its form for ASCII text."""
    return ByText(fast(src), fast(src, ascii_only=True))


def ordered_by_text(branches: Sequence[tuple[str, str]]) -> ByText[Alternation]:
    """ordered(branches) and its form for ASCII text."""
    return ByText(ordered(branches), ordered(branches, ascii_only=True))


def fast(src: str, *, ascii_only: bool = False) -> re.Pattern[str]:
    """The regex `src` (no flags, no capturing groups) rewritten by ordered(): it finds
    the same matches, faster (in ASCII text only, with `ascii_only`)."""
    return ordered([(branch, "") for branch in split(src)], ascii_only=ascii_only).pattern


def split(src: str) -> list[str]:
    """The top-level branches of a regex ("a|(?:b|c)" -> ["a", "(?:b|c)"])."""
    out: list[str] = []
    start = 0
    for i, ch, depth in _syntax(src):
        if ch == "|" and depth == 0:
            out.append(src[start:i])
            start = i + 1
    out.append(src[start:])
    return out


def _group_end(src: str) -> int:
    """Index of the ")" closing the group that opens at src[0]."""
    for i, ch, depth in _syntax(src):
        if ch == ")" and depth == 0:
            return i
    raise Unfit(f"unbalanced {src!r}")


def _syntax(src: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each "(", ")" and "|" of a regex that
    is syntax: not escaped and not inside a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if src.startswith("[]", i) else 3 if src.startswith("[^]", i) else 1
            continue
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def _starts(src: str, level: int = 0) -> list[tuple[str, str, str]]:
    """(first character, check after it, rest) for every way `src` can begin, in order.

    The first character is a literal (escaped for re) or one of `_CLASSES`; the check is
    "" or a lookbehind standing for a leading word-boundary test.
    """
    if level > 20:
        raise Unfit(f"too deeply nested: {src!r}")
    for lead in _LEADING:
        if src.startswith(lead):
            out = []
            for first, check, rest in _starts(src[len(lead) :], level + 1):
                word = _is_word(first)
                if word is None:
                    raise Unfit(f"{lead} before {first}")
                if lead == r"(?=\w)":
                    if word:
                        out.append((first, check, rest))
                    continue  # a non-word first character never matches there
                want = _AFTER_WORD if lead == r"\b" and not word else _NOT_AFTER_WORD
                if check and check != want:
                    raise Unfit(f"two boundary tests in {src!r}")
                out.append((first, want, rest))
            return out
    if not src:
        raise Unfit("a branch that can match the empty string")
    if src.startswith("(?:"):
        end = _group_end(src)
        after = src[end + 1 :]
        q = _QUANT.match(after)
        quant = q.group(0) if q else ""
        after = after[len(quant) :]
        if after.startswith("+"):
            raise Unfit(f"a possessive quantifier in {src!r}")
        inner = split(src[3:end])
        if quant == "?":
            inner = [*inner, ""]
        elif quant == "??":
            inner = ["", *inner]
        elif quant:
            raise Unfit(f"a repeated group in {src!r}")
        return [s for branch in inner for s in _starts(branch + after, level + 1)]
    if src[0] == "\\":
        atom = src[:2]
        if atom not in _CLASSES and (len(atom) < 2 or atom[1].isalnum()):
            raise Unfit(f"{atom!r} in {src!r}")
        rest = src[2:]
    elif src[0] in "()[]{}?*+|^$.":
        raise Unfit(f"{src[0]!r} in {src!r}")
    else:
        atom, rest = re.escape(src[0]), src[1:]
    q = _QUANT.match(rest)
    quant = q.group(0) if q else ""
    after = rest[len(quant) :]
    if after.startswith("+"):
        raise Unfit(f"a possessive quantifier in {src!r}")
    if not quant:
        return [(atom, "", rest)]
    if quant == "?":
        return [(atom, "", after), *_starts(after, level + 1)]
    if quant == "+":
        return [(atom, "", atom + "*" + after)]
    if quant == "*":
        return [(atom, "", atom + "*" + after), *_starts(after, level + 1)]
    raise Unfit(f"{quant!r} in {src!r}")


def _ascii(first: str, rest: str) -> bool:
    """Whether a branch starting so can match ASCII text: not when its first character, or
    a literal rest (no special characters), has a letter outside ASCII."""
    if not _literal(first).isascii():
        return False
    return rest.isascii() or any(c in rest for c in "\\()[]{}?*+|^$.")


def _is_word(atom: str) -> bool | None:
    """Whether the first character is a word character (None: it depends)."""
    if atom in (r"\d", r"\w"):
        return True
    if atom == r"\s":
        return False
    return bool(_WORD.fullmatch(_literal(atom)))


def _literal(atom: str) -> str:
    return atom[1:] if atom.startswith("\\") else atom


def _build(items: list[tuple[str, str, str]], depth: int) -> tuple[str, list[str]]:
    """Source and group tags for (first, rest, tag) items: grouped by first character.

    A branch starting with a class (`\\w`) joins, in its place, the group of every
    literal first character the class matches, and a group of its own for the rest of
    the class; with two classes nothing is grouped.
    """
    firsts = list(dict.fromkeys(first for first, _, _ in items))
    classes = [f for f in firsts if f in _CLASSES]
    if len(classes) > 1:
        return _plain([(first + rest, tag) for first, rest, tag in items])
    letters = [f for f in firsts if f not in _CLASSES]
    groups: dict[str, list[tuple[str, str]]] = {f: [] for f in letters}
    for first, rest, tag in items:
        if first in _CLASSES:
            for f in letters:
                if re.fullmatch(first, _literal(f)):
                    groups[f].append((rest, tag))
            groups.setdefault(_without(first, letters), []).append((rest, tag))
        else:
            groups[first].append((rest, tag))
    parts: list[str] = []
    tags: list[str] = []
    for first, group in groups.items():
        source, group_tags = _after_first(group, depth - 1)
        parts.append(first + source)
        tags += group_tags
    return "(?:" + "|".join(parts) + ")", tags


def _without(cls: str, letters: list[str]) -> str:
    """The class `cls` without the characters `letters` ("[^\\Wab]" for \\w without a, b)."""
    inside = "".join(re.escape(_literal(f)) for f in letters if re.fullmatch(cls, _literal(f)))
    return f"[^{cls.upper()}{inside}]" if inside else cls


def _after_first(group: list[tuple[str, str]], depth: int) -> tuple[str, list[str]]:
    """The branches after a shared first character, grouped again while `depth` lasts."""
    check = next((c for c in (_NOT_AFTER_WORD, _AFTER_WORD) if group[0][0].startswith(c)), "")
    if check and all(rest.startswith(check) for rest, _ in group):
        group = [(rest[len(check) :], tag) for rest, tag in group]
    else:
        check = ""
    if depth > 0:
        try:
            items = [(f, c + r, tag) for rest, tag in group for f, c, r in _starts(rest)]
        except Unfit:
            items = []
        if items:
            source, tags = _build(items, depth)
            return check + source, tags
    source, tags = _plain(group)
    return check + source, tags


def _plain(group: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """Branches in order, an empty group closing each run of one tag (the tag's marker;
    none for the empty tag)."""
    runs: list[tuple[list[str], str]] = []
    for rest, tag in group:
        if runs and runs[-1][1] == tag:
            runs[-1][0].append(rest)
        else:
            runs.append(([rest], tag))
    source = "|".join("(?:" + "|".join(b) + ")" + ("()" if t else "") for b, t in runs)
    return "(?:" + source + ")", [t for _, t in runs if t]
