"""Articles, sections and the links between articles."""

from __future__ import annotations

import enum
import os
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
    INLINE = "inline"


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

    def ensure_slug(self) -> str:
        """Derive the slug from the headline once; a set slug never changes."""
        if not self.slug:
            self.slug = slugify(self.headline) or self.id[:8]
        return self.slug

    @property
    def display_headline(self) -> str:
        """The headline, or a readable stand-in for an untitled article."""
        return self.headline.strip() or "Untitled article"


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
