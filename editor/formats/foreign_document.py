"""What a Word file or a web page gives import: the article's fields and its body, read
from a document that was not written in Copydesk's own layout.

Both readers (editor.formats.docx_import, editor.formats.html_import) end with the body
as the block model, which this module turns into the body's Markdown. They share one rule
for the teaser, so a Word file and a web page of the same story import alike: the
paragraph right after the headline is the teaser when it is marked as one (the reader
says how: a Subtitle style, a `lead` class) or when all of its text is bold, as most
newsrooms set a teaser.

Text is cleaned here once for every reader: control characters (other than tab and line
feed) and invisible characters (zero width space, BOM, soft hyphen) are taken out, so
search finds the words and a terminal that shows them cannot be driven by them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field

from editor.formats.body import Block, BlockKind, blocks_to_markdown, clamp_list_depth
from editor.formats.body_model import merge_spans
from editor.formats.decoding import remove_control_characters
from editor.formats.foreign_html import strip_invisible_characters

MAX_HEADLINE_CHARS = 300
"""A "headline" longer than this is a paragraph that was styled as a title: it stays in
the body and the headline falls back to the document's title."""


@dataclass
class ForeignDocument:
    """The fields of an imported document; empty strings where it had none."""

    headline: str
    body: str
    teaser: str = ""
    kicker: str = ""
    byline: str = ""
    dateline: str = ""
    section: str = ""
    language: str = ""
    """The language the document declares (a BCP 47 code), empty when it declares none."""
    tags: list[str] = field(default_factory=list)


def clean_text(text: str) -> str:
    """`text` without control and invisible characters, its whitespace runs kept."""
    return strip_invisible_characters(remove_control_characters(text))


def clean_line(text: str) -> str:
    """`text` as one clean line: cleaned, whitespace collapsed, trimmed."""
    return " ".join(clean_text(text).split())


def clean_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with clean span texts (see `clean_text`), canonical spans, blocks that
    held only invisible characters dropped, and lists no deeper than the editor shows."""
    cleaned: list[Block] = []
    for block in blocks:
        spans = merge_spans(span.with_text(clean_text(span.text)) for span in block.spans)
        if spans and "".join(span.text for span in spans).strip():
            cleaned.append(dataclasses.replace(block, spans=spans))
        elif block.is_item and not spans:
            cleaned.append(dataclasses.replace(block, spans=[]))
    return clamp_list_depth(cleaned)


def body_markdown(blocks: Sequence[Block]) -> str:
    """The body's Markdown for blocks a reader produced (cleaned first)."""
    return blocks_to_markdown(clean_blocks(blocks))


def is_plain_paragraph(block: Block) -> bool:
    """True for a paragraph outside lists and quotes (what a teaser or byline can be)."""
    return block.kind is BlockKind.PARAGRAPH and not block.lists and block.quote_level == 0


def is_wholly_bold(block: Block) -> bool:
    """True when every visible character of a plain paragraph is bold."""
    visible = [span for span in block.spans if span.text.strip()]
    return is_plain_paragraph(block) and bool(visible) and all(span.bold for span in visible)


def take_teaser(blocks: list[Block], marked: bool = False) -> str:
    """Remove and return the teaser from the start of `blocks` (the body after the
    headline): the first block when `marked` or wholly bold; otherwise "" and the blocks
    stay as they are."""
    if not blocks or not (marked or is_wholly_bold(blocks[0])) or not is_plain_paragraph(blocks[0]):
        return ""
    return clean_line(blocks.pop(0).text)
