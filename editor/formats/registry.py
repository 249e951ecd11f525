"""The export formats, in one registry the command line and the app's menus read.

Each `ExportSpec` names a format (`html`, `text`, ...), says how to show it (label, file
extension, media type), whether its output is bytes (`binary`: needs a file, never the
terminal) and which writer makes it. A writer takes the article, its `ExportLinks` and the
user's `ExportOptions` and returns text or bytes. Writers import their module when first
called, so reading the registry (for `--format` choices or a menu) loads no exporter.

Other formats join with `register_export(ExportSpec(...))`, or with an entry in
`_BUILT_IN` for the formats Copydesk ships (DOCX and PDF are registered by their modules'
authors the same way).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.domain.article import Article
from editor.formats.errors import FormatError
from editor.formats.export_links import ExportLinks, ExportOptions

Writer = Callable[[Article, ExportLinks, ExportOptions], str | bytes]


@dataclass(frozen=True)
class ExportSpec:
    """One export format."""

    name: str
    label: str
    extension: str
    media_type: str
    binary: bool
    writer: Writer


def _write_html(article: Article, links: ExportLinks, options: ExportOptions) -> str:
    from editor.formats.html_page import render_article_page

    return render_article_page(article, links)


def _write_text(article: Article, links: ExportLinks, options: ExportOptions) -> str:
    from editor.formats.plain_export import article_to_plain_text

    return article_to_plain_text(article, links, options)


def _write_markdown(article: Article, links: ExportLinks, options: ExportOptions) -> str:
    from editor.formats.markdown_export import article_to_site_markdown

    return article_to_site_markdown(article)


def _write_ninjs(article: Article, links: ExportLinks, options: ExportOptions) -> str:
    from editor.formats.ninjs import article_to_ninjs_json

    return article_to_ninjs_json(article, links)


_BUILT_IN = (
    ExportSpec("html", "HTML page", ".html", "text/html", False, _write_html),
    ExportSpec("text", "Plain text", ".txt", "text/plain", False, _write_text),
    ExportSpec(
        "markdown", "Markdown (Hugo, Jekyll)", ".md", "text/markdown", False, _write_markdown
    ),
    ExportSpec("ninjs", "IPTC ninjs 3 (JSON)", ".json", "application/json", False, _write_ninjs),
)
EXPORTS: dict[str, ExportSpec] = {spec.name: spec for spec in _BUILT_IN}
"""Every export format by name, in menu order."""


def register_export(spec: ExportSpec) -> None:
    """Add (or replace) a format; it shows up in `copydesk export --format` and the menus."""
    EXPORTS[spec.name] = spec


def export_spec(name: str) -> ExportSpec:
    """The format called `name`; a FormatError naming the known ones otherwise."""
    try:
        return EXPORTS[name]
    except KeyError:
        known = ", ".join(EXPORTS)
        raise FormatError(f"unknown export format {name!r} (known: {known})") from None
