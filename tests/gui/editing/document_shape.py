"""Helpers for the editing tests: the body document's structure as plain data, and a
save-and-reopen round trip through Markdown."""

from __future__ import annotations

from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from editor.formats.body import render_html
from editor.ui.article.body_editor import BodyEditor
from editor.ui.editing.block_structure import (
    block_list_kind,
    heading_level,
    is_quoted,
    list_depth,
)
from editor.ui.editing.format_state import is_bold, link_url


@dataclass(frozen=True)
class Run:
    """A stretch of characters with one inline formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    strike: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Block:
    """One paragraph-level block: text, subhead level, list kind/depth, quoted, runs."""

    text: str
    heading: int = 0
    list_kind: str | None = None
    depth: int = 0
    quoted: bool = False


def blocks(editor: BodyEditor) -> list[Block]:
    """The document's blocks as data."""
    result = []
    block = editor.document().begin()
    while block.isValid():
        result.append(
            Block(
                text=block.text(),
                heading=heading_level(block),
                list_kind=block_list_kind(block),
                depth=list_depth(block),
                quoted=is_quoted(block),
            )
        )
        block = block.next()
    return result


def runs(editor: BodyEditor) -> list[list[Run]]:
    """Per block, the inline runs (adjacent fragments with equal formatting merged)."""
    result = []
    block = editor.document().begin()
    while block.isValid():
        block_runs: list[Run] = []
        iterator = block.begin()
        heading = heading_level(block) > 0
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            run = Run(
                fragment.text(),
                bold=is_bold(fmt) and not heading,
                italic=fmt.fontItalic(),
                strike=fmt.fontStrikeOut(),
                link=link_url(fmt),
            )
            previous = block_runs[-1] if block_runs else None
            if previous is not None and (
                previous.bold,
                previous.italic,
                previous.strike,
                previous.link,
            ) == (
                run.bold,
                run.italic,
                run.strike,
                run.link,
            ):
                block_runs[-1] = Run(
                    previous.text + run.text, run.bold, run.italic, run.strike, run.link
                )
            else:
                block_runs.append(run)
            iterator += 1
        result.append(block_runs)
        block = block.next()
    return result


def reopen(qtbot: QtBot, editor: BodyEditor) -> tuple[str, BodyEditor]:
    """Save the body as Markdown and open it in a fresh editor; the reopened document
    has the same structure and formatting, and saving it again gives the same text."""
    markdown_text = editor.markdown()
    reopened = BodyEditor()
    qtbot.addWidget(reopened)
    reopened.set_markdown(markdown_text)
    assert blocks(reopened) == blocks(editor)
    assert runs(reopened) == runs(editor)
    assert reopened.markdown() == markdown_text
    return markdown_text, reopened


def rendered(editor: BodyEditor) -> str:
    """The exported HTML of the editor's body (what readers get)."""
    return render_html(editor.markdown())
