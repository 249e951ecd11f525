"""The article body's Markdown dialect: one parser (Python-Markdown) for the editor and
every export, and the escaping that keeps a journalist's literal text literal."""

from __future__ import annotations


import markdown

MARKDOWN_EXTENSIONS: list[str] = ["sane_lists", "pymdownx.tilde"]
MARKDOWN_EXTENSION_CONFIGS: dict[str, dict[str, object]] = {
    "pymdownx.tilde": {"subscript": False},
}

# Characters Python-Markdown treats as syntax somewhere in a line; a backslash before
# them always yields the bare character.
_BACKSLASH_ESCAPED = set("\\`*_{}[]()#+-.!>~")
_ENTITY_ESCAPED = {"<": "&lt;", "&": "&amp;"}


def _parser() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=MARKDOWN_EXTENSIONS,
        extension_configs=MARKDOWN_EXTENSION_CONFIGS,
        output_format="html",
    )


def render_html(markdown_text: str) -> str:
    """Render a body to an HTML fragment with the single house parser."""
    return _parser().convert(markdown_text)


def escape_text(text: str) -> str:
    """Turn literal text into Markdown inline source that renders as exactly that text."""
    out: list[str] = []
    for ch in text:
        if ch in _ENTITY_ESCAPED:
            out.append(_ENTITY_ESCAPED[ch])
        elif ch in _BACKSLASH_ESCAPED:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


