"""Fold disguised text to plain lower-case Latin for matching.

The original text is stored and shown; these forms only feed signals and models.
Every step is a C-level `str.translate` or regex pass, because this runs on every
comment and must stay well under a millisecond.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from salon.moderation.errors import EmptyText, InvalidText, TextTooLong

MAX_CHARS = 20_000


class Disguise(StrEnum):
    """The ways of hiding text that normalise() sees through; each is counted."""

    MATHEMATICAL = "mathematical"
    FULLWIDTH = "fullwidth"
    SMALL_CAPITALS = "small capitals"
    ENCLOSED = "enclosed"
    COMBINING = "combining"
    INVISIBLE = "invisible"
    BIDI = "bidi"
    CONTROL = "control"
    MIXED_SCRIPT = "mixed script"
    HOMOGLYPH = "homoglyph"
    LEETSPEAK = "leetspeak"
    SPACED = "spaced"
    DOTTED = "dotted"
    LOOKALIKE_DOT = "look-alike dot"


_SURROGATE = re.compile("[\ud800-\udfff]")
# Zero-width characters, soft hyphen, joiners and the Unicode "tag" block hide words from
# naive matching; bidi controls reorder what the reader sees.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064"
    "\u3164\ufeff\uffa0\U000e0000-\U000e007f]"
)
_WRITTEN_JOINER = re.compile(
    "(?<=[\u0600-\u06ff\u0900-\u097f])\u200c(?=[\u0600-\u06ff\u0900-\u097f])"
    "|(?<=[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f])\u200d(?=[\U0001f000-\U0001faff\u2600-\u27bf])"
)
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL_ASCII = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
_MATH = re.compile("[\U0001d400-\U0001d7ff]")
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_ENCLOSED = re.compile("[\u249c-\u24e9\U0001f130-\U0001f189]")
_COMBINING_RUN = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]{2,}")
_ACCENT = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]")
_SEMITIC_MARKS = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]")
_ARABIC_VARIANTS = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643",
                                  "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
                                  "\u0629": "\u0647"})  # fmt: skip

# Letters NFKC leaves alone but readers see as Latin: small capitals, modifier letters,
# negative circled / squared letters, parenthesised letters (NFKC would make "(a)").
_SMALL_CAPS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ"
_SMALL_CAPS_LATIN = "abcdefghijklmnopqrstuvwyz"
_PRE_NFKC: dict[int, str] = {ord(c): p for c, p in zip(_SMALL_CAPS, _SMALL_CAPS_LATIN, strict=True)}
_PRE_NFKC.update({0x1F150 + i: chr(0x41 + i) for i in range(26)})  # negative circled
_PRE_NFKC.update({0x1F170 + i: chr(0x41 + i) for i in range(26)})  # negative squared
_PRE_NFKC.update({0x249C + i: chr(0x61 + i) for i in range(26)})  # parenthesised
_SMALL_CAPS_RE = re.compile(f"[{_SMALL_CAPS}]")

# Cyrillic and Greek letters that render like Latin ones (after the Unicode confusables
# list, restricted to letters a reader would take for Latin in a Latin sentence).
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e",
    "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ш": "w", "щ": "w", "ь": "b", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ү": "y", "ӏ": "l", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I",
    "Ј": "J", "Һ": "H", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Ӏ": "I", "Ь": "b",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ς": "c", "ϲ": "c",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C",
    # Latin letters outside ASCII that pass for ASCII ones
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ℓ": "l", "ǀ": "l", "ɪ": "i", "ʏ": "y",
    "ᴏ": "o", "ꞵ": "b",
}  # fmt: skip
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
_NON_LATIN_LETTER = re.compile("[\u0370-\u03ff\u0400-\u052f\u0131\u0237\u0251\u0269\u2113]")
_WORD = re.compile(r"\w+")
_ALPHA = re.compile(r"[^\W\d_]")
_LATIN = re.compile("[A-Za-z]")
# A word that mixes scripts has a Latin letter next to a Cyrillic or Greek one (checking
# neighbours keeps this linear; "\w*" between them would backtrack on long words).
_MIXED_WORD = re.compile(
    "[A-Za-z][\u0370-\u03ff\u0400-\u052f]|[\u0370-\u03ff\u0400-\u052f][A-Za-z]"
)
_HANDLE_OR_URL = re.compile(r"@\w+|(?:https?://|www\.)\S+")
_FOREIGN_LETTERS = re.compile("[\u0370-\u03ff\u0400-\u052f]")

# Leetspeak: only inside a word that keeps at least two real letters and has no digit
# left after folding, so "2nd", "covid19" and "$27485" stay as they are.
_LEET_TABLE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                             "8": "b", "@": "a", "$": "s", "|": "l"})  # fmt: skip
# Runs are matched whole and checked for letters in Python: a pattern that looks for the
# letter inside the run backtracks quadratically on long digit strings.
# A run of letters, digits and leet symbols with at least one leet symbol in it; runs
# without one are never visited (most words of most comments).
_LEET_CANDIDATE = re.compile(r"(?<![a-z0-9@$|])[a-z0-9@$|]*[0-9@$|][a-z0-9@$|]*")
_LEET_CHARS = re.compile(r"[0-9@$|]")
_DIGIT = re.compile(r"\d")
# Ordinals, decades and units: "4th", "80s", "10am", "5kg" are not leetspeak.
_NOT_LEET = re.compile(r"\d+(?:st|nd|rd|th|s|k|m|x|am|pm|hr|hrs|h|d|gb|mb|kg|km|mm|cm|ml|mg|yo)")
_LETTER = re.compile(r"[a-z]")

# "F R E E" or "w w w": three or more single characters split by single spaces.
_GAP = re.compile(r"(?<=\S) +(?=\S)")
_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACED_ALL = re.compile(r"(?<!\S)\S(?: \S)+(?!\S)")
_SPACED = re.compile(r"(?<!\S)[^\W_](?: [^\W_]){2,}(?!\S)")
# "www . cash-daily . gq", "cash-daily(dot)gq", "pimpmyviews. com": a dot disguised by
# spaces or spelled out, before a top-level domain spammers use (English words like
# "it", "in", "us", "me" are left out so sentences are not glued together).
_JOIN_TLDS = (
    "com|net|org|info|biz|xyz|top|gq|cf|ml|ga|tk|ru|cn|online|site|club|live|shop|store|"
    "icu|buzz|io|ly|cc|pw|su|ws|link|click|win|bid|loan|work|fun|space|website|tech|pro|"
    "vip|ua|uk|de|fr|nl|pl|br|tv|gl|gd|ink|rest|cyou|sbs|cfd|monster|bond"
)
_DOT_WORD = (
    r"(?:\s*[(\[{<]\s*(?:dot|punkt|point|punto|ponto|nokta|titik|\.)\s*[)\]}>]\s*"
    r"|\s+dot\s+|\s+\.\s*|\s*\.\s+)"
)
_DOTTED_DOMAIN = re.compile(rf"(?<=[A-Za-z0-9]){_DOT_WORD}(?=(?:{_JOIN_TLDS})\b)", re.IGNORECASE)
_DOTTED_WWW = re.compile(rf"\b(www){_DOT_WORD}(?=[A-Za-z0-9])", re.IGNORECASE)
# Cheap pre-checks so the full patterns only run on the rare text that may need them.
_SPACED_GATE = re.compile(r" [^\W_] {1,3}[^\W_] ")
# Written to start with one character class, so that re skips at C speed to the few
# characters that can begin a match and only there tests what precedes them: the same
# texts pass as with "\s\.|\.\s+(?:TLDS)\b|dot|\s:|:\s|[(\[{<][\w.]{0,5}[)\]}>]|\s/" and
# IGNORECASE (no character but d, o, t and their capitals matches "dot" ignoring case),
# three times faster.
_DOTTED_GATE = re.compile(
    rf"[.:/dD(\[{{<](?:(?<=\s[.:/])|(?<=\.)\s+(?i:{_JOIN_TLDS})\b|(?<=:)\s|(?<=[dD])[oO][tT]"
    r"|(?<=[(\[{<])[\w.]{0,5}[)\]}>])"
)
_DOTTED_SCHEME = re.compile(r"\b(https?)\s*:\s*/\s*/\s*", re.IGNORECASE)
# Characters drawn like a full stop between two letters ("cash․gq", "name。top"):
# NFKC folds a few (fullwidth), not these.
_LOOKALIKE_DOT = re.compile("(?<=[A-Za-z0-9])[·•․‧∙⋅。｡・܁۔](?=[A-Za-z0-9])")
# "adf.ly / 1a2B": a shortener's code split from its host so the link is not clickable.
_SPLIT_PATH = re.compile(
    r"\b((?:adf|bit|cutt|ow|rb|t|s|v|is|tiny|shorte|amzn|qr|bl)\.(?:ly|gd|st|ink|to|ae|id|gl|co|cc|one))"
    r"\s+/\s*(?=[A-Za-z0-9]{3,12}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Normalised:
    """The forms of one text. `plain` keeps case (for links, money, e-mail addresses);
    `folded` is lower-case, accent-free and leet-folded (for words and the models)."""

    original: str
    plain: str
    folded: str
    letters: int
    # Number of characters (or words, for "mixed script", "leetspeak", "spaced") seen in
    # each disguise; a disguise is a signal of its own.
    disguises: dict[Disguise, int] = field(default_factory=dict)

    def share(self, disguise: Disguise) -> float:
        """Fraction of the letters written in `disguise`."""
        return self.disguises.get(disguise, 0) / max(self.letters, 1)


def decode(raw: bytes) -> str:
    """Decode a request body; malformed UTF-8 is refused rather than guessed at."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidText(f"text is not valid UTF-8 (bad byte at offset {exc.start})") from exc


def is_blank(text: str) -> bool:
    """True when `text` is only whitespace, invisible and bidi characters."""
    return not _INVISIBLE.sub("", _BIDI.sub("", text)).strip()


def check_text(text: str) -> str:
    """Return `text` with lone surrogates replaced, or raise a TextError."""
    if not isinstance(text, str):
        raise InvalidText(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise TextTooLong(f"text has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if text.isascii():
        # No surrogates, invisible or bidi characters can hide in ASCII.
        if not text.strip():
            raise EmptyText("the comment is empty")
        return text
    text = _SURROGATE.sub("\ufffd", text)
    if is_blank(text):
        raise EmptyText("the comment is empty")
    return text


def normalise(text: str) -> Normalised:
    """Fold `text` (see module doc). Raises EmptyText / TextTooLong / InvalidText."""
    text = check_text(text)
    disguises: dict[Disguise, int] = {}

    def count(name: Disguise, n: int) -> None:
        if n:
            disguises[name] = disguises.get(name, 0) + n

    if text.isascii():
        # Fast path: most comments are plain ASCII and carry no Unicode disguise.
        plain = text
        count(Disguise.CONTROL, len(_CONTROL_ASCII.findall(plain)))
    else:
        s, n = _INVISIBLE.subn("", text)
        # Persian and Hindi write a zero-width non-joiner inside ordinary words, and emoji
        # sequences join with a zero-width joiner: removed like the others, never counted.
        count(Disguise.INVISIBLE, n - len(_WRITTEN_JOINER.findall(text)) if n else 0)
        s, n = _BIDI.subn("", s)
        count(Disguise.BIDI, n)
        count(Disguise.CONTROL, len(_CONTROL.findall(s)))
        count(Disguise.MATHEMATICAL, len(_MATH.findall(s)))
        count(Disguise.FULLWIDTH, len(_FULLWIDTH.findall(s)))
        count(Disguise.SMALL_CAPITALS, len(_SMALL_CAPS_RE.findall(s)))
        count(Disguise.ENCLOSED, len(_ENCLOSED.findall(s)))
        count(Disguise.COMBINING, sum(len(m) for m in _COMBINING_RUN.findall(s)))
        plain = unicodedata.normalize("NFKC", s.translate(_PRE_NFKC))
        if _NON_LATIN_LETTER.search(plain):
            plain = _fold_homoglyphs(plain, count)
    if _SPACED_GATE.search(plain):
        tokens = plain.split()
        if sum(len(t) == 1 for t in tokens) * 2 >= len(tokens):
            # Letters may be split by wider gaps (removed zero-width characters leave
            # two spaces): the narrowest gap splits letters, anything wider splits words.
            gap = min(len(g) for g in _GAP.findall(plain))
            if gap > 1:
                plain = _GAP.sub(lambda m: " " if len(m.group(0)) <= gap else "  ", plain)
            # Mostly single characters: the whole text is spaced out, single spaces split
            # letters and wider gaps split words ("$ 2 7 4 8 5", "c a s h . g q" too).
            plain, n = _SPACED_ALL.subn(lambda m: m.group(0).replace(" ", ""), plain)
            plain = _WIDE_GAP.sub(" ", plain)
        else:
            plain, n = _SPACED.subn(lambda m: m.group(0).replace(" ", ""), plain)
        count(Disguise.SPACED, n)
    if not plain.isascii():
        plain, n = _LOOKALIKE_DOT.subn(".", plain)
        count(Disguise.LOOKALIKE_DOT, n)
    if _DOTTED_GATE.search(plain):
        # A split path and a spaced scheme have a "/"; only "w" and "W" lower to "w".
        if "/" in plain:
            plain, n = _SPLIT_PATH.subn(r"\1/", plain)
            count(Disguise.DOTTED, n)
            plain = _DOTTED_SCHEME.sub(r"\1://", plain)
        if "www" in plain.lower():
            plain = _DOTTED_WWW.sub(r"\1.", plain)
        plain, n = _DOTTED_DOMAIN.subn(".", plain)
        count(Disguise.DOTTED, n)

    folded = fold_letters(plain)
    leet = 0

    def unleet(m: re.Match[str]) -> str:
        nonlocal leet
        word = m.group(0)
        if (
            word.startswith("@")  # a mention or handle, not "a" in disguise
            or not _LEET_CHARS.search(word)
            or len(_LETTER.findall(word)) < 2
            or _NOT_LEET.fullmatch(word)
        ):
            return word
        out = word.translate(_LEET_TABLE)
        if _DIGIT.search(out):
            return word
        leet += 1
        return out

    if _LEET_CHARS.search(folded):
        folded = _LEET_CANDIDATE.sub(unleet, folded)
    count(Disguise.LEETSPEAK, leet)
    # Only needed to weigh disguises; skipped for the common undisguised comment.
    letters = len(_ALPHA.findall(plain)) if disguises else 0
    return Normalised(text, plain, folded, letters, disguises)


def fold_letters(plain: str) -> str:
    """Lower case without accents, as the folded text reads (phrase lists use it too)."""
    folded = plain.casefold()
    if not folded.isascii():
        # Strip accents and zalgo marks: "café" and "c̷a̷s̷h̷" match "cafe" and "cash".
        # Only the marks Latin, Greek and Cyrillic use, and composed again: Hangul
        # syllables, kana with voicing marks and Devanagari stay whole words.
        folded = unicodedata.normalize("NFC", _ACCENT.sub("", unicodedata.normalize("NFD", folded)))
        # Optional vowel marks and the stretching tatweel of Arabic and Hebrew, and the
        # Persian / Arabic spellings of the same letters, read alike.
        folded = _SEMITIC_MARKS.sub("", folded).translate(_ARABIC_VARIANTS)
    return folded


def _fold_homoglyphs(s: str, count: Callable[[Disguise, int], None]) -> str:
    """Fold Cyrillic/Greek look-alikes where they pose as Latin.

    In a mostly Latin text every look-alike is folded; otherwise (a Russian or Greek
    comment) only words that mix scripts are, so real Cyrillic and Greek survive.
    """
    # Latin letters of handles and addresses do not make a text Latin: a Russian comment
    # with "@dengi_bystro" in it is still Russian.
    latin = len(_LATIN.findall(_HANDLE_OR_URL.sub("", s)))
    foreign = len(_FOREIGN_LETTERS.findall(s))
    # Latin context: a fair share of Latin letters, or any word that mixes scripts.
    latin_text = latin * 2 >= foreign or bool(_MIXED_WORD.search(s))
    mixed = folded_words = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal mixed, folded_words
        word = m.group(0)
        if not _NON_LATIN_LETTER.search(word):
            return word
        out = word.translate(_HOMOGLYPH_TABLE)
        if _LATIN.search(word):
            mixed += 1
            return out
        if latin_text and not _NON_LATIN_LETTER.search(out):
            folded_words += 1
            return out
        return word

    s = _WORD.sub(fold, s)
    count(Disguise.MIXED_SCRIPT, mixed)
    count(Disguise.HOMOGLYPH, folded_words)
    return s
