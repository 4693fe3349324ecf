"""Spam paid without a clickable link: each kind is a signal whose reason shows what fired."""

import pytest

from salon.moderation import payloads
from salon.moderation.domains import DomainParser
from salon.moderation.normalise import normalise
from salon.moderation.signals import text_signals


def reasons(text: str, parser: DomainParser) -> dict[str, str]:
    n = normalise(text)
    return {s.name: s.reason for s in text_signals(n, parser.links(n.plain)) if s.reason}


@pytest.mark.parametrize(
    "number",
    [
        "+49 151 23456789",
        "(555) 010-4477",
        "07700 900123",
        "+7 (912) 345-67-89",
        "010-1234-5678",
        "+86 138 0013 8000",
        "+971 50 123 4567",
        "٠٥٠١٢٣٤٥٦٧٨",
        "۰۹۱۲۳۴۵۶۷۸۹",
    ],
)
def test_phone_numbers_in_national_formats(number: str, domains: DomainParser) -> None:
    got = reasons(f"call me now {number} thanks", domains)
    assert got["phone"].startswith("contact or payment: a phone number (“")


@pytest.mark.parametrize(
    "ordinary",
    [
        "Born 1990, moved here 2004, left 2019 2020",
        "The meeting is on 2024-01-15 at 10:30",
        "Pi is 3.14159265358 and that is enough digits",
        "The budget grew from 1,200,000 to 1,450,000 this year",
        "Order 1234567890123456789 shipped",
    ],
)
def test_dates_years_and_amounts_are_not_phone_numbers(
    ordinary: str, domains: DomainParser
) -> None:
    assert "phone" not in reasons(ordinary, domains)


def test_each_payload_kind_names_what_fired(domains: DomainParser) -> None:
    cases = {
        "handle": "Add me on telegram @fastcash_mgr for signals",
        "dm_me": "DM me for the keto secret",
        "spelled_email": "write to jane.doe at gmail dot com",
        "qr": "Scan the QR code in my profile to claim it",
        "wallet": "send 0.1 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "affiliate": "great deal https://www.amazon.com/dp/B01?tag=deals-21",
        "messenger": "Напишите мне в телеграм",
    }
    for name, text in cases.items():
        got = reasons(text, domains)
        assert name in got, (name, text, got)
        assert "“" in got[name] or name == "affiliate", got[name]
    assert "dm_me" in reasons("Напишите мне в личку", domains)
    assert "dm_me" in reasons("تواصل معي الآن", domains)
    assert "dm_me" in reasons("詳しくは私信で", domains)


def test_disguised_links_are_joined_and_named(domains: DomainParser) -> None:
    for text, domain in (
        ("visit quick-cash[.]top now", "quick-cash.top"),
        ("see quick-cash(dot)top", "quick-cash.top"),
        ("go to quick-cash\u3002top", "quick-cash.top"),
        ("watch adf.ly / 7Gh2k", "adf.ly"),
    ):
        got = reasons(text, domains)
        assert "dotted" in got and domain.split(".")[0] in got["dotted"], (text, got)


def test_mentions_and_hashtags_are_not_payloads(domains: DomainParser) -> None:
    assert reasons("@maria_k @jon thanks for the thread #localnews #election", domains) == {}
    assert "leetspeak" not in reasons("thanks @maria_k", domains)
    assert payloads.spelled_email("we met at the cafe at noon") == ""


def test_a_missing_space_after_a_full_stop_is_not_a_link(domains: DomainParser) -> None:
    assert domains.links("I felt the attraction.love is blind") == []
    assert domains.links("We went to Berlin.In the end it rained") == []
    assert domains.links("It was fun.Then he left") == []
    assert [link.domain for link in domains.links("see cash-daily.gq")] == ["cash-daily.gq"]
    assert [link.domain for link in domains.links("visit example.com today")] == ["example.com"]
    assert [link.domain for link in domains.links("shop.love/deal")] == ["shop.love"]
