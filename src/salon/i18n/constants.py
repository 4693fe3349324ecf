"""Message templates kept as plain constants (``moderation/reasons.py``), made msgids.

A file of templates has no ``_()`` calls for pybabel to find: every string constant at
module level is a message (class attributes, dict values, tuple items), but not a dict
key, a docstring or what a function builds. Babel runs `extract` (babel.cfg names it);
the code showing a translation turns a template into the same msgid with `msgid`.

A template's ``{}`` slots become ``{0}``, ``{1}`` … in the msgid (``{:.2f}`` too), so a
translation may put them in its own order and tests can check it keeps each of them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import IO, Any

_SLOT = re.compile(r"\{(:[^{}]*)?\}")
_LETTER = re.compile(r"[^\W\d_]")
_FIELD = re.compile(r"\{\w*\}")


def msgid(template: str) -> str:
    """``"link to a free .{} domain ({})"`` -> ``"link to a free .{0} domain ({1})"``."""
    slots = iter(range(template.count("{")))
    return _SLOT.sub(lambda m: f"{{{next(slots)}}}", template)


def is_message(text: str) -> bool:
    """A constant worth translating: it has a letter outside its slots (not ``"{}"``)."""
    return bool(_LETTER.search(_SLOT.sub("", text)))


def _strings(node: ast.AST, where: str) -> Iterator[tuple[int, str, str]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value, where
    elif isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            name = key.value if isinstance(key, ast.Constant) else where
            yield from _strings(value, str(name))
    elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for item in node.elts:
            yield from _strings(item, where)


def _constants(body: list[ast.stmt], prefix: str = "") -> Iterator[tuple[int, str, str]]:
    for statement in body:
        if isinstance(statement, ast.ClassDef):
            yield from _constants(statement.body, f"{statement.name}.")
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            name = ", ".join(t.id for t in targets if isinstance(t, ast.Name))
            yield from _strings(statement.value, prefix + name)


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel's extraction method: (line, funcname, msgid, comments) per template."""
    tree = ast.parse(fileobj.read().decode(options.get("encoding", "utf-8")))
    seen: set[str] = set()
    for lineno, text, where in _constants(tree.body):
        if not is_message(text) or text in seen:
            continue
        seen.add(text)
        message = msgid(text)
        slots = ", ".join(dict.fromkeys(_FIELD.findall(message)))
        note = f" ({slots}: what fired, shown as written)" if slots else ""
        yield lineno, "gettext", message, [where + note]
