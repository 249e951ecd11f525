"""How the inline writer nests one line's formatted spans before writing them.

A line's spans become a tree of `Node`s (bold, italic, strike, link; the root has no mark)
whose children are nodes and ranges of the line's text:

- where runs overlap, the one that lasts longest opens outermost (ties: link, strike,
  bold, italic) and a shorter one is closed and reopened around it;
- Python-Markdown pairs all `*`/`_` markers of a piece of text in one pass and reads `~~`
  afterwards, separately in each stretch of text between them; a strike that sits between
  two bold/italic levels would be split, so the outer level is closed before the strike
  and reopened inside it (`*a ~~b **c**~~*` is written `*a* ~~_b **c**_~~`);
- whitespace at the edge of a bold, italic or struck run, and at the edge of a bold or
  italic node, is taken out of that formatting, so markers never sit next to whitespace
  on their inner side (` *i*`, not `* i*`). A struck run that the nesting splits keeps
  its inner spaces struck (the writer writes them as `&#32;`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.formats.body_model import Span, merge_spans

LINK, STRIKE, BOLD, ITALIC = "link", "strike", "bold", "italic"
BOLD_OR_ITALIC = frozenset({BOLD, ITALIC})
_MARK_ORDER = {LINK: 0, STRIKE: 1, BOLD: 2, ITALIC: 3}  # who opens outermost on a tie
Mark = tuple[str, str, str]  # (kind, href, title); "" except for links (title: "" = none)
TextRange = tuple[int, int]  # start and end in the line's text
_Cut = tuple[int, int, str]  # (start, end, kind): remove that formatting from that range


@dataclass(slots=True)
class Node:
    """A formatted run of the line (the root has no mark)."""

    mark: Mark | None
    start: int
    end: int = 0
    children: list[Node | TextRange] = field(default_factory=list)

    @property
    def kind(self) -> str:
        """ "link", "strike", "bold", "italic", or "" for the root."""
        return self.mark[0] if self.mark is not None else ""

    def has_bold_or_italic_inside(self) -> bool:
        """True when a bold or italic node is nested inside (links not looked into: their
        text is read on its own)."""
        return any(has_bold_or_italic(child) for child in self.children)


def is_bold_or_italic(child: Node | TextRange | None) -> bool:
    """True for a bold or an italic node."""
    return isinstance(child, Node) and child.kind in BOLD_OR_ITALIC


def has_bold_or_italic(child: Node | TextRange) -> bool:
    """True for a bold or italic node, or one holding such a node (links not looked into)."""
    if not isinstance(child, Node) or child.kind == LINK:
        return False
    return child.kind in BOLD_OR_ITALIC or child.has_bold_or_italic_inside()


def _marks(span: Span) -> list[Mark]:
    marks: list[Mark] = []
    if span.href is not None:
        marks.append((LINK, span.href, span.title or ""))
    if span.bold:
        marks.append((BOLD, "", ""))
    if span.italic:
        marks.append((ITALIC, "", ""))
    if span.strike:
        marks.append((STRIKE, "", ""))
    return marks


def _build_tree(spans: list[Span]) -> Node:
    """Nest the spans' marks greedily: the mark that runs longest opens outermost."""
    mark_lists = [_marks(span) for span in spans]
    root = Node(None, 0)
    stack = [root]
    position = 0
    for index, span in enumerate(spans):
        wanted = set(mark_lists[index])
        keep = 1
        while keep < len(stack) and stack[keep].mark in wanted:
            keep += 1
        while len(stack) > keep:
            stack.pop().end = position
        opened = {node.mark for node in stack[1:]}

        def extent(mark: Mark, index: int = index) -> tuple[int, int]:
            length = 0
            for later in mark_lists[index:]:
                if mark not in later:
                    break
                length += 1
            return (-length, _MARK_ORDER[mark[0]])

        for mark in sorted(wanted - opened, key=extent):
            node = Node(mark, position)
            stack[-1].children.append(node)
            stack.append(node)
        stack[-1].children.append((position, position + len(span.text)))
        position += len(span.text)
    while len(stack) > 1:
        stack.pop().end = position
    root.end = position
    return root


def _start_of(child: Node | TextRange) -> int:
    return child.start if isinstance(child, Node) else child[0]


def _end_of(child: Node | TextRange) -> int:
    return child.end if isinstance(child, Node) else child[1]


def _is_liftable(child: Node | TextRange) -> bool:
    """True for a strike holding bold or italic (it must not sit inside bold or italic)."""
    return isinstance(child, Node) and child.kind == STRIKE and child.has_bold_or_italic_inside()


def _lift_strikes(node: Node) -> list[Node | TextRange]:
    """What replaces `node` once every strike between two bold/italic levels is lifted
    out of the outer level."""
    children: list[Node | TextRange] = []
    for child in node.children:
        children.extend(_lift_strikes(child) if isinstance(child, Node) else [child])
    node.children = children
    if node.kind not in BOLD_OR_ITALIC or not any(map(_is_liftable, children)):
        return [node]
    pieces: list[Node | TextRange] = []
    current: list[Node | TextRange] = []

    def close_piece() -> None:
        if current:
            start, end = _start_of(current[0]), _end_of(current[-1])
            pieces.append(Node(node.mark, start, end, list(current)))
            current.clear()

    for child in children:
        if isinstance(child, Node) and _is_liftable(child):
            close_piece()
            child.children = [Node(node.mark, child.start, child.end, child.children)]
            pieces.append(child)
        else:
            current.append(child)
    close_piece()
    return pieces


def _edge_whitespace(text: str, start: int, end: int, kind: str) -> Iterator[_Cut]:
    """Cuts for the whitespace at both edges of text[start:end] (all of it if blank)."""
    first, last = start, end
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    if first > start:
        yield (start, first, kind)
    if last < end:
        yield (last, end, kind)


def _run_edge_cuts(spans: list[Span], text: str) -> list[_Cut]:
    """Cuts for the whitespace at the edges of each bold, italic and struck run."""
    cuts: list[_Cut] = []
    for kind in (BOLD, ITALIC, STRIKE):
        position = 0
        run_start: int | None = None
        for span in spans:
            if _has(span, kind):
                run_start = position if run_start is None else run_start
            elif run_start is not None:
                cuts.extend(_edge_whitespace(text, run_start, position, kind))
                run_start = None
            position += len(span.text)
        if run_start is not None:
            cuts.extend(_edge_whitespace(text, run_start, position, kind))
    return cuts


def _node_edge_cuts(node: Node, text: str) -> list[_Cut]:
    """Cuts for the whitespace at the edges of bold and italic nodes (the nesting can
    split a run where it has whitespace)."""
    cuts: list[_Cut] = []
    if node.kind in BOLD_OR_ITALIC:
        cuts.extend(_edge_whitespace(text, node.start, node.end, node.kind))
    for child in node.children:
        if isinstance(child, Node):
            cuts.extend(_node_edge_cuts(child, text))
    return cuts


def _has(span: Span, kind: str) -> bool:
    return span.bold if kind == BOLD else span.italic if kind == ITALIC else span.strike


def _without(spans: list[Span], cuts: list[_Cut]) -> list[Span]:
    """The spans with each cut's formatting removed from the cut's range."""
    bounds = sorted({bound for start, end, _kind in cuts for bound in (start, end)})
    pieces: list[Span] = []
    position = 0
    for span in spans:
        end = position + len(span.text)
        inner = [bound for bound in bounds if position < bound < end]
        for piece_start, piece_end in zip([position, *inner], [*inner, end], strict=True):
            removed = {
                kind for start, stop, kind in cuts if start <= piece_start and piece_end <= stop
            }
            piece_text = span.text[piece_start - position : piece_end - position]
            pieces.append(
                Span(
                    piece_text,
                    span.bold and BOLD not in removed,
                    span.italic and ITALIC not in removed,
                    span.strike and STRIKE not in removed,
                    span.href,
                    span.title,
                )
            )
        position = end
    return merge_spans(pieces)


def _has_edge_whitespace(spans: list[Span]) -> bool:
    """True when a bold, italic or struck span starts or ends with whitespace (only then
    can a run or node have whitespace at its edge)."""
    return any(
        (span.bold or span.italic or span.strike)
        and (span.text[:1].isspace() or span.text[-1:].isspace())
        for span in spans
    )


def settled_tree(spans: list[Span]) -> Node:
    """The tree to write for one line's spans (see the module docstring). Taking
    whitespace out of a node changes the spans and so the nesting; this repeats until
    nothing moves (each round only removes formatting), so writing what this writes gives
    the same tree again."""
    text = "".join(span.text for span in spans)
    check_edges = _has_edge_whitespace(spans)
    cuts = _run_edge_cuts(spans, text) if check_edges else []
    while True:
        if cuts:
            spans = _without(spans, cuts)
        root = _build_tree(spans)
        root.children = [
            piece
            for child in root.children
            for piece in (_lift_strikes(child) if isinstance(child, Node) else [child])
        ]
        cuts = _node_edge_cuts(root, text) if check_edges else []
        if not cuts:
            return root
