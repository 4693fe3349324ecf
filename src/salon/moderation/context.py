"""Context rules: fixed log-odds for what the public data sets cannot teach (no honeypots
or posting rates in SMS). Each is what a moderator would add by hand, is registered in
signals.REGISTRY (learned=False) and names itself in the reasons. No retraining needed:
add a rule to RULES and a test.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from salon.domain.moderation import Submission
from salon.moderation.domains import FREE_TLDS, DomainParser
from salon.moderation.normalise import is_blank, normalise
from salon.moderation.phrases import PHRASES, PRAISE
from salon.moderation.policy import Policy
from salon.moderation.reasons import FIRST_COMMENT, other_threads
from salon.moderation.signals import Signal, name_is_url, signal

_NAME_KEYWORD = re.compile(
    r"\b(?:loans?|casino|seo|viagra|cialis|crypto|bitcoin|forex|pharmacy|escort|"
    r"cheap|discount|buy|spell|betting|replica|essay|"
    # a business, not a person: "Best Dentist Miami", "Ace Roofing Services"
    r"dentist|dental|plumber|plumbing|locksmith|roofing|movers|attorneys?|lawyers?|"
    r"insurance|marketing|agency|services|solutions|rehab|clinic|repairs?|"
    r"cleaning|realtor|mortgage)\b"
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules look at: the submission and what the pipeline read from its text."""

    sub: Submission
    policy: Policy
    folded: str
    tokens: int
    payload: bool  # a link that is not a source
    new_link: bool  # an edit added a payload link
    author_is_url: bool
    website_tlds: tuple[str, ...]  # free TLDs of the author's website


Evidence = tuple[float, Signal]
Rule = Callable[[Context], Evidence | None]


def _duplicate(c: Context) -> Evidence | None:
    n = c.sub.same_text_other_threads
    # Short texts ("Thanks!", "+1") are legitimately repeated everywhere.
    if n < 1 or c.tokens < 5:
        return None
    return 1.0 + 1.5 * math.log2(1 + n), signal("duplicate", float(n), other_threads(n))


def _too_fast(c: Context) -> Evidence | None:
    secs = c.sub.seconds_to_submit
    if secs is None or secs >= c.policy.min_seconds_to_submit:
        return None
    secs = max(secs, 0.0)
    return 2.0, signal("too_fast", secs, f"{secs:.1f}")


def _first_link(c: Context) -> Evidence | None:
    if c.payload and c.sub.author_published_count == 0:
        return 1.0, signal("first_link", 1.0)
    return None


def _edit_link(c: Context) -> Evidence | None:
    return (1.5, signal("edit_link", 1.0)) if c.new_link and c.sub.is_edit else None


def _author_url(c: Context) -> Evidence | None:
    return (2.0, signal("author_url", 1.0)) if c.author_is_url else None


def _author_keyword(c: Context) -> Evidence | None:
    raw = c.sub.author_name.strip()
    if not raw or c.author_is_url or is_blank(raw):
        return None
    name = normalise(raw).folded
    if _NAME_KEYWORD.search(name) or PHRASES.pattern.search(name):
        return 1.5, signal("author_keyword", 1.0, raw[:40])
    return None


def _burst(c: Context) -> Evidence | None:
    burst = max(c.sub.recent_posts_by_ip, c.sub.recent_posts_by_author)
    if burst >= max(3, c.policy.ip_posts_per_hour // 2):
        return 1.0, signal("burst", float(burst), burst)
    return None


def _praise_website(c: Context) -> Evidence | None:
    # Generic praise with a link in the text is a text signal (the model weighs it);
    # with the author's website instead, only the pipeline can see it.
    if not c.sub.author_website.strip() or c.payload or c.tokens > 60:
        return None
    if not PRAISE.search(c.folded):
        return None
    # A newcomer's is how link spam pays off; a regular's is a regular's. A regular's
    # weighed 1.0 until release 7, which left "Great post!" from a regular 0.004 under the
    # hold threshold: a model change of 0.01 held it. At 0.5 the text decides.
    if c.sub.author_published_count == 0:
        return 2.5, signal("praise_website", 1.0, FIRST_COMMENT)
    return 0.5, signal("praise_website", 1.0, "")


def _website_free_tld(c: Context) -> Evidence | None:
    return (1.0, signal("website_free_tld", 1.0, c.website_tlds[0])) if c.website_tlds else None


RULES: tuple[Rule, ...] = (
    _duplicate,
    _too_fast,
    _first_link,
    _edit_link,
    _author_url,
    _author_keyword,
    _burst,
    _praise_website,
    _website_free_tld,
)


def context_of(
    sub: Submission,
    policy: Policy,
    folded: str,
    tokens: int,
    payload_domains: set[str],
    domains: DomainParser,
) -> Context:
    new_link = False
    if sub.is_edit and payload_domains:
        before = sub.previous_text
        old: set[str] = set()
        if before.strip():
            try:
                old = {link.domain for link in domains.links(normalise(before).plain)}
            except ValueError:  # an old text moderation could not read
                old = set()
        new_link = bool(payload_domains - old)
    website = sub.author_website.strip()
    tlds: tuple[str, ...] = ()
    if website and not is_blank(website):
        tlds = tuple(
            link.suffix
            for link in domains.links(normalise(website).plain)
            if link.suffix in FREE_TLDS
        )
    return Context(
        sub,
        policy,
        folded,
        tokens,
        bool(payload_domains),
        new_link,
        name_is_url(sub.author_name, domains),
        tlds,
    )


def evidence(c: Context) -> list[Evidence]:
    """(log-odds, signal) of every rule that fires."""
    return [e for e in (rule(c) for rule in RULES) if e is not None]
