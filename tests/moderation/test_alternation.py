import re

import pytest

from salon.moderation import abuse, payloads, pitch, stance
from salon.moderation.alternation import Unfit, fast, ordered, split

TEXTS = [
    "ab abc abd xabc a-b abcd b",
    "kill you, killed him, kys, 12p per min, 3 kg, she should be shot",
    "The post office closed in 2019. Great post! keep up the good work",
    "напиши мне в личку, 私信加我, whatsapp: +44 7700 900123",
    "\nab\tabc\n_ab 9ab é ab",
    "",
]


def spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    "src",
    [
        r"ab|abc|abd",
        r"abc|ab",
        r"(?:a|ab)c?d*|b",
        r"\bab(?:c|d)\b|\w+c|\d+ ?p|b",
        r"(?<!\w)(?=\w)(?:ab|\d|é|b)\b",
        r"(?<!\w)(?:kill|kys)|私信|加我",
        r"\b(?:he|she|\w+s) should|\bkill (?:you|him)\b",
        r"\s?ab|\.b|\$\d|(?:-|/)b",
    ],
)
def test_fast_finds_what_re_finds(src: str) -> None:
    for text in TEXTS:
        assert spans(fast(src), text) == spans(re.compile(src), text), (src, text)


def test_the_first_branch_that_matches_wins_and_names_its_tag() -> None:
    alt = ordered([("ab", "short"), ("abc", "long"), (r"\w+c", "word"), ("b", "b")])
    got = [(alt.tag(m), m.group(0)) for m in alt.pattern.finditer("abc xyc b")]
    assert got == [("short", "ab"), ("word", "xyc"), ("b", "b")]


def test_the_shipped_alternations_read_like_the_plain_ones() -> None:
    plain = re.compile("|".join(f"(?P<{name}>{rx})" for name, _, _, rx in abuse._RULES))
    texts = [*TEXTS, "you are an idiot. immigrants are a disease. f**k, i will find you"]
    for text in texts:
        got = [
            (m.span(), abuse._PATTERN.full.tag(m))
            for m in abuse._PATTERN.full.pattern.finditer(text)
        ]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


@pytest.mark.parametrize(
    "src",
    [r"(a)b", r"a*", r"(?:ab)+c", r"(?:ab)?+c", r"a++b", r".b", r"[ab]c", r"\Bab", r"(?i:ab)"],
)
def test_what_it_cannot_rewrite_is_refused(src: str) -> None:
    with pytest.raises(Unfit):
        fast(src)


def test_split_keeps_groups_and_classes_whole() -> None:
    assert split(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]


def test_branches_that_cannot_start_at_a_word_are_dropped() -> None:
    assert fast(r"(?=\w)(?:-a|/b)").search("-a /b") is None
    assert fast(r"(?=\w)(?:-a|b)").findall("-a /b") == ["b"]


def test_ascii_only_finds_the_same_in_ascii_text() -> None:
    src = r"(?<!\w)(?:dm me|pm (?:me|мне)|мне|kys\b)|私信|dmください"
    full, ascii_only = fast(src), fast(src, ascii_only=True)
    for text in ("dm me or pm me, kys", "pm mne", "dm", ""):
        assert spans(ascii_only, text) == spans(full, text), text
    # What needs other letters is left out, so the word-start test is shared.
    assert "私" not in ascii_only.pattern and "く" not in ascii_only.pattern
    assert ascii_only.pattern.startswith(r"(?<!\w)")


def test_the_shipped_ascii_forms_find_the_same() -> None:
    texts = [*TEXTS, "you are all idiots, immigrants are a disease, saying that is racist"]
    for full, ascii_only in (
        (stance._CLAIM.full, stance._CLAIM.ascii),
        (stance._COUNTER.full, stance._COUNTER.ascii),
        (payloads._MESSENGER.full, payloads._MESSENGER.ascii),
        (payloads._DM_ME.full, payloads._DM_ME.ascii),
        (pitch.PHRASES.spaced.full, pitch.PHRASES.spaced.ascii),
        (abuse._GATE.full, abuse._GATE.ascii),
        (abuse._PATTERN.full.pattern, abuse._PATTERN.ascii.pattern),
    ):
        for text in texts:
            if text.isascii():
                assert spans(ascii_only, text) == spans(full, text), text
