"""Importing article files into a library: text layout and Markdown, with the
previous/next links, placeholders and language detection the issue asks for."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.domain import Article, LinkKind
from editor.formats.body import plain_paragraphs_to_markdown
from editor.formats.decoding import read_text_file
from editor.formats.errors import FormatError
from editor.formats.language import detect_language
from editor.formats.markdown_file import parse_markdown_file
from editor.formats.text_layout import parse_text_article
from editor.storage.library import Library

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})


@dataclass
class ImportedArticle:
    """What one imported file produced: the article and the placeholders made for it."""

    article: Article
    placeholders: list[Article] = field(default_factory=list)


def import_file(library: Library, path: Path, section: str | None = None) -> ImportedArticle:
    """Read `path` (text layout or Markdown, by suffix) and store it in `library`."""
    text = read_text_file(path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return import_markdown(library, text, section, source_name=path.name)
    return import_text(library, text, section, source_name=path.name)


def import_text(
    library: Library, text: str, section: str | None = None, source_name: str = "text"
) -> ImportedArticle:
    """Import an article in the seed's plain-text layout."""
    parsed = parse_text_article(text)
    body = plain_paragraphs_to_markdown(parsed.paragraphs)
    article = _article_for_headline(library, parsed.headline)
    article.teaser = parsed.teaser
    article.body = body
    article.final_newline = text.endswith(("\n", "\r"))
    article.language = detect_language(
        " ".join([parsed.headline, parsed.teaser, *parsed.paragraphs])
    )
    if section is not None:
        article.section = section
    saved = library.save(article)
    result = ImportedArticle(saved)
    _link_neighbour(library, result, LinkKind.PREVIOUS, parsed.previous_headline)
    _link_neighbour(library, result, LinkKind.NEXT, parsed.next_headline)
    return result


def import_markdown(
    library: Library, text: str, section: str | None = None, source_name: str = "markdown"
) -> ImportedArticle:
    """Import a Markdown file with optional YAML front matter."""
    fields, body = parse_markdown_file(text)
    headline = str(fields.get("headline") or "").strip()
    if not headline:
        raise FormatError(
            f"{source_name}: no headline (add 'headline:' front matter or a '# ' line)"
        )
    article = _article_for_headline(library, headline)
    article.body = body
    for name in ("kicker", "teaser", "byline", "dateline"):
        if name in fields:
            setattr(article, name, str(fields[name] or ""))
    if "tags" in fields:
        article.tags = [str(tag) for tag in fields["tags"] or []]
    if "status" in fields:
        article.status = fields["status"]
    article.language = str(fields.get("language") or "") or detect_language(
        " ".join([headline, article.teaser, body])
    )
    chosen_section = section if section is not None else fields.get("section")
    if chosen_section is not None:
        article.section = str(chosen_section)
    return ImportedArticle(library.save(article))


def _article_for_headline(library: Library, headline: str) -> Article:
    """A placeholder with this headline is filled in place (same id, links kept);
    otherwise a new article starts."""
    existing = library.find_by_headline(headline)
    if existing is not None and existing.placeholder:
        existing.placeholder = False
        return existing
    return Article(headline=headline)


def _link_neighbour(
    library: Library, result: ImportedArticle, kind: LinkKind, headline: str | None
) -> None:
    """Point `kind` at the article with exactly `headline`, creating a placeholder
    in the same section when none exists yet."""
    if headline is None:
        return
    article = result.article
    target = library.find_by_headline(headline)
    if target is None or target.id == article.id:
        target = library.save(
            Article(
                headline=headline,
                section=article.section,
                language=article.language,
                placeholder=True,
            )
        )
        result.placeholders.append(target)
    library.set_neighbour(article.id, kind, target.id)
