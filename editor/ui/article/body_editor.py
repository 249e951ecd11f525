"""The WYSIWYG article body editor: a QTextEdit holding the house structure
(paragraphs, H2/H3, bold, italic, strikethrough, lists three deep, block quotes,
links, hard line breaks) that loads and saves body Markdown.

The window owns the shortcuts and calls the public methods; the widget itself handles
only the keys that belong to writing: Tab/Shift+Tab in lists, Enter on an empty list
item, Backspace at the start of a list item and smart typography. A standalone editor
also bolds and italicises on Ctrl+B/I (and its find bar steps on F3/Shift+F3); in the
main window the actions alone own those keys (:meth:`set_window_owns_shortcuts`), so a
shortcut the user cleared or moved elsewhere stops working here too. Text typed at the
end of a link (or before one that opens a paragraph) does not join the link; typed
between two of its characters, it does.

Links the allow-list refuses (editor.formats.link_policy) on loading or pasting arrive
as plain text, and `links_refused` reports them. A body that cannot be loaded (any
exception on the way) is shown as its stored Markdown source, read-only; `load_error`
says why, and `markdown()` gives back the stored body unchanged, so nothing is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from editor.ui.body import body_io
from editor.ui.body.list_numbering import ChunkNumbering
from editor.ui.editing import block_commands, inline_commands, link_commands
from editor.ui.editing.block_structure import (
    BULLET,
    NUMBERED,
    base_char_format,
    heading_level,
    is_quoted,
    list_depth,
    space_empty_document,
    text_list_of,
)
from editor.ui.editing.format_state import FormatState, format_state_at
from editor.ui.editing.typing_typography import TypographyInput
from editor.ui.editing.writing_aids import TypewriterScroller, ZoomController
from editor.ui.qt.none_refcount_guard import protect_none_refcount

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from editor.domain import TextMetrics
    from editor.ui.body.html_loading import PreparedBody
    from editor.ui.editing.find_replace_bar import FindReplaceBar
    from editor.ui.editing.link_dialog import LinkDialog


class BodyEditor(QTextEdit):
    """Rich-text body editor speaking body Markdown at its edges."""

    format_state_changed = Signal(object)
    links_refused = Signal(list)  # the refused link targets (str), on loading or pasting

    def __init__(self, parent: QWidget | None = None) -> None:
        protect_none_refcount()
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self._format_state = FormatState()
        self._typography = TypographyInput(self)
        self._zoom = ZoomController(self)
        self._typewriter = TypewriterScroller(self)
        self._find_bar: FindReplaceBar | None = None
        self._place_find_bar: Callable[[QWidget], None] | None = None
        self._window_owns_shortcuts = False
        self._unloaded_markdown: str | None = None  # the stored body when it failed to load
        self._load_error: str | None = None
        self._loaded_metrics: Mapping[str, TextMetrics] = {}
        space_empty_document(self.document())
        self._numbering = ChunkNumbering(self.document())
        self.cursorPositionChanged.connect(self._refresh_format_state)
        self.currentCharFormatChanged.connect(self._refresh_format_state)

    # -- content -------------------------------------------------------------------

    def set_markdown(self, markdown_text: str, prepared: PreparedBody | None = None) -> None:
        """Show a body (resets undo history and the modified flag); `prepared` is the
        same body already rendered off the GUI thread (`body_io.prepare_body`). If
        loading fails, the stored Markdown is shown read-only instead (see
        `load_error`)."""
        document = self.document()
        self._unloaded_markdown = self._load_error = None
        self._loaded_metrics = {}
        self.setReadOnly(False)
        refused: list[str] = []
        # One edit block around the build and the cursor's move to the top: Qt hears of
        # the new body once, as a whole, and lays it out in steps while the event loop
        # runs; the cursor the build carried to the end is back at the top before
        # anything is laid out (moving it later would lay out the whole document).
        whole = QTextCursor(document)
        whole.beginEditBlock()
        try:
            try:
                if prepared is None:
                    refused = body_io.load_markdown(document, markdown_text)
                else:
                    refused = body_io.load_prepared(document, prepared)
                    self._loaded_metrics = prepared.block_metrics
            except Exception as error:  # any failure: keep the stored body, never half
                self._unloaded_markdown = markdown_text
                self._load_error = f"{type(error).__name__}: {error}"
                self._loaded_metrics = {}
                document.setPlainText(markdown_text)
                self.setReadOnly(True)
            self.setTextCursor(QTextCursor(document))
        finally:
            whole.endEditBlock()
        document.clearUndoRedoStacks()
        document.setModified(False)
        self._refresh_format_state()
        if refused:
            self.links_refused.emit(refused)

    def loaded_block_metrics(self) -> Mapping[str, TextMetrics]:
        """The counts of the loaded body's blocks by their text, taken where the body
        was prepared (off the GUI thread); empty when it was loaded here."""
        return self._loaded_metrics

    @property
    def load_error(self) -> str | None:
        """Why the body shown could not be loaded (None when it loaded)."""
        return self._load_error

    def markdown(self) -> str:
        """The body as Markdown, as the house writer produces it (the stored body,
        unchanged, when it could not be loaded)."""
        if self._unloaded_markdown is not None:
            return self._unloaded_markdown
        return body_io.write_markdown(self.document())

    # -- state at the cursor ---------------------------------------------------------

    def format_state(self) -> FormatState:
        """The formatting at the cursor, as last emitted."""
        return self._format_state

    def _refresh_format_state(self) -> None:
        state = format_state_at(self.textCursor(), self.currentCharFormat())
        if state != self._format_state:
            self._format_state = state
            self.format_state_changed.emit(state)

    # -- commands --------------------------------------------------------------------

    def toggle_bold(self) -> None:
        """Bold on/off for the selection or what is typed next."""
        inline_commands.toggle_bold(self)
        self._refresh_format_state()

    def toggle_italic(self) -> None:
        """Italic on/off for the selection or what is typed next."""
        inline_commands.toggle_italic(self)
        self._refresh_format_state()

    def toggle_strikethrough(self) -> None:
        """Strikethrough on/off for the selection or what is typed next."""
        inline_commands.toggle_strikethrough(self)
        self._refresh_format_state()

    def set_heading_level(self, level: int) -> None:
        """Subhead H2/H3 (``level`` 2 or 3) or normal paragraph (0) for the selected blocks."""
        inline_commands.set_heading_level(self.textCursor(), level)
        self._refresh_format_state()

    def remove_formatting(self) -> None:
        """Strip bold, italic, strikethrough and links from the selection."""
        inline_commands.remove_formatting(self)
        self._refresh_format_state()

    def toggle_bullet_list(self) -> None:
        """Bullet list on/off for the selected paragraphs."""
        block_commands.toggle_list(self.textCursor(), BULLET)
        self._refresh_format_state()

    def toggle_numbered_list(self) -> None:
        """Numbered list on/off for the selected paragraphs."""
        block_commands.toggle_list(self.textCursor(), NUMBERED)
        self._refresh_format_state()

    def indent_list_item(self) -> None:
        """Nest the selected list items one level deeper (three levels at most)."""
        block_commands.indent_items(self.textCursor())
        self._refresh_format_state()

    def outdent_list_item(self) -> None:
        """Move the selected list items one level out (to paragraphs from the top)."""
        block_commands.outdent_items(self.textCursor())
        self._refresh_format_state()

    def toggle_block_quote(self) -> None:
        """Block quote on/off for the selected blocks (whole lists move with them)."""
        block_commands.toggle_block_quote(self.textCursor())
        self._refresh_format_state()

    # -- links -----------------------------------------------------------------------

    def edit_link(self) -> LinkDialog:
        """Open the link dialog for the link under the cursor (or the selection) and
        return it; it is window-modal and applies its result when closed."""
        from editor.ui.editing.link_dialog import LinkDialog  # on first use, not at start-up

        span = link_commands.link_span_at(self.textCursor())
        dialog = LinkDialog(span.text, span.url, self)
        dialog.link_accepted.connect(lambda text, url: self.apply_link(span, text, url))
        dialog.link_removed.connect(lambda: self.remove_link(span))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_link(self, span: link_commands.LinkSpan, text: str, url: str) -> None:
        """Make ``span`` a link to ``url`` showing ``text``; whitespace at the span's
        edges stays outside the link, and typing goes on unlinked after it."""
        link_end = link_commands.apply_link(self.textCursor(), span, text, url)
        cursor = self.textCursor()
        cursor.setPosition(link_end)
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(link_commands.without_link(cursor.charFormat()))
        self._refresh_format_state()

    def remove_link(self, span: link_commands.LinkSpan) -> None:
        """Turn the link in ``span`` back into plain text."""
        link_commands.remove_link(self.textCursor(), span)
        if not self.textCursor().hasSelection():
            self.setCurrentCharFormat(link_commands.without_link(self.currentCharFormat()))
        self._refresh_format_state()

    # -- paste -----------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return body_io.can_insert(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        refused = body_io.insert_rich(self.textCursor(), source)
        self.ensureCursorVisible()
        if refused:
            self.links_refused.emit(refused)

    def paste_plain_text(self) -> None:
        """Paste the clipboard's text literally, without any formatting."""
        text = QGuiApplication.clipboard().text()
        if text:
            body_io.insert_plain(self.textCursor(), text)
            self.ensureCursorVisible()

    # -- typography, zoom, scrolling -------------------------------------------------

    def set_typography_language(self, language: str | None) -> None:
        """Smart quotes, apostrophe, en dash and ellipsis for ``language``; None = off."""
        self._typography.set_language(language)

    def typography_language(self) -> str | None:
        """The language of the typography rules in force (None = off)."""
        return self._typography.language

    def zoom_in(self) -> None:
        """Larger text."""
        self._zoom.zoom_by(1)

    def zoom_out(self) -> None:
        """Smaller text."""
        self._zoom.zoom_by(-1)

    def reset_zoom(self) -> None:
        """Text at its normal size."""
        self._zoom.reset()

    def zoom_step(self) -> int:
        """Points above (positive) or below the normal text size."""
        return self._zoom.step

    def set_typewriter_scrolling(self, on: bool) -> None:
        """Keep the cursor line vertically centred while writing (focus mode)."""
        self._typewriter.set_enabled(on)

    def typewriter_scrolling(self) -> bool:
        """Whether typewriter scrolling is on."""
        return self._typewriter.enabled

    def typewriter_overshoot(self) -> int:
        """How far typewriter scrolling lengthens the scroll range below the document
        (half a viewport, so the last line can be centred); 0 when it is off."""
        return self.viewport().height() // 2 if self._typewriter.enabled else 0

    # -- find and replace ------------------------------------------------------------

    def find_bar(self) -> FindReplaceBar:
        """The find/replace bar for this editor (hidden until :meth:`show_find`), built
        on first use (not at start-up); the host set with :meth:`set_find_bar_host`
        decides where it sits."""
        if self._find_bar is None:
            from editor.ui.editing.find_replace_bar import FindReplaceBar

            self._find_bar = FindReplaceBar(self)
            self._find_bar.set_handles_find_keys(not self._window_owns_shortcuts)
            if self._place_find_bar is not None:
                self._place_find_bar(self._find_bar)
        return self._find_bar

    def existing_find_bar(self) -> FindReplaceBar | None:
        """The find bar if it has been built, else None (without building it)."""
        return self._find_bar

    def set_find_bar_host(self, place: Callable[[QWidget], None]) -> None:
        """`place(bar)` puts the find bar in a layout when it is first built."""
        self._place_find_bar = place
        if self._find_bar is not None:
            place(self._find_bar)

    def show_find(self, replace: bool) -> None:
        """Show the find bar, with the replace row when ``replace``."""
        self.find_bar().show_bar(replace)

    # -- keys ------------------------------------------------------------------------

    def set_window_owns_shortcuts(self, owned: bool) -> None:
        """Whether window actions alone own Ctrl+B/I here and F3/Shift+F3 in the find
        bar (True in the main window); when False, the editor handles them itself."""
        self._window_owns_shortcuts = owned
        if self._find_bar is not None:
            self._find_bar.set_handles_find_keys(not owned)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_structure_key(event):
            event.accept()
            self._refresh_format_state()
            return
        if event.text():
            self._keep_typing_out_of_links()
        super().keyPressEvent(event)
        if event.text() and self._typography.language is not None:
            self._typography.after_typing(event.text())

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if event.commitString():
            self._keep_typing_out_of_links()
        super().inputMethodEvent(event)

    def _keep_typing_out_of_links(self) -> None:
        """Before text is typed: at a link's edge, type without the link."""
        outside = link_commands.typing_format_outside_link(
            self.textCursor(), self.currentCharFormat()
        )
        if outside is not None:
            self.setCurrentCharFormat(outside)

    def _handle_structure_key(self, event: QKeyEvent) -> bool:
        """Keys that edit structure rather than text; True when handled."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        cursor = self.textCursor()
        in_list = text_list_of(cursor.block()) is not None
        if key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier:
            if in_list:
                block_commands.indent_items(cursor)
            return True
        if key == Qt.Key.Key_Backtab:
            if in_list:
                block_commands.outdent_items(cursor)
            return True
        if modifiers == Qt.KeyboardModifier.ControlModifier and not self._window_owns_shortcuts:
            if key == Qt.Key.Key_B:
                inline_commands.toggle_bold(self)
                return True
            if key == Qt.Key.Key_I:
                inline_commands.toggle_italic(self)
                return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if cursor.hasSelection():
            return enter and self._split_block(cursor)
        if enter and heading_level(cursor.block()) and cursor.atBlockEnd():
            self._paragraph_after_heading(cursor)
            return True
        if not in_list:
            return enter and (self._leave_quote_on_empty_block(cursor) or self._split_block(cursor))
        at_empty_item = cursor.block().length() == 1
        backspace_at_start = key == Qt.Key.Key_Backspace and cursor.atBlockStart()
        if (enter and at_empty_item) or backspace_at_start:
            self._outdent_current_item(cursor)
            return True
        return enter and self._split_block(cursor)

    def _split_block(self, cursor: QTextCursor) -> bool:
        """Enter anywhere else: a new block of the same kind, in house spacing."""
        block_commands.split_block(cursor)
        self.setTextCursor(cursor)
        return True

    def _leave_quote_on_empty_block(self, cursor: QTextCursor) -> bool:
        """Enter on an empty paragraph inside a quote ends the quote there."""
        block = cursor.block()
        if block.length() != 1 or not is_quoted(block):
            return False
        work = QTextCursor(cursor)
        work.beginEditBlock()
        block_commands.set_quoted(work, block, False)
        work.endEditBlock()
        return True

    def _paragraph_after_heading(self, cursor: QTextCursor) -> None:
        """Enter at the end of a subhead continues with a normal paragraph."""
        cursor.beginEditBlock()
        cursor.insertBlock()
        inline_commands.set_heading_level(cursor, 0)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(base_char_format(0))

    def _outdent_current_item(self, cursor: QTextCursor) -> None:
        """Enter on an empty item / Backspace at an item's start: one level out, or
        out of the list from the top level."""
        work = QTextCursor(cursor)
        work.beginEditBlock()
        block_commands.outdent_block(work, cursor.block())
        work.endEditBlock()
        if list_depth(cursor.block()) == 0:
            self.setTextCursor(cursor)
