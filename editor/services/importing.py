"""Importing article files into a library: text layout and Markdown, with the
previous/next links, placeholders and language detection the issue asks for.

Each file is stored in one transaction (article, links and placeholders together), so a
killed import never leaves an article without its links. A file whose headline is
already a real article's is refused unless `allow_duplicate` (the CLI's `--new`) asks
for a second copy; a placeholder with that headline is filled in place. Control
characters other than tab and line feed are dropped from every field (README.md).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.domain import Article, Status
from editor.formats.body import plain_paragraphs_to_markdown
from editor.formats.decoding import read_text_file, remove_control_characters
from editor.formats.errors import FormatError
from editor.formats.import_kinds import is_markdown_file, refuse_unsupported_file
from editor.formats.language import detect_language
from editor.formats.markdown_file import parse_markdown_file
from editor.formats.text_layout import parse_text_article
from editor.storage.file_import import ArticleFiller, ImportRequest

TEXT_FIELDS = ("kicker", "headline", "teaser", "body", "byline", "dateline", "section")

if TYPE_CHECKING:
    from editor.services.library_services import Services


@dataclass
class ImportedArticle:
    """What one imported file produced: the article and the placeholders made for it."""

    article: Article
    placeholders: list[Article] = field(default_factory=list)


def import_file(
    services: Services, path: Path, section: str | None = None, *, allow_duplicate: bool = False
) -> ImportedArticle:
    """Read `path` (text layout or Markdown, by suffix) and store it through `services`."""
    refuse_unsupported_file(path)
    text = read_text_file(path)
    importer = import_markdown if is_markdown_file(path) else import_text
    try:
        return importer(services, text, section, allow_duplicate=allow_duplicate)
    except FormatError as error:
        raise FormatError(error.reason, source=str(path)) from None


def import_text(
    services: Services, text: str, section: str | None = None, *, allow_duplicate: bool = False
) -> ImportedArticle:
    """Import an article in the seed's plain-text layout."""
    parsed = parse_text_article(text)
    body = plain_paragraphs_to_markdown(parsed.paragraphs)
    language = detect_language(" ".join([parsed.headline, parsed.teaser, *parsed.paragraphs]))
    chosen_section = existing_section_name(services, section)

    def fill(article: Article) -> Article:
        article.teaser = parsed.teaser
        article.body = body
        article.language = language
        article.final_newline = text.endswith(("\n", "\r"))
        if chosen_section is not None:
            article.section = chosen_section
        return _clean(article)

    return _store(
        services, parsed.headline, fill, parsed.previous_headline, parsed.next_headline,
        allow_duplicate,
    )  # fmt: skip


def import_markdown(
    services: Services, text: str, section: str | None = None, *, allow_duplicate: bool = False
) -> ImportedArticle:
    """Import a Markdown file with optional YAML front matter."""
    fields, body = parse_markdown_file(text)
    headline = remove_control_characters(str(fields.get("headline") or "")).strip()
    if not headline:
        raise FormatError("no headline (add 'headline:' front matter or a '# ' line)")
    chosen_section = existing_section_name(
        services, section if section is not None else fields.get("section")
    )

    def fill(article: Article) -> Article:
        article.body = body
        for name in ("kicker", "teaser", "byline", "dateline"):
            if name in fields:
                setattr(article, name, str(fields.get(name) or ""))
        if "tags" in fields:
            article.tags = list(fields["tags"])
        if "status" in fields:
            article.status = Status(fields["status"])
        article.language = fields.get("language") or detect_language(
            " ".join([headline, article.teaser, body])
        )
        if chosen_section is not None:
            article.section = chosen_section
        return _clean(article)

    return _store(services, headline, fill, None, None, allow_duplicate)


def existing_section_name(services: Services, name: str | None) -> str | None:
    """The path of the section called `name` in its stored spelling (see
    `Services.section_named`), `name` itself when there is no such section yet (a path is
    created as needed), None for None."""
    if name is None:
        return None
    found = services.section_named(name)
    return str(found) if found is not None else name.strip()


def _store(
    services: Services,
    headline: str,
    fill: ArticleFiller,
    previous_headline: str | None,
    next_headline: str | None,
    allow_duplicate: bool,
) -> ImportedArticle:
    def clean(value: str | None) -> str | None:
        return None if value is None else remove_control_characters(value)

    stored = services.import_article(
        ImportRequest(
            headline=remove_control_characters(headline),
            fill=fill,
            previous_headline=clean(previous_headline),
            next_headline=clean(next_headline),
            allow_duplicate=allow_duplicate,
        )
    )
    return ImportedArticle(stored.article, stored.placeholders)


def _clean(article: Article) -> Article:
    """`article` with control characters removed from its text fields and tags."""
    changes: dict[str, object] = {
        name: remove_control_characters(getattr(article, name)) for name in TEXT_FIELDS
    }
    changes["tags"] = [remove_control_characters(tag) for tag in article.tags]
    return dataclasses.replace(article, **changes)  # type: ignore[arg-type]
