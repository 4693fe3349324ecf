"""Build the shipped spam and abuse models from the labelled data sets.

Deterministic: fixed data order, a seeded generator for augmentation and a full-batch
trainer, so `salon moderation train` rebuilds the shipped arrays bit for bit.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from salon.moderation import analysis
from salon.moderation import features as features_module
from salon.moderation.corpus import HAND_SOURCES, Corpus, Example, load_corpus
from salon.moderation.disguise import disguise
from salon.moderation.domains import DomainParser
from salon.moderation.features import Featuriser, Rows
from salon.moderation.fit import fit
from salon.moderation.model import LinearModel, save_file
from salon.moderation.moderator import ABUSE_FILE, SPAM_FILE
from salon.moderation.neighbours import FILE as NEIGHBOURS_FILE
from salon.moderation.neighbours import Neighbours
from salon.moderation.sentence import SentenceVectors
from salon.moderation.signals import TEXT_SIGNALS

RELEASE = 13
SEED = 20261127
BITS = 18
# Styles spammers use, for augmentation: the model must learn that a disguise is itself
# suspicious while the folded words stay the same.
SPAM_STYLES = (
    "mixed", "math_sans_bold_italic", "math_bold", "fullwidth", "small_caps", "cyrillic",
    "greek", "zero_width", "leet", "circled", "math_script_bold", "negative_squared",
)  # fmt: skip
CITATIONS = (
    "Source: https://www.bbc.co.uk/news/uk-politics-68172411",
    "https://en.wikipedia.org/wiki/Public_debt",
    "See https://www.reuters.com/world/europe/ for the full report.",
    "(https://www.theguardian.com/environment/2024/jan/12/river-pollution)",
    "Data: https://ec.europa.eu/eurostat/databrowser/view/tps00001",
    "More here: https://www.nytimes.com/2024/03/02/us/politics/budget.html",
    "https://www.who.int/news-room/fact-sheets",
    "Read the ruling: https://www.supremecourt.gov/opinions/",
    "apnews.com has the full story",
    "https://www.gov.uk/government/statistics",
    "https://www.nber.org/papers/w31515",
    "https://ourworldindata.org/co2-emissions",
    # Not only news and reference sites (those are "source" links): readers also link
    # to local organisations, photos, code, events and each other's posts.
    "Photos: https://www.flickr.com/photos/harbourwalk/albums",
    "The club's statement: https://www.eastfieldrowers.org/news/statement",
    "See https://github.com/openstreetmap/openstreetmap-website/issues/4521",
    "Tickets: https://www.eventbrite.co.uk/e/town-hall-meeting-tickets-81234",
    "My longer reply: https://medium.com/@jpark/why-the-bypass-is-wrong-2f1c",
    "https://www.citylibraries.info/opening-hours",
    "The petition is here: https://petition.parliament.uk/petitions/654321",
    "Map of the route: https://www.openstreetmap.org/way/123456789",
    # Release 4: readers tell each other to "check" a source; YouTube spam taught the
    # model that "check" + link is always promotion.
    "Check https://www.reuters.com/world/ for the numbers.",
    "Check the figures yourself: https://www.ons.gov.uk/economy",
    "check https://en.wikipedia.org/wiki/Inflation before you post",
    "Worth checking https://www.bbc.co.uk/news/business for the 2026 forecast.",
)
# How much each source counts in total, per class; the news-site set is small but is
# the kind of text Salon sees, the others are large but off-domain.
SOURCE_WEIGHT = {
    "youtube": 1.0,
    "sms-spam": 1.0,
    "news-comments": 1.0,
    "tweets-abuse": 1.0,
    # Release 8: 2 (bench/moderation/select_r8.py, with batch 8 and ham x6: inner F1 on
    # the rows of releases 4-7 0.949 against 0.938 at 1; YouTube left out 0.948 against
    # 0.952-0.954, SMS and news inner F1 -0.003 / -0.005: the cost, recorded in the card).
    "multilingual-comments": 2.0,
    # Release 5: 3, chosen by 2-fold cross-validation inside the implicit set's training
    # part (bench/moderation/select_implicit.py: inner ROC AUC 0.798 against 0.790 at 1).
    "implicit-abuse": 3.0,
    # Release 13: the sets of other hands (corpus.HANDS), each hand an equal part of 2
    # (bench/moderation/select_r13.py and select_r13b.py, leaving one hand out: F1 on the
    # unseen hand 0.888 -> 0.940, legitimate held 7.7 % -> 2.6 %).
    "hands": 2.0,
}
# Release 6: within a source that names each row's language, every language gets the
# same share of its class (bench/moderation/select_r6.py).
LANGUAGE_SHARES = True
HAM_WEIGHT = 1.0  # classes weigh the same; the thresholds carry the costs
# Exceptions to equal class shares, chosen by cross-validation inside the training data
# (bench/moderation/select_settings.py): private text messages ("call me when you're
# free", "send me the details") read like spam to a model that has seen SMS spam, and
# doubling the SMS ham's share lowered false positives without costing the YouTube
# cross-validation much.
CLASS_WEIGHT = {
    # Release 13: 4 (2 since release 3). The hands' spam lends phone numbers and "text me"
    # to the spam side; at 2 the inner-CV SMS F1 fell by 0.010 (select_r13b.py).
    ("sms-spam", 0): 4.0,
    # Release 6: the multilingual set's ordinary comments weigh 4 times its spam (inner
    # 2-fold CV on its training part, bench/moderation/select_r6.py: F1 0.944 and 4.1 %
    # ham held, against 0.941 / 7.2 % at 1, 0.940 / 5.7 % at 2 and 0.942 / 4.6 % at 3).
    # Release 7 kept it (select_r7.py with the pitch inputs: 0.935 at 4, 0.930 at 6).
    # Release 8: 6 with the source weighing 2 (select_r8.py: ham held 3.0 % against 3.5 %
    # at 4 on the rows of releases 4-7, news inner F1 0.965 against 0.953).
    ("multilingual-comments", 0): 6.0,
    # Release 13: the hands' ordinary comments weigh 6 times their spam, as the
    # multilingual set's do (select_r13.py: 2.5 % held against 4.1 % at 3).
    ("hands", 0): 6.0,
}
# Trainer settings per model (fit.py). The spam model's feature dropout, label smoothing
# and 600 steps were chosen the same way (release 3); the abuse model keeps the plain
# trainer it was measured with.
TRAINER: dict[str, dict[str, float]] = {
    "spam": {"steps": 600, "dropout": 0.2, "smooth": 0.02},
    "abuse": {"steps": 400, "dropout": 0.0, "smooth": 0.0},
}
# Sentence vectors (sentence.py) as DIM more inputs of both models (release 9, chosen by
# inner cross-validation in bench/moderation/select_r9.py).
SENTENCES = True
# Character n-grams inside words: 3-4 letters (release 3; 3-5 before), chosen the same way.
CHAR_NGRAMS = (3, 4)


@dataclass(frozen=True, slots=True)
class Prepared:
    rows: Rows
    targets: np.ndarray
    weights: np.ndarray


class Texts:
    """Text -> sparse row through analysis.rows, the function the Moderator serves with."""

    def __init__(self, bits: int = BITS, char_ngrams: tuple[int, int] = CHAR_NGRAMS) -> None:
        # features.FEATURES read now, not at import: selection scripts try other values.
        self.features = Featuriser(
            bits=bits,
            char_ngrams=char_ngrams,
            features=features_module.FEATURES,
            sentences=SentenceVectors.load() if SENTENCES else None,
        )
        self.domains = DomainParser()

    def rows(self, texts: Iterable[str]) -> Rows:
        return analysis.rows(self.features, self.domains, texts)


def _group(source: str) -> str:
    """The source a weight is set for: YouTube's videos are one, and so are the hands."""
    if source.startswith("youtube"):
        return "youtube"
    return "hands" if source in HAND_SOURCES else source


def augment(examples: Sequence[Example], seed: int = SEED) -> list[Example]:
    """Add disguised copies of a third of the spam; give a few ham a styled word or a
    link to a source, as readers of news sites do."""
    return augment_with_origin(examples, seed)[0]


def augment_with_origin(
    examples: Sequence[Example], seed: int = SEED
) -> tuple[list[Example], list[int]]:
    """augment(), and for every example the index of the one it came from (for CV folds)."""
    rng = np.random.default_rng(seed)
    out = list(examples)
    origin = list(range(len(examples)))
    for j, e in enumerate(examples):
        r = rng.random()
        style = SPAM_STYLES[int(rng.integers(len(SPAM_STYLES)))]
        pick = int(rng.integers(len(CITATIONS)))
        if e.label == 1 and r < 0.35:
            out.append(Example(disguise(e.text, style), 1, e.source, e.lang))
            origin.append(j)
        elif e.label == 0 and r < 0.03:
            # People do put a word in bold math letters for emphasis.
            words = e.text.split()
            if words:
                k = int(rng.integers(len(words)))
                words[k] = disguise(words[k], "math_bold")
                out.append(Example(" ".join(words), 0, e.source, e.lang))
                origin.append(j)
        elif e.label == 0 and r < 0.10:
            # The public sets have almost no legitimate links; news readers cite sources.
            out.append(Example(f"{e.text} {CITATIONS[pick]}", 0, e.source, e.lang))
            origin.append(j)
    return out, origin


def prepare(texts: Texts, examples: Sequence[Example]) -> Prepared:
    """Rows, targets and weights: each (source, class) gets its share of the total weight.

    Within YouTube each video gets an equal part of that share, so the videos with most
    comments do not set what "YouTube spam" means (chosen by inner cross-validation), and
    within the hands (corpus.HANDS) each hand gets an equal part of theirs.
    """
    counts = Counter((e.source, e.label) for e in examples)
    videos = Counter(_group(s) for s in {e.source for e in examples})
    weights = np.array(
        [
            SOURCE_WEIGHT.get(_group(e.source), 1.0)
            * (1.0 if e.label else HAM_WEIGHT)
            * CLASS_WEIGHT.get((_group(e.source), e.label), 1.0)
            / videos[_group(e.source)]
            / counts[(e.source, e.label)]
            for e in examples
        ]
    )
    if LANGUAGE_SHARES:
        weights *= _language_shares(examples)
    targets = np.array([float(e.label) for e in examples])
    return Prepared(texts.rows(e.text for e in examples), targets, weights)


def _language_shares(examples: Sequence[Example]) -> np.ndarray:
    """Factors that give each language of a source with a `lang` column the same spam and
    ham share (a class's total weight in its source is unchanged). Without them a script
    with more spam than ham rows (a spam template is written out twice) reads as spam."""
    per = Counter((e.source, e.label, e.lang) for e in examples if e.lang)
    langs = Counter((s, y) for s, y, _ in per)
    size = Counter((e.source, e.label) for e in examples if e.lang)
    return np.array(
        [
            size[(e.source, e.label)]
            / langs[(e.source, e.label)]
            / per[(e.source, e.label, e.lang)]
            if e.lang
            else 1.0
            for e in examples
        ]
    )


def train_model(
    texts: Texts, examples: Sequence[Example], kind: str, sources: Sequence[str]
) -> LinearModel:
    data = prepare(texts, examples)
    meta = {
        "kind": kind,
        "release": RELEASE,
        "bits": texts.features.bits,
        "features": texts.features.features,
        "char_ngrams": list(texts.features.char_ngrams),
        "n_signals": len(TEXT_SIGNALS),
        "dense": texts.features.dense,
        "signals": list(TEXT_SIGNALS),
        "trained_on": list(sources),
        "examples": len(examples),
    }
    return fit(
        data.rows,
        data.targets,
        width=texts.features.width,
        sample_weight=data.weights,
        l2=1e-5,
        steps=int(TRAINER[kind]["steps"]),
        lr=0.05,
        dropout=TRAINER[kind]["dropout"],
        smooth=TRAINER[kind]["smooth"],
        seed=SEED,
        meta=meta,
    )


def spam_examples(corpus: Corpus, leave_out: str | None = None) -> list[Example]:
    return augment(list(corpus.spam_train(leave_out)))


def abuse_examples(corpus: Corpus) -> list[Example]:
    """Tweets, plus the ham of the spam sets as "ok": Salon's comments are not tweets, and
    without ordinary comments the model learns "tweet-like" instead of "abusive"."""
    ok = [
        Example(e.text, 0, "ok-comments")
        for e in list(corpus.spam_train()) + corpus.news_train
        if e.label == 0 and e.source != "sms-spam"
    ]
    # Implicit hate against counter-speech about the same groups (release 4).
    return list(corpus.tweets_train) + ok + list(corpus.implicit_train)


SOURCES = {
    "spam": [
        "youtube-spam-*.csv (all)",
        "sms-spam.csv (80 %)",
        "news-comments.csv (70 %)",
        "multilingual-comments.csv (70 %, frozen test 30 %)",
        "other hands: the fresh sets of releases 7-12, batch 10 and batch 13 (all)",
    ],
    "abuse": [
        "tweets-abuse.csv (80 %)",
        "ham of youtube, news-comments, multilingual-comments and the other hands as ok",
        "implicit-abuse.csv (60 %, frozen test 40 %)",
    ],
}


def train_kind(shared: Path, local: Path, kind: str) -> LinearModel:
    """One of the two shipped models, from the data alone."""
    corpus = load_corpus(shared, local)
    examples = spam_examples(corpus) if kind == "spam" else abuse_examples(corpus)
    return train_model(Texts(), examples, kind, SOURCES[kind])


def neighbours_of(rows: Sequence[Example], spam_model: str) -> Neighbours:
    """Neighbours (neighbours.py) from a spam model's training comments, before
    augmentation: their sentence vectors, as the Moderator computes them."""
    found = analysis.analyses(DomainParser(), [e.text for e in rows])
    vectors = SentenceVectors.load().vectors([analysis.plain(a) for a in found])
    return Neighbours.build(vectors, np.array([e.label == 1 for e in rows]), spam_model)


def train_all(shared: Path, local: Path, out: Path) -> tuple[LinearModel, LinearModel, Neighbours]:
    """Train both models and the spam model's neighbours, and write them to `out`.

    The two fits are independent, so they run in two processes at once (each is one
    core's numpy work); the files are the same bit for bit either way."""
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        spam_job = pool.submit(train_kind, shared, local, "spam")
        abuse_job = pool.submit(train_kind, shared, local, "abuse")
        spam, abuse = spam_job.result(), abuse_job.result()
    neighbours = neighbours_of(list(load_corpus(shared, local).spam_train()), spam.version)
    save_file(spam, out / SPAM_FILE)
    save_file(abuse, out / ABUSE_FILE)
    (out / NEIGHBOURS_FILE).write_bytes(neighbours.to_bytes())
    return spam, abuse, neighbours
