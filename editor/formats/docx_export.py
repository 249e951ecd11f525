"""An article as a Word document (.docx), written with python-docx in Word's own styles.

Word users, and editor.formats.docx_import, read the structure from paragraph styles:

- kicker "Kicker", headline "Title", teaser "Subtitle", byline "Byline", dateline
  "Dateline" (the three custom styles are based on Normal);
- subheads "Heading 2" and "Heading 3", as in the body;
- list items "List Bullet" / "List Number", "List Bullet 2" / "List Number 2" and so on
  for nested items; every numbered list gets its own Word numbering that starts at the
  list's first number, so a second list does not go on counting the first;
- quoted paragraphs "Quote" (nested quotes are one level in Word; a list inside a quote
  keeps its list style);
- characters XML cannot hold (a few controls, U+FFFE, U+FFFF) become U+FFFD;
- bold, italic and strikethrough as run formatting, hard line breaks as Word line breaks,
  links as real hyperlinks (external relationships, `#anchor` links as bookmarks' names)
  with their title as the tooltip.

The document properties carry the headline (title), byline (author), section
(category), tags (keywords) and language, so a file manager or a CMS sees them too.
"""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from editor.domain import Article
from editor.formats.body import Block, BlockKind, ListLevel, Span, markdown_to_blocks
from editor.formats.body_model import split_lines

CUSTOM_STYLES = {"Kicker": (10, True), "Byline": (10, False), "Dateline": (10, False)}
"""Styles Word's default template lacks: name -> (size in points, bold)."""
HEADING_STYLES = {BlockKind.HEADING2: "Heading 2", BlockKind.HEADING3: "Heading 3"}
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)  # Word's own hyperlink blue
MAX_WORD_LIST_LEVEL = 3  # the template has List Bullet/Number up to 3 with own indents
_NOT_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
REPLACEMENT = "\ufffd"


def article_to_docx(article: Article) -> bytes:
    """The article as the bytes of a .docx file."""
    document = docx.Document()
    _add_custom_styles(document)
    _set_properties(document, article)
    writer = _BodyWriter(document)
    for style, text in (
        ("Kicker", article.kicker),
        ("Title", article.headline),
        ("Subtitle", article.teaser),
        ("Byline", article.byline),
        ("Dateline", article.dateline),
    ):
        if text.strip():
            _add_spans(writer.paragraph(style), [Span(text)])
    writer.write(markdown_to_blocks(article.body))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_custom_styles(document: Document) -> None:
    for name, (size, bold) in CUSTOM_STYLES.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold


def xml_text(text: str) -> str:
    """`text` with the characters XML cannot hold (controls other than tab and line
    breaks, U+FFFE, U+FFFF) replaced by U+FFFD, so any body can be written."""
    return _NOT_IN_XML.sub(REPLACEMENT, text)


def _set_properties(document: Document, article: Article) -> None:
    properties = document.core_properties
    properties.title = xml_text(article.headline)
    properties.author = xml_text(article.byline)
    properties.category = xml_text(article.section)
    properties.keywords = xml_text(", ".join(article.tags))
    properties.language = xml_text(article.language)
    properties.created = article.created_at
    properties.modified = article.updated_at


def _add_spans(paragraph: Paragraph, spans: list[Span]) -> None:
    """Append `spans` to `paragraph` as runs (links as hyperlinks, breaks as Word breaks)."""
    for number, line in enumerate(split_lines(spans)):
        if number:
            paragraph.add_run().add_break()
        for span in line:
            run = paragraph.add_run(xml_text(span.text))
            run.bold = span.bold or None
            run.italic = span.italic or None
            run.font.strike = span.strike or None
            if span.href is not None:
                run.font.underline = True
                run.font.color.rgb = LINK_COLOUR
                _hyperlink(paragraph, span.href, span.title).append(run._r)


def _hyperlink(paragraph: Paragraph, href: str, title: str | None) -> BaseOxmlElement:
    """A new, empty hyperlink element at the end of `paragraph`."""
    link = OxmlElement("w:hyperlink")
    if href.startswith("#"):
        link.set(qn("w:anchor"), xml_text(href[1:]))
    else:
        relation = paragraph.part.relate_to(
            xml_text(href), RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        link.set(qn("r:id"), relation)
    if title:
        link.set(qn("w:tooltip"), xml_text(title))
    paragraph._p.append(link)
    return link


class _BodyWriter:
    """Writes body blocks as paragraphs, with one Word numbering per numbered list."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.numberings: dict[int, int] = {}  # list id -> Word numId
        # Looked up once: python-docx searches every style for each name it is given.
        self.styles = {style.name: style for style in document.styles}

    def paragraph(self, style: str) -> Paragraph:
        """A new paragraph at the end of the document in the paragraph style `style`."""
        paragraph = self.document.add_paragraph()
        if style != "Normal":
            paragraph._p.style = self.styles[style].style_id
        return paragraph

    def write(self, blocks: list[Block]) -> None:
        for block in blocks:
            if not block.text and not block.is_item:
                continue
            style = self._style(block)
            paragraph = self.paragraph(style)
            if block.lists and block.lists[-1].ordered and not block.continuation:
                self._number(paragraph, style, block.lists[-1])
            if block.continuation:
                paragraph.paragraph_format.left_indent = Pt(18 * len(block.lists))
            _add_spans(paragraph, block.spans)

    @staticmethod
    def _style(block: Block) -> str:
        if block.lists and not block.continuation:
            depth = min(len(block.lists), MAX_WORD_LIST_LEVEL)
            kind = "List Number" if block.lists[-1].ordered else "List Bullet"
            return kind if depth == 1 else f"{kind} {depth}"
        if block.kind in HEADING_STYLES:
            return HEADING_STYLES[block.kind]
        return "Quote" if block.quote_level else "Normal"

    def _number(self, paragraph: Paragraph, style: str, level: ListLevel) -> None:
        """Give the paragraph the Word numbering of its list, made on the list's first item
        from its style's definition with the list's start number."""
        num_id = self.numberings.get(level.list_id)
        if num_id is None:
            numbering = self.document.part.numbering_part.element
            style_num_id = self.styles[style].element.pPr.numPr.numId.val
            abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
            num = numbering.add_num(abstract_id)
            num.add_lvlOverride(ilvl=0).add_startOverride(level.start)
            num_id = self.numberings[level.list_id] = num.numId
        properties = paragraph._p.get_or_add_pPr()
        properties.get_or_add_numPr().get_or_add_numId().val = num_id
        properties.get_or_add_numPr().get_or_add_ilvl().val = 0
