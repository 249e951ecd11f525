"""The one action registry: stable ids, texts, default shortcuts, icons, menus, toolbar.

Every command the window offers is declared once in `ACTION_SPECS`. `ActionRegistry`
creates the QActions, applies user shortcut overrides on top of the defaults
(platform-standard `QKeySequence.StandardKey` wherever one exists), sets every text in
one `retranslate()` pass and builds the menus and the toolbar from `MENU_LAYOUT` and
`TOOLBAR_LAYOUT`. Behaviour is connected elsewhere (main_window) by id.

Standard keys bring platform aliases no ordinary keyboard has (F13-F35, the Sun and
media keys Undo, Cut, Copy, Paste, New, Open, Find, Help...). The QActions keep them all;
what people read (`typeable_sequences`) lists only the keys they can type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from editor.ui.qt.resources import themed_icon

StandardKey = QKeySequence.StandardKey
SEPARATOR = "|"
TRANSLATION_CONTEXT = "actions"


@dataclass(frozen=True)
class ActionSpec:
    """Declaration of one command. `hint` is a shortcut the editor handles itself."""

    id: str
    text: str
    tip: str = ""
    shortcut: StandardKey | str | None = None
    icon: str | None = None
    checkable: bool = False
    hint: str = ""
    also: tuple[str, ...] = ()  # more default keys, after the platform's (Ctrl+Y for Redo)


ACTION_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "article.new", "&New Article", "Start a new article", StandardKey.New, "article-new"
    ),
    ActionSpec("article.save", "&Save", "Save the article now", StandardKey.Save, "article-save"),
    ActionSpec(
        "app.open_library",
        "&Open Library…",
        "Open another library in a new window",
        StandardKey.Open,
    ),
    ActionSpec("article.delete", "&Delete Article…", "Delete this article", None, "article-delete"),
    ActionSpec(
        "library.save_as",
        "Save &Library As…",
        "Save the whole library under a new name and go on working there",
        StandardKey.SaveAs,
    ),
    ActionSpec(
        "library.import", "&Import…", "Import files or a folder into the library", "Ctrl+Shift+O"
    ),
    ActionSpec("article.export", "&Export…", "Export this article to a file", "Ctrl+Shift+E"),
    ActionSpec("library.export_site", "Export &Site…", "Export the library as a web site"),
    ActionSpec("app.quit", "&Quit", "Quit Copydesk", StandardKey.Quit, "app-quit"),
    ActionSpec("edit.undo", "&Undo", "Undo", StandardKey.Undo, "edit-undo"),
    ActionSpec("edit.redo", "&Redo", "Redo", StandardKey.Redo, "edit-redo", also=("Ctrl+Y",)),
    ActionSpec("edit.cut", "Cu&t", "Cut", StandardKey.Cut, "edit-cut"),
    ActionSpec("edit.copy", "&Copy", "Copy", StandardKey.Copy, "edit-copy"),
    ActionSpec("edit.paste", "&Paste", "Paste", StandardKey.Paste, "edit-paste"),
    ActionSpec(
        "edit.paste_plain",
        "Paste as Plain &Text",
        "Paste without any formatting",
        "Ctrl+Shift+V",
        "edit-paste-plain",
    ),
    ActionSpec("edit.select_all", "Select &All", "", StandardKey.SelectAll),
    ActionSpec("edit.find", "&Find…", "Find in the article", StandardKey.Find, "edit-find"),
    ActionSpec("edit.find_next", "Find &Next", "Select the next match", StandardKey.FindNext),
    ActionSpec(
        "edit.find_previous",
        "Find Pre&vious",
        "Select the previous match",
        StandardKey.FindPrevious,
    ),
    ActionSpec(
        "edit.replace", "&Replace…", "Find and replace", StandardKey.Replace, "edit-replace"
    ),
    ActionSpec(
        "edit.copy_html",
        "Copy as &HTML",
        "Copy the article or the selection as HTML, for pasting into a CMS",
    ),
    ActionSpec(
        "edit.copy_plain",
        "Copy as Plain Te&xt",
        "Copy the article or the selection as plain text",
    ),
    ActionSpec(
        "app.shortcuts",
        "Customize Keyboard &Shortcuts…",
        "Change which keys run which commands",
    ),
    ActionSpec("format.bold", "&Bold", "Bold", StandardKey.Bold, "format-bold", True),
    ActionSpec("format.italic", "&Italic", "Italic", StandardKey.Italic, "format-italic", True),
    ActionSpec(
        "format.strikethrough",
        "&Strikethrough",
        "Strikethrough",
        "Ctrl+Shift+X",
        "format-strikethrough",
        True,
    ),
    ActionSpec(
        "format.paragraph", "&Normal Paragraph", "Normal text", "Ctrl+0", "format-paragraph", True
    ),
    ActionSpec("format.heading2", "Subhead (H&2)", "Subhead", "Ctrl+2", "format-heading-2", True),
    ActionSpec(
        "format.heading3",
        "Minor Subhead (H&3)",
        "Minor subhead",
        "Ctrl+3",
        "format-heading-3",
        True,
    ),
    ActionSpec(
        "format.bullet_list",
        "B&ulleted List",
        "Bulleted list",
        "Ctrl+Shift+8",
        "format-list-bullet",
        True,
    ),
    ActionSpec(
        "format.numbered_list",
        "N&umbered List",
        "Numbered list",
        "Ctrl+Shift+7",
        "format-list-numbered",
        True,
    ),
    ActionSpec(
        "format.indent", "&Indent List Item", "Indent list item", None, "format-indent", hint="Tab"
    ),
    ActionSpec(
        "format.outdent",
        "&Outdent List Item",
        "Outdent list item",
        None,
        "format-outdent",
        hint="Shift+Tab",
    ),
    ActionSpec("format.quote", "Block &Quote", "Block quote", "Ctrl+Shift+9", "format-quote", True),
    ActionSpec("format.link", "Insert/Edit &Link…", "Link", "Ctrl+K", "format-link"),
    ActionSpec(
        "format.clear", "&Remove Formatting", "Remove formatting", "Ctrl+Space", "format-clear"
    ),
    ActionSpec(
        "article.typography",
        "&Typographic Quotes and Dashes",
        "Replace quotes, dashes and dots as you type",
        None,
        None,
        True,
    ),
    ActionSpec("library.search", "&Search Library…", "Search every article", "Ctrl+Shift+F"),
    ActionSpec("library.new_section", "&New Section…", "Create a section in the chosen one"),
    ActionSpec("library.rename_section", "&Rename Section…", "Rename the chosen section"),
    ActionSpec("library.delete_section", "&Delete Section…", "Delete the chosen section"),
    ActionSpec("library.trash", "Move to &Trash…", "Move the selected articles to the Trash"),
    ActionSpec("library.restore", "Re&store from Trash", "Take the selected articles back"),
    ActionSpec("library.empty_trash", "&Empty Trash…", "Delete the Trash's articles for good"),
    ActionSpec("article.details", "Edit &Details", "Byline, section, tags...", "Ctrl+Shift+D"),
    ActionSpec(
        "view.sidebar",
        "Article &List",
        "Show the article list",
        "Ctrl+Shift+L",
        "view-sidebar",
        True,
    ),
    ActionSpec(
        "view.details_panel", "Article &Details Panel", "", "Ctrl+Shift+I", "view-details", True
    ),
    ActionSpec("view.zoom_in", "Zoom &In", "Larger text", StandardKey.ZoomIn, "view-zoom-in"),
    ActionSpec("view.zoom_out", "Zoom &Out", "Smaller text", StandardKey.ZoomOut, "view-zoom-out"),
    ActionSpec(
        "view.zoom_reset", "&Reset Zoom", "Normal text size", "Ctrl+Alt+0", "view-zoom-reset"
    ),
    ActionSpec(
        "view.focus", "&Focus Mode", "Write without distractions", "F11", "view-focus", True
    ),
    ActionSpec(
        "help.shortcuts",
        "Keyboard Shortcut &Reference",
        "List every keyboard shortcut",
        StandardKey.HelpContents,
        "help-shortcuts",
    ),
    ActionSpec("help.about", "&About Copydesk", "", None, "help-about"),
    # Story links (editor/ui/links/)
    ActionSpec("links.previous_story", "&Previous Story", "Open the previous story", "Alt+PgUp"),
    ActionSpec("links.next_story", "&Next Story", "Open the next story", "Alt+PgDown"),
    ActionSpec("links.back", "&Back", "Back to the article visited before", "Alt+Left"),
    ActionSpec("links.forward", "&Forward", "Forward to the article visited after", "Alt+Right"),
    ActionSpec("links.follow", "F&ollow Link", "Open the link at the cursor", "Ctrl+Return"),
    ActionSpec(
        "links.link_to_article",
        "Link to &Article…",
        "Link the selection to another article",
        "Ctrl+Shift+K",
    ),
    ActionSpec("links.set_previous", "Set P&revious Story…", "Choose the previous story"),
    ActionSpec("links.set_next", "Set Ne&xt Story…", "Choose the next story"),
    ActionSpec(
        "links.chain_by_date",
        "&Chain Section by Date",
        "Link the section's stories without neighbours as previous/next, oldest first",
    ),
    ActionSpec("links.add_related", "Add Re&lated Story…", "Relate another story to this one"),
    ActionSpec("links.related_panel", "R&elated Stories Panel", "", None, None, True),
    ActionSpec("links.linked_from_panel", "Linked Fro&m Panel", "", None, None, True),
    ActionSpec(
        "links.broken_links",
        "Bro&ken Links…",
        "List the links whose target is in the Trash or missing",
    ),
)

MENU_LAYOUT: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "file",
        "&File",
        (
            "article.new",
            "article.save",
            SEPARATOR,
            "app.open_library",
            "library.save_as",
            SEPARATOR,
            "library.import",
            "article.export",
            "library.export_site",
            SEPARATOR,
            "article.delete",
            SEPARATOR,
            "app.quit",
        ),
    ),
    (
        "edit",
        "&Edit",
        (
            "edit.undo", "edit.redo", SEPARATOR, "edit.cut", "edit.copy", "edit.paste",
            "edit.paste_plain", "edit.select_all", SEPARATOR, "edit.copy_html", "edit.copy_plain",
            SEPARATOR, "edit.find", "edit.find_next",
            "edit.find_previous", "edit.replace", SEPARATOR, "app.shortcuts",
        ),
    ),
    (
        "format",
        "F&ormat",
        (
            "format.bold", "format.italic", "format.strikethrough", SEPARATOR,
            "format.paragraph", "format.heading2", "format.heading3", SEPARATOR,
            "format.bullet_list", "format.numbered_list", "format.indent", "format.outdent",
            "format.quote", SEPARATOR, "format.link", "format.clear",
        ),
    ),
    ("article", "&Article", ("article.details", "article.typography")),
    (
        "library",
        "Li&brary",
        (
            "library.search", SEPARATOR, "library.new_section", "library.rename_section",
            "library.delete_section", SEPARATOR, "library.trash", "library.restore",
            "library.empty_trash",
        ),
    ),
    (
        "links",
        "&Stories",
        (
            "links.previous_story", "links.next_story", SEPARATOR, "links.back",
            "links.forward", "links.follow", SEPARATOR, "links.link_to_article",
            "links.set_previous", "links.set_next", "links.chain_by_date",
            "links.add_related", SEPARATOR, "links.related_panel",
            "links.linked_from_panel", "links.broken_links",
        ),
    ),
    (
        "view",
        "&View",
        (
            "view.sidebar", "view.details_panel", SEPARATOR, "view.zoom_in", "view.zoom_out",
            "view.zoom_reset", SEPARATOR, "view.focus",
        ),
    ),
    ("help", "&Help", ("help.shortcuts", "help.about")),
)  # fmt: skip

TOOLBAR_LAYOUT: tuple[str, ...] = (
    "article.new", "article.save", SEPARATOR, "edit.undo", "edit.redo", SEPARATOR,
    "format.bold", "format.italic", "format.strikethrough", SEPARATOR,
    "format.paragraph", "format.heading2", "format.heading3", SEPARATOR,
    "format.bullet_list", "format.numbered_list", "format.outdent", "format.indent",
    "format.quote", SEPARATOR, "format.link", "format.clear", SEPARATOR,
    "edit.find", "view.focus",
)  # fmt: skip


# Used where the platform theme defines no binding for a standard key (Quit has none
# without a desktop theme, for example).
STANDARD_KEY_FALLBACKS: Mapping[StandardKey, str] = {
    StandardKey.New: "Ctrl+N",
    StandardKey.Save: "Ctrl+S",
    StandardKey.Open: "Ctrl+O",
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z",
    StandardKey.Cut: "Ctrl+X",
    StandardKey.Copy: "Ctrl+C",
    StandardKey.Paste: "Ctrl+V",
    StandardKey.SelectAll: "Ctrl+A",
    StandardKey.Find: "Ctrl+F",
    StandardKey.FindNext: "F3",
    StandardKey.FindPrevious: "Shift+F3",
    StandardKey.Replace: "Ctrl+H",
    StandardKey.Bold: "Ctrl+B",
    StandardKey.Italic: "Ctrl+I",
    StandardKey.ZoomIn: "Ctrl++",
    StandardKey.ZoomOut: "Ctrl+-",
    StandardKey.HelpContents: "F1",
}


def default_shortcuts(spec: ActionSpec) -> list[QKeySequence]:
    """The platform's key sequences for an action (several for some standard keys),
    then the spec's `also` keys that the platform does not already give."""
    sequences: list[QKeySequence] = []
    if isinstance(spec.shortcut, StandardKey):
        sequences = list(QKeySequence.keyBindings(spec.shortcut))
        fallback = STANDARD_KEY_FALLBACKS.get(spec.shortcut)
        if not sequences and fallback:
            sequences = [QKeySequence(fallback)]
    elif spec.shortcut is not None:
        sequences = [QKeySequence(spec.shortcut)]
    extra = [QKeySequence(key) for key in spec.also]
    return sequences + [sequence for sequence in extra if sequence not in sequences]


# Qt's block of keys for input methods and dead keys (AltGr, Compose, Kana...): real
# keys of national keyboards, unlike the media and application keys around it.
_INTERNATIONAL_KEYS = range(0x01001000, 0x01002000)


def _is_typeable_key(key: Qt.Key) -> bool:
    """Whether an ordinary keyboard has ``key``: printable keys and the editing,
    navigation and F1-F12 keys do; F13-F35, Help and the media keys do not."""
    code = key.value
    if Qt.Key.Key_F13.value <= code <= Qt.Key.Key_F35.value or key == Qt.Key.Key_Help:
        return False
    return code < Qt.Key.Key_Back.value or code in _INTERNATIONAL_KEYS


def is_typeable(sequence: QKeySequence) -> bool:
    """Whether every key of ``sequence`` is on an ordinary keyboard (False when empty)."""
    count = sequence.count()
    # QKeySequence is indexable (one QKeyCombination per key); PySide6's stubs omit it.
    keys = [sequence[i].key() for i in range(count)]  # type: ignore[index]
    return count > 0 and all(_is_typeable_key(key) for key in keys)


def typeable_sequences(sequences: Iterable[QKeySequence]) -> list[QKeySequence]:
    """The sequences to show people: those they can type; all of them when none is
    typeable (a media key the user chose on purpose stays visible)."""
    every = [sequence for sequence in sequences if not sequence.isEmpty()]
    return [sequence for sequence in every if is_typeable(sequence)] or every


def shown_keys(sequences: Iterable[QKeySequence]) -> str:
    """Key sequences as people read them: the typeable ones (see `typeable_sequences`),
    as the platform writes them, separated by commas."""
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in typeable_sequences(sequences)
    )


def menu_action_ids() -> list[str]:
    """The ids of the actions the menus list, in menu order."""
    return [item for _menu_id, _title, items in MENU_LAYOUT for item in items if item != SEPARATOR]


def _tr(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class ActionRegistry(QObject):
    """Owns one QAction per spec, keyed by stable id."""

    def __init__(
        self, parent: QObject, shortcut_overrides: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.specs = {spec.id: spec for spec in ACTION_SPECS}
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        for spec in ACTION_SPECS:
            action = QAction(parent)
            action.setObjectName(spec.id)
            action.setCheckable(spec.checkable)
            self._actions[spec.id] = action
        self.apply_shortcuts(shortcut_overrides or {})
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def ids(self) -> list[str]:
        return list(self._actions)

    def command_name(self, action_id: str) -> str:
        """The action's menu text without its mnemonic '&' or the editor's key hint."""
        return self._actions[action_id].text().split("\t")[0].replace("&", "")

    def on_trigger(self, action_id: str, slot: Callable[[], object]) -> None:
        """Run `slot` (ignoring the checked flag) when the action triggers."""
        self._actions[action_id].triggered.connect(lambda _checked=False: slot())

    def apply_shortcuts(self, overrides: Mapping[str, str]) -> None:
        """Defaults, replaced per id by user overrides: key sequences in portable text,
        several separated by "; " as `QKeySequence.listToString` writes them ("" = none)."""
        for action_id, action in self._actions.items():
            if action_id in overrides:
                text = overrides[action_id]
                action.setShortcuts(QKeySequence.listFromString(text) if text else [])
            else:
                action.setShortcuts(default_shortcuts(self.specs[action_id]))

    def retranslate(self) -> None:
        """Set every user-visible text in one pass (menus included)."""
        for action_id, action in self._actions.items():
            spec = self.specs[action_id]
            text = _tr(spec.text)
            action.setText(f"{text}\t{spec.hint}" if spec.hint else text)
            tip = _tr(spec.tip) if spec.tip else text.replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            shortcut = shortcut or spec.hint
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        for menu_id, title, _items in MENU_LAYOUT:
            if menu_id in self._menus:
                self._menus[menu_id].setTitle(_tr(title))

    def apply_icons(self, color: QColor, disabled_color: QColor) -> None:
        """(Re)draw every icon in the theme's text colour."""
        for action_id, action in self._actions.items():
            icon_name = self.specs[action_id].icon
            if icon_name:
                action.setIcon(themed_icon(icon_name, color, disabled_color))

    def build_menus(self, menu_bar: QMenuBar) -> dict[str, QMenu]:
        """Fill the menu bar from MENU_LAYOUT; returns the menus by id."""
        for menu_id, title, items in MENU_LAYOUT:
            menu = menu_bar.addMenu(_tr(title))
            menu.setObjectName(f"menu.{menu_id}")
            for item in items:
                if item == SEPARATOR:
                    menu.addSeparator()
                else:
                    menu.addAction(self._actions[item])
            self._menus[menu_id] = menu
        return dict(self._menus)

    def build_toolbar(self, toolbar: QToolBar) -> None:
        """Fill the main toolbar from TOOLBAR_LAYOUT."""
        for item in TOOLBAR_LAYOUT:
            if item == SEPARATOR:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[item])

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(command, shortcut) rows for the help dialog, in menu order; only keys an
        ordinary keyboard has (see `typeable_sequences`)."""
        rows: list[tuple[str, str]] = []
        for action_id in menu_action_ids():
            keys = shown_keys(self._actions[action_id].shortcuts()) or self.specs[action_id].hint
            if keys:
                rows.append((self.command_name(action_id), keys))
        return rows
