"""Signals: facts about a text that spam depends on, each with words for moderators.

Text signals are also inputs of the spam model (their weights are learned). Context
signals (honeypot, timing, rate, duplicates) cannot be learned from the public data
sets, so policy.py adds them with fixed weights.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from salon.moderation.domains import (
    CHEAP_TLDS,
    FREE_TLDS,
    MESSENGER_DOMAINS,
    SHORTENERS,
    DomainParser,
    Link,
)
from salon.moderation.normalise import Normalised


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    value: float  # strength; the model input for text signals
    reason: str


_MONEY = re.compile(
    r"[$€£¥₹₦]\s?\d[\d,.]{0,20}\s?(?:k\b|m\b|million|billion|thousand)?"
    r"|\b\d[\d,.]{0,20}\s?(?:k\s)?(?:[$€£¥₹₦]|usd|eur|gbp|dollars?|euros?|pounds|bucks|btc|usdt)\b",
    re.IGNORECASE,
)
# Bounded repeats: phone numbers and addresses are short, and unbounded ones backtrack
# quadratically on long runs of digits or dots.
_PHONE = re.compile(r"(?<![\w$€£])\+?\(?\d[\d\s().-]{7,20}\d(?![\w%])")
_EMAIL = re.compile(r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\b")
_MESSENGER = re.compile(
    r"\b(?:whats ?app|telegram|viber|wechat|kik|snap ?chat|signal app|icq|dm me|inbox me|"
    r"in (?:my )?(?:dm|dms|inbox))\b"
)
# Bitcoin (legacy base58 and bech32) and Ethereum addresses: "send to 1FHeNqx1tw...".
_WALLET = re.compile(
    r"(?<!\w)(?:[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{25,59}|0x[a-fA-F0-9]{40})(?!\w)"
)
_DIGIT = re.compile(r"\d")
_URLISH = re.compile(r"https?://|www\.|\.(?:com|net|org|info|biz|xyz|tk|ml|ga|cf|gq|ru)\b", re.I)
_LETTER_UPPER = re.compile(r"[A-Z]")
_LETTER_ASCII = re.compile(r"[A-Za-z]")

# Phrasing of the common kinds of comment spam, matched on the folded text. Phrases
# rather than single words, so "income tax" or "student loans" in a debate stay clean.
LEXICONS: dict[str, tuple[str, str]] = {
    "earn": (
        (
            r"work(?:ing)? (?:from|at) home|from (?:the comfort of )?(?:my|your) home|"
            r"(?:make|making|made|earn|earning|earned|earns) (?:money|cash|\$|extra|over|up to)|"
            r"(?:easy|extra|fast|quick) (?:money|cash|income)|passive income|side hustle|"
            r"paycheck|pay check|online job|part[ -]time job|home[ -]based|no experience|"
            r"(?:google|facebook|amazon|youtube) (?:is|are) paying|paying (?:me|us|people)|"
            # an amount per period after an earning verb ("making $95 an hour"), not a
            # price ("groceries cost me 180 a week")
            r"(?:make|making|made|earn|earns|earning|earned|pays|paying|get paid) "
            r"(?:\w+ ){0,3}\$?\d[\d,.]{0,12}k? ?(?:dollars? |usd |euros? )?"
            r"(?:per|a|an|/|every) ?(?:hour|hr|day|week|month)|"
            r"(?:a|/) ?(?:hr|hour|day|week|month)\b.{0,20}online|"
            r"copy (?:and|&) paste|more info visit|for more details|follow the instructions?|"
            r"(?:go|visit|check) (?:to )?(?:this|the) (?:site|website|link|page)|"
            r"be your own boss|financial freedom|quit my job|ask me how|"
            r"(?:monthly|weekly|daily) (?:from|at) home"
            # Spanish, Portuguese, French, German, Italian, Indonesian (folded: no accents)
            r"|trabaj(?:o|ar|ando) desde (?:mi |tu |su )?casa|"
            r"gana(?:r|s)? dinero (?:desde casa|en casa|en linea|facil|rapido|extra|online)|"
            r"dinero facil|ingresos (?:extra|pasivos)|trabalh(?:o|ar|ando) (?:de|em) casa|"
            r"ganhe dinheiro|ganhar dinheiro (?:em casa|online|facil|rapido)|"
            r"renda (?:extra|passiva)|dinheiro facil|"
            r"travail(?:ler)? (?:a|de) (?:la )?maison|gagne(?:r|z)? de l'argent|argent facile|"
            r"revenus? (?:passifs?|complementaires?)|(?:schnell|einfach|leicht|online) geld "
            r"verdienen|von zu hause (?:aus )?arbeiten|"
            r"nebenverdienst|passives einkommen|schnelles geld|lavor(?:o|are) da casa|"
            r"guadagn(?:a|are|o|i) (?:soldi|denaro)|soldi facili|reddito passivo|"
            r"kerja dari rumah|penghasilan (?:tambahan|pasif)|uang (?:mudah|cepat)"
        ),
        "work-from-home or easy-money pitch",
    ),
    "crypto": (
        (
            r"bitcoins?|btc|crypto ?(?:currency|trading|investment|mining)|forex|"
            r"binary options?|usdt|trading (?:platform|account|signals?|expert)|"
            r"investment (?:platform|plan|manager|expert)|account manager|mining pool|"
            r"(?:my|a) profit of|returns? on (?:my |your )?investment|airdrop|"
            r"recover(?:ed|y)? (?:my |your |lost )?(?:funds|crypto|bitcoin|money)|"
            r"(?:invest|invested|investing) (?:\$|with)|online trading|"
            r"introduced me to (?:mr|mrs|ms|miss|dr|doctor)\b|"
            r"(?:mr|mrs|ms|dr)\.? \w+ (?:changed my life|helped me (?:recover|earn|invest|make))"
            r"|plataforma de (?:inversion|trading|investimento)|plateforme de trading|"
            r"(?:gerente|gestor|administrador) de (?:cuentas|contas)|handelsplattform|"
            r"investasi (?:crypto|kripto|bitcoin)"
        ),
        "crypto or trading pitch",
    ),
    "loan": (
        (
            r"loan (?:offer|lender|company|approved|at \d)|"
            r"(?:quick|fast|instant|personal|urgent|easy) loans?|"
            r"(?:bad|poor) credit (?:ok|loan|accepted)|payday loans?|lender|"
            r"credit repair|debt relief|low interest rate|no credit check"
            r"|prestamos? (?:rapidos?|urgentes?|personales?|sin aval)|"
            r"emprestimos? (?:rapidos?|urgentes?|pessoais?)|credito (?:rapido|urgente|facil)|"
            r"pret (?:rapide|urgent|personnel|entre particuliers)|kredit ohne schufa|"
            r"sofortkredit|prestit(?:o|i) (?:veloc[ei]|rapid[oi]|personal[ei]|tra privati)|"
            r"pinjaman (?:online|cepat|tanpa jaminan)|pinjol"
        ),
        "loan or credit offer",
    ),
    "pharmacy": (
        (
            r"viagra|cialis|levitra|tramadol|xanax|oxycodone|adderall|phentermine|"
            r"(?:online|canadian|mexican|cheap|discount) pharmacy|pharmacy online|"
            r"without (?:a )?prescription|no prescription|"
            r"(?:diet|weight loss|keto|enlargement|sex) pills?|erectile|male enhancement|"
            r"buy (?:pills|meds)"
        ),
        "pharmacy pitch",
    ),
    "spell": (
        (
            r"spell ?casters?|love spells?|(?:cast|casted) a spell|"
            r"(?:bring|brought|get|got) (?:back )?my (?:ex|husband|wife|lover|boyfriend|"
            r"girlfriend)(?: back)?|herbal (?:medicine|cure|remedy)|"
            r"cur(?:e|ed|es) (?:of |my |me of )?(?:hiv|herpes|hpv|cancer|diabetes)|"
            r"voodoo|witch ?craft|traditional (?:healer|doctor)|powerful (?:priest|prophet)|"
            r"(?:dr|doctor|priest|baba) \w+ (?:helped|brought|cured|restored)"
        ),
        "spell caster or miracle cure",
    ),
    "seo": (
        (
            r"seo|backlinks?|guest posts?|(?:rank|ranking) (?:your|on|higher)|"
            r"traffic to your|web ?design services?|digital marketing (?:agency|services?)|"
            r"buy (?:followers|likes|views|subscribers)|(?:free|real|cheap) "
            r"(?:followers|likes|views|subscribers)"
        ),
        "SEO, followers or self-promotion",
    ),
    "promo": (
        (
            r"(?:check|checkout|check out|visit|watch|listen to|see|view) (?:out )?(?:my|our) "
            r"(?:new |newest |latest |first )?(?:channel|page|site|website|blog|video|vids?|"
            r"songs?|music|mixtape|album|track|cover|profile|shop|store|store)|"
            r"(?:subscribe|sub|subs|follow) (?:to )?(?:me|my|us|our)\b(?! (?:opinion|point))|"
            r"follow me on (?:twitter|instagram|ig|tiktok|facebook|x)|"
            r"(?:on|to|in) my (?:channel|page|profile|bio)|link in (?:my )?(?:bio|profile)|"
            r"like (?:and|&) (?:subscribe|share)|please (?:subscribe|share|like)|"
            r"(?:like|likes|thumbs up) (?:on )?(?:this|my) comment|thumbs up if|"
            r"give (?:it|this|me) a (?:like|thumbs up)|share (?:this|it) with your friends"
            r"|suscribete a mi canal|visita mi (?:canal|blog|pagina|perfil)|sigueme en|"
            r"(?:inscreva|inscrevam)-?se no meu canal|se inscreve(?:m)? no meu canal|"
            r"visite (?:o )?meu (?:canal|blog|site|perfil)|abonnez-vous a ma chaine|"
            r"visitez mon (?:blog|site)|abonniert meinen kanal|besucht meinen (?:kanal|blog)|"
            r"iscriviti al mio canale|kunjungi (?:blog|channel|website) (?:saya|kami)"
        ),
        "self-promotion or like-farming",
    ),
    "premium": (
        (
            # Premium-rate text-message offers: a keyword to a short code, "reply STOP",
            # a price per message or minute, network charges. Not a price in an argument.
            r"(?:txt|text|txting|texting|send|reply|sms) (?:[\w,]+ ){0,3}to \d{4,6}\b|"
            r"(?:reply|send|txt|text) (?:stop|end|yes|win|claim)\b|stop to \d|"
            r"\d+ ?p ?(?:per|/|a) ?(?:min|minute|msg|message|txt|text|sms|wk)\b|"
            r"(?:std|ntwk|network|nat) (?:chg|chgs|charges?|rates?) (?:apply|may)|"
            r"(?:cst|cost) (?:std )?(?:ntwk|network) (?:chg|chgs|charges?)|"
            r"(?:gbp|£\d+(?:\.\d+)?) ?/ ?(?:sms|msg|txt|wk)\b|t ?& ?cs? apply|"
            r"(?:free|unsubscribe|opt ?out)(?: \w+){0,2} (?:txt|text|reply) \w+"
        ),
        "premium-rate text offer",
    ),
    "adult": (
        (
            r"hot (?:girls|singles|women)|sexy (?:girls|singles|women)|dating (?:site|app)|"
            r"meet (?:girls|singles|women)|nudes?|xxx|porn|cam ?girls?|hook ?ups?|onlyfans|"
            r"escorts?"
            r"|chicas (?:calientes|solteras)|solteras? (?:en tu zona|cerca de ti)|"
            r"mulheres solteiras|femmes celibataires|bokep"
        ),
        "adult or dating come-on",
    ),
    "prize": (
        (
            r"casino|jackpot|free spins|you (?:have )?won|winner|claim (?:your|a) "
            r"(?:prize|reward|gift)|gift ?card|lottery|sweepstakes?|(?:txt|text) \w+ to \d+"
            r"|has ganado|ganaste un|reclama tu premio|tarjeta de regalo|voce ganhou|"
            r"cartao presente|resgate seu premio|vous avez gagne|carte cadeau|"
            r"sie haben gewonnen|hai vinto|buono regalo|anda menang|hadiah gratis|slot gacor|"
            r"judi online"
        ),
        "prize, casino or lottery",
    ),
}

# Generic praise that fits any page: the text of link spam whose payload is a link
# or the author's website ("Great post! I'll be bookmarking your blog.").
PRAISE = re.compile(
    r"\b(?:(?:great|nice|good|awesome|excellent|informative|wonderful|helpful|useful|"
    r"fantastic|amazing|superb|valuable|interesting) (?:blog |)(?:post|article|blog|read|"
    r"write ?up|content|information|info|site|website|piece|share|work)s?|"
    r"thanks? (?:you )?(?:so much |a lot )?for (?:sharing|posting|this (?:post|article|"
    r"information|info)|the (?:post|article|information|info))|"
    r"bookmark(?:ed|ing)?|keep (?:up )?the (?:good|great) work|keep (?:it up|posting|writing)|"
    r"(?:come|coming) back (?:for more|to (?:read|your))|visit (?:your (?:blog|site) )?again|"
    r"your (?:blog|site|website) (?:is|has)|(?:really |truly )?enjoyed reading|"
    r"very (?:informative|helpful|useful)|(?:love|like|enjoy) your (?:blog|site|website|writing))"
)

# One pass over the text for all kinds; "(?<!\w)(?=\w)" is a cheaper \b at a word start.
_PHRASES = re.compile(
    r"(?<!\w)(?=\w)(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, (pattern, _) in LEXICONS.items())
    + r")\b"
)

STYLE_WORDS = {
    "mathematical": "text in mathematical letters",
    "fullwidth": "text in fullwidth letters",
    "small capitals": "text in small capital letters",
    "enclosed": "text in circled or boxed letters",
    "combining": "letters buried under combining marks",
}

# Model inputs, in a fixed order: the columns after the hashed n-grams.
TEXT_SIGNALS: tuple[str, ...] = (
    "link",
    "source_link",
    "links_many",
    "free_tld",
    "cheap_tld",
    "shortener",
    "money",
    "phone",
    "email",
    "messenger",
    *LEXICONS,
    "praise_link",
    "styled",
    "lookalike",
    "invisible",
    "leetspeak",
    "spaced",
    "dotted",
    "shouting",
    "binary",
    "length",
    "digit_density",
)


def text_signals(norm: Normalised, links: list[Link]) -> list[Signal]:
    """Signals read from the text alone."""
    out: list[Signal] = []
    plain, folded = norm.plain, norm.folded
    sources = sorted({link.domain for link in links if link.source})
    links = [link for link in links if not link.source]
    if sources and not links:
        out.append(Signal("source_link", 1.0, f"link to a news or reference site ({sources[0]})"))
    if links:
        domains = sorted({link.domain for link in links})
        shown = ", ".join(domains[:3])
        risky = any(
            link.suffix in FREE_TLDS or link.suffix in CHEAP_TLDS or link.domain in SHORTENERS
            for link in links
        )
        # A riskier kind of link names the domain itself; no need to say "link" twice.
        out.append(Signal("link", 1.0, "" if risky else f"link to {shown}"))
        if len(links) >= 3:
            out.append(Signal("links_many", 1.0, f"{len(links)} links"))
        for kind, tlds, words in (
            ("free_tld", FREE_TLDS, "free"),
            ("cheap_tld", CHEAP_TLDS, "throw-away"),
        ):
            hits = sorted({(link.suffix, link.domain) for link in links if link.suffix in tlds})
            if hits:
                suffix, domain = hits[0]
                out.append(Signal(kind, 1.0, f"link to a {words} .{suffix} domain ({domain})"))
        short = sorted({link.domain for link in links if link.domain in SHORTENERS})
        if short:
            out.append(Signal("shortener", 1.0, f"link through a URL shortener ({short[0]})"))
    digits = len(_DIGIT.findall(plain))
    money = _MONEY.findall(plain) if digits else []
    if money:
        value = 1.0 if len(money) == 1 else 1.5
        out.append(Signal("money", value, "money amounts" if len(money) > 1 else "money amount"))
    if digits >= 9 and _PHONE.search(plain):
        out.append(Signal("phone", 1.0, "a phone number"))
    if "@" in plain and _EMAIL.search(plain):
        out.append(Signal("email", 1.0, "an e-mail address"))
    if _MESSENGER.search(folded) or any(link.domain in MESSENGER_DOMAINS for link in links):
        out.append(Signal("messenger", 1.0, "asks to be contacted by messenger or private message"))
    phrases = {m.lastgroup for m in _PHRASES.finditer(folded) if m.lastgroup}
    wallet = digits >= 5 and _WALLET.search(plain) is not None
    for name in sorted(phrases | ({"crypto"} if wallet else set())):
        words = LEXICONS[name][1]
        if name == "crypto" and wallet:
            words = "a crypto wallet address" + (f"; {words}" if name in phrases else "")
        out.append(Signal(name, 1.0, words))
    if links and len(folded) <= 600 and PRAISE.search(folded):
        out.append(Signal("praise_link", 1.0, "generic praise that fits any page, with a link"))
    out.extend(_disguise_signals(norm))
    # Shape, for the model only (no reason). Digits count by density, not number: phone
    # numbers and codes are dense, prices and years in an argument are not.
    out.append(Signal("length", min(math.log1p(len(folded)) / 6, 1.5), ""))
    if digits >= 5:
        out.append(Signal("digit_density", min(1.0, 4.0 * digits / len(plain)), ""))
    return out


def _disguise_signals(norm: Normalised) -> list[Signal]:
    out: list[Signal] = []
    d = norm.disguises
    if d:
        styled = {k: v for k, v in d.items() if k in STYLE_WORDS}
        if styled:
            main = max(styled, key=lambda k: styled[k])
            share = min(1.0, sum(styled.values()) / max(norm.letters, 1))
            if share >= 0.05:
                out.append(Signal("styled", 0.5 + share, STYLE_WORDS[main]))
        lookalike = d.get("mixed script", 0) + d.get("homoglyph", 0)
        if lookalike:
            out.append(
                Signal(
                    "lookalike",
                    min(2.0, 0.5 + lookalike / 4),
                    "Cyrillic or Greek letters posing as Latin",
                )
            )
        hidden = d.get("invisible", 0) + d.get("bidi", 0)
        if hidden:
            words = "hidden zero-width characters" if d.get("invisible") else "bidi controls"
            out.append(Signal("invisible", min(2.0, 0.5 + hidden / 4), words))
        if d.get("leetspeak", 0):
            out.append(Signal("leetspeak", 1.0, "digits standing in for letters"))
        if d.get("spaced", 0):
            out.append(Signal("spaced", 1.0, "spaced-out letters"))
        if d.get("dotted", 0):
            out.append(Signal("dotted", 1.0, "disguised web address"))
        if d.get("control", 0) and d["control"] / max(len(norm.original), 1) > 0.05:
            out.append(Signal("binary", 1.0, "binary-looking text"))
    ascii_letters = _LETTER_ASCII.findall(norm.plain)
    if len(ascii_letters) >= 20:
        upper = len(_LETTER_UPPER.findall(norm.plain)) / len(ascii_letters)
        if upper > 0.7:
            out.append(Signal("shouting", 1.0, "mostly capital letters"))
    return out


def name_is_url(name: str, parser: DomainParser) -> bool:
    """True when an author name is a web address ("cheap-loans.tk", "www.x.com")."""
    return bool(name) and (bool(_URLISH.search(name)) or bool(parser.links(name)))
