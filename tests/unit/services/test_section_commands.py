"""Section paths and the section commands: rename, move (no cycles), delete with a
destination for what the section holds (the undo puts everything back), chain by date,
and the section tree with its counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editor.domain.article import Article, LinkKind
from editor.domain.sections import SectionPath, SectionPathError
from editor.services.commands import (
    ChainByDate,
    CreateSection,
    DeleteArticle,
    DeleteSection,
    MoveSection,
    RenameSection,
    SetNeighbours,
)
from editor.services.failures import LibraryError
from editor.services.library_services import Services
from tests.unit.services.stored_state import VERSION_COLUMNS, stored_state
from tests.unit.services.test_commands import round_trip

P = SectionPath.parse


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def add(services: Services, section: str, *headlines: str, day: int = 1) -> list[str]:
    return [
        services.save(
            Article(
                headline=headline,
                section=section,
                created_at=datetime(2026, 5, day + number, tzinfo=UTC),
            )
        ).id
        for number, headline in enumerate(headlines)
    ]


def paths(services: Services) -> list[str]:
    return [str(node.path) for node in services.section_tree().sections]


def test_section_paths_parse_and_name_their_parts() -> None:
    path = P(" Politik / Inland ")
    assert (path.parts, path.name, str(path.parent), str(path)) == (
        ("Politik", "Inland"),
        "Inland",
        "Politik",
        "Politik/Inland",
    )
    assert path.is_within(P("Politik")) and not P("Politik").is_within(path)
    assert P("Sport").parent is None
    for bad in ("", "/", "Politik//Inland", "Politik/"):
        with pytest.raises(SectionPathError):
            P(bad)


def test_articles_filed_under_a_path_create_it(services: Services) -> None:
    (a,) = add(services, "Kultur/Kino/Klassiker", "A")
    assert services.get(a).section == "Kultur/Kino/Klassiker"
    assert paths(services) == ["Kultur", "Kultur/Kino", "Kultur/Kino/Klassiker"]
    assert services.section_named("kultur/kino") == P("Kultur/Kino")
    assert services.section_named("Klassiker") == P("Kultur/Kino/Klassiker")
    assert services.section_named("Theater") is None


def test_rename_section_round_trips_and_keeps_its_articles(services: Services) -> None:
    (a,) = add(services, "Politik/Inland", "A")
    round_trip(services, RenameSection(P("Politik"), "Politics"))
    assert services.get(a).section == "Politics/Inland"
    add(services, "Sport", "B")
    with pytest.raises(LibraryError, match="already a section 'Sport'"):
        services.run(RenameSection(P("Politics"), "Sport"))
    with pytest.raises(LibraryError, match="cannot contain"):
        services.run(RenameSection(P("Politics"), "A/B"))


def test_move_section_round_trips_and_refuses_cycles(services: Services) -> None:
    add(services, "Politik/Inland/Berlin", "A")
    add(services, "Sport", "B")
    round_trip(services, MoveSection(P("Politik/Inland"), P("Sport")))
    assert paths(services) == ["Politik", "Sport", "Sport/Inland", "Sport/Inland/Berlin"]
    round_trip(services, MoveSection(P("Sport/Inland"), None, position=0))
    assert paths(services)[:2] == ["Inland", "Inland/Berlin"]
    services.run(CreateSection(P("Sport/Berlin")))
    state = stored_state(services)
    for target in ("Inland", "Inland/Berlin"):
        with pytest.raises(LibraryError, match="into itself"):
            services.run(MoveSection(P("Inland"), P(target)))
    with pytest.raises(LibraryError, match="already a section 'Berlin'"):
        services.run(MoveSection(P("Inland/Berlin"), P("Sport")))
    assert stored_state(services) == state


def test_delete_section_moves_its_contents_and_the_undo_puts_them_back(
    services: Services,
) -> None:
    a, b = add(services, "Politik", "A", "B")
    (c,) = add(services, "Politik/Inland", "C")
    add(services, "Sport", "D")
    services.run(DeleteArticle.of([b]))  # a trashed article goes along too
    undo = round_trip(services, DeleteSection(P("Politik"), P("Sport")), ignore=VERSION_COLUMNS)
    assert (services.get(a).section, services.get(b).section) == ("Sport", "Sport")
    assert services.get(c).section == "Sport/Inland"
    services.run(undo)
    assert (services.get(a).section, services.get(c).section) == ("Politik", "Politik/Inland")
    round_trip(services, DeleteSection(P("Politik"), None), ignore=VERSION_COLUMNS)
    assert services.get(a).section == "" and services.get(c).section == "Inland"


def test_delete_section_refuses_a_destination_inside_it_or_a_name_clash(
    services: Services,
) -> None:
    add(services, "Politik/Inland", "A")
    add(services, "Sport/Inland", "B")
    state = stored_state(services)
    with pytest.raises(LibraryError, match="into itself"):
        services.run(DeleteSection(P("Politik"), P("Politik/Inland")))
    with pytest.raises(LibraryError, match="already a section 'Inland'"):
        services.run(DeleteSection(P("Politik"), P("Sport")))
    assert stored_state(services) == state


def test_chain_by_date_links_only_free_places_and_the_undo_clears_exactly_those(
    services: Services,
) -> None:
    d, b, c, a = add(services, "Sport", "D", "B", "C", "A", day=1)  # created in this order
    (placeholder,) = add(services, "Sport", "P", day=9)
    stored = services.get(placeholder)
    stored.placeholder = True
    services.save(stored)
    (other,) = add(services, "Politik", "X")
    services.run(SetNeighbours.one(c, LinkKind.NEXT, other))  # C's next place is taken
    undo = round_trip(services, ChainByDate(P("Sport")))
    assert services.neighbour(b, LinkKind.PREVIOUS).id == d  # type: ignore[union-attr]
    assert services.neighbour(c, LinkKind.PREVIOUS).id == b  # type: ignore[union-attr]
    assert services.neighbour(c, LinkKind.NEXT).id == other  # type: ignore[union-attr]
    assert services.neighbour(a, LinkKind.PREVIOUS) is None
    assert services.neighbour(placeholder, LinkKind.PREVIOUS) is None
    services.run(undo)
    assert services.neighbour(b, LinkKind.PREVIOUS) is None
    assert services.neighbour(c, LinkKind.NEXT).id == other  # type: ignore[union-attr]
    assert services.run(ChainByDate(P("Politik"))).steps == ()  # type: ignore[attr-defined]


def test_section_tree_counts_articles_outside_the_trash(services: Services) -> None:
    add(services, "Politik", "A", "B")
    trashed, *_ = add(services, "Politik/Inland", "C", "D", "E")
    add(services, "", "F")
    stored = services.get(add(services, "Sport", "G")[0])
    stored.placeholder = True
    services.save(stored)
    services.run(DeleteArticle.of([trashed]))
    tree = services.section_tree()
    counts = {str(node.path): (node.own, node.total, node.depth) for node in tree.sections}
    assert counts == {
        "Politik": (2, 4, 0),
        "Politik/Inland": (2, 2, 1),
        "Sport": (1, 1, 0),
    }
    assert (tree.all_articles, tree.unfiled, tree.placeholders, tree.trash) == (6, 1, 1, 1)
