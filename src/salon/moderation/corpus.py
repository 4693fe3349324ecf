"""The labelled data sets and their fixed train / hold-out splits (training and bench only)."""

from __future__ import annotations

import csv
import html
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

YOUTUBE = ("psy", "katyperry", "lmfao", "eminem")
SPAM_LABELS = {"spam": 1, "ham": 0}
ABUSE_LABELS = {"abusive": 1, "ok": 0}

_TAG = re.compile(r"<[^>]{0,300}>")
_RETWEET = re.compile(r"^(?:[\s!\"]*RT\s+@\w+:?\s*)+|\bRT\s+@\w+:?")
_MENTION = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufeff]")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int  # 1 = spam / abusive
    source: str  # file stem, e.g. "youtube-spam-psy"


def clean(text: str) -> str:
    """Undo the export artefacts of the public sets: HTML entities and tags, trailing BOMs."""
    text = html.unescape(_TAG.sub(" ", text)) if ("<" in text or "&" in text) else text
    return _PRIVATE_USE.sub("", text).strip()


def clean_tweet(text: str) -> str:
    """Tweets: drop retweet prefixes, mentions and links, which say nothing about abuse."""
    text = _RETWEET.sub(" ", clean(text))
    text = _URL.sub(" ", _MENTION.sub("@user", text))
    return " ".join(text.split())


def read_csv(path: Path, labels: dict[str, int]) -> list[Example]:
    """Read a `text,label` file; rows with an unknown label raise ValueError."""
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or not {"text", "label"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: expected a header with columns text,label")
        for line, row in enumerate(reader, start=2):
            label = (row["label"] or "").strip().lower()
            if label not in labels:
                raise ValueError(
                    f"{path}:{line}: label {row['label']!r} is not one of {', '.join(labels)}"
                )
            out.append(Example(row["text"] or "", labels[label], path.stem))
    return out


def held_out(text: str, percent: int) -> bool:
    """Stable split: the same text is always on the same side (crc32, not hash())."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass")) % 100 < percent


def split(examples: list[Example], percent: int) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if not held_out(e.text, percent)]
    test = [e for e in examples if held_out(e.text, percent)]
    return train, test


@dataclass(frozen=True)
class Corpus:
    youtube: dict[str, list[Example]]
    sms_train: list[Example]
    sms_test: list[Example]
    news_train: list[Example]
    news_test: list[Example]
    tweets_train: list[Example]
    tweets_test: list[Example]

    def spam_train(self, leave_out: str | None = None) -> Iterator[Example]:
        for video, rows in self.youtube.items():
            if video != leave_out:
                yield from rows
        yield from self.sms_train
        yield from self.news_train


SMS_HOLDOUT = 20
NEWS_HOLDOUT = 30
TWEETS_HOLDOUT = 20


def load_corpus(shared: Path, local: Path) -> Corpus:
    """`shared`: ../shared/datasets; `local`: the repository's datasets/ folder."""
    missing = [
        p
        for p in [shared / f"youtube-spam-{v}.csv" for v in YOUTUBE]
        + [shared / "sms-spam.csv", shared / "tweets-abuse.csv", local / "news-comments.csv"]
        if not p.is_file()
    ]
    if missing:
        raise FileNotFoundError("training data not found: " + ", ".join(map(str, missing)))

    def cleaned(rows: list[Example], fn: Callable[[str], str] = clean) -> list[Example]:
        return [Example(fn(e.text), e.label, e.source) for e in rows if fn(e.text)]

    youtube = {v: cleaned(read_csv(shared / f"youtube-spam-{v}.csv", SPAM_LABELS)) for v in YOUTUBE}
    sms_train, sms_test = split(
        cleaned(read_csv(shared / "sms-spam.csv", SPAM_LABELS)), SMS_HOLDOUT
    )
    news_train, news_test = split(
        cleaned(read_csv(local / "news-comments.csv", SPAM_LABELS)), NEWS_HOLDOUT
    )
    tweets = cleaned(read_csv(shared / "tweets-abuse.csv", ABUSE_LABELS), clean_tweet)
    tweets_train, tweets_test = split(tweets, TWEETS_HOLDOUT)
    return Corpus(youtube, sms_train, sms_test, news_train, news_test, tweets_train, tweets_test)
