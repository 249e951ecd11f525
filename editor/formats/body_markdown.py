"""The house Markdown writer: body blocks -> Markdown that Python-Markdown renders back.

Block conventions (inline ones are in body_inline):

- blocks are separated by one blank line (inside a quote the blank line is `>`);
  subheads are `## ` / `### `; a hard line break is `<br>` at the end of the line
  (inside a subhead, which must stay on one line, just `<br>`);
- list items are `- ` or `N. ` (numbers count up from the list's start; an empty item
  holds `<!-- -->`); nested lists are indented by four spaces per level; a list's items
  are not separated by blank lines, except around a list that directly follows a sibling
  list at the same depth: a blank line before it (plus a `<!-- -->` line when both have
  the same type) and before the next item that is less deep;
- a loose item (`<li><p>`) is written with a blank line to a loose sibling (a lone
  loose item cannot be written: it stays loose only through blank lines its nested
  lists need); a further paragraph of an item follows a blank line, indented to the
  item's text, and a blank line ends it;
- block quotes prefix every line with `> `, one per level;
- empty blocks are not written (Markdown has no empty paragraphs).
"""

from __future__ import annotations

from collections.abc import Iterable

from editor.formats.body_inline import inline_markdown
from editor.formats.body_model import Block, BlockKind, ListLevel

LINE_BREAK = "<br>"
LIST_SEPARATOR = "<!-- -->"
EMPTY_ITEM = "<!-- -->"
LIST_INDENT = "    "
_HEADING_PREFIX = {BlockKind.HEADING2: "## ", BlockKind.HEADING3: "### "}


def _common_prefix(first: list[ListLevel], second: list[ListLevel]) -> int:
    length = 0
    while length < min(len(first), len(second)) and first[length].list_id == second[length].list_id:
        length += 1
    return length


def _effective_path(previous: list[ListLevel], wanted: tuple[ListLevel, ...]) -> list[ListLevel]:
    """The list path Markdown can express: at most one level deeper than the item before."""
    common = _common_prefix(previous, list(wanted))
    if len(wanted) <= common + 1:
        return list(wanted)
    return [*previous[:common], wanted[-1]]


def _quote_prefix(level: int) -> str:
    return "> " * level


def _blank_line(level: int) -> str:
    return " ".join([">"] * level)


class _MarkdownWriter:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.previous: Block | None = None
        self.path: list[ListLevel] = []  # effective list path of the previous block
        self.items: list[Block] = []  # the last item written at each depth of the path
        self.numbers: dict[int, int] = {}
        # Depth of the first item after a blank line inside the current list run: an item
        # shallower than that needs a blank line too, or Python-Markdown nests it.
        self.chunk_depth: int | None = None
        self.after_continuation = False  # a further paragraph ends the previous item

    def write(self, blocks: Iterable[Block]) -> str:
        for block in blocks:
            if block.text or block.is_item:
                self._write_block(block)
                self.previous = block
        return "\n".join(self.lines)

    def _write_block(self, block: Block) -> None:
        previous = self.previous
        in_list_run = (
            previous is not None
            and bool(previous.lists)
            and bool(block.lists)
            and previous.quote_level == block.quote_level
        )
        if block.continuation and in_list_run and len(block.lists) <= len(self.path):
            self._write_continuation(block)
            return
        if block.lists:
            old_path = self.path if in_list_run else []
            path = _effective_path(old_path, block.lists)
            self.path = path
            self._separate_list_item(previous, block, old_path, path)
            self.items = [*self.items[: len(path) - 1], block]
            self.after_continuation = False
            self._write_list_item(block, path)
            return
        self.path = []
        self.items = []
        self._separate(previous, block)
        prefix = _quote_prefix(block.quote_level)
        if block.kind in _HEADING_PREFIX:
            line = LINE_BREAK.join(inline_markdown(block.spans, heading=True))
            self.lines.append(prefix + _HEADING_PREFIX[block.kind] + line)
            return
        self._append_lines(prefix, prefix, inline_markdown(block.spans))

    def _write_continuation(self, block: Block) -> None:
        """A further paragraph of an item: after a blank line, indented to its text."""
        depth = len(block.lists)
        self.path = self.path[:depth]
        self.items = self.items[:depth]
        self._blank_in_run(block.quote_level, depth + 1)
        prefix = _quote_prefix(block.quote_level) + LIST_INDENT * depth
        self._append_lines(prefix, prefix, inline_markdown(block.spans))
        self.after_continuation = True

    def _separate(self, previous: Block | None, block: Block) -> None:
        if previous is not None:
            self.lines.append(_blank_line(min(previous.quote_level, block.quote_level)))

    def _blank_in_run(self, quote_level: int, depth: int) -> None:
        self.lines.append(_blank_line(quote_level))
        self.chunk_depth = depth

    def _separate_list_item(
        self,
        previous: Block | None,
        block: Block,
        old_path: list[ListLevel],
        path: list[ListLevel],
    ) -> None:
        if not old_path:
            self.chunk_depth = None
            self._separate(previous, block)
            return
        common = _common_prefix(old_path, path)
        if common == len(path) or common == len(old_path):
            # Same list, or a new list nested under the previous item.
            if self._needs_blank_line(block, path, old_path):
                self._blank_in_run(block.quote_level, len(path))
            return
        # A sibling list at the same depth as an earlier one: Markdown needs a blank line,
        # and for two lists of the same type something in between.
        blank = _blank_line(block.quote_level)
        self.lines.append(blank)
        self.chunk_depth = len(path)
        if old_path[common].ordered == path[-1].ordered:
            indent = LIST_INDENT * (len(path) - 1)
            self.lines.append(_quote_prefix(block.quote_level) + indent + LIST_SEPARATOR)
            self.lines.append(blank)

    def _needs_blank_line(
        self, block: Block, path: list[ListLevel], old_path: list[ListLevel]
    ) -> bool:
        """Whether a blank line goes before the next item of the list run: after a further
        paragraph, back out of a chunk that began after a blank line, and between two
        loose items: each makes the items around it loose, as they were read."""
        if self.after_continuation or (
            self.chunk_depth is not None and len(path) < self.chunk_depth
        ):
            return True
        if len(path) > len(old_path):
            return False
        return _loose_pair(self.items[len(path) - 1], block)

    def _write_list_item(self, block: Block, path: list[ListLevel]) -> None:
        level = path[-1]
        if level.ordered:
            number = self.numbers.get(level.list_id, max(level.start, 0))
            self.numbers[level.list_id] = number + 1
            marker = f"{number}. "
        else:
            marker = "- "
        quote = _quote_prefix(block.quote_level)
        indent = LIST_INDENT * (len(path) - 1)
        continuation = quote + LIST_INDENT * len(path)
        # An empty item is marked with a comment: `- ` alone under a line is a subhead.
        lines = inline_markdown(block.spans) if block.spans else [EMPTY_ITEM]
        self._append_lines(quote + indent + marker, continuation, lines)

    def _append_lines(self, first_prefix: str, prefix: str, lines: list[str]) -> None:
        last = len(lines) - 1
        if last > 0 and not lines[last]:
            lines, last = lines[:last], last - 1  # a trailing break: "<br>" ends the block
            lines[last] += LINE_BREAK
        for number, line in enumerate(lines):
            text = (first_prefix if number == 0 else prefix) + line
            self.lines.append(text + LINE_BREAK if number < last else text)


def _loose_pair(first: Block, second: Block) -> bool:
    """Whether a blank line goes between two sibling items: both are loose, with text."""
    return first.loose and second.loose and bool(first.text) and bool(second.text)


def blocks_to_markdown(blocks: Iterable[Block]) -> str:
    """Write body blocks as Markdown in the house conventions (no trailing newline)."""
    return _MarkdownWriter().write(blocks)
