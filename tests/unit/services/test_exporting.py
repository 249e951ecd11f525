"""The export service: stored links become `ExportLinks`, never invented ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.domain.article import Article
from editor.formats.export_links import ExportOptions
from editor.services.exporting import article_links, export_article, inline_article_ids
from editor.services.importing import import_text
from editor.services.library_services import Services


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def _story(headline: str, prev: str | None = None, nxt: str | None = None) -> str:
    blocks = [f'"{headline}"', f"Teaser zu {headline}.", f"Text zu {headline}."]
    if prev:
        blocks += ["Read Previous", f'"{prev}"']
    if nxt:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)


def test_neighbours_related_and_inline_targets_link_by_slug(services: Services) -> None:
    middle = import_text(services, _story("Mitte", prev="Vorher", nxt="Nachher")).article
    extra = services.save(Article(headline="Hintergrund Extra"))
    services.relate(middle.id, extra.id)
    gone = "99999999-9999-4999-8999-999999999999"
    middle.body = (
        f"Siehe [Extra](copydesk:article/{extra.id}) und [weg](copydesk:article/{gone}).\n"
    )
    middle = services.save(middle)
    links = article_links(services, middle)
    assert links.previous is not None and links.previous.href == "vorher.html"
    assert links.next is not None and links.next.headline == "Nachher"
    assert [other.href for other in links.related] == ["hintergrund-extra.html"]
    assert list(links.inline) == [extra.id]  # a target that is gone is left out
    page = export_article(services, middle, "html")
    assert isinstance(page, str)
    assert '<a href="hintergrund-extra.html" rel="noopener noreferrer">Extra</a>' in page
    assert "weg" in page and f"copydesk:article/{gone}" not in page


def test_text_options_reach_the_text_export(services: Services) -> None:
    article = import_text(services, _story("Allein", nxt="Später")).article
    full = export_article(services, article, "text")
    bare = export_article(services, article, "text", ExportOptions(navigation=False))
    assert isinstance(full, str) and "Read Next" in full
    assert isinstance(bare, str) and "Read Next" not in bare


def test_inline_article_ids_in_order_each_once() -> None:
    body = "[a](copydesk:article/x-1) [b](copydesk:article/y2) [c](copydesk:article/x-1)"
    assert inline_article_ids(body) == ["x-1", "y2"]
