"""Links between stories as a reader of one article sees them: the article links in its
body (each resolved to its target's current headline, or broken), and the links anywhere
in the library whose target is in the Trash or missing."""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.article import ArticleRef, LinkKind


@dataclass(frozen=True)
class BodyLink:
    """A `copydesk:article/<id>` link in a body: the target's id, its headline (empty for
    a missing article) and whether it is broken (missing or in the Trash)."""

    id: str
    headline: str
    broken: bool


@dataclass(frozen=True)
class BrokenLink:
    """A link from `source` whose target is in the Trash (`target_headline` given) or
    missing (`target_headline` empty): a body link (INLINE), a neighbour or related."""

    source: ArticleRef
    kind: LinkKind
    target_id: str
    target_headline: str
    trashed: bool
