import pytest

from salon.moderation.disguise import STYLES, disguise
from salon.moderation.errors import EmptyText, InvalidText, TextTooLong
from salon.moderation.normalise import MAX_CHARS, decode, normalise

PLAIN = "google is paying $27485 per month, visit cash-daily.gq to start earning today"


@pytest.mark.parametrize("style", STYLES)
def test_every_disguise_folds_back_to_the_plain_words(style: str) -> None:
    folded = normalise(disguise(PLAIN, style)).folded
    for word in ("google", "paying", "month", "earning", "cash-daily.gq"):
        assert word in folded, (style, folded)


def test_the_scam_from_the_article_page() -> None:
    n = normalise("𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 per month, see w w w . cash-daily . gq")
    assert n.folded == "google is paying $27485 per month, see www.cash-daily.gq"
    assert n.disguises["mathematical"] == 14
    assert n.share("mathematical") > 0.3
    assert "dotted" in n.disguises and "spaced" in n.disguises


@pytest.mark.parametrize(
    ("text", "expected", "disguise_name"),
    [
        ("Сlick hеre fоr frее саsh", "click here for free cash", "mixed script"),
        ("ＷＯＲＫ ＦＲＯＭ ＨＯＭＥ", "work from home", "fullwidth"),
        ("ᴇᴀʀɴ ᴍᴏɴᴇʏ", "earn money", "small capitals"),
        ("🅵🆁🅴🅴 ⓒⓐⓢⓗ", "free cash", "enclosed"),
        ("f\u200br\u200be\u200be m\u200bo\u200bn\u200be\u200by", "free money", "invisible"),
        ("\u202eplain\u202c text", "plain text", "bidi"),
        ("fr33 m0n3y and c4sh", "free money and cash", "leetspeak"),
        ("F R E E  M O N E Y", "free money", "spaced"),
        ("visit pimpmyviews. com now", "visit pimpmyviews.com now", "dotted"),
        ("cash-daily(dot)gq", "cash-daily.gq", "dotted"),
    ],
)
def test_single_disguises(text: str, expected: str, disguise_name: str) -> None:
    n = normalise(text)
    assert n.folded == expected
    assert disguise_name in n.disguises


def test_real_foreign_text_and_ordinary_text_stay_as_they_are() -> None:
    assert normalise("Привет, как дела? Это по делу.").disguises == {}
    assert normalise("Путин is a dictator").folded == "путин is a dictator"
    ordinary = normalise(
        "On the 4th of July in the 80s, at 10am, covid19 and 2nd place. E.g. U.S.A"
    )
    assert ordinary.disguises == {}
    assert "4th" in ordinary.folded and "covid19" in ordinary.folded
    assert normalise("I went there. It was fine.").folded == "i went there. it was fine."
    assert normalise("Café au lait").folded == "cafe au lait"


def test_bad_input_is_refused_with_a_clear_error() -> None:
    with pytest.raises(EmptyText, match="empty"):
        normalise("  \u200b\u202e ")
    with pytest.raises(TextTooLong, match="limit"):
        normalise("x" * (MAX_CHARS + 1))
    with pytest.raises(InvalidText, match="UTF-8"):
        decode(b"caf\xe9")
    with pytest.raises(InvalidText, match="string"):
        normalise(b"bytes")  # type: ignore[arg-type]


def test_lone_surrogates_binary_and_emoji_are_classified() -> None:
    assert normalise("abc\ud800def").folded == "abc\ufffddef"
    assert normalise("\x00\x01\x02 binary \x7f").disguises["control"] == 4
    assert normalise("😀😀😀").folded == "😀😀😀"
    assert normalise("مرحبا بالعالم").folded  # right-to-left script is fine


def test_joiners_that_scripts_and_emoji_write_are_not_a_disguise() -> None:
    # Persian writes a zero-width non-joiner inside words; a family emoji joins with ZWJ.
    assert normalise("همه بدهی\u200cهایم را صاف کردم").disguises == {}
    assert normalise("family day 👨\u200d👩\u200d👧").disguises == {}
    assert normalise("ca\u200csh now").disguises == {"invisible": 1}
