"""Links in the body: finding the link under the cursor, applying, removing, keeping
typing at a link's edge out of it. Which URLs a link may have is for
editor.formats.link_policy to say.

As in word processors, whitespace at the edges of a selection (Ctrl+Shift+Right selects
a word with its trailing space) stays outside the link and is never replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor, QTextFormat

from editor.ui.editing.format_state import link_url
from editor.ui.editing.selection_ranges import fragments_in_span, restyle_fragments

_LINK_PROPERTIES = (
    QTextFormat.Property.IsAnchor,
    QTextFormat.Property.AnchorHref,
    QTextFormat.Property.AnchorName,
    QTextFormat.Property.FontUnderline,
    QTextFormat.Property.TextUnderlineStyle,
    QTextFormat.Property.ForegroundBrush,
)


@dataclass(frozen=True)
class LinkSpan:
    """Where a link edit applies: [start, end) in the document, its text and URL
    (``url`` is "" when the span holds no link yet)."""

    start: int
    end: int
    text: str
    url: str


def link_span_at(cursor: QTextCursor) -> LinkSpan:
    """The link under the cursor (whole link, within its block); else the selection
    without the whitespace at its edges (or an empty span at the caret)."""
    if cursor.hasSelection():
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first_block = cursor.document().findBlock(start)
        end = min(end, first_block.position() + first_block.length() - 1)
        text = first_block.text()[start - first_block.position() : end - first_block.position()]
        selected = without_edge_whitespace(LinkSpan(start, end, text, ""))
        start, end = selected.start, selected.end
        urls = {link_url(fmt) for _s, _e, fmt in fragments_in_span(first_block, start, end)}
        url = next(iter(urls)) if len(urls) == 1 else None
        if url:
            caret = QTextCursor(cursor.document())
            caret.setPosition(start + 1)
            whole = _link_around_caret(caret)
            if whole.url == url and whole.start <= start and end <= whole.end:
                return whole
        return LinkSpan(start, end, selected.text, url or "")
    return _link_around_caret(cursor)


def without_edge_whitespace(span: LinkSpan) -> LinkSpan:
    """``span`` shrunk to its text without leading and trailing whitespace (a span of
    whitespace only becomes an empty span at its end)."""
    core = span.text.strip()
    if not core:
        return LinkSpan(span.end, span.end, "", span.url)
    start = span.start + len(span.text) - len(span.text.lstrip())
    return LinkSpan(start, start + len(core), core, span.url)


def _link_around_caret(cursor: QTextCursor) -> LinkSpan:
    """The whole link the character before the caret belongs to (so the link dialog
    edits the link the caret sits at the end of), else an empty span at the caret."""
    block = cursor.block()
    position = cursor.position()
    pieces = list(fragments_in_span(block, block.position(), block.position() + block.length()))
    for index, (start, end, fmt) in enumerate(pieces):
        url = link_url(fmt)
        if url is None or not (start < position <= end):
            continue
        if position == end and index + 1 < len(pieces) and link_url(pieces[index + 1][2]) == url:
            continue
        first, last = index, index
        while first > 0 and link_url(pieces[first - 1][2]) == url:
            first -= 1
        while last + 1 < len(pieces) and link_url(pieces[last + 1][2]) == url:
            last += 1
        span_start, span_end = pieces[first][0], pieces[last][1]
        text = block.text()[span_start - block.position() : span_end - block.position()]
        return LinkSpan(span_start, span_end, text, url)
    return LinkSpan(position, position, "", "")


def typing_format_outside_link(
    cursor: QTextCursor, typing: QTextCharFormat
) -> QTextCharFormat | None:
    """The format to type with at ``cursor`` instead of ``typing`` (the editor's typing
    format), or None to keep it.

    Qt types with the format of the character before the caret (at a paragraph start,
    the one after it), so typing at the end of a link, before a link that opens a
    paragraph, or in a paragraph begun at a link's end would join the link. As in word
    processors, typed text joins a link only between two of its characters; elsewhere it
    keeps the link's other formatting (bold, italic) without the link.
    """
    url = link_url(typing)
    if url is None or cursor.hasSelection():
        return None
    block = cursor.block()
    offset = cursor.positionInBlock()
    inside = 0 < offset < block.length() - 1 and (
        _url_of_character(cursor, cursor.position() - 1) == url
        and _url_of_character(cursor, cursor.position()) == url
    )
    return None if inside else without_link(typing)


def _url_of_character(cursor: QTextCursor, position: int) -> str | None:
    """The link target of the character at ``position`` (a character of a block, not the
    end of one)."""
    probe = QTextCursor(cursor.document())
    probe.setPosition(position + 1)
    return link_url(probe.charFormat())


def without_link(char_format: QTextCharFormat) -> QTextCharFormat:
    """A copy of ``char_format`` without the link and its look."""
    result = QTextCharFormat(char_format)
    for prop in _LINK_PROPERTIES:
        result.clearProperty(prop)
    return result


def link_char_format(url: str) -> QTextCharFormat:
    """What linked characters carry: the anchor plus the palette's link look."""
    char_format = QTextCharFormat()
    char_format.setAnchor(True)
    char_format.setAnchorHref(url)
    char_format.setFontUnderline(True)
    char_format.setForeground(QGuiApplication.palette().brush(QPalette.ColorRole.Link))
    return char_format


def apply_link(cursor: QTextCursor, span: LinkSpan, text: str, url: str) -> int:
    """Make ``span`` a link to ``url`` showing ``text`` (one undo step) and return the
    position just after the link.

    Whitespace at the span's edges is kept as it is and left outside the link (an old
    link that took in a space loses it); only the text between is linked or replaced.
    """
    shown = text.strip() or url
    core = without_edge_whitespace(span)
    work = QTextCursor(cursor.document())
    work.beginEditBlock()
    for edge_start, edge_end in ((span.start, core.start), (core.end, span.end)):
        if edge_start < edge_end:
            block = cursor.document().findBlock(edge_start)
            restyle_fragments(work, block, edge_start, edge_end, without_link)
    work.setPosition(core.start)
    work.setPosition(core.end, QTextCursor.MoveMode.KeepAnchor)
    if shown == core.text and core.start != core.end:
        work.mergeCharFormat(link_char_format(url))
    else:
        probe = QTextCursor(cursor.document())
        probe.setPosition(core.start + 1 if core.end > core.start else core.start)
        char_format = without_link(probe.charFormat())
        char_format.merge(link_char_format(url))
        work.insertText(shown, char_format)
    work.endEditBlock()
    return core.start + len(shown)


def remove_link(cursor: QTextCursor, span: LinkSpan) -> None:
    """Turn the linked text of ``span`` back into plain text (one undo step)."""
    if span.start == span.end:
        return

    work = QTextCursor(cursor.document())
    work.beginEditBlock()
    block = cursor.document().findBlock(span.start)
    while block.isValid() and block.position() < span.end:
        start = max(span.start, block.position())
        end = min(span.end, block.position() + block.length() - 1)
        restyle_fragments(work, block, start, end, without_link)
        block = block.next()
    work.endEditBlock()
