"""Seed the demo thread through the real use-cases, with the clock set back in time."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from salon.config import Settings
from salon.domain.comments import Anchor, CommentState, Notify
from salon.domain.support import Source
from salon.services import comments as comment_service
from salon.services import support as support_service
from salon.services import threads as thread_service
from salon.services import votes as vote_service
from salon.services.context import Deps, Requester

URI = "/"
RATE_KEYS = (
    "ip_posts_per_minute",
    "ip_posts_per_hour",
    "author_posts_per_minute",
    "author_posts_per_hour",
)
TITLE = "The library that stayed open all night"

PEOPLE = [
    ("Maren Holt", "https://marenholt.example"),
    ("Dev Patel", ""),
    ("Ines Carvalho", ""),
    ("Tomás Reyes", "https://tomas.example"),
    ("Ruth Okafor", ""),
    ("Gus Lindqvist", ""),
    ("Priya Natarajan", ""),
    ("Walt Brennan", ""),
    ("Yuki Sato", "https://yuki.example"),
    ("Abel Mensah", ""),
    ("Clara Weiss", ""),
    ("", ""),
]

TOP = [
    "What a lovely piece. Our branch cut its hours last year and I still miss the evenings.",
    "I work nights and the 24-hour reading room was the **only** quiet place I could study. "
    "Glad someone wrote this up.",
    "Who pays for the staff overnight though? The article skips over the budget entirely.",
    "The photo of the reading room at 3 a.m. is wonderful. Is there a larger version?",
    "As a librarian: most of the night visitors in our pilot were students and shift workers, "
    "not the people the council worried about.",
    "I'm sceptical. Our town tried something similar and it closed after six months because "
    "nobody used it after midnight.",
    "Great article, thanks. The bit about the night caretaker made me smile.",
    "Does anyone know whether the overnight hours include the children's section?",
    "This is the kind of local reporting I'm happy to support. More of this, please.",
    "Security costs are real, but so is the cost of having nowhere warm to go at night.",
    "Small correction: the building opened in 1911, not 1913 (see the plaque by the door).",
    "Loved the quote from the student who wrote her thesis there between 1 and 5 a.m.",
    "I'd like to see numbers: visitors per hour after midnight, compared with the day.",
    "Our library lends tools and seeds too. Libraries are quietly the best thing a town has.",
]

REPLIES = [
    "Agreed, completely.",
    "The budget table is in the council minutes from March, it's about 4% of the total.",
    "That matches what I saw when I visited last winter.",
    "Not sure I agree. Daytime hours should come first.",
    "Thanks for the correction, I had wondered about the date.",
    "Same experience here, night shifts make normal opening hours useless.",
    "Good question. I think it was in the original proposal but got cut.",
    "Six months is short for a pilot though, habits take a while to form.",
    "The larger photo opens if you click it, at least on desktop.",
    "*This.* Warm, quiet and free is rare.",
    "Do you have a link to the minutes?",
    "Here: https://council.example/minutes/2026-03 (page 14).",
    "I'd go if mine were open past ten.",
    "Fair point, though the article does mention the caretaker's salary.",
    "We had the same debate in our town. It came down to volunteers.",
    "Children's section closes at eight, according to their website.",
    "Love this thread. Civil disagreement, imagine that.",
    "Exactly what I was going to say.",
    "My daughter studied there for her exams. Can confirm it's lovely at 2 a.m.",
    "The council should publish the visitor counts, agreed.",
    "Libraries as warm spaces deserve their own article.",
    "Thank you for writing this up so carefully.",
    "Does the café stay open too?",
    "No, only vending machines after eleven.",
    "Maybe a pilot with fewer nights a week would convince the sceptics.",
    "Good idea, Thursday to Saturday would cover most exam weeks.",
]


# Comments on passages of the demo article (inline feedback), with (author, reply) each.
ON_PASSAGES = [
    (
        "about forty people on an ordinary weeknight",
        "Forty a night is more than our branch sees in a whole wet afternoon.",
        ("Ines Carvalho", "And those forty have nowhere else to go at that hour."),
    ),
    (
        "so that the day has an end to it",
        "That line about the day having an end stayed with me all morning.",
        None,
    ),
]
ARTICLE = Path(__file__).parents[1] / "web" / "templates" / "demo_article.html"


class _ArticleText(HTMLParser):
    """The text of the demo page's <article>, as the widget counts it (text nodes joined)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.depth += tag == "article" or bool(self.depth)

    def handle_endtag(self, tag: str) -> None:
        self.depth -= bool(self.depth)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def _anchor(passage: str) -> Anchor:
    reader = _ArticleText()
    reader.feed(ARTICLE.read_text(encoding="utf-8"))
    text = "".join(reader.parts)
    start = text.index(passage)
    end = start + len(passage)
    return Anchor(
        exact=passage,
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        start=start,
        end=end,
    )


def _seed_passages(deps: Deps, clock_at: list[datetime], now: datetime) -> None:
    """Comments on passages of the article, a few days old, one with a reply."""
    for n, (passage, text, reply) in enumerate(ON_PASSAGES):
        clock_at[0] = now - timedelta(days=3 - n, hours=5)
        on = comment_service.post_comment(
            deps,
            Requester(ip=f"198.51.100.{200 + n}", user_agent="demo", reader=f"{500 + n:032x}"),
            _on_article(text=text, author_name=PEOPLE[n * 4][0], anchor=_anchor(passage)),
        )
        if on.state is CommentState.PUBLISHED and reply:
            clock_at[0] += timedelta(hours=3)
            parent = int(on.comment["id"])
            comment_service.post_comment(
                deps,
                Requester(ip="198.51.100.250", user_agent="demo", reader=f"{600 + n:032x}"),
                _on_article(text=reply[1], author_name=reply[0], parent=parent),
            )


def _on_article(**fields: Any) -> comment_service.NewComment:
    return comment_service.NewComment(site="default", uri=URI, title=TITLE, **fields)


# What a moderator finds in the queue of a real site; the pipeline decides, not the seed.
FOR_REVIEW = [
    (
        "Emma Lopez",
        "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 𝙩𝙤 𝙬𝙤𝙧𝙠 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚. I made $18,000 last month "
        "working online just 3 hours a day. Start here: www.cash-daily.cf",
    ),
    ("Pharma Deals", "Cheap v1agra and c1alis, no prescription needed!!! Order at rx-store.tk"),
    ("Anon", "Only an idiot would write this garbage. You people are pathetic morons."),
    ("Leo", "I wrote about our own library's night hours here: https://leo-notes.example/night"),
]


def seed(settings: Settings) -> int:
    """Fill the demo thread unless it already has comments; returns how many were added."""
    from salon.app import build_deps

    now = datetime.now(UTC)
    clock_at = [now]
    # Forty comments in a second would trip the rate limits the readers get.
    generous = {key: 1_000_000 for key in RATE_KEYS}
    sites = tuple(
        s.model_copy(update={"moderation": {**s.moderation, **generous}}) for s in settings.sites
    )
    deps = build_deps(settings.model_copy(update={"sites": sites}), clock=lambda: clock_at[0])
    try:
        existing = thread_service.get_thread(deps, Requester(), "default", URI)
        if existing["thread"]["count"]:
            seed_support(deps, now)  # a demo database from before the support bar
            return 0
        rng = random.Random(7)  # noqa: S311 - demo data, not security
        start = now - timedelta(days=130)
        posted: list[tuple[int, str]] = []
        texts = [(t, None) for t in TOP] + [(r, "reply") for r in REPLIES]
        rng.shuffle(texts)
        # Top-level comments first so replies always have something to answer.
        texts.sort(key=lambda t: t[1] is not None)
        for i, (text, kind) in enumerate(texts):
            clock_at[0] = start + timedelta(days=i * 3 + rng.random() * 2)
            name, website = PEOPLE[rng.randrange(len(PEOPLE))]
            parent = rng.choice(posted[-12:])[0] if kind and posted else None
            who = Requester(ip=f"198.51.100.{i}", user_agent="demo", reader=f"{i:032x}")
            result = comment_service.post_comment(
                deps,
                who,
                comment_service.NewComment(
                    site="default",
                    uri=URI,
                    title=TITLE,
                    text=text,
                    parent=parent,
                    author_name=name,
                    author_website=website,
                    notify=Notify.REPLIES if i % 5 == 0 else Notify.NONE,
                ),
            )
            if result.state is not CommentState.PUBLISHED:
                continue  # moderation held it: it waits in the queue, like on a real site
            posted.append((int(result.comment["id"]), result.edit_token))
            if len(posted) == 4 and result.comment["parent"] is None:
                # One comment edited by its author a little after posting.
                clock_at[0] += timedelta(minutes=4)
                comment_service.edit_comment(
                    deps,
                    who,
                    posted[-1][0],
                    posted[-1][1],
                    text + "\n\n*Edit: fixed a typo.*",
                )
        _seed_passages(deps, clock_at, now)
        clock_at[0] = now - timedelta(hours=2)
        for n, (name, text) in enumerate(FOR_REVIEW):
            clock_at[0] += timedelta(minutes=7)
            comment_service.post_comment(
                deps,
                Requester(ip=f"192.0.2.{n}", user_agent="demo"),
                comment_service.NewComment(
                    site="default", uri=URI, title=TITLE, text=text, author_name=name
                ),
            )
        clock_at[0] = now
        for reader in range(60):
            who = Requester(ip="203.0.113.9", reader=f"{1000 + reader:032x}")
            for comment_id, _ in rng.sample(posted, 6):
                vote_service.cast_vote(deps, who, comment_id, rng.choice((1, 1, 1, -1)))
        seed_support(deps, now)
        return len(posted)
    finally:
        deps.db.dispose()


def seed_support(deps: Deps, now: datetime) -> None:
    """The article's funding bar: "880 $ of 5,000 $", 37 supporters, three weeks to go."""
    if support_service.campaigns_of(deps, "default"):
        return
    made = support_service.create_campaign(
        deps,
        support_service.CampaignIn(
            site="default",
            title="Keep the Courier reader-funded",
            goal="5000",
            currency="USD",
            url="https://example.org/support-the-courier",
            starts=now - timedelta(days=9),
            ends=now + timedelta(days=21),
        ),
    )
    for amount, supporters in (("500", 22), ("380", 15)):
        support_service.adjust(
            deps,
            made.id,
            amount,
            source=Source.ADMIN,
            actor="demo",
            note="gifts by bank transfer",
            supporters=supporters,
        )
