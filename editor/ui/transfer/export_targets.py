"""The formats File > Export… offers, and how each one is written to a file.

The list is the export registry (`editor.formats.registry.EXPORTS`, the same one
`copydesk export --format` reads: HTML page, plain text, Markdown, ninjs...) followed by
the PDF, which this feature lays out with Qt and writes itself (`pdf_export.write_pdf`).

Every writer replaces the destination whole or leaves it untouched (a temporary file in
the same folder, then a rename), so a failed or interrupted export never leaves a
half-written file. Writers that need no Qt run off the GUI thread (`runs_in_worker`);
the PDF is laid out by a QTextDocument and is written on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.domain import Article
from editor.domain.slug import slugify
from editor.formats.export_links import ExportOptions
from editor.formats.registry import EXPORTS
from editor.services.exporting import write_bytes_atomically, write_file_atomically

if TYPE_CHECKING:
    from editor.services.library_services import Services

PAGE_FORMAT = "html"
"""The registry's HTML page: what the dialog's preview shows."""
TEXT_FORMAT = "text"
"""The registry's plain text: the format that takes wrap and navigation options."""

FileWriter = Callable[["Services", Article, Path, ExportOptions], None]


@dataclass(frozen=True)
class ExportTarget:
    """One format in the Export dialog."""

    name: str
    label: str
    extension: str
    binary: bool
    write: FileWriter
    runs_in_worker: bool = True

    @property
    def takes_text_options(self) -> bool:
        return self.name == TEXT_FORMAT

    def file_filter(self) -> str:
        return f"{self.label} (*{self.extension})"


def _registry_writer(format_name: str) -> FileWriter:
    def write(services: Services, article: Article, path: Path, options: ExportOptions) -> None:
        output = services.export_article(article, format_name, options)
        if isinstance(output, bytes):
            write_bytes_atomically(path, output)
        else:
            write_file_atomically(path, output)

    return write


def _write_pdf(services: Services, article: Article, path: Path, options: ExportOptions) -> None:
    from editor.ui.transfer.pdf_export import write_pdf

    write_pdf(article, path)


_PATH_WRITTEN = (ExportTarget("pdf", "PDF (A4)", ".pdf", True, _write_pdf, runs_in_worker=False),)


def export_targets() -> list[ExportTarget]:
    """The formats in menu order: the registry's (Word included), then the PDF, which
    this dialog writes itself on the GUI thread, where Qt lays it out, whether or not
    the command line registered it too."""
    own = {target.name for target in _PATH_WRITTEN}
    targets = [
        ExportTarget(spec.name, spec.label, spec.extension, spec.binary, _registry_writer(name))
        for name, spec in EXPORTS.items()
        if name not in own
    ]
    return [*targets, *_PATH_WRITTEN]


def export_preview(
    services: Services, article: Article, target: ExportTarget, options: ExportOptions
) -> tuple[bool, str]:
    """What the dialog previews for `target`: (True, the HTML page) for the page and for
    the binary formats, (False, the exported text) for the other text formats."""
    if target.binary or target.name == PAGE_FORMAT:
        page = services.export_article(article, PAGE_FORMAT, options)
        return True, page if isinstance(page, str) else page.decode("utf-8")
    output = services.export_article(article, target.name, options)
    return False, output if isinstance(output, str) else output.decode("utf-8")


def default_file_name(article: Article, target: ExportTarget) -> str:
    """The article's slug (or "article") with the format's extension."""
    stem = article.slug or slugify(article.headline) or "article"
    return f"{stem}{target.extension}"
