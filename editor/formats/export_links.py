"""What an exported article knows about the articles around it, in every export format.

An export never invents links: the service (`editor.services.exporting`) reads the stored
previous/next/related links and the targets of the body's `copydesk:article/<id>` links,
and hands them over as an `ExportLinks`. Each other article is a `LinkedArticle`: its id,
its headline and, when the export writes a page for it, the relative `href` of that page
(`<slug>.html`). A target without an `href` is shown as text and its inline links become
plain text, so a page never links to a file that is not there. `ExportOptions` holds the
choices a user makes for an export (the text format's wrapping and navigation).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

ARTICLE_PAGE_SUFFIX = ".html"
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class LinkedArticle:
    """Another article as an export shows it."""

    id: str
    headline: str
    href: str | None = None
    slug: str = ""

    @property
    def display_headline(self) -> str:
        """The headline on one line without control characters, or a readable stand-in
        for an untitled article."""
        return " ".join(_CONTROLS.sub(" ", self.headline).split()) or "Untitled article"


@dataclass(frozen=True)
class ExportLinks:
    """The links of one exported article: neighbours, related stories and the pages the
    body's article links point at (by article id)."""

    previous: LinkedArticle | None = None
    next: LinkedArticle | None = None
    related: tuple[LinkedArticle, ...] = ()
    inline: Mapping[str, LinkedArticle] = field(default_factory=dict)
    breadcrumbs: tuple[tuple[str, str], ...] = ()
    """(label, href) pairs leading back to the site's home and section pages."""

    def href_for(self, article_id: str) -> str | None:
        """The page of the article a body link points at, or None (no page for it)."""
        target = self.inline.get(article_id)
        return target.href if target is not None else None


NO_LINKS = ExportLinks()
"""The links of an article exported on its own, with no stored neighbours."""


def page_href(slug: str) -> str:
    """The relative address of an article's page beside the current one."""
    return quote(f"{slug}{ARTICLE_PAGE_SUFFIX}")


@dataclass(frozen=True)
class ExportOptions:
    """Choices a user makes for an export. `wrap`: wrap text at this many columns (None:
    one line per paragraph); `navigation`: write the Read Previous / Read Next blocks."""

    wrap: int | None = None
    navigation: bool = True
