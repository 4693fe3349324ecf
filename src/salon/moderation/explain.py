"""Which words of a text moved a linear model, shown as the phrase that fired in context.

A moderator is shown "spam-like wording “earn from home” (in “… i earn from home every
week …”)", never a bare "https" or "2026": stop words, numbers and one- or two-letter
Latin tokens never head or end a phrase, and a phrase is listed only when its words
together moved the score by at least MIN_CONTRIBUTION (log-odds).
"""

from __future__ import annotations

import numpy as np

from salon.moderation.features import MENTION, Featuriser, words_of
from salon.moderation.model import LinearModel

MIN_CONTRIBUTION = 0.5
MAX_PHRASE = 4
CONTEXT_WORDS = 4
# Function words of the languages Salon screens (folded: no accents): they carry no
# meaning a moderator could act on.
STOPWORDS = frozenset(
    """
    the and you your yours are was were for all this that these those with have has had not
    but from they them their there what when who will would should could can just out our
    its it's i'm you're don't about been more some than then into also very only over such
    http https www com html org net
    der die das und ist nicht ein eine einen mit von den dem des auf fur sich auch wie aber
    les des une est pas pour que qui dans sur avec par plus sont ses aux elle
    los las del por para con una que como pero mas sus este esta
    dos das uma nao com para por mais como mas seu sua
    che non per una sono del della con gli dei anche come piu
    het een van dat niet met voor zijn maar ook als
    nie sie jest to na za czy jak tak ale ich
    что это как для его она они или так все уже
    bir ve bu da de ile icin gibi daha cok
    yang dan ini itu untuk dengan dari tidak ada
    """.split()
)


# Never inside a phrase either: the parts of a web address and numbers say nothing.
_NEVER = frozenset("http https www com html org net htm php".split())


def _inside(token: str) -> bool:
    return token != MENTION and not token.isdigit() and token not in _NEVER


def _shown(token: str) -> bool:
    """May this token head or end a phrase shown to a moderator?"""
    if token == MENTION or token.isdigit() or token in STOPWORDS:
        return False
    return len(token) >= 3 or not token.isascii()


def telling_phrase(
    folded: str, model: LinearModel, features: Featuriser, scale: float
) -> tuple[str, str, float] | None:
    """(phrase, its context, contribution) of the words that pushed the score up most.

    `scale` is the value of one hashed n-gram in the text's row (the row's L2 scaling).
    """
    words = words_of(folded)[:500]
    if not words:
        return None
    w = model.weights
    each = np.array(
        [float(w[features._token_features(t)].astype(np.float64).sum()) * scale for t in words]
    )
    best: tuple[float, int, int] | None = None
    for i, tok in enumerate(words):
        if not _shown(tok) or each[i] <= 0:
            continue
        total = 0.0
        for j in range(i, min(i + MAX_PHRASE, len(words))):
            if not _inside(words[j]):
                break
            total += each[j]
            if _shown(words[j]) and (best is None or total > best[0]):
                best = (total, i, j)
    if best is None or best[0] < MIN_CONTRIBUTION:
        return None
    total, i, j = best
    lo, hi = max(0, i - CONTEXT_WORDS), min(len(words), j + 1 + CONTEXT_WORDS)
    context = " ".join(words[lo:hi])
    context = ("… " if lo else "") + context + (" …" if hi < len(words) else "")
    return " ".join(words[i : j + 1]), context, total
