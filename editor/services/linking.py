"""Links between stories in article bodies: which articles a body links to, read with
the formats layer's Markdown reader (the one the editor and the exports use), and filling
the index of body links of a library upgraded from before revision 0005.

A body link to another article is an ordinary Markdown link whose destination is
`copydesk:article/<id>` (see `editor.formats.link_policy`); links are by id, so renaming
the target never breaks one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor.formats.body import markdown_to_blocks
from editor.formats.link_policy import ARTICLE_LINK_PREFIX
from editor.storage.inline_links import (
    bodies_with_article_links,
    finish_filling,
    inline_links_pending,
    replace_inline_links,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor.services.library_services import Services


def article_link_ids(body: str) -> list[str]:
    """The ids of the articles a Markdown body links to, in order of first appearance."""
    if ARTICLE_LINK_PREFIX not in body:
        return []
    found: dict[str, None] = {}
    for block in markdown_to_blocks(body):
        for span in block.spans:
            href = (span.href or "").strip()
            if href.startswith(ARTICLE_LINK_PREFIX):
                target = href[len(ARTICLE_LINK_PREFIX) :].strip("/")
                if target:
                    found.setdefault(target, None)
    return list(found)


def _fill(session: Session) -> int:
    filled = 0
    for article_id, body in bodies_with_article_links(session):
        targets = article_link_ids(body)
        replace_inline_links(session, article_id, targets)
        filled += bool(targets)
    finish_filling(session)
    return filled


def fill_pending_inline_links(services: Services) -> int:
    """Index the body links of a library upgraded to revision 0005, once (a read-only
    library is left as it is); returns how many articles hold such links."""
    if services.read_only_reason is not None:
        return 0
    if not services.library.read(inline_links_pending):
        return 0
    return services.library.write(_fill)
