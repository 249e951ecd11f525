"""Word list numbering read as the body's lists: which paragraphs are list items, how
deep, bullet or numbered, and the number each list starts at as Word would show it.

A paragraph is a list item when it has numbering (`w:numPr` on the paragraph, or on its
style or a style it is based on) with a numbering id other than 0, or when its style is
one of the "List Bullet"/"List Number" family (Word's default template numbers those
through the style; a document without numbering definitions still marks them so).

The numbering definition (`w:num` -> `w:abstractNum` -> `w:lvl`) tells bullets (`bullet`
or `none` as the number format) from numbers and gives the start number, which a
`w:lvlOverride/w:startOverride` on the `w:num` replaces. Word counts items per
numbering id and level across the whole document: a list that picks up an earlier one's
numbering id continues its count, and an item resets the count of the levels below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from lxml.etree import _Element

_LIST_STYLE = re.compile(r"^List (Bullet|Number)(?: ([2-9]))?$")
_UNNUMBERED_FORMATS = frozenset({"bullet", "none"})
MAX_STYLE_CHAIN = 20
"""Styles based on styles are followed this far (a hostile file may make a loop)."""


@dataclass(frozen=True)
class WordListItem:
    """Where a list item sits: its depth (1 = outermost), whether its list is numbered,
    the Word numbering id that tells its list apart, and the number Word shows for it."""

    depth: int
    ordered: bool
    num_id: int
    number: int


class WordNumbering:
    """A document's numbering definitions, and Word's running item counts."""

    def __init__(self, document: Document) -> None:
        try:
            part = document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING)
            self.root: _Element | None = part.element  # type: ignore[attr-defined]
        except KeyError:
            self.root = None
        self.counts: dict[tuple[int, int], int] = {}

    def item_of(
        self, paragraph: Paragraph, style: str, paragraph_style: ParagraphStyle | None
    ) -> WordListItem | None:
        """The list item `paragraph` (with `paragraph_style`, named `style`) is, or None."""
        style_match = _LIST_STYLE.match(style)
        style_depth = int(style_match.group(2) or 1) if style_match else 1
        num_id, level = self._numbering_of(paragraph, paragraph_style)
        if num_id is None or num_id == 0:
            if style_match is None:
                return None
            ordered = style_match.group(1) == "Number"
            style_list_id = -2 if ordered else -1  # no Word numbering: one list per kind
            number = self._count(style_list_id, style_depth - 1, 1)
            return WordListItem(style_depth, ordered, style_list_id, number)
        number_format, start = self._level_definition(num_id, level)
        if number_format is None and style_match is not None:
            number_format = "decimal" if style_match.group(1) == "Number" else "bullet"
        depth = max(level + 1, style_depth)
        ordered = number_format is not None and number_format not in _UNNUMBERED_FORMATS
        return WordListItem(depth, ordered, num_id, self._count(num_id, level, start))

    def _count(self, num_id: int, level: int, start: int) -> int:
        """The number of the next item of numbering `num_id` at `level` (counted)."""
        for key in [key for key in self.counts if key[0] == num_id and key[1] > level]:
            del self.counts[key]
        seen = self.counts.get((num_id, level), 0)
        self.counts[(num_id, level)] = seen + 1
        return start + seen

    def _numbering_of(
        self, paragraph: Paragraph, paragraph_style: ParagraphStyle | None
    ) -> tuple[int | None, int]:
        """The numbering id and level of a paragraph, from itself or its styles."""
        num_id: int | None = None
        level: int | None = None
        sources: list[_Element | None] = [paragraph._p.pPr]
        style = paragraph_style
        for _step in range(MAX_STYLE_CHAIN):
            if style is None:
                break
            sources.append(style.element.pPr)
            style = style.base_style
        for properties in sources:
            numbering = properties.find(qn("w:numPr")) if properties is not None else None
            if numbering is None:
                continue
            if num_id is None:
                num_id = _int_value(numbering.find(qn("w:numId")))
            if level is None:
                level = _int_value(numbering.find(qn("w:ilvl")))
        return num_id, min(max(level or 0, 0), 8)

    def _level_definition(self, num_id: int, level: int) -> tuple[str | None, int]:
        """The number format and start number of `level` in numbering `num_id`."""
        if self.root is None:
            return None, 1
        num = _first(self.root, f"w:num[@w:numId='{num_id}']")
        if num is None:
            return None, 1
        abstract_id = _int_value(num.find(qn("w:abstractNumId")))
        definition = _first(
            self.root, f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl[@w:ilvl='{level}']"
        )
        number_format = None
        start = 1
        if definition is not None:
            format_element = definition.find(qn("w:numFmt"))
            if format_element is not None:
                number_format = format_element.get(qn("w:val"))
            defined = _int_value(definition.find(qn("w:start")))
            start = 1 if defined is None else defined
        override = _first(num, f"w:lvlOverride[@w:ilvl='{level}']/w:startOverride")
        if override is not None:
            overridden = _int_value(override)
            start = start if overridden is None else overridden
        return number_format, max(0, start)


def _first(element: _Element, path: str) -> _Element | None:
    found = element.xpath(path)  # python-docx elements know the w: prefix
    return found[0] if isinstance(found, list) and found else None


def _int_value(element: _Element | None) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(qn("w:val")) or "")
    except ValueError:
        return None
