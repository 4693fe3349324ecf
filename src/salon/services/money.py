"""Money at the edges: ISO 4217 codes, decimal text <-> integer minor units, and display.

Babel carries CLDR's list of currencies with their digits and each locale's currency
pattern, so "5000" USD is "$5,000" in en-US, "5 000 $" in fr-FR and "5.000 $" in de-DE,
as the widget's Intl.NumberFormat shows them (with the narrow symbol: "$", not "$US").
"""

from __future__ import annotations

import copy
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, get_currency_symbol, list_currencies

from salon.domain.errors import Invalid

AMOUNT = re.compile(r"^\s*(\d{1,15})(?:[.,](\d+))?\s*$")
# A sign with a country prefix or suffix: "CA$", "$CA", "US$", "$ US", "CN¥".
DECORATED = re.compile(r"^\s*([A-Z]{1,3})?\s*([^\sA-Za-z]+)\s*([A-Z]{1,3})?\s*$")
DEFAULT_LOCALE = "en_US"


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    # "XXX" (no currency) and "XTS" (testing) are codes but not money anyone raises.
    return frozenset(list_currencies()) - {"XXX", "XTS"}


def currency_code(value: str) -> str:
    """The ISO 4217 code, upper-cased; Invalid for anything else."""
    code = value.strip().upper()
    if len(code) != 3 or code not in _codes():
        raise Invalid(f"{value!r} is not an ISO 4217 currency code (for example USD, EUR, CAD)")
    return code


def digits(currency: str) -> int:
    """Digits of the minor unit: 2 for USD and EUR, 0 for JPY, 3 for KWD."""
    return int(get_currency_precision(currency))


def to_minor(value: str | int | Decimal, currency: str, what: str = "amount") -> int:
    """Parse a non-negative amount in the currency's major unit ("25", "25.50") to minor units.

    A comma is accepted as the decimal mark ("25,50"); thousands separators are not, since
    "1,500" would be ambiguous. More decimals than the currency has are refused.
    """
    text = str(value)
    match = AMOUNT.match(text)
    if match is None:
        if text.strip().startswith("-"):
            raise Invalid(f"the {what} must not be negative, got {text!r}")
        raise Invalid(f"the {what} must be a number like 25 or 25.50, got {text!r}")
    whole, fraction = match.group(1), match.group(2) or ""
    places = digits(currency)
    if len(fraction.rstrip("0")) > places:
        raise Invalid(f"{currency} has {places} decimals; the {what} {text.strip()!r} has more")
    fraction = fraction[:places].ljust(places, "0")
    return int(whole + fraction) if places else int(whole)


def to_major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-digits(currency))


def decimal_text(minor: int, currency: str) -> str:
    """The exact amount as a decimal string in the major unit: 88000 USD -> "880.00"."""
    places = digits(currency)
    return f"{to_major(minor, currency):.{places}f}"


def locale_of(accept_language: str | None) -> Locale:
    """The first locale of an Accept-Language header that CLDR knows; en-US otherwise."""
    for part in (accept_language or "").split(","):
        tag = part.split(";", 1)[0].strip()
        if not tag or tag == "*":
            continue
        try:
            return Locale.parse(tag.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
    return Locale.parse(DEFAULT_LOCALE)


def narrow_symbol(currency: str, locale: Locale) -> str:
    """CLDR's narrow symbol: "$US" and "CA$" become "$"; "R$", "€" and "CHF" stay."""
    symbol = str(get_currency_symbol(currency, locale))
    match = DECORATED.match(symbol)
    if match is None:
        return symbol
    letters = match.group(1) or match.group(3)
    if letters and currency.startswith(letters):
        return match.group(2)
    return symbol


def format_money(minor: int, currency: str, locale: Locale) -> str:
    """For people: the locale's currency pattern, no decimals for whole amounts."""
    amount = to_major(minor, currency)
    pattern = copy.copy(locale.currency_formats["standard"])
    if amount == amount.to_integral_value():
        pattern.frac_prec = (0, 0)
    else:
        pattern.frac_prec = (digits(currency), digits(currency))
    text = pattern.apply(amount, locale, currency=currency, currency_digits=False)
    symbol = str(get_currency_symbol(currency, locale))
    return str(text).replace(symbol, narrow_symbol(currency, locale), 1)
