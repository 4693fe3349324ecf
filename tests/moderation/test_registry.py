"""One home for every signal: each name the pipeline emits is registered with its kind."""

from salon.domain.moderation import Submission
from salon.moderation import Moderator, Policy, context
from salon.moderation.abuse import abuse_evidence
from salon.moderation.normalise import Disguise, normalise
from salon.moderation.reasons import WORDS, Kind
from salon.moderation.signals import REGISTRY, TEXT_SIGNALS, signal, text_signals

TEXTS = [
    "Google is paying $27485, visit w w w . cash-daily . gq, WhatsApp +44 7700 900123",
    "DM me, telegram @x_y1234, scan the QR code, bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
    "𝙂𝙤𝙤𝙜𝙡𝙚 ｆｒｅｅ Сlick hеre f\u200br\u200be\u200be",
    "Saying that immigrants are a disease is hateful; you idiot, I'll kill you",
]


def test_every_emitted_signal_is_registered(moderator: Moderator) -> None:
    for text in TEXTS:
        n = normalise(text)
        for s in text_signals(n, moderator.domains.links(n.plain)):
            assert s.name in TEXT_SIGNALS and REGISTRY[s.name].learned
        for _, s in abuse_evidence(n.folded):
            assert s.name in REGISTRY
    assert all(REGISTRY[name].learned for name in TEXT_SIGNALS)
    rules = {r.__name__.lstrip("_") for r in context.RULES}
    assert rules <= {name for name, e in REGISTRY.items() if not e.learned}


def test_every_reason_names_its_kind() -> None:
    kinds = tuple(f"{k}: " for k in Kind)
    for name in REGISTRY:
        words = WORDS.get(name)
        if words and words[1]:
            assert signal(name, 1.0, "x", "y").reason.startswith(kinds), name
    assert signal("phone", 1.0, "+1 555").reason == "contact or payment: a phone number (“+1 555”)"


def test_disguises_are_a_strenum() -> None:
    n = normalise("𝙂𝙤𝙤𝙜𝙡𝙚 cash(dot)com")
    assert set(n.disguises) <= set(Disguise)
    assert n.disguises[Disguise.MATHEMATICAL] > 0 and n.disguises["dotted"] == 1


def test_band_for_returns_its_reasons_and_does_not_mutate(moderator: Moderator) -> None:
    from salon.moderation.policy import band_for

    policy = Policy(hold_words=("weather",))
    sub = Submission(text="nice weather", honeypot="")
    band, rules = band_for(sub, "nice weather", policy, 0.1, 0.0)
    assert band.value == "hold" and rules == ("site rule: held word “weather”",)
