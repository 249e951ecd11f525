"""The `text` export: the seed's layout unchanged, the plain form of subheads, lists and
quotes, wrapping and leaving out the navigation."""

from __future__ import annotations

import pytest

from editor.domain.article import Article
from editor.formats.export_links import ExportLinks, ExportOptions, LinkedArticle
from editor.formats.plain_export import article_to_plain_text, text_article_fields, wrap_paragraph
from editor.formats.text_layout import parse_text_article
from tests.unit.formats.export_samples import assert_matches_golden, golden_article, golden_links


def _seed_article(seed_text: str) -> tuple[Article, ExportLinks]:
    parsed = parse_text_article(seed_text)
    fields = text_article_fields(parsed)
    article = Article(
        headline=fields.headline,
        teaser=fields.teaser,
        body=fields.body,
        final_newline=seed_text.endswith("\n"),
    )
    links = ExportLinks(
        previous=LinkedArticle("p", fields.previous_headline or ""),
        next=LinkedArticle("n", fields.next_headline or ""),
    )
    return article, links


def test_the_seed_exports_byte_for_byte(seed_text: str) -> None:
    article, links = _seed_article(seed_text)
    assert article_to_plain_text(article, links) == seed_text


def test_golden_text_and_wrapped_text() -> None:
    article, links = golden_article(), golden_links()
    assert_matches_golden("article.txt", article_to_plain_text(article, links))
    wrapped = article_to_plain_text(article, links, ExportOptions(wrap=40))
    assert_matches_golden("article-wrapped-40.txt", wrapped)


def test_plain_form_of_subheads_lists_and_quotes() -> None:
    body = "## Zwei\n\n### Drei\n\n1. eins\n2. zwei\n    - tief\n\n> Zitat\n> > doppelt\n"
    text = article_to_plain_text(Article(headline="H", body=body))
    assert text == (
        '"H"\n\nZwei\n====\n\nDrei\n----\n\n1. eins\n\n2. zwei\n\n  - tief\n\n'
        "> Zitat\n\n> > doppelt\n"
    )


def test_no_navigation_leaves_out_both_blocks(seed_text: str) -> None:
    article, links = _seed_article(seed_text)
    text = article_to_plain_text(article, links, ExportOptions(navigation=False))
    assert "Read Previous" not in text and "Read Next" not in text
    assert text == seed_text.split("\n\nRead Previous")[0]


@pytest.mark.parametrize("width", [10, 20, 33, 72])
def test_wrapping_keeps_every_word_and_the_width(width: int, seed_text: str) -> None:
    article, links = _seed_article(seed_text)
    text = article_to_plain_text(article, links, ExportOptions(wrap=width))
    assert text.split() == seed_text.split()
    one_line = {line for line in seed_text.split("\n") if line.startswith('"')} | {"Read Previous"}
    for line in text.split("\n"):
        assert len(line) <= width or " " not in line or line in one_line


def test_wrapping_repeats_quote_prefixes_and_hangs_list_text() -> None:
    assert wrap_paragraph("> eins zwei drei vier", 12) == "> eins zwei\n> drei vier"
    assert wrap_paragraph("1. eins zwei drei", 10) == "1. eins\n   zwei\n   drei"
    assert wrap_paragraph("  - eins zwei", 9) == "  - eins\n    zwei"
    assert wrap_paragraph("Wortungetüm", 5) == "Wortungetüm"
