"""Reading a Word document (.docx) as an article, with python-docx.

The structure comes from paragraph styles, as Word users set it and as
editor.formats.docx_export writes it:

- headline: the first "Title" paragraph, or a "Heading 1" before any body text; else the
  document's title property; else a short first paragraph;
- teaser: a "Subtitle" paragraph, or a wholly bold first paragraph after the headline
  (editor.formats.foreign_document) in a document Copydesk did not write (one with its
  Kicker, Byline and Dateline styles says what its teaser is); kicker, byline and
  dateline from the styles of those names; section, tags and language from the
  document properties;
- subheads: "Heading 1"/"Heading 2" in the body become H2, "Heading 3" and deeper H3;
- lists: Word numbering (on the paragraph or from its "List Bullet"/"List Number" style)
  gives bullet or numbered items, nesting by level, and the number a list starts at as
  Word shows it (a list that continues an earlier one's numbering keeps its numbers);
- "Quote" and "Intense Quote" paragraphs become quotes;
- bold, italic, strikethrough (also from character styles), line breaks, hyperlinks and
  their tooltips. Links whose target the body's allow-list refuses keep their text.

Paragraphs in tables, text boxes and content controls are read in document order, so no
text is lost; hidden (vanished) runs and deleted tracked changes are left out. A broken
or hostile file is refused with a one-line FormatError: not a ZIP, not a Word document,
an archive that would unpack to more than `MAX_UNPACKED_BYTES`, or XML nested deeper
than the XML parser allows.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.styles.style import CharacterStyle, ParagraphStyle
from docx.text.font import Font
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import _Element

from editor.formats.body import Block, BlockKind, ListLevel, Span
from editor.formats.decoding import MAX_FILE_BYTES
from editor.formats.docx_numbering import WordNumbering
from editor.formats.errors import FormatError
from editor.formats.foreign_document import (
    MAX_HEADLINE_CHARS,
    ForeignDocument,
    body_markdown,
    clean_line,
    is_plain_paragraph,
    take_teaser,
)
from editor.formats.link_policy import is_allowed_link

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A .docx whose parts add up to more than this unpacked is refused (a ZIP bomb)."""

_FIELD_STYLES = {"Kicker": "kicker", "Byline": "byline", "Dateline": "dateline"}
_COPYDESK_STYLES = frozenset(_FIELD_STYLES)  # what editor.formats.docx_export adds
_QUOTE_STYLES = frozenset({"Quote", "Intense Quote"})
_HEADING_STYLE = re.compile(r"^Heading ([1-9])$")
_SKIPPED_CONTAINERS = frozenset({qn("w:del"), qn("w:moveFrom")})


@dataclass
class _Fields:
    headline: str = ""
    teaser: str = ""
    kicker: str = ""
    byline: str = ""
    dateline: str = ""


def read_docx_file(path: str | os.PathLike[str]) -> ForeignDocument:
    """Read the Word document at `path` (refusals name the file)."""
    name = os.fspath(path)
    try:
        if os.path.getsize(name) > MAX_FILE_BYTES:
            raise FormatError("file is too large (limit 50 MB)", source=name)
        with open(name, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise FormatError(f"cannot read: {error.strerror or error}", source=name) from None
    try:
        return read_docx(data)
    except FormatError as error:
        raise error.with_source(name) from None


def read_docx(data: bytes) -> ForeignDocument:
    """Read a Word document from its bytes (see the module docstring)."""
    document = _open(data)
    fields = _Fields()
    blocks: list[Block] = []
    reader = _ParagraphReader(document)
    for element in document.element.body.iter(qn("w:p")):
        paragraph = Paragraph(element, document)
        style = reader.styles.paragraph_style(element)
        block = reader.block(paragraph, style)
        if block is None:
            continue
        name = _name_of(style)
        if not blocks and _is_field(name, fields, block):
            setattr(fields, _field_of(name, fields), clean_line(block.text))
            continue
        blocks.append(block)
    properties = document.core_properties
    if not fields.headline:
        fields.headline = _fallback_headline(clean_line(properties.title or ""), blocks)
    if not fields.teaser:
        fields.teaser = "" if reader.styles.made_by_copydesk() else take_teaser(blocks)
    return ForeignDocument(
        headline=fields.headline,
        body=body_markdown(blocks),
        teaser=fields.teaser,
        kicker=fields.kicker,
        byline=fields.byline,
        dateline=fields.dateline,
        section=clean_line(properties.category or ""),
        language=clean_line(properties.language or ""),
        tags=[clean_line(tag) for tag in (properties.keywords or "").split(",") if tag.strip()],
    )


def _open(data: bytes) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise FormatError("not a Word document (the file is not a valid .docx archive)") from None
    if unpacked > MAX_UNPACKED_BYTES:
        limit = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise FormatError(f"the Word document unpacks to more than {limit} MB; refused")
    if "[Content_Types].xml" not in names:
        raise FormatError("not a Word document (a ZIP archive without Word's parts)")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # any failure inside an untrusted archive is a refusal
        raise FormatError(f"not a readable Word document ({_in_words(error)})") from None


def _in_words(error: Exception) -> str:
    detail = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {detail}" if detail else type(error).__name__


def _is_field(style: str, fields: _Fields, block: Block) -> bool:
    """True while the document's header (before any body block) sets a field."""
    return bool(block.text.strip()) and _field_of(style, fields) != ""


def _field_of(style: str, fields: _Fields) -> str:
    """The field a header paragraph of `style` fills, or "" when it is body text."""
    if style in _FIELD_STYLES and not getattr(fields, _FIELD_STYLES[style]):
        return _FIELD_STYLES[style]
    if style in ("Title", "Heading 1") and not fields.headline:
        return "headline"
    if style == "Subtitle" and fields.headline and not fields.teaser:
        return "teaser"
    return ""


def _fallback_headline(title: str, blocks: list[Block]) -> str:
    if title:
        return title
    if blocks and is_plain_paragraph(blocks[0]) and len(blocks[0].text) <= MAX_HEADLINE_CHARS:
        return clean_line(blocks.pop(0).text)
    raise FormatError(
        "no headline: give the headline the Title or Heading 1 style in Word, or set the"
        " document's title"
    )


class _StyleIndex:
    """The document's styles by id, looked up once: python-docx searches every style on
    each lookup, which made reading a long document take a quarter of a second."""

    def __init__(self, document: Document) -> None:
        self.by_id = {style.style_id: style for style in document.styles}
        self.names = {style.name for style in self.by_id.values()}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default_paragraph = default if isinstance(default, ParagraphStyle) else None

    def made_by_copydesk(self) -> bool:
        """True for a document with Copydesk's own styles: its teaser, if any, is the
        Subtitle paragraph, and a bold first paragraph is body text."""
        return self.names >= _COPYDESK_STYLES

    def paragraph_style(self, paragraph: CT_P) -> ParagraphStyle | None:
        properties = paragraph.pPr
        style_id = properties.style if properties is not None else None
        style = self.by_id.get(style_id) if style_id else None
        return style if isinstance(style, ParagraphStyle) else self.default_paragraph

    def character_font(self, run: CT_R) -> Font | None:
        properties = run.rPr
        style_id = properties.style if properties is not None else None
        style = self.by_id.get(style_id) if style_id else None
        return style.font if isinstance(style, CharacterStyle) else None


def _name_of(style: ParagraphStyle | None) -> str:
    return (style.name if style is not None else None) or "Normal"


class _ParagraphReader:
    """Turns Word paragraphs into body blocks, keeping track of open lists."""

    def __init__(self, document: Document) -> None:
        self.part = document.part
        self.styles = _StyleIndex(document)
        self.numbering = WordNumbering(document)
        self.open_lists: list[tuple[ListLevel, int]] = []  # level, Word numId
        self.next_list_id = 0

    def block(self, paragraph: Paragraph, paragraph_style: ParagraphStyle | None) -> Block | None:
        """The paragraph as a block, or None when it holds nothing (an empty paragraph
        ends an open list)."""
        spans = list(self._spans(paragraph))
        style = _name_of(paragraph_style)
        item = self.numbering.item_of(paragraph, style, paragraph_style)
        if item is None:
            self.open_lists = []
            if not "".join(span.text for span in spans).strip():
                return None
            return Block(spans, _kind_of(style), 1 if style in _QUOTE_STYLES else 0)
        del self.open_lists[item.depth :]
        if len(self.open_lists) == item.depth and self.open_lists[-1][1] != item.num_id:
            self.open_lists.pop()
        while len(self.open_lists) < item.depth:
            level = ListLevel(item.ordered, item.number, self.next_list_id)
            self.open_lists.append((level, item.num_id))
            self.next_list_id += 1
        return Block(spans, lists=tuple(level for level, _num in self.open_lists))

    def _spans(self, paragraph: Paragraph) -> list[Span]:
        spans: list[Span] = []
        for element in paragraph._p.iter(qn("w:r")):
            link = self._run_context(element, paragraph._p)
            if link is None:
                continue
            run = Run(element, paragraph)
            if run.font.hidden:
                continue
            href, title = link
            bold, italic, strike = _run_formatting(run, self.styles.character_font(element))
            spans.append(Span(run.text, bold, italic, strike, href, title if href else None))
        return spans

    def _run_context(
        self, run: _Element, paragraph: _Element
    ) -> tuple[str | None, str | None] | None:
        """The hyperlink (target, tooltip) a run sits in, (None, None) outside links, or
        None for a run that is not this paragraph's visible text (deleted, or in a text
        box's own paragraph)."""
        href: str | None = None
        title: str | None = None
        parent = run.getparent()
        while parent is not None and parent is not paragraph:
            if parent.tag in _SKIPPED_CONTAINERS or parent.tag == qn("w:p"):
                return None
            if parent.tag == qn("w:hyperlink") and href is None:
                href, title = self._link_target(parent), parent.get(qn("w:tooltip"))
            parent = parent.getparent()
        return href, title

    def _link_target(self, link: _Element) -> str | None:
        relation_id = link.get(qn("r:id"))
        anchor = link.get(qn("w:anchor"))
        target = ""
        if relation_id and relation_id in self.part.rels:
            target = self.part.rels[relation_id].target_ref
        if anchor:
            target += "#" + anchor
        return target if target and is_allowed_link(target) else None


def _run_formatting(run: Run, character_style: Font | None) -> tuple[bool, bool, bool]:
    def either(own: bool | None, inherited: bool | None) -> bool:
        return bool(own) if own is not None else bool(inherited)

    return (
        either(run.bold, character_style.bold if character_style else None),
        either(run.italic, character_style.italic if character_style else None),
        either(run.font.strike, None) or either(run.font.double_strike, None),
    )


def _kind_of(style: str) -> BlockKind:
    match = _HEADING_STYLE.match(style)
    if match is None:
        return BlockKind.PARAGRAPH
    return BlockKind.HEADING2 if int(match.group(1)) <= 2 else BlockKind.HEADING3
