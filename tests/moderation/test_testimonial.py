"""Testimonials for a spell caster, healer or psychic: a fixed-weight rule in any script,
and the ordinary sentences that share half of its words."""

import pytest

from salon.moderation import text_rules
from salon.moderation.normalise import normalise


def found(text: str) -> list[str]:
    return [s.reason for _, s in text_rules.evidence(normalise(text).folded, "testimonial")]


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("Thank you so much, the spell caster brought my wife home in a week", "spell caster"),
        ("Vielen Dank an die Wahrsagerin, mein Freund ist zurück", "wahrsager"),
        ("Grâce à la voyante Amina mon mari est revenu à la maison", "voyant"),
        ("Gracias al brujo Don Tomás, mi novia regresó conmigo", "brujo"),
        ("Deus abençoe a benzedeira, minha filha ficou grávida", "benzedeira"),
        ("Un grazie alla sensitiva Laura, il mio compagno è tornato", "sensitiva"),
        ("Dankzij de helderziende is mijn vrouw terug bij mij", "helderziende"),
        ("Dziękuję wróżce Marcie, mąż wrócił po miesiącu", "wrozce"),
        ("Medyum Selin sayesinde nişanlım geri döndü", "medyum"),
        ("Terima kasih dukun Karyo, istri saya sudah pulang", "dukun"),
        ("Спасибо гадалке Вере, муж вернулся домой", "гадалк"),
        ("Дякую мольфару Івану, дружина повернулася", "мольфар"),
        ("شكرا للشيخ الروحاني، زوجي رجع البيت", "الروحاني"),
        ("ممنون از فالگیر محله، نامزدم برگشت", "فالگیر"),
        ("תודה למגידת עתידות רחל, בעלי חזר הביתה", "למגידת עתידות"),
        ("Tantrik baba ka shukriya, thanks, meri wife wapas aa gayi", "tantrik"),
        ("霊能者の方のおかげで彼が戻ってきてくれました", "霊能者"),
        ("感谢李法师，女朋友回来了", "法师"),
        ("무당 선생님 덕분에 남편이 돌아왔어요", "무당"),
    ],
)
def test_fires_on_a_testimonial_in_each_language(text: str, practice: str) -> None:
    words = normalise(practice).folded  # shown as folded, like every phrase reason
    assert found(text) == [
        f"spam phrase: testimonial for a spell caster, healer or psychic (“{words}”)"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the author, this finally explains the housing crisis",  # credit alone
        "The fortune teller scene in chapter two is the best part of the novel",  # practice alone
        "My husband came back from the night shift and read this aloud",
        "Danke an die Redaktion, der Artikel über Kräutertee war gut",  # no practice word
    ],
)
def test_either_half_alone_is_ordinary(text: str) -> None:
    assert found(text) == []
