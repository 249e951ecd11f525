"""Links between stories by id: the index of body links kept on save, backlinks of every
kind, broken links (target trashed or missing), renaming a linked article (every link and
export still resolves to it), and filling the index when a library is upgraded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from editor.domain.article import Article, LinkKind
from editor.domain.story_links import BodyLink
from editor.services.commands import AddRelated, DeleteArticle, RestoreArticles, SetNeighbours
from editor.services.library_services import Services
from editor.services.linking import article_link_ids
from editor.storage import Library
from editor.storage.engine import make_engine
from editor.storage.location import sqlite_url
from editor.storage.schema import alembic_config, head_revision
from tests.unit.storage.test_migrations import revision_of

MISSING = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def link_to(article_id: str, text: str = "dort") -> str:
    return f"[{text}](copydesk:article/{article_id})"


def save(services: Services, headline: str, body: str = "") -> Article:
    return services.save(Article(headline=headline, body=body, teaser="Vorspann."))


def test_article_link_ids_reads_markdown_links_only() -> None:
    body = (
        f"Erst {link_to('a')}, dann **{link_to('b')}** und {link_to('a')}.\n\n"
        "- eine [Webseite](https://example.org)\n"
        f"- ein Zitat: `copydesk:article/c` und \\[kein](copydesk:article/d) Link\n"
    )
    assert article_link_ids(body) == ["a", "b"]
    assert article_link_ids("Kein Link.") == []


def test_saving_keeps_the_index_so_backlinks_are_a_query(services: Services) -> None:
    target = save(services, "Ziel")
    source = save(services, "Quelle", f"Siehe {link_to(target.id)}.")
    assert services.backlinks(target.id) == [(ref_of(source), LinkKind.INLINE)]
    source.body = "Kein Link mehr."
    services.save(source)
    assert services.backlinks(target.id) == []


def ref_of(article: Article) -> object:
    from editor.domain.article import ArticleRef

    return ArticleRef(article.id, article.headline)


def test_body_links_resolve_to_targets_or_show_as_broken(services: Services) -> None:
    target, gone = save(services, "Ziel"), save(services, "Weg")
    body = f"{link_to(target.id)} {link_to(gone.id)} {link_to(MISSING)}"
    source = save(services, "Quelle", body)
    services.run(DeleteArticle.of([gone.id]))
    assert services.body_links(source) == [
        BodyLink(target.id, "Ziel", broken=False),
        BodyLink(gone.id, "Weg", broken=True),
        BodyLink(MISSING, "", broken=True),
    ]


def test_broken_links_lists_every_kind_whose_target_is_trashed_or_missing(
    services: Services,
) -> None:
    gone = save(services, "Weg")
    source = save(services, "Quelle", f"{link_to(gone.id)} und {link_to(MISSING)}")
    other = save(services, "Andere")
    services.run(SetNeighbours.one(source.id, LinkKind.NEXT, gone.id))
    services.run(AddRelated(other.id, gone.id))
    assert [link.target_id for link in services.broken_links()] == [MISSING]
    services.run(DeleteArticle.of([gone.id]))
    found = {
        (link.source.headline, link.kind, link.target_id, link.trashed)
        for link in services.broken_links()
    }
    assert found == {
        ("Quelle", LinkKind.INLINE, gone.id, True),
        ("Quelle", LinkKind.INLINE, MISSING, False),
        ("Quelle", LinkKind.NEXT, gone.id, True),
        ("Andere", LinkKind.RELATED, gone.id, True),
    }
    services.run(RestoreArticles((gone.id,)))
    assert [link.target_id for link in services.broken_links()] == [MISSING]


def test_renaming_a_linked_article_keeps_every_link_and_export(services: Services) -> None:
    target = save(services, "Alter Titel")
    source = save(services, "Quelle", f"Mehr dazu {link_to(target.id, 'hier')}.")
    services.run(SetNeighbours.one(source.id, LinkKind.PREVIOUS, target.id))
    services.run(AddRelated(source.id, target.id))
    target.headline = "Neuer Titel"
    renamed = services.save(target)
    assert renamed.slug == target.slug

    assert services.body_links(source) == [BodyLink(target.id, "Neuer Titel", broken=False)]
    assert [ref.headline for ref in services.related(source.id)] == ["Neuer Titel"]
    assert services.neighbour(source.id, LinkKind.PREVIOUS).headline == "Neuer Titel"  # type: ignore[union-attr]
    kinds = {kind for ref, kind in services.backlinks(target.id) if ref.id == source.id}
    assert kinds == {LinkKind.INLINE, LinkKind.PREVIOUS, LinkKind.RELATED}

    text = services.export_article(services.get(source.id), "text")
    assert text.endswith('Read Previous\n\n"Neuer Titel"\n')
    html = services.export_article(services.get(source.id), "html")
    page = f'href="{renamed.slug}.html"'  # the inline, previous and related links
    assert page in html and "Neuer Titel" in html and "copydesk:article" not in html


def test_exports_leave_out_a_neighbour_in_the_trash(services: Services) -> None:
    target, source = save(services, "Vorher"), save(services, "Quelle", "Text.")
    services.run(SetNeighbours.one(source.id, LinkKind.PREVIOUS, target.id))
    services.run(DeleteArticle.of([target.id]))
    text = services.export_article(services.get(source.id), "text")
    assert "Read Previous" not in text


def test_upgrade_from_0004_keeps_every_article_and_fills_the_link_index(library_path: Path) -> None:
    with Library.open(str(library_path)) as library:
        target = library.save(Article(headline="Ziel"))
        sources = [
            library.save(Article(headline=f"Quelle {n}", body=f"Text {link_to(target.id)}."))
            for n in range(3)
        ]
        plain = library.save(Article(headline="Ohne Link", body="copydesk:article/ im Text"))
    engine = make_engine(sqlite_url(library_path), immediate=True)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO sections (name, position) VALUES ('Wirtschaft/Börse', 9)"
        )  # an older Copydesk let a name hold the path separator
    engine.dispose()
    assert revision_of(library_path) == "0004"

    with Services.open(str(library_path)) as services:
        assert revision_of(library_path) == head_revision()
        ids = {summary.id for summary in services.list_articles()}
        assert ids == {target.id, plain.id, *(source.id for source in sources)}
        backlinks = services.backlinks(target.id)
        assert sorted(ref.headline for ref, _ in backlinks) == ["Quelle 0", "Quelle 1", "Quelle 2"]
        assert {kind for _, kind in backlinks} == {LinkKind.INLINE}
        assert services.trashed_among(list(ids)) == set()
        assert "Wirtschaft\uff0fBörse" in [
            str(node.path) for node in services.section_tree().sections
        ]
    with Services.open(str(library_path)) as services:  # filled once: nothing left to do
        assert len(services.backlinks(target.id)) == 3


def test_imports_index_the_links_in_their_bodies(services: Services, tmp_path: Path) -> None:
    target = save(services, "Ziel")
    bulk = Article(headline="Aus dem Archiv", body=f"Siehe {link_to(target.id)}.")
    assert services.import_many([bulk, Article(headline="Ohne Link")]) == 2
    story = tmp_path / "story.md"
    story.write_text(f"---\nheadline: Aus einer Datei\n---\n\nMehr {link_to(target.id)}.\n")
    services.import_file(story)
    sources = sorted(ref.headline for ref, kind in services.backlinks(target.id))
    assert sources == ["Aus dem Archiv", "Aus einer Datei"]
