"""The article body's Markdown dialect: one parser (Python-Markdown) for the editor and
every export, one writer (ours), and the escaping that keeps a journalist's literal text
literal.

Public API:
- render_html(md): the single house renderer (HTML fragment).
- escape_text(text): Markdown source rendering exactly `text` (one line).
- plain_paragraphs_to_markdown / markdown_to_plain_paragraphs: literal paragraphs <-> Markdown
  (exact inverses for non-empty paragraphs; "\\n" inside a paragraph is a hard break).
- markdown_to_plain_text(md): the body as plain text, blocks joined by blank lines.
- markdown_to_blocks / blocks_to_markdown: the block model used by the editor.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import markdown

from editor.formats.body_blocks import html_to_blocks
from editor.formats.body_escaping import escape_line
from editor.formats.body_markdown import blocks_to_markdown
from editor.formats.body_model import (
    HARD_BREAK,
    MAX_LIST_DEPTH,
    Block,
    BlockKind,
    ListLevel,
    Span,
    blocks_to_html,
    clamp_list_depth,
    merge_spans,
)
from editor.formats.markdown_inline_pass import install_quick_inline

__all__ = [
    "HARD_BREAK",
    "MARKDOWN_EXTENSIONS",
    "MARKDOWN_EXTENSION_CONFIGS",
    "MAX_LIST_DEPTH",
    "Block",
    "BlockKind",
    "ListLevel",
    "Span",
    "blocks_to_html",
    "blocks_to_markdown",
    "blocks_to_plain_paragraphs",
    "clamp_list_depth",
    "escape_text",
    "html_to_blocks",
    "markdown_to_blocks",
    "markdown_to_plain_paragraphs",
    "markdown_to_plain_text",
    "merge_spans",
    "plain_paragraphs_to_markdown",
    "render_html",
]

MARKDOWN_EXTENSIONS: list[str] = ["sane_lists", "pymdownx.tilde"]
MARKDOWN_EXTENSION_CONFIGS: dict[str, dict[str, object]] = {
    "pymdownx.tilde": {"subscript": False},
}

_parsers = threading.local()


def _parser() -> markdown.Markdown:
    """A per-thread Python-Markdown instance (building one costs more than a short body)."""
    parser: markdown.Markdown | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = markdown.Markdown(
            extensions=MARKDOWN_EXTENSIONS,
            extension_configs=MARKDOWN_EXTENSION_CONFIGS,
            output_format="html",
        )
        install_quick_inline(parser)
        _parsers.parser = parser
    return parser


def render_html(markdown_text: str) -> str:
    """Render a body to an HTML fragment with the single house parser."""
    parser = _parser()
    try:
        return parser.convert(markdown_text)
    finally:
        parser.reset()


def escape_text(text: str) -> str:
    """Markdown source that renders as exactly `text` (a single line, no hard breaks).

    Safe at the start of a line and as a whole paragraph: block markers (`1. `, `- `,
    `# `, `> `, `---`, `===`, indentation) are neutralised, inline syntax is escaped and
    whitespace Markdown would drop is written as character references.
    """
    return escape_line(text)


def plain_paragraphs_to_markdown(paragraphs: Iterable[str]) -> str:
    """Literal paragraphs ("\\n" = hard line break) as Markdown paragraphs, blank-line separated."""
    return blocks_to_markdown(Block([Span(paragraph)]) for paragraph in paragraphs)


def markdown_to_blocks(markdown_text: str) -> list[Block]:
    """Render a body and read it back as the block model."""
    return html_to_blocks(render_html(markdown_text))


def blocks_to_plain_paragraphs(blocks: Iterable[Block]) -> list[str]:
    """Each block as one text paragraph; list items get "- " or "N. " (indented when nested)."""
    paragraphs: list[str] = []
    numbers: dict[int, int] = {}
    for block in blocks:
        text = block.text
        if block.lists:
            level = block.lists[-1]
            if level.ordered:
                number = numbers.get(level.list_id, level.start)
                numbers[level.list_id] = number + 1
                marker = f"{number}. "
            else:
                marker = "- "
            text = "  " * (len(block.lists) - 1) + marker + text
        paragraphs.append(text)
    return paragraphs


def markdown_to_plain_paragraphs(markdown_text: str) -> list[str]:
    """The body's blocks as literal text paragraphs (inverse of plain_paragraphs_to_markdown)."""
    return blocks_to_plain_paragraphs(markdown_to_blocks(markdown_text))


def markdown_to_plain_text(markdown_text: str) -> str:
    """The body as plain text, blocks joined by blank lines (for counts and snippets)."""
    return "\n\n".join(markdown_to_plain_paragraphs(markdown_text))
