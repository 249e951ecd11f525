"""What the story links feature reads about one article, and the commands it builds.

`read_article_links` runs in the library client's read pool: one read gives everything
the page shows about an article's links (previous/next, related, backlinks, the targets
of its body's article links). The command builders turn what a user did in a panel into
command values of `editor.services.commands`, which the feature pushes on the library's
undo stack. Nothing here touches a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from editor.domain.article import Article, ArticleRef, LinkKind
from editor.domain.story_links import BodyLink, BrokenLink

if TYPE_CHECKING:
    from editor.services.commands import LibraryCommand
    from editor.services.library_services import Services


@dataclass(frozen=True)
class ArticleLinks:
    """An article's links as the library has them."""

    article_id: str
    previous: ArticleRef | None = None
    next: ArticleRef | None = None
    related: list[ArticleRef] = field(default_factory=list)
    backlinks: list[tuple[ArticleRef, LinkKind]] = field(default_factory=list)
    body: list[BodyLink] = field(default_factory=list)

    def shown_ids(self) -> set[str]:
        """Every article whose headline the page shows for these links."""
        ids = {ref.id for ref in self.related} | {ref.id for ref, _kind in self.backlinks}
        ids |= {link.id for link in self.body}
        ids |= {ref.id for ref in (self.previous, self.next) if ref is not None}
        return ids


def read_article_links(services: Services, article: Article) -> ArticleLinks:
    """The links of `article` (its body as given, which may be newer than the stored)."""
    return ArticleLinks(
        article.id,
        services.neighbour(article.id, LinkKind.PREVIOUS),
        services.neighbour(article.id, LinkKind.NEXT),
        services.related(article.id),
        services.backlinks(article.id),
        services.body_links(article),
    )


def reorder_commands(article_id: str, old: list[str], new: list[str]) -> list[LibraryCommand]:
    """Commands that turn the related order `old` into `new` (the same ids): from the
    first place where they differ, the related stories are unrelated and related again
    in the new order (related links are ordered by when they were made). Undoing puts
    the old links back with their old places."""
    from editor.services.commands import AddRelated, RemoveRelated

    if sorted(old) != sorted(new):
        raise ValueError("a new order must hold the same related stories")
    first = next(
        (index for index, (a, b) in enumerate(zip(old, new, strict=True)) if a != b), len(old)
    )
    removals: list[LibraryCommand] = [
        RemoveRelated(article_id, other, "Reorder related stories") for other in old[first:]
    ]
    additions: list[LibraryCommand] = [
        AddRelated(article_id, other, label="Reorder related stories") for other in new[first:]
    ]
    return removals + additions


def unlink_command(link: BrokenLink) -> LibraryCommand:
    """The command that takes a broken related, previous or next link away (a link in
    the text is removed from the body instead)."""
    from editor.services.commands import RemoveRelated, SetNeighbours

    if link.kind is LinkKind.RELATED:
        return RemoveRelated(link.source.id, link.target_id)
    if link.kind in (LinkKind.PREVIOUS, LinkKind.NEXT):
        return SetNeighbours.one(link.source.id, link.kind, None)
    raise ValueError("a link in the text is removed from the article's body")
