"""Articles, sections and the links between articles."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from editor.domain.slug import slugify


class Status(enum.StrEnum):
    """Where an article stands in the review workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    SPIKED = "spiked"


class LinkKind(enum.StrEnum):
    """How one article points at another."""

    PREVIOUS = "previous"
    NEXT = "next"
    RELATED = "related"
    INLINE = "inline"  # a link in the body, `copydesk:article/<id>`


UNTITLED_HEADLINE = "Untitled article"
"""What stands in for the headline of an article that has none, wherever one is shown."""


def shown_headline(headline: str) -> str:
    """`headline` trimmed, or UNTITLED_HEADLINE when it is blank."""
    return headline.strip() or UNTITLED_HEADLINE


def normalize_tags(tags: Iterable[str]) -> list[str]:
    """The one tag rule: each tag's whitespace collapsed, blank tags dropped, and a tag
    that repeats an earlier one in another case dropped (the first spelling wins):
    `[" Berlin", "Wahl", "berlin", "Neue   Zeit"]` -> `["Berlin", "Wahl", "Neue Zeit"]`."""
    kept: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.split())
        if tag:
            kept.setdefault(tag.casefold(), tag)
    return list(kept.values())


def parse_tags(text: str) -> list[str]:
    """Comma-separated tags as typed or written in front matter, by `normalize_tags`."""
    return normalize_tags(text.split(","))


def new_article_id() -> str:
    """A fresh article id: a random (version 4) UUID string, as `str(uuid.uuid4())`
    gives, made here because the `uuid` module costs the app's start-up ~2 ms."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    digits = raw.hex()
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


@dataclass
class Article:
    """One news article. `body` is Markdown in the house dialect (see formats.body)."""

    headline: str = ""
    kicker: str = ""
    teaser: str = ""
    body: str = ""
    byline: str = ""
    dateline: str = ""
    language: str = "de"
    section: str = ""
    tags: list[str] = field(default_factory=list)
    status: Status = Status.DRAFT
    placeholder: bool = False
    id: str = field(default_factory=new_article_id)
    slug: str = ""
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    published_at: datetime | None = None
    version: int = 0
    target_words: int | None = None
    target_chars: int | None = None
    # Whether the article's text ends with a line break: false only for an article
    # imported from a text file that did not, so text export gives that file back.
    final_newline: bool = True

    def page_slug(self) -> str:
        """The slug a page of the article is named by: the stored one, else one derived
        from the headline (else the id's start), without changing the article."""
        return self.slug or slugify(self.headline) or self.id[:8]


@dataclass(frozen=True)
class ArticleRef:
    """A light pointer to an article: enough to show and follow a link."""

    id: str
    headline: str


@dataclass(frozen=True)
class Link:
    """A directed link from one article to another."""

    source_id: str
    target_id: str
    kind: LinkKind


@dataclass
class Section:
    """A node of the section tree (Politik > Ausland, say)."""

    name: str
    parent: str | None = None
    position: int = 0
    id: int | None = None
