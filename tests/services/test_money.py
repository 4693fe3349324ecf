"""Amounts as integer minor units, ISO 4217 codes, and display in the reader's locale."""

from __future__ import annotations

import pytest

from salon.domain.errors import Invalid
from salon.services.money import currency_code, decimal_text, format_money, locale_of, to_minor

NBSP, NNBSP = "\xa0", "\u202f"


@pytest.mark.parametrize(
    ("locale", "currency", "minor", "shown"),
    [
        ("en-US", "USD", 88000, "$880"),
        ("en-US", "USD", 500000, "$5,000"),
        ("en-US", "USD", 88050, "$880.50"),
        ("fr-FR", "USD", 88000, f"880{NBSP}$"),
        ("fr-FR", "USD", 500000, f"5{NNBSP}000{NBSP}$"),
        ("fr-FR", "EUR", 88000, f"880{NBSP}€"),
        ("de-DE", "EUR", 88000, f"880{NBSP}€"),
        ("de-DE", "USD", 500000, f"5.000{NBSP}$"),
        ("de-DE", "EUR", 250050, f"2.500,50{NBSP}€"),
        ("en-US", "JPY", 5000, "¥5,000"),
        ("en-US", "CAD", 100, "$1"),  # the narrow symbol, as Intl's narrowSymbol
        ("pt-BR", "BRL", 100, f"R${NBSP}1"),  # R$ is not a decorated dollar: kept
    ],
)
def test_format_money_per_locale(locale: str, currency: str, minor: int, shown: str) -> None:
    assert format_money(minor, currency, locale_of(locale)) == shown


def test_locale_from_accept_language() -> None:
    assert str(locale_of("fr-FR,fr;q=0.9,en;q=0.8")) == "fr_FR"
    assert str(locale_of("xx-nowhere, de-DE;q=0.5")) == "de_DE"
    assert str(locale_of(None)) == "en_US"
    assert str(locale_of("*")) == "en_US"


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("25", "USD", 2500),
        ("25.5", "USD", 2550),
        ("25,50", "EUR", 2550),
        ("0.01", "USD", 1),
        ("5000", "JPY", 5000),
        ("1.234", "KWD", 1234),
        ("7.00", "JPY", 7),
    ],
)
def test_to_minor(text: str, currency: str, minor: int) -> None:
    assert to_minor(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-5", "negative"),
        ("abc", "a number"),
        ("1,500.00", "a number"),
        ("0.001", "decimals"),
        ("", "a number"),
        ("1e3", "a number"),
        ("NaN", "a number"),
    ],
)
def test_to_minor_refuses(text: str, message: str) -> None:
    with pytest.raises(Invalid, match=message):
        to_minor(text, "USD")


def test_decimal_text_is_exact() -> None:
    assert decimal_text(88000, "USD") == "880.00"
    assert decimal_text(1, "USD") == "0.01"
    assert decimal_text(5000, "JPY") == "5000"
    assert decimal_text(10**15 + 1, "USD") == "10000000000000.01"


def test_currency_codes_are_iso_4217() -> None:
    assert currency_code(" usd ") == "USD"
    for bad in ("ABC", "US", "EURO", "XXX", "$"):
        with pytest.raises(Invalid, match="ISO 4217"):
            currency_code(bad)
