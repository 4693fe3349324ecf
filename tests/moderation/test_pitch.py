"""The shape of a sales pitch in any language: contact requests, money and weight claims,
profile bait, giveaways; and the ordinary sentences that share their words."""

import pytest

from salon.moderation.domains import DomainParser
from salon.moderation.normalise import normalise
from salon.moderation.pitch import LISTS, PHRASES, find, weight_claim
from salon.moderation.signals import REGISTRY, TEXT_SIGNALS, text_signals


def fired(text: str) -> dict[str, str]:
    return dict(find(normalise(text).folded))


@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        ("Nobody believed me. Ask me and I'll explain how", "contact_ask", "ask me"),
        ("Wer wissen will wie, schreibt mir einfach", "contact_ask", "schreibt mir"),
        ("кому интересно, пишите мне", "contact_ask", "кому интересно"),
        ("اللي يبغى يعرف يكلمني", "contact_ask", "اللي يبغى"),
        ("想知道的找我", "contact_ask", "想知道的"),
        ("Guaranteed returns every Friday", "gain_claim", "guaranteed returns"),
        ("ऑनलाइन काम, कोई अनुभव नहीं चाहिए", "gain_claim", "कोई अनुभव नहीं"),
        ("今夜ひとり、プロフ見てね", "profile_bait", "プロフ"),
        ("תציצו אצלי", "profile_bait", "תציצו אצלי"),
        ("Sorteo: sígueme y gana", "giveaway", "sorteo"),
    ],
)
def test_each_list_fires_on_its_phrase_in_any_script(text: str, name: str, phrase: str) -> None:
    assert fired(text).get(name) == normalise(phrase).folded


@pytest.mark.parametrize(
    "text",
    [
        "If you're unhappy with the bus cuts, write to the council",
        "My biology teacher asked me to read it",  # "my bio" is not a word end here
        "Schreiben Sie an die Stadtverwaltung, die antworten",
        "Мы тоже закрыли ипотеку за двенадцать лет",
        "地铁票涨到五块了，对学生来说不便宜",
    ],
)
def test_ordinary_sentences_do_not_fire(text: str) -> None:
    assert fired(text) == {}


def test_weight_claims_are_a_body_not_a_price() -> None:
    assert weight_claim(normalise("My aunt lost 14 kilos in a month").folded) == "14 kilos"
    assert weight_claim(normalise("Подруга похудела на 12 кг").folded) == "12 кг"
    assert weight_claim(normalise("خواهرم ۱۰ کیلو کم کرد").folded)
    assert weight_claim(normalise("Harga beras 15 ribu per kilo").folded) == ""
    assert weight_claim(normalise("Apples are 3 euros a kilo").folded) == ""


def test_every_list_is_a_registered_model_input_with_words(domains: DomainParser) -> None:
    for name in [*LISTS, "weight_claim"]:
        assert name in TEXT_SIGNALS and REGISTRY[name].learned
    n = normalise("Ask me how I lost 14 kilos!!! 🎁🎁")
    got = {s.name: s.reason for s in text_signals(n, domains.links(n.plain))}
    assert got["contact_ask"] == "spam phrase: asks readers to get in touch (“ask me”)"
    assert got["weight_claim"] == "spam phrase: a weight-loss claim (“14 kilos”)"


def test_no_phrase_hides_another_lists_phrase() -> None:
    # The trie stops at the shortest phrase: "my page" must not swallow "my page's offer".
    keys = PHRASES.keys
    clashes = [(a, b) for a in keys for b in keys if a != b and b.startswith(a)]
    assert [(a, b) for a, b in clashes if keys[a][0] != keys[b][0]] == []
