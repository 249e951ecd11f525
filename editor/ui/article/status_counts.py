"""Status-bar counts: words, characters with and without spaces, reading time, target.

Counts cover teaser and body, like `copydesk show` does. A long body is measured block by
block with a per-block cache, so after a keystroke only the edited paragraph is counted
again; the recount itself waits until typing pauses briefly. With a selection the bar
shows the selection's counts too. The target indicator turns red when the piece runs over.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QTextEdit, QWidget

from editor.domain import TextMetrics, article_metrics_from, measure_text
from editor.ui.article.body_editor import BodyEditor

RECOUNT_DELAY_MS = 120
NEAR_TARGET_RATIO = 0.9
EMPTY = TextMetrics(0, 0, 0)


class BlockMetricsCache:
    """Measures each block of a QTextDocument, remembering the counts of each block's text."""

    def __init__(self) -> None:
        self._by_text: dict[str, TextMetrics] = {}

    def measure(
        self, document: QTextDocument, known: Mapping[str, TextMetrics] | None = None
    ) -> list[TextMetrics]:
        """The counts of every block, in order (`measure_text` of each block's text);
        `known` holds counts taken elsewhere, by text (a body prepared off the GUI
        thread), which are used instead of counting again."""
        previous = self._by_text
        known = known or {}
        current: dict[str, TextMetrics] = {}
        lines: list[TextMetrics] = []
        block = document.begin()
        while block.isValid():
            text = block.text()
            metrics = (
                current.get(text) or previous.get(text) or known.get(text) or measure_text(text)
            )
            current[text] = metrics
            lines.append(metrics)
            block = block.next()
        self._by_text = current
        return lines


def target_state(metrics: TextMetrics, words: int | None, chars: int | None) -> tuple[int, int]:
    """(current, target) in the target's unit; target 0 means no target."""
    if words:
        return metrics.words, words
    if chars:
        return metrics.chars_with_spaces, chars
    return 0, 0


class StatusCounts(QWidget):
    """The counts and the target indicator shown in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusCounts")
        self._locale = QLocale()
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selectionCounts")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("documentCounts")
        self.target_bar = QProgressBar(self)
        self.target_bar.setObjectName("targetBar")
        self.target_bar.setTextVisible(True)
        self.target_bar.setFixedWidth(170)
        self.target_bar.setRange(0, 100)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        layout.addWidget(self.selection_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.target_bar)
        self.metrics = EMPTY
        self.selection: TextMetrics | None = None
        self.target_words: int | None = None
        self.target_chars: int | None = None
        self.over_target = False
        self._render()

    def _number(self, value: int) -> str:
        return self._locale.toString(value)

    def _words(self, count: int) -> str:
        unit = self.tr("word") if count == 1 else self.tr("words")
        return f"{self._number(count)} {unit}"

    def show_counts(self, metrics: TextMetrics, selection: TextMetrics | None) -> None:
        self.metrics = metrics
        self.selection = selection
        self._render()

    def set_target(self, words: int | None, chars: int | None) -> None:
        self.target_words = words or None
        self.target_chars = None if words else (chars or None)
        self._render()

    def _render(self) -> None:
        m = self.metrics
        self.counts_label.setText(
            self.tr("{words} · {chars} characters · {bare} without spaces · {minutes} min read")
            .replace("{words}", self._words(m.words))
            .replace("{chars}", self._number(m.chars_with_spaces))
            .replace("{bare}", self._number(m.chars_without_spaces))
            .replace("{minutes}", self._number(m.reading_minutes))
        )
        selection = self.selection
        self.selection_label.setVisible(selection is not None)
        if selection is not None:
            self.selection_label.setText(
                self.tr("Selection: {words}, {chars} characters ({bare} without spaces)")
                .replace("{words}", self._words(selection.words))
                .replace("{chars}", self._number(selection.chars_with_spaces))
                .replace("{bare}", self._number(selection.chars_without_spaces))
            )
        self._render_target()

    def _render_target(self) -> None:
        current, target = target_state(self.metrics, self.target_words, self.target_chars)
        self.target_bar.setVisible(target > 0)
        if target <= 0:
            self.over_target = False
            return
        unit = self.tr("words") if self.target_words else self.tr("characters")
        self.target_bar.setValue(min(100, round(100 * current / target)))
        self.target_bar.setFormat(f"{self._number(current)} / {self._number(target)} {unit}")
        self.over_target = current > target
        state = (
            "over"
            if self.over_target
            else "near"
            if current >= NEAR_TARGET_RATIO * target
            else "under"
        )
        if self.target_bar.property("targetState") != state:
            self.target_bar.setProperty("targetState", state)
            style = self.target_bar.style()
            style.unpolish(self.target_bar)
            style.polish(self.target_bar)


class CountsTracker(QObject):
    """Recounts teaser + body shortly after they change, and the selection at once."""

    def __init__(self, body: BodyEditor, teaser: QTextEdit, view: StatusCounts) -> None:
        super().__init__(view)
        self._body = body
        self._teaser = teaser
        self._view = view
        self._cache = BlockMetricsCache()
        self._body_lines: list[TextMetrics] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount_now)
        body.textChanged.connect(self._timer.start)
        teaser.textChanged.connect(self._timer.start)
        body.selectionChanged.connect(self._show)
        teaser.selectionChanged.connect(self._show)

    def recount_now(self) -> None:
        """Count the whole text immediately (also used after loading an article)."""
        self._timer.stop()
        body = self._body
        self._body_lines = self._cache.measure(body.document(), body.loaded_block_metrics())
        self._show()

    def _selection_metrics(self) -> TextMetrics | None:
        for editor in (self._body, self._teaser):
            cursor = editor.textCursor()
            if cursor.hasSelection() and editor.hasFocus():
                return measure_text(cursor.selectedText())
        body_cursor = self._body.textCursor()
        if body_cursor.hasSelection():
            return measure_text(body_cursor.selectedText())
        return None

    def _show(self) -> None:
        total = article_metrics_from(measure_text(self._teaser.toPlainText()), self._body_lines)
        selection = self._selection_metrics()
        self._view.show_counts(total, selection)
