from salon.moderation.normalise import normalise
from salon.moderation.phrases import LEXICONS, PHRASES, PRAISE


def kinds(text: str) -> set[str]:
    return {m.lastgroup for m in PHRASES.finditer(normalise(text).folded) if m.lastgroup}


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
