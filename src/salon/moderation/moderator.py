"""The pipeline: normalise -> signals -> spam and abuse models -> site policy -> Decision."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from salon.domain.moderation import Decision, Submission
from salon.moderation import analysis, context, neighbours, reasons, text_rules
from salon.moderation.abuse import abuse_evidence
from salon.moderation.analysis import Analysis
from salon.moderation.domains import DomainParser
from salon.moderation.errors import ModelError
from salon.moderation.explain import MIN_CONTRIBUTION, telling_phrase
from salon.moderation.features import WEIGHTINGS, Featuriser, Rows, words_of
from salon.moderation.fingerprint import simhash
from salon.moderation.language import LanguageId
from salon.moderation.model import LinearModel, load_file, sigmoid
from salon.moderation.neighbours import Neighbours
from salon.moderation.normalise import normalise
from salon.moderation.policy import Policy, band_for
from salon.moderation.reasons import Kind
from salon.moderation.sentence import SentenceVectors
from salon.moderation.signals import REGISTRY, TEXT_SIGNALS, Signal
from salon.moderation.site_memory import SiteMemory

DEFAULT_MODEL_DIR = Path(__file__).parent / "data"
SPAM_FILE = "spam.npz"
ABUSE_FILE = "abuse.npz"
MAX_REASONS = 6

__all__ = ["Analysis", "Moderator"]


class Moderator:
    """Scores comments with the shipped (or a site's) models. Thread-safe for reading."""

    def __init__(
        self, spam: LinearModel, abuse: LinearModel, near: Neighbours | None = None
    ) -> None:
        bits = spam.meta.get("bits")
        if not isinstance(bits, int):
            raise ModelError("the spam model does not say its feature size")
        weighting = spam.meta.get("features", 1)
        grams = _char_ngrams(spam)
        dense = spam.meta.get("dense", 0)
        for model in (spam, abuse):
            names = model.meta.get("signals", list(TEXT_SIGNALS))
            if (
                model.meta.get("bits") != bits
                or names != list(TEXT_SIGNALS)
                or model.meta.get("features", 1) != weighting
                or weighting not in WEIGHTINGS
                or _char_ngrams(model) != grams
                or model.meta.get("dense", 0) != dense
            ):
                raise ModelError(
                    f"the {model.meta.get('kind', '?')} model was built for another version of "
                    "Salon's features"
                )
        if near is not None and (not dense or near.meta["spam_model"] != spam.version):
            raise ModelError("the neighbours were built for another spam model")
        self.spam = spam
        self.abuse = abuse
        # Nearness to the training spam and legitimate comments (neighbours.py), added to
        # the spam logit of the shipped model and of a site's own copy alike.
        self.near = near
        # Release 9's models read sentence vectors too (sentence.py); older files do not.
        sentences = SentenceVectors.load() if dense else None
        self.features = Featuriser(
            bits=bits, char_ngrams=grams, features=weighting, sentences=sentences
        )
        self.domains = DomainParser()
        self.languages = LanguageId()
        self._trusted: dict[tuple[str, ...], frozenset[str]] = {}

    @classmethod
    def load(cls, model_dir: Path | None = None) -> Moderator:
        """Load both models; raises ModelError (with the rebuild hint) when one is unusable."""
        directory = model_dir or DEFAULT_MODEL_DIR
        spam = load_file(directory / SPAM_FILE)
        near = neighbours.load(directory, spam.version) if spam.meta.get("dense") else None
        return cls(spam, load_file(directory / ABUSE_FILE), near)

    def compatible(self, model: LinearModel) -> bool:
        """True when `model` reads the same features as this Moderator (a site's copy from
        an older release does not, and must be refitted from the shipped model)."""
        return (
            model.meta.get("bits") == self.features.bits
            and model.meta.get("features", 1) == self.features.features
            and _char_ngrams(model) == self.features.char_ngrams
            and model.meta.get("signals", list(TEXT_SIGNALS)) == list(TEXT_SIGNALS)
            and model.meta.get("dense", 0) == self.features.dense
            and len(model.weights) == self.features.width
        )

    @property
    def model_version(self) -> str:
        return f"{self.spam.version},{self.abuse.version}"

    def analyse(self, text: str, trusted: frozenset[str] = frozenset()) -> Analysis:
        """Normalise and read signals. Raises a TextError for empty or oversized text.

        Links to a `trusted` registered domain count as sources (see Policy).
        """
        return analysis.analyse(text, self.domains, trusted)

    def language(self, text: str) -> tuple[str, float]:
        """(ISO 639-1 code, confidence) of a comment; ("und", 0.0) when it cannot tell."""
        return self.languages.identify(text)

    def trusted(self, policy: Policy) -> frozenset[str]:
        """The registered domains of a policy's trusted_domains ("www.news.org" -> "news.org")."""
        hit = self._trusted.get(policy.trusted_domains)
        if hit is None:
            hit = frozenset(map(self.domains.domain_of, policy.trusted_domains)) - {""}
            if len(self._trusted) < 1000:
                self._trusted[policy.trusted_domains] = hit
        return hit

    def fingerprint(self, text: str) -> int:
        """SimHash of the folded text (signed 64-bit). Disguises do not change it.

        Texts under about five words all look alike; the pipeline ignores duplicate
        counts for them, so the service need not special-case them.
        """
        return simhash(normalise(text).folded)

    def assess(
        self,
        submission: Submission,
        policy: Policy,
        spam_model: LinearModel | None = None,
        memory: SiteMemory | None = None,
    ) -> Decision:
        """Decide on one comment. `spam_model` is the site's own copy, when it has one, and
        `memory` the comments its moderators labelled (site_memory.py).

        Raises a TextError (a ValueError) for text that cannot be moderated: empty, longer
        than normalise.MAX_CHARS, or not a string.
        """
        # A site model from an older release (other features) cannot be used; the shipped
        # one decides until the site's model is refitted, and the version says so.
        model = spam_model if spam_model is not None and self.compatible(spam_model) else self.spam
        a = self.analyse(submission.text, self.trusted(policy))
        rows = self.features.rows([analysis.item(a)], [analysis.plain(a)])
        folded = a.norm.folded
        payload = {link.domain for link in a.links if not link.source}
        ctx = context.context_of(
            submission, policy, folded, len(words_of(folded)), payload, self.domains
        )
        evidence = context.evidence(ctx) + text_rules.evidence(folded)
        memory = self.usable(memory)
        near = float(self.nearness(rows, memory)[0])
        spam = float(
            sigmoid(model.logit_one(rows.indices, rows.values) + sum(w for w, _ in evidence) + near)
        )
        abusive = abuse_evidence(folded)
        abuse_logit = self.abuse.logit_one(rows.indices, rows.values)
        abuse = float(sigmoid(abuse_logit + sum(w for w, _ in abusive)))
        binary = any(s.name == "binary" for s in a.signals)
        band, rules = band_for(submission, folded, policy, spam, abuse, binary=binary)
        held = spam >= policy.hold_threshold
        found = self._spam_reasons(a, rows, evidence, model, held, near)
        if abuse >= policy.abuse_threshold:
            found[:0] = self._abuse_reasons(a, rows, abusive)
        version = f"{model.version},{self.abuse.version}"
        if memory is not None:
            version += f",{memory.version}"
        return Decision(
            band, round(spam, 4), round(abuse, 4), version, (*rules, *found)[:MAX_REASONS]
        )

    def assess_many(
        self, texts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Spam and abuse probabilities of many texts: the models, the nearness term and the
        rules read from the text alone (text_rules.py, abuse.py); no context, no policy.

        A text that cannot be moderated (empty, too long) scores NaN in both.
        """
        found = analysis.analyses(self.domains, texts)
        # The fixed log-odds the text rules add to each score (0 for an unusable text).
        added = np.zeros((len(found), 2))
        for i, a in enumerate(found):
            if a is not None:
                added[i, 0] = sum(w for w, _ in text_rules.evidence(a.norm.folded))
                added[i, 1] = sum(w for w, _ in abuse_evidence(a.norm.folded))
        rows = self.features.rows(
            [analysis.item(a) for a in found], [analysis.plain(a) for a in found]
        )
        spam = sigmoid(self.spam_logits(rows) + added[:, 0])
        abuse = sigmoid(self.abuse.logits(rows) + added[:, 1])
        bad = [i for i, a in enumerate(found) if a is None]
        spam[bad] = np.nan
        abuse[bad] = np.nan
        return spam, abuse

    def rows(self, texts: Sequence[str], trusted: frozenset[str] = frozenset()) -> Rows:
        """Sparse model inputs of `texts` (for learning); unusable texts give empty rows.

        `trusted`: the site's trusted registered domains, as `assess` sees them.
        """
        return analysis.rows(self.features, self.domains, texts, trusted)

    def _spam_reasons(
        self,
        a: Analysis,
        rows: Rows,
        evidence: list[tuple[float, Signal]],
        model: LinearModel,
        held: bool,
        near: float,
    ) -> list[str]:
        """Reasons that moved the spam score by MIN_CONTRIBUTION or more, strongest first;
        the model's own wording only when the comment is held."""
        scored = [(w, s.reason) for w, s in evidence if w >= MIN_CONTRIBUTION]
        scored += self._signal_reasons(a, model, abuse=False)
        scored.sort(key=lambda x: -x[0])
        found = [r for _, r in scored]
        if held:
            phrase = telling_phrase(a.norm.folded, model, self.features, _scale(rows))
            if phrase:
                found.append(
                    reasons.say(reasons.Kind.MODEL, reasons.MODEL_PHRASE.format(*phrase[:2]))
                )
        # What the comment means comes last, whatever its weight: a moderator can check a
        # link or a phrase, not a vector (and with many reasons, this is the one cut).
        if self._meaning(rows, model) + near >= MIN_CONTRIBUTION:
            found.append(reasons.say(reasons.Kind.MODEL, reasons.MODEL_MEANING))
        return found

    def _abuse_reasons(
        self, a: Analysis, rows: Rows, abusive: list[tuple[float, Signal]]
    ) -> list[str]:
        found = [s.reason for w, s in abusive if w >= MIN_CONTRIBUTION]
        found += [r for _, r in self._signal_reasons(a, self.abuse, abuse=True)]
        phrase = telling_phrase(a.norm.folded, self.abuse, self.features, _scale(rows))
        if phrase:
            words = reasons.ABUSE_PHRASE.format(*phrase[:2])
            found.append(reasons.say(reasons.Kind.ABUSE_MODEL, words))
        return found

    def _meaning(self, rows: Rows, model: LinearModel) -> float:
        """How far the sentence vector (what the comment means, in any language) moved
        `model`, in log-odds; 0 for models without one."""
        cols, values = self.features.dense_part(rows)
        return float(np.dot(model.weights[cols].astype(np.float64), values)) if len(cols) else 0.0

    def spam_logits(
        self, rows: Rows, model: LinearModel | None = None, memory: SiteMemory | None = None
    ) -> npt.NDArray[np.float64]:
        """Spam log-odds of `rows` (no context): `model` (default the shipped one) plus the
        nearness to known spam (and to a site's `memory`), as assess and assess_many score."""
        return (model or self.spam).logits(rows) + self.nearness(rows, memory)

    def nearness(self, rows: Rows, memory: SiteMemory | None = None) -> npt.NDArray[np.float64]:
        """Each row's nearness to known spam (neighbours.py), and to a site's labelled
        comments when `memory` is given, in log-odds added to the spam score; 0 without
        neighbours."""
        if self.near is None:
            return np.zeros(len(rows))
        return self.near.term(self.features.sentence_vectors(rows), self.usable(memory))

    def usable(self, memory: SiteMemory | None) -> SiteMemory | None:
        """`memory` when it was projected with these neighbours, else None (a memory from an
        older release counts for nothing until the site's next refit rebuilds it)."""
        if memory is None or self.near is None or not self.near.fits(memory):
            return None
        return memory

    def remember(
        self,
        memory: SiteMemory | None,
        batch: Sequence[tuple[str, bool]],
        trusted: frozenset[str] = frozenset(),
    ) -> SiteMemory | None:
        """`memory` (a new one when None or unusable) with the (text, is spam) comments of
        `batch` added; None for models without neighbours."""
        if self.near is None:
            return None
        known = self.usable(memory) or SiteMemory.empty(self.near.basis.shape[1], self.near.version)
        found = analysis.analyses(self.domains, [t for t, _ in batch], trusted)
        # Text that cannot be moderated (empty, too long) has nothing to remember.
        kept = [(a, bad) for a, (_, bad) in zip(found, batch, strict=True) if a is not None]
        rows = self.features.rows(
            [analysis.item(a) for a, _ in kept], [analysis.plain(a) for a, _ in kept]
        )
        projected = self.near.project(self.features.sentence_vectors(rows))
        return known.add(projected, np.array([bad for _, bad in kept], dtype=bool))

    def _signal_reasons(
        self, a: Analysis, model: LinearModel, *, abuse: bool
    ) -> list[tuple[float, str]]:
        """Text signals that moved `model` by MIN_CONTRIBUTION; the stance signals
        (group claims, counter-speech) explain the abuse score only, the others spam."""
        base = self.features.n_hashed
        out = []
        for s in a.signals:
            if not s.reason or (REGISTRY[s.name].kind is Kind.ABUSE) is not abuse:
                continue
            weight = float(model.weights[base + TEXT_SIGNALS.index(s.name)]) * s.value
            if weight >= MIN_CONTRIBUTION:
                out.append((weight, s.reason))
        return out


def _scale(rows: Rows) -> float:
    """The value of one hashed n-gram in a one-row batch (its L2 scaling)."""
    return float(rows.values[0]) if len(rows.values) else 0.0


def _char_ngrams(model: LinearModel) -> tuple[int, int]:
    """The character n-gram lengths a model was trained on (3-5 before release 3)."""
    value = model.meta.get("char_ngrams", [3, 5])
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and 1 <= v <= 8 for v in value)
        or value[0] > value[1]
    ):
        raise ModelError(f"the {model.meta.get('kind', '?')} model has unreadable char_ngrams")
    return (value[0], value[1])
