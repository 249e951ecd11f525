"""A faster inline pass for the house renderer: text that no inline pattern can match is
left as it is without trying the patterns one by one.

Python-Markdown's InlineProcessor tries each of its inline patterns on every piece of
text (fifteen regular expressions through a sorted registry). A long list of plain
result lines (`1. Köln: 12.3 %`) spends most of its rendering there. Each pattern of the
house dialect needs one of TRIGGERS to match (a backtick, a backslash, a bracket, an
angle bracket, a line break, an ampersand, an emphasis or tilde delimiter), so text
holding none of them is passed over; the output is the same. The fast path is only
installed when the parser's patterns are exactly the known ones (KNOWN_PATTERNS): a new
extension's patterns keep the full pass.
"""

from __future__ import annotations

import re
from typing import cast

import markdown
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

TRIGGERS = re.compile(r"[`\\\[!<\n&*_~]")
"""A character every inline pattern of the house dialect needs in order to match."""
KNOWN_PATTERNS = frozenset(
    {
        "backtick",
        "escape",
        "reference",
        "link",
        "image_link",
        "image_reference",
        "short_reference",
        "short_image_ref",
        "autolink",
        "automail",
        "linebreak",
        "html",
        "entity",
        "em_strong",
        "delimiter",
    }
)
INLINE_PRIORITY = 20
"""Where Python-Markdown registers its inline pass among the tree processors."""
_FULL_PASS = "_InlineProcessor__handleInline"


class QuickInlineProcessor(InlineProcessor):
    """The inline pass, skipping text that holds no TRIGGERS character."""

    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        full_pass = getattr(super(), _FULL_PASS)

        def handle_inline(data: str, pattern_index: int = 0) -> str:
            if (
                pattern_index == 0
                and not isinstance(data, AtomicString)
                and TRIGGERS.search(data) is None
            ):
                return data
            return cast(str, full_pass(data, pattern_index))

        setattr(self, _FULL_PASS, handle_inline)


def install_quick_inline(parser: markdown.Markdown) -> bool:
    """Replace the parser's inline pass with QuickInlineProcessor when its inline
    patterns are the known ones; returns whether it did."""
    patterns = parser.inlinePatterns
    known = sum(1 for name in KNOWN_PATTERNS if name in patterns)
    if known != len(patterns) or "inline" not in parser.treeprocessors:
        return False
    place = parser.treeprocessors.get_index_for_name("inline")
    parser.treeprocessors.register(QuickInlineProcessor(parser), "inline", INLINE_PRIORITY)
    if parser.treeprocessors.get_index_for_name("inline") != place:  # pragma: no cover
        raise RuntimeError("the inline pass moved among the tree processors")
    return True
