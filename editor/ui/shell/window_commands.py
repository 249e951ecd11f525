"""What each registry action does in the main window, and the state actions show.

Edit commands go to whichever text field has focus; formatting and find commands go to
the body editor and are disabled while another field or the article list has focus (no
key pressed while browsing the list may change an article); toolbar
buttons mirror the `FormatState` at the cursor. The actions alone own their keys: the
body is told not to handle Ctrl+B/I or F3 itself, so a shortcut changed in the
shortcuts editor takes effect everywhere. Also here: zoom (remembered, its level shown in
the status bar), focus mode (full screen, chrome hidden but the counts, typewriter
scrolling), the shortcut reference, the shortcuts editor and About with the version
(their dialogs load when first opened, not at start-up).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from editor import __version__
from editor.ui.editing.format_state import FormatState
from editor.ui.editing.writing_aids import MAX_ZOOM_STEP, MIN_ZOOM_STEP
from editor.ui.qt import settings as prefs
from editor.ui.qt.shown_text import shown_headline

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from editor.ui.actions.shortcuts_dialog import ShortcutsDialog
    from editor.ui.shell.main_window import MainWindow

BACKLINKS_WAIT_S = 2.0
TextField = QLineEdit | QPlainTextEdit | QTextEdit
# The body's context menu: the window's own actions, so it shows the keys the user chose.
BODY_MENU = (
    "edit.undo", "edit.redo", "|", "edit.cut", "edit.copy", "edit.paste",
    "edit.paste_plain", "|", "edit.select_all", "|", "format.link", "format.clear",
)  # fmt: skip
FORMAT_ACTIONS = (
    "format.bold", "format.italic", "format.strikethrough", "format.paragraph",
    "format.heading2", "format.heading3", "format.bullet_list", "format.numbered_list",
    "format.indent", "format.outdent", "format.quote", "format.link", "format.clear",
    "edit.find", "edit.find_next", "edit.find_previous", "edit.replace",
)  # fmt: skip


class WindowCommands(QObject):
    """Connects the registry's actions to the window and keeps their states current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.body = window.form.body
        self.body.set_window_owns_shortcuts(True)
        self.focus_mode = False
        self._chrome_visible: dict[QWidget, bool] = {}
        self._was_maximized = False
        self._zoom_steps = 0
        self.delete_confirmation: QMessageBox | None = None
        self.zoom_label = QLabel(window)
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.zoom_label)
        registry = window.registry
        connections = {
            "article.new": window.new_article,
            "article.save": window.save_now,
            "article.delete": self.confirm_delete,
            "app.open_library": self.open_library,
            "app.quit": window.close,
            "library.save_as": window.save_coordinator.save_library_elsewhere,
            "edit.undo": lambda: self._edit("undo"),
            "edit.redo": lambda: self._edit("redo"),
            "edit.cut": lambda: self._edit("cut"),
            "edit.copy": lambda: self._edit("copy"),
            "edit.paste": lambda: self._edit("paste"),
            "edit.select_all": lambda: self._edit("selectAll"),
            "edit.paste_plain": self.paste_plain,
            "edit.find": lambda: self.body.show_find(False),
            "edit.find_next": lambda: self.body.find_bar().find_again(backward=False),
            "edit.find_previous": lambda: self.body.find_bar().find_again(backward=True),
            "edit.replace": lambda: self.body.show_find(True),
            "app.shortcuts": self.edit_shortcuts,
            "format.bold": self.body.toggle_bold,
            "format.italic": self.body.toggle_italic,
            "format.strikethrough": self.body.toggle_strikethrough,
            "format.paragraph": lambda: self.body.set_heading_level(0),
            "format.heading2": lambda: self._toggle_heading(2),
            "format.heading3": lambda: self._toggle_heading(3),
            "format.bullet_list": self.body.toggle_bullet_list,
            "format.numbered_list": self.body.toggle_numbered_list,
            "format.indent": self.body.indent_list_item,
            "format.outdent": self.body.outdent_list_item,
            "format.quote": self.body.toggle_block_quote,
            "format.link": self.body.edit_link,
            "format.clear": self.body.remove_formatting,
            "article.typography": self.toggle_typography,
            "article.details": self.edit_details,
            "view.sidebar": lambda: window.sidebar.setVisible(registry["view.sidebar"].isChecked()),
            "view.details_panel": lambda: window.details_dock.setVisible(
                registry["view.details_panel"].isChecked()
            ),
            "view.zoom_in": lambda: self.zoom(+1),
            "view.zoom_out": lambda: self.zoom(-1),
            "view.zoom_reset": lambda: self.zoom(0),
            "view.focus": lambda: self.set_focus_mode(registry["view.focus"].isChecked()),
            "help.shortcuts": self.show_shortcuts,
            "help.about": self.show_about,
        }
        for action_id, slot in connections.items():
            registry.on_trigger(action_id, slot)
        self.body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.body.customContextMenuRequested.connect(self._show_body_menu)
        window.sidebar.visibilityChanged.connect(self._sync_panel_checks)
        window.details_dock.visibilityChanged.connect(self._sync_panel_checks)
        self.body.format_state_changed.connect(self.show_format_state)
        registry["article.typography"].setChecked(window.preferences.get(prefs.TYPOGRAPHY_ENABLED))
        window.details.language_changed.connect(lambda _code: self.apply_article_language())
        self.zoom_to(window.preferences.get(prefs.ZOOM_STEPS))
        self.show_format_state(FormatState())
        self.update_enabled(None)

    # -- edit --------------------------------------------------------------------------

    def _focused_field(self) -> TextField | None:
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, TextField) else None

    def _edit_target(self) -> TextField | None:
        """The focused text field; the body when no widget that takes keys has focus
        (a toolbar click); nothing while the library sidebar has focus."""
        field = self._focused_field()
        if field is not None:
            return field
        return None if self._in_article_list(QApplication.focusWidget()) else self.body

    def _in_article_list(self, focus: QWidget | None) -> bool:
        """The focus is in the library sidebar (the section tree, the article table)."""
        sidebar = self.window.sidebar
        return focus is not None and (focus is sidebar or sidebar.isAncestorOf(focus))

    def _edit(self, operation: str) -> None:
        """Edit > Undo and Redo act on the library while the sidebar's tree or table has
        the focus, on the focused text otherwise."""
        field = self._edit_target()
        if field is not None:
            getattr(field, operation)()
        elif operation in ("undo", "redo") and self._in_article_list(QApplication.focusWidget()):
            getattr(self.window.library_undo, operation)()

    def paste_plain(self) -> None:
        field = self._edit_target()
        if field is None:
            return
        if field is self.body:
            self.body.paste_plain_text()
        else:
            field.paste()

    def body_menu(self) -> QMenu:
        """The body's context menu, made of the window's actions (their current keys)."""
        menu = QMenu(self.body)
        for action_id in BODY_MENU:
            if action_id == "|":
                menu.addSeparator()
            else:
                menu.addAction(self.window.registry[action_id])
        return menu

    def _show_body_menu(self, position: QPoint) -> None:
        menu = self.body_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.body.viewport().mapToGlobal(position))

    # -- formatting --------------------------------------------------------------------

    def _toggle_heading(self, level: int) -> None:
        current = self.body.format_state().heading_level
        self.body.set_heading_level(0 if current == level else level)

    def show_format_state(self, state: FormatState) -> None:
        """Check the toolbar buttons that describe the text at the cursor."""
        registry = self.window.registry
        registry["format.bold"].setChecked(state.bold)
        registry["format.italic"].setChecked(state.italic)
        registry["format.strikethrough"].setChecked(state.strikethrough)
        registry["format.heading2"].setChecked(state.heading_level == 2)
        registry["format.heading3"].setChecked(state.heading_level == 3)
        registry["format.paragraph"].setChecked(state.heading_level == 0 and not state.list_style)
        registry["format.bullet_list"].setChecked(state.list_style == "bullet")
        registry["format.numbered_list"].setChecked(state.list_style == "numbered")
        registry["format.quote"].setChecked(state.in_quote)
        in_list = bool(state.list_style) and registry["format.bold"].isEnabled()
        registry["format.indent"].setEnabled(in_list)
        registry["format.outdent"].setEnabled(in_list)

    def update_enabled(self, focus: QWidget | None) -> None:
        """Formatting applies to the body: disabled while another text field or the
        article list has focus (from the list, Find and Replace still open)."""
        find_bar = self.body.existing_find_bar()
        in_find = (
            focus is not None
            and find_bar is not None
            and (focus is find_bar or find_bar.isAncestorOf(focus))
        )
        in_body = focus is not None and (focus is self.body or self.body.isAncestorOf(focus))
        in_list = self._in_article_list(focus)
        elsewhere = (
            isinstance(focus, TextField | QComboBox | QAbstractSpinBox) or in_list
        ) and not in_body
        for action_id in FORMAT_ACTIONS:
            # Finding changes nothing: from the list it searches the article just chosen.
            enabled = not elsewhere or ((in_find or in_list) and action_id.startswith("edit."))
            self.window.registry[action_id].setEnabled(enabled)
        self.show_format_state(self.body.format_state())

    def toggle_typography(self) -> None:
        on = self.window.registry["article.typography"].isChecked()
        self.window.preferences.set(prefs.TYPOGRAPHY_ENABLED, on)
        self.apply_article_language()

    def apply_article_language(self) -> None:
        on = self.window.registry["article.typography"].isChecked()
        self.body.set_typography_language(self.window.details.language_code() if on else None)

    def edit_details(self) -> None:
        self.window.details_dock.show()
        self.window.details_dock.raise_()
        self.window.details.byline.setFocus()

    def _sync_panel_checks(self) -> None:
        if self.focus_mode:
            return
        self.window.registry["view.sidebar"].setChecked(self.window.sidebar.isVisible())
        self.window.registry["view.details_panel"].setChecked(self.window.details_dock.isVisible())

    # -- view --------------------------------------------------------------------------

    def zoom(self, direction: int) -> None:
        self.zoom_to(0 if direction == 0 else self._zoom_steps + direction)

    def zoom_to(self, steps: int) -> None:
        """Zoom the body to `steps` (0 = normal), remembered across sessions."""
        steps = max(MIN_ZOOM_STEP, min(MAX_ZOOM_STEP, steps))
        self.body.reset_zoom()
        for _ in range(abs(steps)):
            (self.body.zoom_in if steps > 0 else self.body.zoom_out)()
        self._zoom_steps = steps
        self.window.preferences.set(prefs.ZOOM_STEPS, steps)
        self.zoom_label.setText(
            self.tr("Zoom {percent} %").replace("{percent}", str(self.zoom_percent()))
        )
        self.zoom_label.setToolTip(self.tr("Text size; View > Reset Zoom goes back to 100 %"))

    def zoom_percent(self) -> int:
        """The body's text size against its unzoomed size, in per cent."""
        size = self.body.font().pointSizeF()
        unzoomed = size - self.body.zoom_step()
        return round(100 * size / unzoomed) if unzoomed > 0 else 100

    def set_focus_mode(self, on: bool) -> None:
        """Full screen with only the article; typewriter scrolling keeps the line centred."""
        window = self.window
        if on == self.focus_mode:
            return
        self.focus_mode = on
        window.registry["view.focus"].setChecked(on)
        # The status bar stays, with the counts a writer keeps an eye on.
        chrome: list[QWidget] = [
            window.menuBar(),
            window.toolbar,
            window.sidebar,
            window.details_dock,
            window.library_label,
        ]
        if on:
            self._chrome_visible = {widget: widget.isVisible() for widget in chrome}
            self._was_maximized = window.isMaximized()
            for widget in chrome:
                widget.hide()
            window.showFullScreen()
        else:
            for widget in chrome:
                widget.setVisible(self._chrome_visible.get(widget, True))
            if self._was_maximized:
                window.showMaximized()
            else:
                window.showNormal()
        self.body.set_typewriter_scrolling(on)
        self.body.setFocus()

    # -- dialogs -----------------------------------------------------------------------

    def open_library(self) -> None:
        """Pick a library file and open it in a Copydesk of its own; this window closes
        (its article is saved first)."""
        from PySide6.QtCore import QProcess
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        path, _filter = QFileDialog.getOpenFileName(
            window,
            self.tr("Open Library"),
            "",
            self.tr("Copydesk libraries (*.sqlite *.db);;All files (*)"),
        )
        if not path:
            return
        arguments = ["-m", "editor", "--library", path, "gui"]
        if QProcess.startDetached(sys.executable, arguments)[0]:
            window.close()
        else:
            window.show_status(self.tr("Could not start Copydesk for ") + path)

    def confirm_delete(self) -> None:
        """Ask before moving the article to the Trash, naming the articles that link to
        it; Edit > Undo in the sidebar takes it back. The backlinks are read in the read
        pool; the box waits for them (an indexed query, a few milliseconds)."""
        linking: list[str] = []
        article_id = self.window.article.id
        if self.window.library is not None and self.window.article.version:
            self.window.client.read(
                "backlinks",
                lambda services: [ref.headline for ref, _kind in services.backlinks(article_id)],
                linking.extend,
            )
            self.window.client.wait_for_reads(BACKLINKS_WAIT_S)
        self._ask_delete(linking)

    def _ask_delete(self, linking_headlines: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        from editor.ui.session.save_prompts import plain_box

        headline = shown_headline(self.window.form.headline.text())
        question = self.tr("Move “{headline}” to the Trash? It can be restored from there.")
        question = question.replace("{headline}", headline)
        if linking_headlines:
            names = "\n".join(f"• {name}" for name in dict.fromkeys(linking_headlines))
            question += "\n\n" + self.tr("These articles link to it:") + "\n" + names
        box = plain_box(self.window, QMessageBox.Icon.Question, self.tr("Move to Trash"), question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.delete_confirmation = box  # reachable while it is open (tests, accessibility)
        answer = box.exec()
        self.delete_confirmation = None
        if answer == QMessageBox.StandardButton.Yes:
            self.window.delete_current_article()

    def show_shortcuts(self) -> QDialog:
        """The read-only shortcut reference (Help); its Customize button opens the editor."""
        from editor.ui.actions.shortcut_reference import open_shortcut_reference

        rows = self.window.registry.shortcut_table()
        return open_shortcut_reference(rows, self.window, self.edit_shortcuts)

    def edit_shortcuts(self) -> ShortcutsDialog:
        """Open the shortcuts editor (Edit > Customize Keyboard Shortcuts)."""
        from editor.ui.actions.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.registry, self.window.preferences, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            self.tr("About Copydesk"),
            self.tr(
                "<h3>Copydesk {version}</h3>"
                "<p>Write, link, review and export news articles, offline.</p>"
                "<p>Body font: Charis SIL by SIL International (SIL Open Font License 1.1).</p>"
            ).replace("{version}", __version__),
        )
