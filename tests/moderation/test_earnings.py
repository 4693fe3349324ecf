"""Earnings stories that offer to tell how: a fixed-weight rule in any script, and the
ordinary sentences that share half of its words."""

import pytest

from salon.moderation import text_rules
from salon.moderation.normalise import normalise


def found(text: str) -> list[str]:
    return [s.reason for _, s in text_rules.evidence(normalise(text).folded, "earnings_story")]


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("I make about 6k a month now and never leave the house, ask me how", "ask me"),
        ("Ich verdiene 900 Euro pro Woche nebenbei, fragt mich einfach", "fragt mich"),
        ("Je gagne 3000 par mois sans bouger, qui veut savoir ?", "qui veut savoir"),
        ("Gano 2.000 al mes desde casa, pregúntame", "pregúntame"),
        ("Ganho 8 mil por mês, quem quiser saber manda msg", "quem quiser saber"),
        ("Guadagno 2500 al mese dal telefono, chiedetemi", "chiedetemi"),
        ("Ik verdien 4000 per maand vanuit huis, vraag me hoe", "vraag me"),
        ("Zarabiam 10 tys. miesięcznie, zapytajcie jak", "zapytaj"),
        ("Evden ayda 40 bin kazanıyorum, merak eden yazsın", "merak eden"),
        ("Penghasilan saya 15 juta per bulan dari rumah, tanya saya caranya", "tanya saya"),
        ("Зарабатываю 200 тысяч в месяц из дома, спрашивайте", "спрашивайте"),
        ("Заробляю 40 тисяч на місяць з телефону, питайте як", "питайте"),
        ("أكسب ٣٠٠٠ دولار في الشهر من البيت، اسألوني", "اسألوني"),
        ("ماهی ۸۰ میلیون از خونه درمیارم، بپرسید", "بپرس"),
        ("אני מרוויחה 20 אלף בחודש מהבית, תשאלו אותי איך", "תשאלו אותי"),
        ("Ghar baithe mahine ke 50 hazaar kama rahi hun, mujhse pucho", "mujhse pucho"),
        ("在宅で月収50万、知りたい人はどうぞ", "知りたい人"),
        ("在家每月收入两万，想知道的问我", "想知道"),
        ("집에서 한 달에 500 벌어요, 궁금하신 분", "궁금하신 분"),
    ],
)
def test_fires_on_an_earnings_story_in_each_language(text: str, ask: str) -> None:
    words = normalise(ask).folded  # shown as folded, like every phrase reason
    assert found(text) == [f"spam phrase: tells of easy earnings and offers to say how (“{words}”)"]


@pytest.mark.parametrize(
    "text",
    [
        "Nurses earn barely 2,000 a month in this city, it's a scandal",  # income alone
        "Ask me anything about the election results",  # the offer alone
        "Ich verdiene 2.100 im Monat als Erzieherin und die Miete frisst die Hälfte",
        "Кому интересно, статья про выборы вышла вчера",
    ],
)
def test_either_half_alone_is_ordinary(text: str) -> None:
    assert found(text) == []
