"""Threats, dehumanising hate and direct insults: rules added to the abuse model's score.

The abuse training set (tweets) is mostly slurs and profanity; threats and "go back to
your country" are rare in it, so the model alone misses them. These phrases add fixed
log-odds, like a moderator's rule of thumb, and name themselves in the reasons. Abuse
only ever holds a comment for review.
"""

from __future__ import annotations

from salon.moderation import stance
from salon.moderation.alternation import ByText, fast, ordered_by_text, split
from salon.moderation.signals import Signal, signal
from salon.moderation.trie import any_of

_PERSON = r"(?:you|u|he|she|they|him|her|them|all of (?:you|them)|these people|those people)"
_GROUP = (
    r"immigrants|migrants|refugees|foreigners|muslims|jews|christians|hindus|arabs|"
    r"blacks|black people|whites|asians|mexicans|africans|gypsies|roma|gays|lesbians|"
    r"trans people|transgender people|homosexuals|women|feminists|disabled people|"
    r"the disabled|poor people|the poor|chinese|indians|pakistanis|turks|kurds|poles|"
    r"romanians|russians|ukrainians|syrians|somalis|these people|those people|such people|"
    r"their kind|that lot"
)
_RULES: tuple[tuple[str, float, str, str], ...] = (
    (
        "threat",
        6.0,
        "threat of violence",
        r"\b(?:i(?:'ll| will|'m going to| am going to|m gonna|'m gonna| gonna)|we(?:'ll| will)) "
        r"(?:kill|shoot|stab|hurt|beat|rape|murder|find|hunt down|burn) "
        + _PERSON
        # "should be shot" only after a person or a plural ("the film should be shot" is fine)
        + r"|\b(?:he|she|they|you|them|people|\w+s) should (?:all )?(?:be|get) "
        r"(?:shot|hanged|hung|killed|executed|gassed|lynched|raped|burned|burnt|beheaded)"
        r"|\bdeserves? to (?:die|be (?:shot|killed|raped|hanged))"
        r"|\bkill (?:yourself|urself|yourselves)\b|\bkys\b",
    ),
    (
        "wish_harm",
        5.0,
        "wishes harm on someone",
        r"\b(?:hope|wish|pray) (?:that )?" + _PERSON + r" (?:die|dies|get (?:shot|killed|raped|"
        r"cancer|hit by a)|burn in hell|rot)",
    ),
    (
        "dehumanising",
        4.5,
        "dehumanising language",
        r"\bgo back to (?:your|their) (?:own )?(?:country|countries|caves?|jungle)"
        r"|\b(?:are|is|you|these|those) (?:\w+ )?(?:vermin|cockroaches|subhumans?|parasites|"
        r"savages|animals)\b(?! (?:welfare|rights|shelter))",
    ),
    (
        # Implicit hate: a sweeping, dehumanising claim about a whole group, with no slur
        # or insult word ("society would be better off without them", "they breed like
        # rats", "should not be allowed to vote"). Quotation and counter-speech are left
        # to the model (`_REPORTED` below keeps "saying that X are ..." out of this rule).
        "generalising",
        3.5,
        "sweeping claim about a group of people",
        r"\b(?:" + _GROUP + r") (?:are|is) (?:all |just |nothing but |simply )?"
        r"(?:an? )?(?:disease|plague|cancer|infestation|invasion|vermin|parasites?|"
        r"rats|animals|savages|subhuman|inferior|a burden|breeding|genetically \w+|"
        r"incapable of|born criminals|naturally (?:violent|criminal|stupid|lazy|inferior))"
        r"|\b(?:" + _GROUP + r") (?:should|must) (?:not|never) be allowed to "
        r"(?:vote|breed|reproduce|have (?:children|kids)|marry|live|own|work|teach|exist)"
        r"|\b(?:better off|safer|cleaner|purer) (?:without|if we got rid of|once we remove) "
        r"(?:all )?(?:the |those |these )?(?:" + _GROUP + r"|them)\b"
        r"|\b(?:" + _GROUP + r") (?:breed|multiply|spread) like (?:rats|rabbits|vermin|"
        r"cockroaches|flies)"
        r"|\b(?:get rid of|remove|deport|sterili[sz]e|round up) (?:all |every )?"
        r"(?:the |those |these )?(?:" + _GROUP + r")\b"
        r"|\b(?:" + _GROUP + r") (?:are|is) (?:ruining|destroying|infesting|poisoning|"
        r"polluting|invading|replacing) (?:our|this|the) ",
    ),
    (
        "insult",
        4.5,
        "insult aimed at a person",
        r"\b(?:you(?: people| guys| lot| all| two)?(?:'re| are| r|re)?|ur) "
        r"(?:an? |such an? |a complete |an absolute |a total |a fucking |a stupid |"
        r"(?:\w+ ){1,2})?(?:idiot|moron|imbecile|retard|cretin|halfwit|scum|"
        r"loser|dumbass|piece of (?:shit|crap|garbage|trash)|waste of (?:space|oxygen))s?\b"
        r"|\b(?:shut up|stfu)\b",
    ),
    (
        # Name-calling not aimed with "you" ("only an idiot would write this"): weaker,
        # since "idiot" also turns up in quotes and self-mockery.
        "name_calling",
        2.5,
        "name-calling",
        r"\b(?:idiots?|morons?|imbeciles?|cretins?|halfwits?|scumbags?|dumbass(?:es)?|"
        r"retards?|pathetic losers?)\b",
    ),
    (
        # Insults in the other languages Salon screens (folded: no Latin accents). Each
        # is a word aimed at a person in that language; "idiot" is already above.
        "insult_other",
        3.0,
        "insult",
        r"\b(?:vollidiot|arschloch|wichser|hurensohn|missgeburt|spast|trottel|"
        r"halt (?:die|deine) fresse|halt'?s maul|connard|connasse|salope|encule|ta gueule|"
        r"gilipollas|imbecil|hijo de puta|pendejo|callate|stronzo|coglione|vaffanculo|"
        r"otario|filho da puta|cala a boca|klootzak|kankerlijer|mongool|debil|spierdalaj|"
        r"gerizekal[iı]|salak|orospu|siktir|goblok|bangsat|bajingan)\b"
        r"|(?<!\w)(?:идиот\w*|дебил\w*|урод\w*|тварь|заткнись|мразь|ідіот\w*|дебіл\w*|"
        r"غبي|حمار|اخرس|يا كلب|מטומטם|אידיוט|סתום|احمق|خفه شو|बेवकूफ|कमीने|चुप कर)"
        r"|バカ|死ね|黙れ|傻逼|白痴|去死|滚蛋|병신|씨발|닥쳐",
    ),
    (
        "masked_profanity",
        1.5,
        "masked profanity",
        r"\b(?:f[*#@!.]+(?:c?k|ck\w*|king)|f[u*]\*+k\w*|sh[*#]+t|b[*#]+tch\w*|c[*#]+nt|"
        r"a[*#]+hole)",
    ),
)
# All rules in one pass, as "(?P<threat>...)|(?P<wish_harm>...)|..." would find them, but
# rewritten by alternation.py (three times faster; test_abuse_rules.py compares the two).
# Its form for ASCII text leaves out what needs other letters (fewer first letters).
_PATTERN = ordered_by_text([(branch, name) for name, _, _, rx in _RULES for branch in split(rx)])
# Every rule needs one of these substrings; looking for them first (one trie regex,
# any_of) skips the rules' regex for most comments.
_KEYS = (
    "kill", "shoot", "stab", "hurt", "beat", "rape", "murder", "find", "hunt", "burn",
    "shot", "hang", "hung", "execut", "gass", "lynch", "behead", "die", "kys", "rot",
    "cancer", "hit by", "country", "countries", "cave", "jungle", "vermin", "cockroach",
    "subhuman", "parasite", "savage", "animal", "idiot", "moron", "imbecile", "retard",
    "cretin", "halfwit", "scum", "loser", "dumbass", "piece of", "waste of", "shut up",
    "stfu", "scumbag", "*", "#",
    "disease", "plague", "infest", "invasion", "inferior", "burden", "breed", "genetic",
    "incapable", "criminal", "allowed to", "better off", "safer", "cleaner", "purer",
    "multiply", "rid of", "remove", "deport", "sterili", "round up", "ruining", "destroying",
    "poisoning", "polluting", "invading", "replacing", " rats",
    "arschloch", "wichser", "hurensohn", "missgeburt", "spast", "trottel", "fresse", "maul",
    "connard", "connasse", "salope", "encule", "gueule", "gilipoll", "imbecil", "puta",
    "pendejo", "callate", "stronz", "coglion", "vaffanc", "otario", "cala a boca", "klootzak",
    "kankerl", "mongool", "debil", "spierdal", "gerizek", "salak", "orospu", "siktir",
    "goblok", "bangsat", "bajingan", "идиот",
    "дебил", "урод", "тварь", "заткн", "мразь", "ідіот", "дебіл", "غبي", "حمار", "اخرس",
    "كلب", "מטומטם", "אידיוט", "סתום", "احمق", "خفه", "बेवकूफ", "कमीने", "चुप", "バカ",
    "死ね", "黙れ", "傻逼", "白痴", "去死", "滚蛋", "병신", "씨발", "닥쳐",
)  # fmt: skip


_GATE = ByText(any_of(_KEYS), any_of(tuple(key for key in _KEYS if key.isascii())))
# Reported speech and counter-speech: "it is wrong to say that ...", "stop claiming ...".
_REPORTED = fast(
    r"(?:say|says|said|saying|claim|claims|claiming|claimed|believe that|think that|"
    r"the idea that|the myth that|the lie that|the notion that|wrong to|stop|nobody should|"
    r"no one should|quote|quoting|called us|told me|shouted|heard)\W+(?:\w+\W+){0,6}$"
)
_QUOTED = "\"“”«»„'‘’"
_DIRECT = frozenset({"threat", "wish_harm", "insult", "insult_other", "name_calling"})
COUNTER_SPEECH = -3.0
_BY_NAME = {name: (weight, words) for name, weight, words, _ in _RULES}


def abuse_evidence(folded: str) -> list[tuple[float, Signal]]:
    """(log-odds, signal) for each kind of abusive phrase in the folded text."""
    if not _GATE(folded).search(folded):
        return []
    rules = _PATTERN(folded)
    found: dict[str, str] = {}
    for m in rules.pattern.finditer(folded):
        name = rules.tag(m)
        if name in found:
            continue
        before = folded[max(0, m.start() - 80) : m.start()]
        # A quoted or reported claim is not the writer's own (counter-speech).
        if name == "generalising" and (
            _REPORTED.search(before) or any(q in before[-40:] for q in _QUOTED)
        ):
            continue
        found[name] = m.group(0).strip()
    out = [
        (_BY_NAME[name][0], signal(name, 1.0, found[name]))
        for name, _, _, _ in _RULES
        if name in found
    ]
    # Counter-speech ("saying that X are a disease is hate") names the hateful claim to
    # refute it: unless the writer also threatens or insults, it counts against abuse.
    if not found.keys() & _DIRECT:
        frame = stance.counter_frame(folded)
        if frame:
            out.append((COUNTER_SPEECH, signal("counter_speech", 1.0, frame)))
    return out
