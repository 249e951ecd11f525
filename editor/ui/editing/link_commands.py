"""Links in the body: finding the link under the cursor, applying, removing, keeping
typing at a link's edge out of it, and checking URLs (http, https and mailto only)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor, QTextFormat

from editor.ui.editing.format_state import link_url
from editor.ui.editing.selection_ranges import fragments_in_span, restyle_fragments

ALLOWED_SCHEMES = ("http", "https", "mailto")

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


def normalize_url(raw: str) -> str:
    """Trim the URL and add the obvious scheme (``www.`` -> https, ``a@b`` -> mailto)."""
    url = raw.strip()
    if not url or "://" in url or ":" in url.split("/", 1)[0]:
        return url
    if "@" in url and "/" not in url:
        return "mailto:" + url
    return "https://" + url


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a link target, or None when it is fine."""
    if not url:
        return "Enter a web address."
    if any(ch.isspace() for ch in url):
        return "A web address cannot contain spaces."
    try:
        parts = urlsplit(url)
    except ValueError:
        return "This is not a valid web address."
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return "Only http, https and mailto links are allowed."
    if parts.scheme.lower() == "mailto":
        return None if "@" in parts.path else "A mailto link needs an e-mail address."
    return None if parts.netloc else "The web address has no host name."


def link_span_at(cursor: QTextCursor) -> LinkSpan:
    """The link under the cursor (whole link, within its block); else the selection
    (or an empty span at the caret)."""
    if cursor.hasSelection():
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first_block = cursor.document().findBlock(start)
        end = min(end, first_block.position() + first_block.length() - 1)
        urls = {link_url(fmt) for _s, _e, fmt in fragments_in_span(first_block, start, end)}
        url = next(iter(urls)) if len(urls) == 1 else None
        if url:
            caret = QTextCursor(cursor.document())
            caret.setPosition(start + 1)
            whole = _link_around_caret(caret)
            if whole.url == url and whole.start <= start and end <= whole.end:
                return whole
        text = first_block.text()[start - first_block.position() : end - first_block.position()]
        return LinkSpan(start, end, text, url or "")
    return _link_around_caret(cursor)


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


def apply_link(cursor: QTextCursor, span: LinkSpan, text: str, url: str) -> None:
    """Make ``span`` a link to ``url`` showing ``text`` (one undo step)."""
    shown = text or url
    work = QTextCursor(cursor.document())
    work.beginEditBlock()
    work.setPosition(span.start)
    work.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    if shown == span.text and span.start != span.end:
        work.mergeCharFormat(link_char_format(url))
    else:
        probe = QTextCursor(cursor.document())
        probe.setPosition(span.start + 1 if span.end > span.start else span.start)
        char_format = without_link(probe.charFormat())
        char_format.merge(link_char_format(url))
        work.insertText(shown, char_format)
    work.endEditBlock()


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
