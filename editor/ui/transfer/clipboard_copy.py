"""Edit > Copy as HTML and Edit > Copy as Plain Text, for pasting into a CMS.

What is copied: the selection in the body when the body has the focus and a selection,
else the whole article as the form holds it now.

- Copy as HTML puts `text/html` and a `text/plain` alternative on the clipboard. The
  HTML is the export's sanitised body (`html_export.body_html`: the supported structure
  only, web and mail links only; an internal article link keeps its text, as a CMS has
  no page for it); a whole article is headed by its kicker, headline and teaser. The
  plain alternative is the article (or the selection) in the plain-text export's form.
- Copy as Plain Text puts the seed's plain layout on the clipboard: quoted headline,
  teaser, body paragraphs, without the Read Previous / Read Next blocks (a CMS links
  stories itself); a selection is its paragraphs in the same plain form.

A selection is turned into Markdown by the editor's own writer (a document made of the
selected fragment), so the copy shows exactly the structure the editor shows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from editor.domain import Article
from editor.formats.body import markdown_to_blocks
from editor.formats.export_links import ExportOptions
from editor.formats.html_export import body_html, clean_text
from editor.formats.plain_export import article_to_plain_text, blocks_to_plain_form
from editor.ui.article.body_editor import BodyEditor
from editor.ui.body.body_io import write_markdown

PLAIN_OPTIONS = ExportOptions(navigation=False)


def selected_markdown() -> str | None:
    """The body's selection as Markdown, when the focused widget is the body and holds a
    selection; None otherwise."""
    focused = QApplication.focusWidget()
    if not isinstance(focused, BodyEditor) or not focused.textCursor().hasSelection():
        return None
    fragment = focused.textCursor().selection()
    document = QTextDocument()
    QTextCursor(document).insertFragment(fragment)
    return write_markdown(document)


def article_html(article: Article) -> str:
    """The whole article as an HTML fragment: kicker, headline, teaser, body."""
    parts: list[str] = []
    if article.kicker.strip():
        parts.append(f"<p><small>{_text(article.kicker)}</small></p>")
    if article.headline.strip():
        parts.append(f"<h1>{_text(article.headline)}</h1>")
    if article.teaser.strip():
        parts.append(f"<p><strong>{_text(article.teaser)}</strong></p>")
    body = body_html(article.body)
    if body:
        parts.append(body)
    return "\n".join(parts)


def plain_paragraphs(markdown: str) -> str:
    """A body (or part of one) in the plain export's form: paragraphs, blank-line apart."""
    if not markdown.strip():
        return ""
    return "\n\n".join(blocks_to_plain_form(markdown_to_blocks(markdown)))


def copy_as_html(article: Article) -> None:
    """Put the selection or `article` on the clipboard as HTML plus plain text."""
    selection = selected_markdown()
    data = QMimeData()
    if selection is not None:
        data.setHtml(body_html(selection))
        data.setText(plain_paragraphs(selection))
    else:
        data.setHtml(article_html(article))
        data.setText(article_to_plain_text(article, options=PLAIN_OPTIONS))
    QApplication.clipboard().setMimeData(data)


def copy_as_plain_text(article: Article) -> None:
    """Put the selection or `article` on the clipboard as plain text (seed layout)."""
    selection = selected_markdown()
    if selection is not None:
        text = plain_paragraphs(selection)
    else:
        text = article_to_plain_text(article, options=PLAIN_OPTIONS)
    QApplication.clipboard().setText(text)


def _text(text: str) -> str:
    return escape(clean_text(" ".join(text.split())), quote=False)
