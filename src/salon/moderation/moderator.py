"""The pipeline: normalise -> signals -> spam and abuse models -> site policy -> Decision."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from salon.domain.moderation import Band, Decision, Submission
from salon.moderation.abuse import abuse_evidence
from salon.moderation.domains import FREE_TLDS, DomainParser, Link
from salon.moderation.errors import ModelError, TextError
from salon.moderation.features import _TOKEN, Featuriser, Rows
from salon.moderation.fingerprint import simhash
from salon.moderation.model import LinearModel, load_file, sigmoid
from salon.moderation.normalise import Normalised, normalise
from salon.moderation.phrases import PHRASES, PRAISE
from salon.moderation.policy import Policy, band_for, context_evidence
from salon.moderation.signals import TEXT_SIGNALS, Signal, name_is_url, text_signals

DEFAULT_MODEL_DIR = Path(__file__).parent / "data"
SPAM_FILE = "spam.npz"
ABUSE_FILE = "abuse.npz"
MAX_REASONS = 6
# Words too common to explain anything to a moderator.
_STOPWORDS = frozenset(
    "the and you your yours are was were for all this that these those with have has had "
    "not but from they them their there what when who will would should could can just "
    "out our its it's i'm you're don't about been more some than then into".split()
)
_NAME_KEYWORD = re.compile(
    r"\b(?:loans?|casino|seo|viagra|cialis|crypto|bitcoin|forex|pharmacy|escort|"
    r"cheap|discount|buy|spell|betting|replica|essay|"
    # a business, not a person: "Best Dentist Miami", "Ace Roofing Services"
    r"dentist|dental|plumber|plumbing|locksmith|roofing|movers|attorneys?|lawyers?|"
    r"insurance|marketing|agency|services|solutions|rehab|clinic|repairs?|"
    r"cleaning|realtor|mortgage)\b"
)


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline read from one text, before any model."""

    norm: Normalised
    links: list[Link]
    signals: list[Signal]


class Moderator:
    """Scores comments with the shipped (or a site's) models. Thread-safe for reading."""

    def __init__(self, spam: LinearModel, abuse: LinearModel) -> None:
        bits = spam.meta.get("bits")
        if not isinstance(bits, int):
            raise ModelError("the spam model does not say its feature size")
        weighting = spam.meta.get("features", 1)
        grams = _char_ngrams(spam)
        for model in (spam, abuse):
            names = model.meta.get("signals", list(TEXT_SIGNALS))
            if (
                model.meta.get("bits") != bits
                or names != list(TEXT_SIGNALS)
                or model.meta.get("features", 1) != weighting
                or weighting not in (1, 2)
                or _char_ngrams(model) != grams
            ):
                raise ModelError(
                    f"the {model.meta.get('kind', '?')} model was built for another version of "
                    "Salon's features"
                )
        self.spam = spam
        self.abuse = abuse
        self.features = Featuriser(bits=bits, char_ngrams=grams, features=weighting)
        self.domains = DomainParser()
        self._trusted: dict[tuple[str, ...], frozenset[str]] = {}

    @classmethod
    def load(cls, model_dir: Path | None = None) -> Moderator:
        """Load both models; raises ModelError (with the rebuild hint) when one is unusable."""
        directory = model_dir or DEFAULT_MODEL_DIR
        return cls(load_file(directory / SPAM_FILE), load_file(directory / ABUSE_FILE))

    def compatible(self, model: LinearModel) -> bool:
        """True when `model` reads the same features as this Moderator (a site's copy from
        an older release does not, and must be refitted from the shipped model)."""
        return (
            model.meta.get("bits") == self.features.bits
            and model.meta.get("features", 1) == self.features.features
            and _char_ngrams(model) == self.features.char_ngrams
            and model.meta.get("signals", list(TEXT_SIGNALS)) == list(TEXT_SIGNALS)
            and len(model.weights) == self.features.width
        )

    @property
    def model_version(self) -> str:
        return f"{self.spam.version},{self.abuse.version}"

    def analyse(self, text: str, trusted: frozenset[str] = frozenset()) -> Analysis:
        """Normalise and read signals. Raises a TextError for empty or oversized text.

        Links to a `trusted` registered domain count as sources (see Policy).
        """
        norm = normalise(text)
        links = self.domains.links(norm.plain, trusted)
        return Analysis(norm, links, text_signals(norm, links))

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
        self, submission: Submission, policy: Policy, spam_model: LinearModel | None = None
    ) -> Decision:
        """Decide on one comment. `spam_model` is the site's own copy, when it has one.

        Raises a TextError (a ValueError) for text that cannot be moderated: empty, longer
        than normalise.MAX_CHARS, or not a string.
        """
        # A site model from an older release (other features) cannot be used; the shipped
        # one decides until the site's model is refitted, and the version says so.
        model = spam_model if spam_model is not None and self.compatible(spam_model) else self.spam
        a = self.analyse(submission.text, self.trusted(policy))
        idx, vals = self._row(a)
        evidence = self._context(submission, policy, a)
        spam_logit = model.logit_one(idx, vals) + sum(w for w, _ in evidence)
        spam = float(sigmoid(spam_logit))
        abusive = abuse_evidence(a.norm.folded)
        abuse = float(sigmoid(self.abuse.logit_one(idx, vals) + sum(w for w, _ in abusive)))
        reasons = self._reasons(a, evidence, model, spam, abuse, policy)
        if abuse >= policy.abuse_threshold:
            reasons[:0] = [s.reason for _, s in abusive]
        band = band_for(submission, a.norm.folded, policy, spam, abuse, reasons)
        if band is Band.PUBLISH and any(s.name == "binary" for s in a.signals):
            band = Band.HOLD
        version = f"{model.version},{self.abuse.version}"
        return Decision(
            band, round(spam, 4), round(abuse, 4), version, tuple(reasons[:MAX_REASONS])
        )

    def assess_many(
        self, texts: Sequence[str]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Spam and abuse probabilities of many texts (no context, no policy).

        A text that cannot be moderated (empty, too long) scores NaN in both.
        """
        items: list[tuple[str, list[Signal]]] = []
        bad = []
        rules = np.zeros(len(texts))
        for i, text in enumerate(texts):
            try:
                a = self.analyse(text)
            except TextError:
                bad.append(i)
                items.append(("", []))
                continue
            items.append((a.norm.folded, a.signals))
            rules[i] = sum(w for w, _ in abuse_evidence(a.norm.folded))
        rows = self.features.rows(items)
        spam = sigmoid(self.spam.logits(rows))
        abuse = sigmoid(self.abuse.logits(rows) + rules)
        spam[bad] = np.nan
        abuse[bad] = np.nan
        return spam, abuse

    def rows(self, texts: Sequence[str], trusted: frozenset[str] = frozenset()) -> Rows:
        """Sparse model inputs of `texts` (for learning); unusable texts give empty rows.

        `trusted`: the site's trusted registered domains, as `assess` sees them.
        """
        items: list[tuple[str, list[Signal]]] = []
        for text in texts:
            try:
                a = self.analyse(text, trusted)
            except TextError:
                items.append(("", []))
                continue
            items.append((a.norm.folded, a.signals))
        return self.features.rows(items)

    def _row(self, a: Analysis) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        rows = self.features.rows([(a.norm.folded, a.signals)])
        return rows.indices, rows.values

    def _context(self, sub: Submission, policy: Policy, a: Analysis) -> list[tuple[float, Signal]]:
        new_link = False
        # Links to news and reference sites are sources, not payloads.
        payload = [link for link in a.links if not link.source]
        if sub.is_edit and payload:
            before = sub.previous_text
            old = set()
            if before.strip():
                old = {link.domain for link in self.domains.links(normalise(before).plain)}
            new_link = any(link.domain not in old for link in payload)
        author_is_url = name_is_url(sub.author_name, self.domains)
        evidence = context_evidence(sub, policy, bool(payload), new_link, author_is_url)
        tokens = len(_TOKEN.findall(a.norm.folded))
        if tokens < 5:
            # Short texts ("Thanks!", "+1") are legitimately repeated everywhere.
            evidence = [e for e in evidence if e[1].name != "duplicate"]
        name = normalise(sub.author_name).folded if sub.author_name.strip() else ""
        if name and not author_is_url and (_NAME_KEYWORD.search(name) or PHRASES.search(name)):
            evidence.append(
                (
                    1.5,
                    Signal(
                        "author_keyword",
                        1.0,
                        f"author name is a keyword (“{sub.author_name.strip()[:40]}”)",
                    ),
                )
            )
        website = sub.author_website.strip()
        # Generic praise with a link in the text is a text signal (the model weighs it);
        # with the author's website instead, only the pipeline can see it.
        if website and not payload and tokens <= 60 and PRAISE.search(a.norm.folded):
            words = "generic praise that fits any page, with the author's website"
            # A newcomer's is how link spam pays off; a regular's is a regular's.
            if sub.author_published_count == 0:
                evidence.append((2.5, Signal("praise_link", 1.0, words + ", in a first comment")))
            else:
                evidence.append((1.0, Signal("praise_link", 1.0, words)))
        if website:
            hits = [
                link.suffix
                for link in self.domains.links(normalise(website).plain)
                if link.suffix in FREE_TLDS
            ]
            if hits:
                evidence.append(
                    (
                        1.0,
                        Signal(
                            "website_free_tld", 1.0, f"author website on a free .{hits[0]} domain"
                        ),
                    )
                )
        return evidence

    def _reasons(
        self,
        a: Analysis,
        evidence: list[tuple[float, Signal]],
        model: LinearModel,
        spam: float,
        abuse: float,
        policy: Policy,
    ) -> list[str]:
        """Reasons in words, strongest first: context, text signals, then telling words."""
        scored: list[tuple[float, str]] = [(w, s.reason) for w, s in evidence]
        base = self.features.n_hashed
        for s in a.signals:
            if not s.reason:
                continue
            weight = float(model.weights[base + TEXT_SIGNALS.index(s.name)]) * s.value
            # Disguises are worth telling a moderator even when the model shrugs.
            if weight > 0.05 or s.name in {"styled", "lookalike", "invisible", "dotted"}:
                scored.append((weight, s.reason))
        scored.sort(key=lambda x: -x[0])
        reasons = [r for _, r in scored]
        if spam >= policy.hold_threshold:
            words = self._telling_words(a.norm.folded, model)
            if words:
                reasons.append("spam-like words: " + ", ".join(f"“{w}”" for w in words))
        if abuse >= policy.abuse_threshold:
            words = self._telling_words(a.norm.folded, self.abuse)
            if words:
                reasons.append("abusive words: " + ", ".join(f"“{w}”" for w in words))
        return reasons

    def _telling_words(self, folded: str, model: LinearModel, n: int = 3) -> list[str]:
        """The words whose n-grams push the score up most (each word's mean weight)."""
        tokens = [
            t
            for t in dict.fromkeys(_TOKEN.findall(folded)[:500])
            if len(t) >= 3 and t not in _STOPWORDS
        ]
        if not tokens:
            return []
        feats = [self.features._token_features(t) for t in tokens]
        starts = np.cumsum([0] + [len(f) for f in feats[:-1]])
        flat = np.fromiter((i for f in feats for i in f), dtype=np.int64)
        sums = np.add.reduceat(model.weights[flat].astype(np.float64), starts)
        sizes = np.array([len(f) for f in feats], dtype=np.float64)
        scores = sums / np.sqrt(sizes)
        best = np.argsort(-scores, kind="stable")[:n]
        return [tokens[i] for i in best if scores[i] > 0.05]


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
