"""Phrasing of the common kinds of comment spam, in English and six other languages.

Matched on folded text (lower case, no accents, look-alikes folded), so the patterns are
plain ASCII. Each kind is a model input of its own (signals.py).
"""

from __future__ import annotations

from salon.moderation.alternation import fast, ordered, split

# Phrasing of the common kinds of comment spam, matched on the folded text. Phrases
# rather than single words, so "income tax" or "student loans" in a debate stay clean.
LEXICONS: dict[str, tuple[str, str]] = {
    "earn": (
        (
            r"work(?:ing)? (?:from|at) home|from (?:the comfort of )?(?:my|your) home|"
            r"(?:make|making|made|earn|earning|earned|earns) (?:money|cash|\$|extra|over|up to)|"
            r"(?:easy|extra|fast|quick) (?:money|cash|income)|passive income|side hustle|"
            r"paychecks?|pay checks?|online jobs?|part[ -]time jobs?|home[ -]based|no experience|"
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
            r"loan (?:offers?|lenders?|company|approved|at \d)|"
            r"(?:quick|fast|instant|personal|urgent|easy) loans?|"
            r"(?:bad|poor) credit (?:ok|loans?|accepted)|payday loans?|lenders?|"
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
            r"(?:online|canadian|mexican|cheap|discount) pharmac(?:y|ies)|pharmacy online|"
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
            r"like (?:and|&) (?:subscribe|share)|"
            # "please subscribe to the paper" is a reader backing local news
            r"please (?:subscribe|share|like)(?! to (?:the|our|their|this|his|her) "
            r"(?:newsletter|paper|podcast|magazine|journal|print|local|digital))|"
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
            r"hot (?:girls|singles|women)|sexy (?:girls|singles|women)|dating (?:sites?|apps?)|"
            r"meet (?:girls|singles|women)|nudes?|xxx|porn|cam ?girls?|hook ?ups?|onlyfans|"
            r"escorts?"
            r"|chicas (?:calientes|solteras)|solteras? (?:en tu zona|cerca de ti)|"
            r"mulheres solteiras|femmes celibataires|bokep"
        ),
        "adult or dating come-on",
    ),
    "prize": (
        (
            r"casinos?|jackpots?|free spins|you (?:have )?won|winners?|claim (?:your|a) "
            r"(?:prize|reward|gift)|gift ?cards?|lotter(?:y|ies)|sweepstakes?|"
            r"(?:txt|text) \w+ to \d+"
            r"|has ganado|ganaste un|reclama tu premio|tarjeta de regalo|voce ganhou|"
            r"cartao presente|resgate seu premio|vous avez gagne|carte cadeau|"
            r"sie haben gewonnen|hai vinto|buono regalo|anda menang|hadiah gratis|slot gacor|"
            r"judi online"
        ),
        "prize, casino or lottery",
    ),
}

# Generic praise that fits any page: the text of link spam whose payload is a link
# or the author's website ("Great post! I'll be bookmarking your blog."). alternation.fast:
# re.compile's matches, found faster.
PRAISE = fast(
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

# One pass over the text for all kinds, read as
#   (?<!\w)(?=\w)(?:(?P<earn>...)|(?P<crypto>...)|...)\b
# ("(?<!\w)(?=\w)" is a cheaper \b at a word start) but rewritten by alternation.py so
# that re tries only the branches that start with the letters at hand (four times faster;
# the same matches, test_phrases.py).
PHRASES = ordered(
    [
        (rf"(?<!\w)(?=\w)(?:{branch})\b", name)
        for name, (pattern, _) in LEXICONS.items()
        for branch in split(pattern)
    ]
)


def find(folded: str) -> dict[str, str]:
    """The first phrase of each kind in a folded text, by kind."""
    found: dict[str, str] = {}
    for m in PHRASES.pattern.finditer(folded):
        found.setdefault(PHRASES.tag(m), m.group(0))
    return found
