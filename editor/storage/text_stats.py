"""Word and character counts stored with each article, computed from its Markdown source.

Storage may not import editor.formats, so the Markdown punctuation that is not text
(emphasis marks, heading and quote markers, link targets, backslash escapes) is removed by
one fast regular expression before the domain's `measure_text` counts.
"""

from __future__ import annotations

import re

from editor.domain.metrics import TextMetrics, measure_text

_MARKUP = re.compile(
    r"""
      \\(?P<escaped>[!-/:-@\[-`{-~])        # backslash escape: keep the character
    | \]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)  # ](url "title") after link text
    | ^[ \t]{0,3}(?:\#{1,6}|>|[-+*]|\d{1,9}[.)])(?=[ \t])  # block markers at a line start
    | [*_~`]+                               # emphasis, strikethrough, code spans
    | [\[\]]                                # link text brackets
    | ^[ \t]*(?:-{3,}|={3,}|\*{3,})[ \t]*$  # rules and setext underlines
    """,
    re.VERBOSE | re.MULTILINE,
)


def _replace(match: re.Match[str]) -> str:
    return match.group("escaped") or ""


def strip_markdown(markdown: str) -> str:
    """Markdown source reduced to roughly the text a reader sees (for counting only)."""
    if not any(ch in markdown for ch in "\\]#>*_~`[-=+0123456789"):
        return markdown
    return _MARKUP.sub(_replace, markdown)


def article_metrics(teaser: str, body: str) -> TextMetrics:
    """Counts over the teaser and the body of an article (headline and kicker excluded)."""
    text = f"{teaser}\n\n{strip_markdown(body)}" if teaser else strip_markdown(body)
    return measure_text(text)
