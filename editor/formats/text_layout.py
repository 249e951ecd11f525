"""The plain-text article layout users exchange (ARCHITECTURE.md section 3).

    "Headline"
    <blank>
    Teaser paragraph
    <blank>
    Body paragraph
    <blank>
    Body paragraph ...
    <blank>
    Read Previous
    <blank>
    "Headline of the previous story"
    <blank>
    Read Next
    <blank>
    "Headline of the next story"

`format_text_article(parse_text_article(text))` gives back `text` byte for byte for any
text in this layout (with a single final newline). Nothing is normalised: typographic
quotes, no-break spaces, combining accents, emoji, right-to-left text, tabs and leading
spaces inside paragraphs stay exactly as they are.

Decisions for the cases the layout leaves open:

- Blank line: a line holding nothing but whitespace. One or more of them separate blocks;
  leading and trailing blank lines of the file are ignored.
- Hard breaks: a block with single newlines is one paragraph and keeps its newlines.
- Headline: the first line of the first block, surrounding whitespace ignored. Only the
  outer pair of straight double quotes belongs to the layout (`"Minister says "no
  comment" — then comments"` gives `Minister says "no comment" — then comments`).
  An unquoted headline is accepted as it is (export then adds the quotes); typographic
  quotes („ “ ” «) are always part of the headline. If the first block has more lines
  after the headline, they start the teaser. An empty headline (`""`) is refused.
- Teaser: the block after the headline. An article with only a headline has an empty
  teaser and no body. The layout cannot hold an empty teaser followed by body paragraphs:
  export then writes the body right after the headline, and a later import reads its
  first paragraph as the teaser.
- Read Previous / Read Next: only the trailing blocks of the file are layout. A block that
  is exactly `Read Previous` or `Read Next` (surrounding whitespace ignored, case
  sensitive), followed by a block that is a single line in straight double quotes, is a
  navigation pair; the quoted line may also sit directly under the marker line. Either
  pair may be missing, each may appear once, in either order (export writes Previous
  first). `Read Next` anywhere else, or followed by anything but one quoted line, is body
  text. `""` as a neighbour headline means no neighbour.
- Not an article: text with no non-blank line raises `FormatError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.formats.errors import FormatError

READ_PREVIOUS = "Read Previous"
READ_NEXT = "Read Next"
_QUOTE = '"'


@dataclass
class TextArticle:
    """An article as the plain-text layout holds it: plain text only, no Markdown."""

    headline: str
    teaser: str = ""
    paragraphs: list[str] = field(default_factory=list)
    previous_headline: str | None = None
    next_headline: str | None = None


def parse_text_article(text: str) -> TextArticle:
    """Read an article in the plain-text layout (see the module docstring for edge cases)."""
    blocks = split_blocks(text)
    if not blocks:
        raise FormatError("not an article: the text holds only blank lines")
    headline_line, _, rest_of_first_block = blocks[0].partition("\n")
    headline = unquote_headline(headline_line.strip())
    if not headline.strip():
        raise FormatError("not an article: the headline (first line) is empty")
    content = blocks[1:]
    if rest_of_first_block.strip():
        content.insert(0, rest_of_first_block)
    content, previous_headline, next_headline = _split_navigation(content)
    teaser = content[0] if content else ""
    return TextArticle(
        headline=headline,
        teaser=teaser,
        paragraphs=content[1:],
        previous_headline=previous_headline,
        next_headline=next_headline,
    )


def format_text_article(article: TextArticle) -> str:
    """Write an article in the plain-text layout, ending with one newline.

    Line breaks inside a headline become spaces (the layout's headlines are one line);
    blank teasers and paragraphs are left out (the layout cannot hold them).
    """
    blocks = [quote_headline(article.headline)]
    blocks.extend(block for block in [article.teaser, *article.paragraphs] if block.strip())
    if article.previous_headline:
        blocks += [READ_PREVIOUS, quote_headline(article.previous_headline)]
    if article.next_headline:
        blocks += [READ_NEXT, quote_headline(article.next_headline)]
    return "\n\n".join(_normalize_newlines(block) for block in blocks) + "\n"


def split_blocks(text: str) -> list[str]:
    """The blocks of `text`: runs of non-blank lines, joined by their own newlines."""
    blocks: list[str] = []
    current: list[str] = []
    for line in _normalize_newlines(text).split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def unquote_headline(line: str) -> str:
    """Drop the outer pair of straight double quotes, if the line has one."""
    if len(line) >= 2 and line.startswith(_QUOTE) and line.endswith(_QUOTE):
        return line[1:-1]
    return line


def quote_headline(headline: str) -> str:
    """The layout's headline line: the headline on one line, in straight double quotes."""
    one_line = " ".join(part for part in _normalize_newlines(headline).split("\n"))
    return f"{_QUOTE}{one_line}{_QUOTE}"


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_quoted_line(block: str) -> bool:
    line = block.strip()
    return "\n" not in line and len(line) >= 2 and line[0] == _QUOTE == line[-1]


def _navigation_pair(blocks: list[str]) -> tuple[str, str, int] | None:
    """(marker, neighbour headline, blocks used) if `blocks` ends with a navigation pair."""
    if (
        len(blocks) >= 2
        and blocks[-2].strip() in (READ_PREVIOUS, READ_NEXT)
        and _is_quoted_line(blocks[-1])
    ):
        return blocks[-2].strip(), unquote_headline(blocks[-1].strip()), 2
    if blocks:
        marker, _, headline_line = blocks[-1].partition("\n")
        if marker.strip() in (READ_PREVIOUS, READ_NEXT) and _is_quoted_line(headline_line):
            return marker.strip(), unquote_headline(headline_line.strip()), 1
    return None


def _split_navigation(blocks: list[str]) -> tuple[list[str], str | None, str | None]:
    """Remove trailing Read Previous / Read Next pairs; return the rest and the headlines."""
    found: dict[str, str] = {}
    remaining = list(blocks)
    while (pair := _navigation_pair(remaining)) is not None:
        marker, headline, used = pair
        if marker in found:
            break
        found[marker] = headline
        del remaining[-used:]
    return (
        remaining,
        found.get(READ_PREVIOUS) or None,
        found.get(READ_NEXT) or None,
    )
