"""Threats, dehumanising hate and direct insults: rules added to the abuse model's score.

The abuse training set (tweets) is mostly slurs and profanity; threats and "go back to
your country" are rare in it, so the model alone misses them. These phrases add fixed
log-odds, like a moderator's rule of thumb, and name themselves in the reasons. Abuse
only ever holds a comment for review.
"""

from __future__ import annotations

import re

from salon.moderation.signals import Signal

_PERSON = r"(?:you|u|he|she|they|him|her|them|all of (?:you|them)|these people|those people)"
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
        "masked_profanity",
        1.5,
        "masked profanity",
        r"\b(?:f[*#@!.]+(?:c?k|ck\w*|king)|f[u*]\*+k\w*|sh[*#]+t|b[*#]+tch\w*|c[*#]+nt|"
        r"a[*#]+hole)",
    ),
)
_PATTERN = re.compile("|".join(f"(?P<{name}>{rx})" for name, _, _, rx in _RULES))
# Every rule needs one of these substrings; checking them first (C-speed `in`) skips
# the regex for most comments.
_KEYS = (
    "kill", "shoot", "stab", "hurt", "beat", "rape", "murder", "find", "hunt", "burn",
    "shot", "hang", "hung", "execut", "gass", "lynch", "behead", "die", "kys", "rot",
    "cancer", "hit by", "country", "countries", "cave", "jungle", "vermin", "cockroach",
    "subhuman", "parasite", "savage", "animal", "idiot", "moron", "imbecile", "retard",
    "cretin", "halfwit", "scum", "loser", "dumbass", "piece of", "waste of", "shut up",
    "stfu", "scumbag", "*", "#",
)  # fmt: skip
_BY_NAME = {name: (weight, words) for name, weight, words, _ in _RULES}


def abuse_evidence(folded: str) -> list[tuple[float, Signal]]:
    """(log-odds, signal) for each kind of abusive phrase in the folded text."""
    if not any(k in folded for k in _KEYS):
        return []
    found = {m.lastgroup for m in _PATTERN.finditer(folded) if m.lastgroup}
    return [
        (_BY_NAME[name][0], Signal(name, 1.0, _BY_NAME[name][1]))
        for name, _, _, _ in _RULES
        if name in found
    ]
