"""Inline Markdown for the house writer: one line of formatted spans as Markdown source.

Checked against the parser the body uses (Python-Markdown's delimiter processor for `*`
and `_`, pymdownx.tilde for `~~`); tests/unit/formats/test_body_inline.py pins each rule:

- bold `**x**`, italic `*x*`, strikethrough `~~x~~` and links `[text](url)` or
  `[text](url "title")` (reference-style links are written inline) nest as the
  formatting does: `***x***`, `~~**x**~~`, `~~*x*~~`, `**[x](url)**`, `[**x**](url)`, also
  inside words (`Bundes**tag**wahl`, `Bundes~~tag~~wahl`, `Bundes***tag***wahl`). How
  overlapping runs nest is body_inline_tree's business;
- whitespace at the edge of a bold, italic or struck run is written outside the markers
  (` *i*`, not `* i*`) and so loses that formatting: invisible for bold and italic, and a
  struck space at the very edge of a struck run is not kept. Where the nesting splits a
  struck run, spaces at the split stay struck, written `&#32;`;
- an italic run whose `*` would touch a bold `**` is written `_x_` (`**a**_b_`,
  `_**a** b_`): a merged `***` pairs differently. Not where a letter or digit is right
  outside, as `_` does not work inside words; a bold and an italic run over the same text
  stay `***x***`;
- literal text is escaped by body_escaping; markers sit next to escapes and entities
  without changing how they pair (Python-Markdown reads those first).

Raw HTML is the last resort, only where Python-Markdown cannot read a Markdown form back
(each case is listed, with the Markdown it misreads, in test_body_inline.py):

- `<del>x</del>` where the tilde extension would not take `~~` as markup: it follows
  CommonMark's flanking rule, punctuation right inside a marker needs space or
  punctuation right outside it (`Bürger<del>-</del>meister`, `a<del>.b</del>`);
- `<em>x</em>` for an italic run inside a word (so not `_x_`) whose `*` would merge with
  a bold `**` into one `***` run, a bold run it starts with or one that ends right before
  it, while more bold follows inside the italic (`x***a**b**c***y` and `x**a***b**c**d*y`
  are misread; written `x<em>**a**b**c**</em>y`, `x**a**<em>b**c**d</em>y`).
"""

from __future__ import annotations

import unicodedata

from editor.formats.body_escaping import (
    MAY_NEED_ESCAPING,
    before_markup,
    charref,
    content_bounds,
    escape_char,
    is_placeholder,
    link_destination,
    link_title,
)
from editor.formats.body_inline_tree import (
    BOLD,
    ITALIC,
    LINK,
    STRIKE,
    Node,
    TextRange,
    has_bold_or_italic,
    is_bold_or_italic,
    settled_tree,
)
from editor.formats.body_model import Span, split_lines

# What an emphasis marker sees next to it. Python-Markdown replaces escapes, entities,
# links, HTML and (before it reads `~~`) bold and italic by placeholders first; a
# placeholder counts as _SPACE here.
_SPACE, _PUNCTUATION, _OTHER = 0, 1, 2


def _character_class(ch: str, *, inside: bool) -> int:
    """Space, punctuation (Unicode P* and S*, as pymdownx counts it) or other. A character
    this Python's Unicode data does not know counts as punctuation inside the markers and
    as other outside them, whichever is stricter."""
    if ch.isspace():
        return _SPACE
    category = unicodedata.category(ch)
    if category[0] in "PS" or (inside and category == "Cn"):
        return _PUNCTUATION
    return _OTHER


class _LineWriter:
    """Writes one line (spans without hard breaks) as Markdown inline source."""

    def __init__(self, spans: list[Span], heading: bool) -> None:
        self.spans = spans
        self.text = "".join(span.text for span in spans)
        self.first, self.last = content_bounds(self.text)
        self.heading = heading
        self.out: list[str] = []

    def write(self) -> str:
        self._emit_children(settled_tree(self.spans))
        return "".join(self.out)

    # -- what the markers see ----------------------------------------------------------
    def _escaped(self, position: int, *, markup_follows: bool) -> str:
        escaped = escape_char(self.text, position, self.first, self.last, self.heading)
        return before_markup(escaped) if markup_follows else escaped

    def _class_at(self, position: int, *, inside: bool, markup_follows: bool) -> int:
        if is_placeholder(self._escaped(position, markup_follows=markup_follows)):
            return _SPACE
        return _character_class(self.text[position], inside=inside)

    def _outside(self, parent: Node, index: int, *, after: bool) -> Node | TextRange | None:
        """The sibling before (after) parent.children[index]; None at the parent's edge."""
        other = index + (1 if after else -1)
        return parent.children[other] if 0 <= other < len(parent.children) else None

    def _class_outside(self, parent: Node, index: int, *, after: bool) -> int:
        sibling = self._outside(parent, index, after=after)
        if sibling is None or isinstance(sibling, Node):
            return _SPACE  # the edge of the line or of a piece, markup or a placeholder
        position = sibling[0] if after else sibling[1] - 1
        return self._class_at(position, inside=False, markup_follows=not after)

    def _class_inside(self, node: Node, *, last: bool) -> int:
        child = node.children[-1 if last else 0]
        if isinstance(child, Node):
            return _SPACE
        position = child[1] - 1 if last else child[0]
        return self._class_at(position, inside=True, markup_follows=last)

    def _word_outside(self, parent: Node, index: int, *, after: bool) -> bool:
        """True when a letter, digit or `_` is right outside parent.children[index] (an
        `_` marker there would not count)."""
        sibling = self._outside(parent, index, after=after)
        if sibling is None or isinstance(sibling, Node):
            return False
        position = sibling[0] if after else sibling[1] - 1
        if is_placeholder(self._escaped(position, markup_follows=not after)):
            return False
        ch = self.text[position]
        return ch.isalnum() or ch == "_"

    # -- choosing markers --------------------------------------------------------------
    def _strike_markers(self, parent: Node, index: int) -> tuple[str, str]:
        """`~~` when pymdownx.tilde takes both as markup (punctuation right inside a
        marker needs space or punctuation right outside it), else `<del>`."""
        node = parent.children[index]
        assert isinstance(node, Node)
        opens = (
            self._class_inside(node, last=False) != _PUNCTUATION
            or self._class_outside(parent, index, after=False) != _OTHER
        )
        closes = (
            self._class_inside(node, last=True) != _PUNCTUATION
            or self._class_outside(parent, index, after=True) != _OTHER
        )
        return ("~~", "~~") if opens and closes else ("<del>", "</del>")

    def _italic_markers(self, parent: Node, index: int) -> tuple[str, str]:
        """`*`, or `_` where `*` would touch a bold `**`, or `<em>` where neither works."""
        node = parent.children[index]
        assert isinstance(node, Node)
        children, siblings = node.children, parent.children
        in_bold = parent.kind == BOLD
        if (len(children) == 1 and is_bold_or_italic(children[0])) or (
            in_bold and len(siblings) == 1
        ):
            return ("*", "*")  # bold and italic over the same text: ***x***
        before = self._outside(parent, index, after=False)
        after = self._outside(parent, index, after=True)
        touches = (
            is_bold_or_italic(before)
            or is_bold_or_italic(after)
            or (in_bold and (before is None or after is None))
            or is_bold_or_italic(children[0])
            or is_bold_or_italic(children[-1])
        )
        if not touches:
            return ("*", "*")
        if not self._word_outside(parent, index, after=False) and not self._word_outside(
            parent, index, after=True
        ):
            return ("_", "_")
        # Inside a word: a merged `***` is only safe when no further asterisk run follows
        # before what it left open is closed.
        merged_then_more = (
            is_bold_or_italic(children[0]) and any(map(has_bold_or_italic, children[1:]))
        ) or (is_bold_or_italic(before) and node.has_bold_or_italic_inside())
        return ("<em>", "</em>") if merged_then_more else ("*", "*")

    # -- writing -------------------------------------------------------------------------
    def _emit_children(self, node: Node) -> None:
        count = len(node.children)
        for index, child in enumerate(node.children):
            if isinstance(child, Node):
                self._emit_node(node, index)
                continue
            struck = node.kind == STRIKE
            self._emit_text(
                *child,
                protect_first=struck and index == 0,
                protect_last=struck and index == count - 1,
                markup_follows=index < count - 1 or node.mark is not None,
            )

    def _emit_text(
        self,
        start: int,
        end: int,
        *,
        protect_first: bool,
        protect_last: bool,
        markup_follows: bool,
    ) -> None:
        """Escape text[start:end]; only characters that may need it are looked at. At a
        protected edge (inside `~~`) whitespace is written as a character reference."""
        text, first, last, heading = self.text, self.first, self.last, self.heading
        out = self.out
        position = start
        while position < end - 1 and (position <= first or (protect_first and position == start)):
            out.append(self._edge(position, protect_first and position == start, False))
            position += 1
        stop = min(end - 1, last)
        if position < stop:
            pieces: list[str] = []
            for match in MAY_NEED_ESCAPING.finditer(text, position, stop):
                index = match.start()
                pieces.append(text[position:index])
                pieces.append(escape_char(text, index, first, last, heading))
                position = index + 1
            pieces.append(text[position:stop])
            out.append("".join(pieces))
            position = stop
        while position < end:
            final = position == end - 1
            protect = (protect_first and position == start) or (protect_last and final)
            out.append(self._edge(position, protect, final and markup_follows))
            position += 1

    def _edge(self, position: int, protect: bool, markup_follows: bool) -> str:
        if protect and self.text[position].isspace():
            return charref(self.text[position])
        return self._escaped(position, markup_follows=markup_follows)

    def _emit_node(self, parent: Node, index: int) -> None:
        node = parent.children[index]
        assert isinstance(node, Node) and node.mark is not None
        kind, href, title = node.mark
        if kind == LINK:
            if self.out and self.out[-1] == "!":  # a literal "!" must not make an image
                self.out[-1] = "\\!"
            self.out.append("[")
            self._emit_children(node)
            title_source = f' "{link_title(title)}"' if title else ""
            self.out.append("](" + link_destination(href) + title_source + ")")
            return
        if kind == STRIKE:
            opener, closer = self._strike_markers(parent, index)
        elif kind == ITALIC:
            opener, closer = self._italic_markers(parent, index)
        else:
            opener = closer = "**"
        self.out.append(opener)
        self._emit_children(node)
        self.out.append(closer)


def inline_markdown(spans: list[Span], *, heading: bool = False) -> list[str]:
    """The Markdown source of a block's spans, one string per line (hard breaks split)."""
    return [_LineWriter(line, heading).write() for line in split_lines(spans)]
