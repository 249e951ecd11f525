"""A fast path for the commonest body: plain paragraphs with bold runs (`**Paris**`)
and subheads (`## Die Beschlüsse`).

Rendering a body through Python-Markdown and the block model costs milliseconds; a site
export of 100,000 articles cannot afford that for text that holds no Markdown at all.
`simple_body_html` recognises such a body conservatively and writes the very HTML the
block model writes for it (`blocks_to_html(markdown_to_blocks(body))`); anything else,
or anything it is not sure of, returns None and takes that path. Either way the HTML then
passes nh3 (`html_export.body_html`). The tests check both paths give the same HTML on
generated bodies and on the benchmark corpus.

A body is simple when each of its paragraphs (separated by exactly one blank line) is
one line that starts with a letter and holds only ordinary text: no character a Markdown
rule or HTML could use (`\\ ` * _ [ ] ! < > & ~ | #` and the like), no runs of spaces or
other white space, except bold runs `**text**` whose text is itself ordinary and neither
starts nor ends with a space; or it is a subhead: `## ` or `### ` and such text.
"""

from __future__ import annotations

import re

_NOT_SIMPLE = re.compile(
    r"[\\`_\[\]<>&~|{}\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200f\u2028-\u202f\u205f"
    r"\u3000\ufeff]|  | \n|\n | $|\n\n\n|\*\*\*"
)
"""Anything that rules a body out at once: a character Markdown or HTML could read, runs
of spaces, spaces at a line's end or start, a blank line too many, or three stars."""
_BOLD_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")
_HEADING_TAGS = {"## ": "h2", "### ": "h3"}


def simple_body_html(body: str) -> str | None:
    """The HTML of a body of plain paragraphs, bold runs and subheads, or None if it is
    not one."""
    text = body.strip("\n")
    if not text or _NOT_SIMPLE.search(text) is not None:
        return None
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        tag = "p"
        for marker, heading in _HEADING_TAGS.items():
            if paragraph.startswith(marker):
                tag, paragraph = heading, paragraph[len(marker) :]
                break
        if "\n" in paragraph or not (paragraph[:1].isalpha() or paragraph.startswith("**")):
            return None
        html = _BOLD_RUN.sub(r"<strong>\1</strong>", paragraph)
        if "*" in html or "#" in html or "<strong> " in html or " </strong>" in html:
            return None
        out.append(f"<{tag}>{html}</{tag}>")
    return "".join(out)
