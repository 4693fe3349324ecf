"""Regexes rewritten for speed find what their plain form finds (the plain form is here)."""

import re

from salon.moderation import domains, normalise, payloads, pitch

TEXTS = [
    "cash . gq",
    "cash.gq and x.CO",
    "a DoT b",
    "x (.) y",
    "hi .COM",
    "a .ſite",
    "x : y",
    "x: y",
    "x :y",
    "go /x",
    "a/b",
    "<b>",
    "d.o.t",
    "\n.",
    ".\n",
    "x\u2003.y",
    "(abcdef)",
    "e.g. ſ.ſſ 1.ab a.K1 x.İı",
    "name (at) gmail.com, name at yahoo dot com, x @ y, x@ y, [ @ ], a\tat\tb, (собака)",
    "lost 12kg, a12 kg, .5 kilos, 1234 kg, 3,5 kilos, -14 кг, 15 ribu per kilo",
    "",
]


def spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_the_dotted_gate() -> None:
    plain = re.compile(
        rf"\s\.|\.\s+(?:{normalise._JOIN_TLDS})\b|dot|\s:|:\s|[(\[{{<][\w.]{{0,5}}[)\]}}>]|\s/",
        re.IGNORECASE,
    )
    for text in TEXTS + [t.upper() for t in TEXTS]:
        assert bool(normalise._DOTTED_GATE.search(text)) == bool(plain.search(text)), text


def test_the_link_gate() -> None:
    plain = re.compile(r"[a-z0-9]\.[a-z]{2}", re.IGNORECASE)
    for text in TEXTS + [t.upper() for t in TEXTS]:
        assert bool(domains._LINK_GATE.search(text)) == bool(plain.search(text)), text


def test_the_spelled_at() -> None:
    plain = re.compile(
        r"[(\[{<]\s*(?:at|arroba|собака|@)\s*[)\]}>]|\s(?:at|arroba|собака|chez)\s|\s@\s?|@\s"
    )
    for text in TEXTS:
        assert spans(payloads._AT, text) == spans(plain, text), text


def test_the_weight_claim() -> None:
    plain = re.compile(
        pitch._WEIGHT.pattern.replace(r"\d(?<![\w.,]\d)\d{0,2}", r"(?<![\w.,])\d{1,3}", 1)
    )
    assert plain.pattern != pitch._WEIGHT.pattern
    for text in TEXTS:
        assert spans(pitch._WEIGHT, text) == spans(plain, text), text
