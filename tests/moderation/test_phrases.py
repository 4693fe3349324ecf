import re

from salon.moderation.normalise import normalise
from salon.moderation.phrases import LEXICONS, PRAISE, find


def kinds(text: str) -> set[str]:
    return set(find(normalise(text).folded))


def test_every_kind_has_words_for_moderators() -> None:
    for name, (pattern, words) in LEXICONS.items():
        assert pattern and words and name.isidentifier()


def test_phrases_match_folded_text_in_any_disguise() -> None:
    assert kinds("𝙒𝙤𝙧𝙠 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚 and make $500 a day") == {"earn"}
    assert kinds("Préstamos rápidos sin aval") == {"loan"}
    assert kinds("Check out my new channel") == {"promo"}
    assert kinds("Income tax is theft and student loans crush people") == set()
    # Plurals count as well as the singular.
    assert kinds("Get free gift cards and PayPal money!") == {"prize"}
    assert kinds("The best online casinos and jackpots") == {"prize"}
    assert kinds("Genuine loan offers from trusted lenders") == {"loan"}


def test_generic_praise() -> None:
    for text in (
        "Great post! Bookmarked.",
        "Thanks for sharing this information",
        "Keep up the good work",
    ):
        assert PRAISE.search(normalise(text).folded), text
    for text in ("The post office closed in 2019.", "Great, another tax rise."):
        assert not PRAISE.search(normalise(text).folded), text


# The alternation PHRASES is rewritten from: its first match of each kind is find()'s.
PLAIN = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, (pattern, _) in LEXICONS.items())
    + r")\b"
)


def test_find_reads_like_the_plain_alternation() -> None:
    texts = [
        "Work from home and make $500 a day, passive income!! txt WIN to 80086 now",
        "I make 300 a day. 100p/sms, 20p per min, t&c apply; reply stop to 8888",
        "check out my new channel and subscribe to my page; like this comment",
        "bitcoin btc usdt forex; introduced me to mr smith. dr. okoro helped me recover",
        "quick loans, bad credit ok; viagra without prescription; spell casters",
        "hot singles near you, xxx; casinos, jackpots, you won a gift card",
        "seo backlinks, free followers; gana dinero desde casa; schnell geld verdienen",
        "werk from home, workfrom home, homework, networking at homes, 2 winners",
        "Income tax is theft and student loans crush people",
        "",
    ]
    for text in texts + [normalise(t).folded for t in texts if t]:
        plain: dict[str, str] = {}
        for m in PLAIN.finditer(text):
            plain.setdefault(m.lastgroup or "", m.group(0))
        assert find(text) == plain, text
