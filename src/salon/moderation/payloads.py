"""How spam gets paid without a clickable link: numbers, handles, wallets, written-out
addresses, "DM me", QR prompts. Each finder returns the text that fired (shown to the
moderator) or "" when there is none.

Patterns run on the folded text (lower case, no Latin accents, look-alikes folded) unless
they need case or digits as written (`plain`). Words in other scripts are written as
they appear after folding (Cyrillic "й" loses its breve, so patterns use "и").
"""

from __future__ import annotations

import re

from salon.moderation.alternation import fast, fast_by_text
from salon.moderation.domains import Link

# Digits of other scripts read as ASCII (Arabic-Indic, Persian, Devanagari): a phone
# number in "٠٥٠١٢٣٤٥٦٧" is still a phone number.
DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0966 + i): str(i) for i in range(10)},
    }
)

# A run of digits with the separators phone numbers use in national formats:
# "+49 151 23456789", "(555) 010-4477", "07700 900123", "+7 (912) 345-67-89",
# "010-1234-5678", "138 0013 8000", "+971 50 123 4567".
_PHONE = re.compile(r"(?<![\w$€£¥₹.,/:+-])(\+?\(?\d[\d \u00a0().\-/]{6,22}\d)(?![\w%]|[.,]\d)")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_YEARS = re.compile(r"(?:(?:1[89]|20)\d\d[ ,/-]*){2,}")
_NON_DIGIT = re.compile(r"\D")
_DECIMAL = re.compile(r"\d+[.,]\d+")

_APPS = (
    r"whats ?app|watsapp|wa\.me|telegram|viber|wechat|weixin|kik|snap ?chat|signal app|icq|"
    r"skype|line id|ватсап|вотсап|вацап|в?телеграм\w*|телега|вайбер|واتساب|واتس اب|واتس|"
    r"تليجرام|تيليجرام|تلگرام|تلغرام|ווטסאפ|וואטסאפ|טלגרם|व्हाट्सएप|वॉट्सऐप|व्हाट्सऐप|टेलीग्राम|"
    r"ライン|テレグラム|微信|电报|카톡|카카오톡|텔레그램|왓츠앱"
)
# alternation.fast: re.compile's matches, found faster (_DM_ME and _QR too).
_MESSENGER = fast_by_text(rf"(?<!\w)(?:{_APPS})")
# A handle after an app's name: "telegram @fastcash_mgr", "WhatsApp: +44...", "line id: joy88".
_HANDLE = re.compile(
    rf"(?<!\w)(?:{_APPS}|insta(?:gram)?|ig|tg|snap)\W{{0,3}}(?:(?:id|handle|ник)\W{{0,3}})?"
    r"(@[\w.]{3,32}|[a-z][\w.]{3,31}\d[\w.]*)"
)
_DM_ME_SOURCE = (
    r"(?<!\w)(?:"
    r"(?:dm|pm|inbox|message|text|msg|whatsapp|write|contact|ping) me\b|"
    r"(?:send|drop) (?:me )?an? (?:dm|pm|private message)|in (?:my )?(?:dm|dms|inbox)\b|"
    r"(?:dm|pm) for (?:details|more|info|prices?)|message me privately|"
    r"escribeme|escribame|mandame un (?:mensaje|whatsapp)|contactame|"
    r"me chame no|chama no (?:zap|whats)|me manda (?:uma )?mensagem|"
    r"ecri(?:s|vez)-moi|contactez-moi|envoyez-moi un message|"
    r"schreib(?:t|en sie)? mir|melde dich (?:bei mir|per)|kontaktiere mich|"
    r"scrivimi|contattami|mandami un messaggio|"
    r"stuur me een (?:bericht|dm|pb)|neem contact (?:met mij|op)|"
    r"napisz do mnie|pisz (?:na )?priv|napisz na priv|"
    r"напиши(?:те)? (?:мне|в лс|в личку|в директ)|пиши(?:те)? в (?:лс|личку|директ)|в личку|"
    r"напиш(?:и|ите) в (?:телеграм|ватсап|вайбер)|"
    r"напиши(?:ть)? мені|пишіть у (?:приват|особисті)|"
    r"bana (?:yaz|ulas)|ozelden (?:yaz|ulas)|dm(?:den|'den) (?:yaz|ulas)|"
    r"راسلني|تواصل معي|تواصلوا معي|راسلوني|على الخاص|"
    r"כתבו לי|שלחו לי הודעה|בפרטי|"
    r"پیام بد(?:ید|ه)|به من پیام|در دایرکت|"
    r"मुझे मैसेज|मैसेज करें|संपर्क करें|"
    r"hubungi (?:saya|kami|aku)|chat (?:saya|aku)|wa (?:saya|aku)|inbox (?:saya|aku)|"
    r"연락주세요|연락 주세요|쪽지 주세요|문의 주세요|dm 주세요"
    r")"
    # No word boundary in scripts written without spaces.
    r"|私信|加我|联系我|加微|dmください|連絡ください|メッセージください"
)
# Its form for ASCII text has no phrase that needs other letters: every phrase left starts
# at a word, which alternation.py then tests once instead of after each first letter.
_DM_ME = fast_by_text(_DM_ME_SOURCE)
_QR = fast(
    r"(?<!\w)(?:scan|escanea\w*|escaneie|scanne\w*|scansiona\w*|skanuj|scan de|"
    r"отсканиру\w*|скануи\w*|сканиру\w*|okut\w*|tarayin|pindai|scan kode|امسح|סרקו|स्कैन)"
    r"\W+(?:\w+\W+){0,3}?(?:qr|кьюар)\b"
    r"|(?<!\w)qr\W?(?:code|kod\w*)?\W+(?:\w+\W+){0,2}?(?:scannen|scannez|scan|escanea\w*|okut\w*)"
    r"|扫码|扫一扫|二维码|qrコード|큐알|qr ?코드"
)
# Bitcoin (legacy, bech32), Ethereum, TRON, Litecoin and Monero addresses.
_WALLET = re.compile(
    r"(?<!\w)(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{25,59}|0x[a-fA-F0-9]{40}|"
    r"T[1-9A-HJ-NP-Za-km-z]{33}|[LM][a-km-zA-HJ-NP-Z1-9]{26,33}|4[0-9AB][1-9A-HJ-NP-Za-km-z]{93})"
    r"(?!\w)"
)
_DIGIT3 = re.compile(r"(?:\D*\d){3}")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\b")
# "name at gmail dot com", "name (at) yahoo.com", "name arroba gmail punto com": the
# normaliser has already made "dot com" a ".com". Found from the "at" outwards: a pattern
# that starts at every letter of the text backtracks over every word.
# Written as "[(\[{<]\s*(?:at|arroba|собака|@)\s*[)\]}>]|\s(?:at|arroba|собака|chez)\s|\s@\s?|@\s"
# reads, but starting with one class of what can begin a match, so re skips the rest at C
# speed; the lookbehinds then tell which branch it was.
_AT = re.compile(
    r"[(\[{<\s@](?:(?<=[(\[{<])\s*(?:at|arroba|собака|@)\s*[)\]}>]"
    r"|(?<=\s)(?:(?:at|arroba|собака|chez)\s|@\s?)|(?<=@)\s)"
)
_LOCAL = re.compile(r"(?<![\w@])[a-z0-9][\w.+-]{1,40}\s*$")
_DOMAIN_AFTER = re.compile(
    r"\s*[a-z0-9-]{2,30}(?:\.|\s?[(\[{<]?\s?(?:dot|punto|ponto|point|punkt|точка)\s?[)\]}>]?\s?)"
    r"(?:com|net|org|ru|de|fr|es|it|br|co|in|id|info|me|io)\b"
)
AFFILIATE_DOMAINS = frozenset(
    "amzn.to amzn.eu clickbank.net shareasale.com awin1.com go2cloud.org impact.com "
    "linksynergy.com anrdoezrs.net jdoqocy.com tkqlhce.com dpbolvw.net kqzyfj.com "
    "hop.clickbank.net".split()
)
_AFFILIATE_QUERY = re.compile(
    r"[?&](?:tag|ref|ref_id|aff|aff_id|affid|affiliate|affiliate_id|referral|referrer|"
    r"invite|invite_code|promo|promocode|coupon)=|/(?:ref|aff|refer|invite)/",
    re.IGNORECASE,
)


def phone(plain: str) -> str:
    """A phone number in any national format ("" when none). Dates, years, prices and
    decimal numbers are not phone numbers."""
    for m in _PHONE.finditer(plain):
        found = m.group(1).strip(" ().-/")
        digits = _NON_DIGIT.sub("", found)
        if not 8 <= len(digits) <= 15:
            continue
        if len(digits) < 9 and not found.startswith("+"):
            continue
        if _DATE.fullmatch(found) or _YEARS.fullmatch(found + " ") or _DECIMAL.fullmatch(found):
            continue
        if digits == found and not found.startswith("0") and len(digits) > 12:
            continue  # an order or account number, not something to dial
        return found
    return ""


def messenger(folded: str) -> str:
    m = _MESSENGER(folded).search(folded)
    return m.group(0) if m else ""


def handle(folded: str, app: str = "") -> str:
    """A handle after an app's name; `app`: what messenger() found, if it ran already."""
    if not (app or any(k in folded for k in ("insta", "ig", "tg", "snap"))):
        return ""
    m = _HANDLE.search(folded)
    return m.group(0) if m else ""


def dm_me(folded: str) -> str:
    m = _DM_ME(folded).search(folded)
    return m.group(0) if m else ""


def qr(folded: str) -> str:
    m = _QR.search(folded) if ("qr" in folded or not folded.isascii()) else None
    return m.group(0) if m else ""


def wallet(plain: str) -> str:
    for m in _WALLET.finditer(plain):
        if _DIGIT3.match(m.group(0)):
            w = m.group(0)
            return w if len(w) <= 16 else f"{w[:8]}…{w[-4:]}"
    return ""


def email(plain: str) -> str:
    m = _EMAIL.search(plain) if "@" in plain else None
    return m.group(0) if m else ""


def spelled_email(folded: str) -> str:
    for m in _AT.finditer(folded):
        after = _DOMAIN_AFTER.match(folded, m.end())
        if not after:
            continue
        before = _LOCAL.search(folded, max(0, m.start() - 41), m.start())
        if before:
            return folded[before.start() : after.end()].strip()
    return ""


def affiliate(links: list[Link]) -> str:
    for link in links:
        if link.domain in AFFILIATE_DOMAINS or link.host in AFFILIATE_DOMAINS:
            return link.domain
        if _AFFILIATE_QUERY.search(link.url):
            return link.domain
    return ""
