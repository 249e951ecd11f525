"""`TransferActions`: the transfer feature's actions, connected by their registry ids.

- `library.import` (File > Import…) and drops on the window: `FileImport`
- `article.export` (File > Export…): `ArticleExport`
- `library.export_site` (File > Export Site…): `SiteExportRun`
- `edit.copy_html`, `edit.copy_plain`: `clipboard_copy`

The exported and copied article is the one in the form, as it stands (unsaved edits
included): the session's view makes a snapshot of it, as autosave does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from editor.domain import Article
from editor.ui.session.feature_context import FeatureContext
from editor.ui.transfer.file_import import FileDropFilter, FileImport
from editor.ui.transfer.site_export_run import SiteExportRun

if TYPE_CHECKING:
    from editor.ui.transfer.article_export import ArticleExport


class TransferActions(QObject):
    """Owns the transfer feature's controllers for one window."""

    def __init__(self, context: FeatureContext) -> None:
        window = context.window
        if not isinstance(window, QWidget):
            raise TypeError("the transfer feature needs the window to be a widget")
        super().__init__(window)
        self.setObjectName("transferActions")
        self._context = context
        self.file_import = FileImport(window, context.client)
        FileDropFilter(window, self.file_import)  # owned by the window
        self._window = window
        self._article_export: ArticleExport | None = None  # built on first use
        self.site_export = SiteExportRun(window, context.client, window.show_status)
        registry = context.registry
        registry.on_trigger("library.import", self.file_import.choose_and_import)
        registry.on_trigger("article.export", self._export_article)
        registry.on_trigger("library.export_site", self.site_export.choose_and_export)
        registry.on_trigger("edit.copy_html", self._copy_html)
        registry.on_trigger("edit.copy_plain", self._copy_plain)

    def current_article(self) -> Article:
        """The article as the form holds it now."""
        session = self._context.session
        return session.view.snapshot(session.article).resolved()

    def _export_article(self) -> None:
        """File > Export…; the exporters load with the first export, not with the window."""
        if self._article_export is None:
            from editor.ui.transfer.article_export import ArticleExport

            self._article_export = ArticleExport(
                self._window, self._context.client, self.current_article, self._window.show_status
            )
        self._article_export.open_dialog()

    def _copy_html(self) -> None:
        from editor.ui.transfer import clipboard_copy

        clipboard_copy.copy_as_html(self.current_article())
        self._context.window.show_status(self.tr("Copied as HTML"))

    def _copy_plain(self) -> None:
        from editor.ui.transfer import clipboard_copy

        clipboard_copy.copy_as_plain_text(self.current_article())
        self._context.window.show_status(self.tr("Copied as plain text"))
