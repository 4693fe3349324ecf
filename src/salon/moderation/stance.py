"""Two inputs for the abuse model beyond words: a sweeping claim about a whole group, and
a frame that reports or refutes a claim (counter-speech, quotation). Learned, like the
other text signals: the model weighs them together with the words, so "immigrants are a
disease" and "saying that immigrants are a disease is hate" end up apart.
"""

from __future__ import annotations

import re

from salon.moderation.alternation import fast_by_text

_GROUPS = (
    r"immigrants?|migrants?|refugees?|foreigners?|asylum seekers?|muslims?|jews?|christians?|"
    r"hindus?|arabs?|blacks?|black people|whites?|asians?|mexicans?|africans?|gypsies|roma|"
    r"travellers|gays?|lesbians?|trans people|homosexuals?|women|feminists?|disabled people|"
    r"the disabled|the poor|poor people|old people|pensioners|chinese|indians?|pakistanis?|"
    r"somalis?|turks?|kurds?|poles|romanians?|syrians?|illegals|these people|those people|"
    r"such people|their kind|they|them"
    # de fr es it ru tr (folded)
    r"|auslander|fluchtlinge|migranten|diese leute|immigres|refugies|ces gens|inmigrantes|"
    r"refugiados|esa gente|immigrati|мигранты|приезжие|такие люди|gocmenler|multeciler"
    # release 5: races and cultures as a whole, and nl pl
    r"|races|cultures|those countries|buitenlanders|imigranci"
)
# alternation.fast: the same matches as re.compile, found faster (the next one too), with
# a form for ASCII text only, without what needs other letters.
_CLAIM_SOURCE = (
    rf"\b(?:{_GROUPS})\b(?: \w+){{0,3}} (?:are|is|should|must|can't|cannot|will never|never|"
    r"breed|sind|sollten|sont|devraient|son|deberian|sono|это|должны|bu ulkenin"
    # release 5: what a whole group supposedly brings, wants or does
    r"|bring|brings|live like|multiply|belong|ruin|steal|only want|just want|wollen|bringen|"
    r"traen|viven|vivent|profiteren|przynosza|воруют|портят)\b"
    r"|\b(?:all|every|most of|none of) (?:the |those |these )?(?:" + _GROUPS + r")\b"
    r"|\b(?:every|each) (?:last |single )?one of (?:them|these|those)\b"
)
_CLAIM = fast_by_text(_CLAIM_SOURCE)
_COUNTER_SOURCE = (
    r"\b(?:saying|to say|claim(?:s|ed|ing)? that|the (?:idea|claim|myth|lie|notion) that|"
    r"is (?:racist|racism|hate|hateful|bigotry|bigoted|vile|disgusting|false|a myth|eugenics|"
    r"wrong)|are (?:racist|hateful|lies)|refuted|debunk\w*|reported (?:him|her|them|it)|"
    r"called us|shouted|quoted|nobody should|no one should|stop (?:telling|saying|claiming)|"
    r"deserve respect|hetzt|c'est de la haine|es (?:puro )?racismo|разжигать ненависть|"
    r"nefret soylemi)\b"
)
_COUNTER = fast_by_text(_COUNTER_SOURCE)


_NOT_RACIST = re.compile(r"\bnot (?:a )?racist\b")


def counter_frame(folded: str) -> str:
    """The words that report or refute a claim ("saying that", "is racist"), or ""."""
    counter = _COUNTER(folded).search(folded)
    # "I'm not racist, but ..." introduces the claim, it does not refute it.
    if counter and not _NOT_RACIST.search(folded):
        return counter.group(0)
    return ""


def find(folded: str) -> list[tuple[str, str]]:
    """(signal name, the words that fired) for a group claim and a counter-speech frame."""
    out: list[tuple[str, str]] = []
    claim = _CLAIM(folded).search(folded)
    if claim:
        out.append(("group_claim", claim.group(0)))
    frame = counter_frame(folded)
    if frame:
        out.append(("counter_speech", frame))
    return out
