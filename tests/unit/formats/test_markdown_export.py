"""Markdown for static site generators: front matter Hugo and Jekyll read as it is."""

from __future__ import annotations

from datetime import UTC, datetime

import yaml

from editor.domain.article import Article, Status
from editor.formats.markdown_export import article_to_site_markdown
from editor.formats.markdown_file import parse_markdown_file
from tests.unit.formats.export_samples import assert_matches_golden, golden_article


def _front_matter(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    block, _, _ = text[4:].partition("\n---\n")
    loaded = yaml.safe_load(block)
    assert isinstance(loaded, dict)
    return loaded


def test_golden_markdown() -> None:
    assert_matches_golden("article.md", article_to_site_markdown(golden_article()))


def test_front_matter_fields_and_types() -> None:
    fields = _front_matter(article_to_site_markdown(golden_article()))
    assert fields == {
        "title": "Koalition der Willigen: Sicherheitsgarantien für Ukraine",
        "date": "2024-03-01T10:00:00Z",
        "lastmod": "2024-03-02T09:30:00Z",
        "draft": False,
        "slug": "koalition-der-willigen",
        "section": "Politik",
        "tags": ["Ukraine", "Sicherheit"],
        "author": "Anna Muster",
        "description": "Die „Koalition der Willigen“ ist in Paris zusammengekommen.",
        "kicker": "Ukraine",
        "dateline": "Paris",
        "language": "de",
    }
    # both generators parse RFC 3339 dates; they must survive as one string
    assert datetime.fromisoformat(str(fields["date"])) == datetime(2024, 3, 1, 10, tzinfo=UTC)


def test_yaml_special_values_stay_text_and_drafts_are_drafts() -> None:
    article = Article(
        headline="yes", teaser="- no: [1]\n# two lines", tags=["on", "1.0", "@x"], byline="&a"
    )
    text = article_to_site_markdown(article)
    fields = _front_matter(text)
    assert fields["title"] == "yes" and fields["draft"] is True
    assert fields["description"] == "- no: [1] # two lines"
    assert fields["tags"] == ["on", "1.0", "@x"] and fields["author"] == "&a"
    assert Status.PUBLISHED is not article.status


def test_copydesk_reads_its_own_fields_back() -> None:
    fields, body = parse_markdown_file(article_to_site_markdown(golden_article()))
    assert fields.get("headline") == golden_article().headline
    assert (fields.get("section"), fields.get("tags")) == ("Politik", ["Ukraine", "Sicherheit"])
    assert (fields.get("kicker"), fields.get("dateline")) == ("Ukraine", "Paris")
    assert body.strip() == golden_article().body.strip()
