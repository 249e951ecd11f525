"""Library commands: each change, its inverse and the inverse's inverse, on a real library.

Every round trip compares the whole stored state (articles, tags, links, related order,
sections): applying the inverse gives back the state before, applying the inverse of the
inverse gives back the state after the change.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.domain.article import Article, LinkKind, Status
from editor.services.commands import (
    AddRelated,
    CreateSection,
    DeleteArticle,
    LibraryCommand,
    MoveArticles,
    RemoveRelated,
    RemoveSection,
    RestoreArticles,
    SectionPath,
    SetNeighbours,
)
from editor.services.failures import ArticleNotFoundError, LibraryError
from editor.services.library_services import Services
from tests.unit.services.stored_state import VERSION_COLUMNS, stored_state

PREVIOUS, NEXT = LinkKind.PREVIOUS, LinkKind.NEXT


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def add(services: Services, *headlines: str, section: str = "") -> list[str]:
    """Store one article per headline; their ids."""
    return [
        services.save(Article(headline=headline, section=section, tags=["eins", "zwei"])).id
        for headline in headlines
    ]


def round_trip(
    services: Services, command: LibraryCommand, *, ignore: Iterable[str] = ()
) -> LibraryCommand:
    """Apply `command`, its inverse, and the inverse's inverse, checking the stored state
    after each; returns the command that undoes the change (now applied)."""
    before = stored_state(services, ignore=ignore)
    inverse = services.run(command)
    after = stored_state(services, ignore=ignore)
    assert after != before, "the command changed nothing"
    again = services.run(inverse)
    assert stored_state(services, ignore=ignore) == before
    undo = services.run(again)
    assert stored_state(services, ignore=ignore) == after
    return undo


def neighbour_id(services: Services, article_id: str, kind: LinkKind) -> str | None:
    found = services.neighbour(article_id, kind)
    return found.id if found is not None else None


def test_set_previous_restores_both_old_neighbours(services: Services) -> None:
    a, x, b, w = add(services, "A", "X", "B", "W")
    services.run(SetNeighbours.one(a, PREVIOUS, x))  # X <-> A
    services.run(SetNeighbours.one(b, PREVIOUS, w))  # W <-> B
    command = SetNeighbours.one(a, PREVIOUS, w)  # W had B as next; A had X as previous
    assert command.label == "Set previous story"
    round_trip(services, command)
    assert neighbour_id(services, a, PREVIOUS) == w
    assert neighbour_id(services, w, NEXT) == a
    assert neighbour_id(services, x, NEXT) is None
    assert neighbour_id(services, b, PREVIOUS) is None
    services.run(services.run(SetNeighbours.one(a, PREVIOUS, b)))  # change and undo it
    assert neighbour_id(services, a, PREVIOUS) == w
    assert neighbour_id(services, w, NEXT) == a


def test_clear_next(services: Services) -> None:
    a, b = add(services, "A", "B")
    services.run(SetNeighbours.one(a, NEXT, b))
    command = SetNeighbours.one(a, NEXT, None)
    assert command.label == "Clear next story"
    round_trip(services, command)
    assert services.backlinks(b) == []


def test_a_neighbour_change_that_changes_nothing_undoes_nothing(services: Services) -> None:
    a, b = add(services, "A", "B")
    services.run(SetNeighbours.one(a, NEXT, b))
    assert services.run(SetNeighbours.one(a, NEXT, b)).steps == ()


def test_an_article_is_never_its_own_neighbour(services: Services) -> None:
    (a,) = add(services, "A")
    with pytest.raises(LibraryError, match="its own"):
        services.run(SetNeighbours.one(a, NEXT, a))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    setup=st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from([PREVIOUS, NEXT]), st.integers(-1, 4)),
        max_size=6,
    ),
    change=st.tuples(st.integers(0, 4), st.sampled_from([PREVIOUS, NEXT]), st.integers(-1, 4)),
)
def test_any_neighbour_change_round_trips(
    services: Services,
    setup: list[tuple[int, LinkKind, int]],
    change: tuple[int, LinkKind, int],
) -> None:
    ids = [summary.id for summary in services.list_articles()] or add(services, *"ABCDE")
    ids.sort()

    def command(article: int, kind: LinkKind, target: int) -> SetNeighbours:
        return SetNeighbours.one(ids[article], kind, ids[target] if target >= 0 else None)

    for step in setup:
        if step[0] != step[2]:
            services.run(command(*step))
    if change[0] == change[2]:
        return
    before = stored_state(services)
    inverse = services.run(command(*change))
    after = stored_state(services)
    redo = services.run(inverse)
    assert stored_state(services) == before
    services.run(redo)
    assert stored_state(services) == after


def test_related_round_trip_keeps_the_order(services: Services) -> None:
    a, b, c, d = add(services, "A", "B", "C", "D")
    for other in (b, c, d):
        services.run(AddRelated(a, other))
    round_trip(services, RemoveRelated(a, c))
    assert [ref.id for ref in services.related(a)] == [b, d]
    services.run(AddRelated(a, c))  # a new link goes last
    assert [ref.id for ref in services.related(a)] == [b, d, c]
    services.run(services.run(RemoveRelated(a, d)))  # an undone removal keeps its place
    assert [ref.id for ref in services.related(a)] == [b, d, c]
    assert [ref.id for ref in services.related(c)] == [a]


def test_add_related_round_trips_and_refuses_twice(services: Services) -> None:
    a, b = add(services, "A", "B")
    round_trip(services, AddRelated(a, b))
    state = stored_state(services)
    with pytest.raises(LibraryError, match="already related"):
        services.run(AddRelated(b, a))
    with pytest.raises(LibraryError, match="itself"):
        services.run(AddRelated(a, a))
    assert stored_state(services) == state


def test_remove_related_refuses_unrelated_articles(services: Services) -> None:
    a, b = add(services, "A", "B")
    with pytest.raises(LibraryError, match="not related"):
        services.run(RemoveRelated(a, b))


def test_create_section_round_trips(services: Services) -> None:
    services.ensure_section("Politik")
    round_trip(services, CreateSection(SectionPath.parse("Politik/Ausland")))
    assert [(s.name, s.parent) for s in services.sections()] == [
        ("Politik", None),
        ("Ausland", "Politik"),
    ]


def test_create_section_refuses_an_existing_one_or_a_missing_parent(services: Services) -> None:
    services.ensure_section("Sport")
    with pytest.raises(LibraryError, match="already a section"):
        services.run(CreateSection(SectionPath.parse("Sport")))
    with pytest.raises(LibraryError, match="no section 'Kultur'"):
        services.run(CreateSection(SectionPath.parse("Kultur/Kino")))
    assert [s.name for s in services.sections()] == ["Sport"]


def test_removing_a_section_in_the_middle_restores_its_place(services: Services) -> None:
    for name in ("Politik", "Sport", "Kultur"):
        services.ensure_section(name)
    round_trip(services, RemoveSection(SectionPath.parse("Sport")))
    assert [s.name for s in services.sections()] == ["Politik", "Kultur"]
    services.run(services.run(RemoveSection(SectionPath.parse("Kultur"))))
    assert [s.name for s in services.sections()] == ["Politik", "Kultur"]
    services.run(CreateSection(SectionPath.parse("Sport"), position=1))
    assert [s.name for s in services.sections()] == ["Politik", "Sport", "Kultur"]


def test_a_section_that_holds_anything_is_not_removed(services: Services) -> None:
    add(services, "A", section="Sport")
    services.ensure_section("Ausland", "Politik")
    with pytest.raises(LibraryError, match="still holds 1 article"):
        services.run(RemoveSection(SectionPath.parse("Sport")))
    with pytest.raises(LibraryError, match="still holds other sections"):
        services.run(RemoveSection(SectionPath.parse("Politik")))
    with pytest.raises(LibraryError, match="no section 'Kultur'"):
        services.run(RemoveSection(SectionPath.parse("Kultur")))
    assert len(services.sections()) == 3


def test_move_articles_and_back_each_to_its_own_section(services: Services) -> None:
    services.ensure_section("Ausland", "Politik")
    a, b = add(services, "A", "B", section="Sport")
    (c,) = add(services, "C")
    versions = {article_id: services.get(article_id).version for article_id in (a, b, c)}
    command = MoveArticles.to_section([a, c, b, a], SectionPath.parse("Politik/Ausland"))
    assert command.label == "Move 3 articles to Politik/Ausland"
    round_trip(services, command, ignore=VERSION_COLUMNS)
    assert {services.get(i).section for i in (a, b, c)} == {"Politik/Ausland"}
    assert all(services.get(i).version > versions[i] for i in (a, b, c))
    undo = services.run(MoveArticles.to_section([b], None))
    assert services.get(b).section == ""
    services.run(undo)
    assert services.get(b).section == "Politik/Ausland"


def test_moving_to_a_missing_section_moves_nothing(services: Services) -> None:
    (a,) = add(services, "A", section="Sport")
    state = stored_state(services)
    with pytest.raises(LibraryError, match="no section 'Kultur'"):
        services.run(MoveArticles.to_section([a], SectionPath.parse("Kultur")))
    assert stored_state(services) == state


def test_delete_moves_to_the_trash_keeping_everything(services: Services) -> None:
    a, b, c, d = add(services, "A", "B", "C", "D", section="Sport")
    stored = services.get(a)
    stored.status, stored.kicker, stored.tags = Status.APPROVED, "Eilmeldung", ["z", "a"]
    stored.body = "Ein **fetter** Satz über Köln."
    services.save(stored)
    services.run(SetNeighbours.one(a, PREVIOUS, b))
    services.run(SetNeighbours.one(a, NEXT, c))
    services.run(AddRelated(d, b))  # D's related list: B, A, C (in that order)
    services.run(AddRelated(a, d))
    services.run(AddRelated(d, c))
    command = DeleteArticle.of([a])
    assert command.label == "Delete article"
    undo = round_trip(services, command)
    assert services.get(a).headline == "A", "the Trash is reached by id"
    assert a not in {summary.id for summary in services.list_articles()}
    assert services.search("fetter") == []
    assert services.find_by_headline("A") is None
    assert services.trashed_among([a, b]) == {a}
    assert a not in {ref.id for ref, _ in services.backlinks(b)}
    assert [ref.id for ref in services.related(d)] == [b, a, c], "kept, shown as broken"
    services.run(undo)
    restored = services.get(a)
    assert (restored.slug, restored.tags, restored.status) == ("a", ["z", "a"], Status.APPROVED)
    assert neighbour_id(services, b, NEXT) == a
    assert [hit.id for hit in services.search("fetter")] == [a]


def test_delete_and_restore_many_keep_each_ones_trash_time(services: Services) -> None:
    a, b, c = add(services, "A", "B", "C")
    services.run(DeleteArticle.of([a]))
    command = DeleteArticle.of([b, c, b])
    assert command.label == "Delete 2 articles"
    services.run(command)
    round_trip(services, RestoreArticles((a, c)))
    assert services.trashed_among([a, b, c]) == {b}


def test_trash_commands_refuse_what_is_not_where_they_expect(services: Services) -> None:
    a, b = add(services, "A", "B")
    services.run(DeleteArticle.of([a]))
    state = stored_state(services)
    with pytest.raises(LibraryError, match="already in the Trash"):
        services.run(DeleteArticle.of([b, a]))
    with pytest.raises(LibraryError, match="not in the Trash"):
        services.run(RestoreArticles((a, b)))
    with pytest.raises(ArticleNotFoundError):
        services.run(DeleteArticle.of(["no-such-id"]))
    assert stored_state(services) == state


def test_emptying_the_trash_deletes_only_trashed_articles_for_good(services: Services) -> None:
    a, b, c = add(services, "A", "B", "C")
    services.run(SetNeighbours.one(a, NEXT, b))
    services.run(DeleteArticle.of([a, c]))
    assert services.empty_trash() == 2
    with pytest.raises(ArticleNotFoundError):
        services.get(a)
    assert services.backlinks(b) == []
    assert [summary.id for summary in services.list_articles()] == [b]
    assert services.empty_trash() == 0
