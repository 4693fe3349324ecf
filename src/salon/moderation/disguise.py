"""Write text the way spammers disguise it: for training augmentation, tests and the bench.

The inverse of normalise.py; a deterministic function of (text, style).
"""

from __future__ import annotations

import re
import string

_ADDRESS = re.compile(r"\w\.\w|@|/")

_LOWER = string.ascii_lowercase
_UPPER = string.ascii_uppercase


def _alphabet(
    upper_start: int, lower_start: int, digits_start: int | None = None
) -> dict[int, str]:
    table = {ord(c): chr(upper_start + i) for i, c in enumerate(_UPPER)}
    table.update({ord(c): chr(lower_start + i) for i, c in enumerate(_LOWER)})
    if digits_start is not None:
        table.update({ord(str(d)): chr(digits_start + d) for d in range(10)})
    return table


_TABLES: dict[str, dict[int, str] | dict[int, int]] = {
    "math_bold": _alphabet(0x1D400, 0x1D41A, 0x1D7CE),
    "math_sans_bold_italic": _alphabet(0x1D63C, 0x1D656),
    "math_script_bold": _alphabet(0x1D4D0, 0x1D4EA),
    "math_fraktur": _alphabet(0x1D56C, 0x1D586),
    "math_monospace": _alphabet(0x1D670, 0x1D68A, 0x1D7F6),
    "math_double_struck": _alphabet(0x1D538, 0x1D552, 0x1D7D8),
    "fullwidth": {i: chr(i + 0xFEE0) for i in range(0x21, 0x7F)},
    "circled": _alphabet(0x24B6, 0x24D0),
    "negative_squared": {
        **{ord(c): chr(0x1F170 + i) for i, c in enumerate(_UPPER)},
        **{ord(c): chr(0x1F170 + i) for i, c in enumerate(_LOWER)},
    },
    "small_caps": str.maketrans(_LOWER, "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"),
    "cyrillic": str.maketrans("aceopxyiABCEHKMOPTXjsh", "асеорхуіАВСЕНКМОРТХјѕһ"),
    "greek": str.maketrans("aoptvxABEHIKMNOPTXYZ", "αορτνχΑΒΕΗΙΚΜΝΟΡΤΧΥΖ"),
    "leet": str.maketrans("aeo", "430"),
}
# The math alphabets have holes that Unicode fills elsewhere (letterlike symbols).
_HOLES = {
    0x1D455: "ℎ", 0x1D49D: "ℬ", 0x1D4A0: "ℰ", 0x1D4A1: "ℱ", 0x1D4A3: "ℋ", 0x1D4A4: "ℐ",
    0x1D4A7: "ℒ", 0x1D4A8: "ℳ", 0x1D4AD: "ℛ", 0x1D4BA: "ℯ", 0x1D4BC: "ℊ", 0x1D4C4: "ℴ",
    0x1D506: "ℭ", 0x1D50B: "ℌ", 0x1D50C: "ℑ", 0x1D515: "ℜ", 0x1D51D: "ℨ", 0x1D53A: "ℂ",
    0x1D53F: "ℍ", 0x1D545: "ℕ", 0x1D547: "ℙ", 0x1D548: "ℚ", 0x1D549: "ℝ", 0x1D551: "ℤ",
}  # fmt: skip

STYLES: tuple[str, ...] = (
    *_TABLES,
    "zero_width",
    "spaced",
    "bidi_wrapped",
    "mixed",
)


def disguise(text: str, style: str) -> str:
    """Return `text` written in `style` (one of STYLES).

    Leetspeak leaves web and e-mail addresses alone: a disguised address would not work.
    """
    if style == "leet":
        return " ".join(
            w if _ADDRESS.search(w) else w.translate(_TABLES["leet"]) for w in text.split(" ")
        )
    if style in _TABLES:
        out = text.translate(_TABLES[style])
        return "".join(_HOLES.get(ord(c), c) for c in out)
    if style == "zero_width":
        return "\u200b".join(text)
    if style == "spaced":
        return "  ".join(" ".join(word) for word in text.split())
    if style == "bidi_wrapped":
        return "\u202a" + text.replace(" ", " \u2066") + "\u202c"
    if style == "mixed":
        # What real spam does: the hook in mathematical letters, the rest homoglyphs.
        words = text.split()
        head = " ".join(words[:4])
        tail = " ".join(words[4:])
        return (disguise(head, "math_sans_bold_italic") + " " + disguise(tail, "cyrillic")).strip()
    raise ValueError(f"unknown disguise style {style!r}; choose one of {', '.join(STYLES)}")
