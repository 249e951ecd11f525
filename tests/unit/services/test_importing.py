"""Import service: text and Markdown import, placeholders, reciprocal neighbours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.domain import LinkKind, Status
from editor.formats.errors import FormatError
from editor.services.exporting import export_article
from editor.services.importing import import_file, import_markdown, import_text
from editor.services.library_services import Services


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def story(headline: str, prev: str | None = None, nxt: str | None = None) -> str:
    blocks = [f'"{headline}"', f"Teaser zu {headline}.", f"Text zu {headline}."]
    if prev:
        blocks += ["Read Previous", f'"{prev}"']
    if nxt:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)


def test_seed_imports_with_placeholders_and_exports_identically(
    services: Services, seed_text: str
) -> None:
    result = import_text(services, seed_text, section="Ausland")
    assert result.article.language == "de"
    assert [p.headline for p in result.placeholders] == [
        "Wien: Kürzungen bei Mindestsicherung geplant",
        "Trumps Söhne: Bitcoin-Firma verdoppelt Wert!",
    ]
    assert all(p.placeholder and p.section == "Ausland" and not p.body for p in result.placeholders)
    exported = export_article(services, result.article, "text")
    assert exported.rstrip("\n") == seed_text.rstrip("\n")


def test_importing_a_placeholder_fills_it_and_keeps_links(services: Services) -> None:
    middle = import_text(services, story("Mitte", prev="Vorher")).article
    placeholder_id = services.neighbour(middle.id, LinkKind.PREVIOUS)
    assert placeholder_id is not None
    filled = import_text(services, story("Vorher", nxt="Mitte")).article
    assert filled.id == placeholder_id.id
    assert not services.get(filled.id).placeholder
    assert services.neighbour(filled.id, LinkKind.NEXT) == services.neighbour(
        middle.id, LinkKind.PREVIOUS
    ).__class__(middle.id, "Mitte")
    assert len(services.list_articles()) == 2


def test_neighbours_stay_reciprocal_when_relinked(services: Services) -> None:
    first = import_text(services, story("A", nxt="W")).article
    second = import_text(services, story("B", prev="W")).article
    w = services.find_by_headline("W")
    assert w is not None
    assert services.neighbour(w.id, LinkKind.PREVIOUS) is not None
    assert services.neighbour(w.id, LinkKind.PREVIOUS).id == first.id  # type: ignore[union-attr]
    assert services.neighbour(w.id, LinkKind.NEXT).id == second.id  # type: ignore[union-attr]
    third = import_text(services, story("C", prev="W")).article
    assert services.neighbour(w.id, LinkKind.NEXT).id == third.id  # type: ignore[union-attr]
    assert services.neighbour(second.id, LinkKind.PREVIOUS) is None


def test_text_export_never_invents_neighbours(services: Services) -> None:
    lone = import_text(services, story("Allein")).article
    text = export_article(services, lone, "text")
    assert "Read Previous" not in text and "Read Next" not in text


def test_markdown_import_reads_front_matter(services: Services) -> None:
    text = (
        "---\nheadline: Wahl in Berlin\nkicker: Politik\nteaser: Kurz gesagt.\n"
        "tags: [wahl, berlin]\nstatus: in_review\nlanguage: de\nsection: Inland\n---\n\n"
        "Der **erste** Absatz.\n"
    )
    article = import_markdown(services, text).article
    stored = services.get(article.id)
    assert (stored.headline, stored.kicker, stored.teaser) == (
        "Wahl in Berlin",
        "Politik",
        "Kurz gesagt.",
    )
    assert stored.tags == ["wahl", "berlin"]
    assert stored.status is Status.IN_REVIEW
    assert stored.section == "Inland"
    assert "**erste**" in stored.body


def test_english_article_is_detected(services: Services) -> None:
    text = (
        '"Storm hits the coast"\n\nThe storm was the worst in years.\n\n'
        "It is expected that the damage will be high and the roads will stay closed."
    )
    assert import_text(services, text).article.language == "en"


def test_bad_files_are_refused_with_a_reason(services: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(FormatError):
        import_file(services, empty)
    assert services.list_articles() == []
