"""HTML pages the validator and browser tests check: the seed and hostile articles, each
imported through the real import path (plain text, Markdown, HTML in Markdown) and
exported through the export service, as a user would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from editor.services.importing import import_markdown, import_text
from editor.services.library_services import Services
from tests.unit.formats.xss_corpus import HTML_PAYLOADS, MARKDOWN_PAYLOADS, RUN, TEXT_PAYLOADS

HOSTILE_HEADLINE = f"</script><script>{RUN}</script><!-- Überschrift"
HOSTILE_FIELD = f'"><img src=x onerror="{RUN}"> & </style></title>'


def _markdown_file(headline: str, body_parts: tuple[str, ...]) -> str:
    fields = {
        "headline": headline,
        "kicker": HOSTILE_FIELD,
        "teaser": HOSTILE_FIELD,
        "byline": HOSTILE_FIELD,
        "dateline": HOSTILE_FIELD,
        "tags": [HOSTILE_FIELD, "</script>"],
    }
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n" + "\n\n".join(body_parts) + "\n"


def _text_file(headline: str, paragraphs: tuple[str, ...]) -> str:
    blocks = [f'"{headline}"', HOSTILE_FIELD, *paragraphs, "Read Next", f'"{HOSTILE_FIELD}"']
    return "\n\n".join(blocks) + "\n"


@dataclass(frozen=True)
class ExportedPage:
    """One exported article page: its file, the <title> it must show, the article's slug."""

    file_name: str
    title: str
    slug: str


def write_pages(services: Services, folder: Path, seed_text: str) -> list[ExportedPage]:
    """Export the seed and the hostile articles as HTML into `folder`."""
    imported = {
        "seed": import_text(services, seed_text).article,
        "hostile-text": import_text(
            services, _text_file(f"Text {HOSTILE_HEADLINE}", TEXT_PAYLOADS)
        ).article,
        "hostile-markdown": import_markdown(
            services, _markdown_file(f"Markdown {HOSTILE_HEADLINE}", MARKDOWN_PAYLOADS)
        ).article,
        "hostile-html-in-markdown": import_markdown(
            services, _markdown_file(f"HTML {HOSTILE_HEADLINE}", HTML_PAYLOADS)
        ).article,
    }
    pages: list[ExportedPage] = []
    for name, article in imported.items():
        page = services.export_article(article, "html")
        assert isinstance(page, str)
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
        pages.append(ExportedPage(f"{name}.html", " ".join(article.headline.split()), article.slug))
    return pages
