"""How a row of the article list is drawn: the headline in the UI font, a muted detail
line (section, status, date, words) under it.

Its own module because it needs Qt's style classes, whose Python types are costly to
create: the article list loads it with its first rows, after the window is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from editor.ui.library.article_list import DetailRole, ModelIndex


class ArticleRowDelegate(QStyledItemDelegate):
    """Headline in the UI font, a muted detail line under it."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        text_option = QStyleOptionViewItem(option)
        self.initStyleOption(text_option, index)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, widget)
        rect: QRect = option.rect.adjusted(
            self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING
        )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        headline_font = QFont(option.font)
        headline_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(headline_font)
        painter.save()
        painter.setFont(headline_font)
        painter.setPen(palette.color(group))
        headline = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, headline)
        painter.setFont(option.font)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(palette.color(group) if selected else muted)
        detail = QFontMetrics(option.font).elidedText(
            str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, detail)
        painter.restore()
