"""Links: reciprocal previous/next neighbours, related pairs, backlinks and cascades."""

from __future__ import annotations

import pytest

from editor.domain.article import ArticleRef, LinkKind
from editor.storage import ArticleNotFoundError, Library, LibraryError
from tests.unit.storage.conftest import make_article

PREVIOUS, NEXT, RELATED = LinkKind.PREVIOUS, LinkKind.NEXT, LinkKind.RELATED


def refs(library: Library, *headlines: str) -> list[ArticleRef]:
    return [ArticleRef(library.save(make_article(h)).id, h) for h in headlines]


def assert_reciprocal(library: Library, ids: list[str]) -> None:
    """A.previous == W exactly when W.next == A, for every pair."""
    for a in ids:
        for w in ids:
            previous = library.neighbour(a, PREVIOUS)
            following = library.neighbour(w, NEXT)
            assert (previous is not None and previous.id == w) == (
                following is not None and following.id == a
            ), (a, w)


def test_set_neighbour_is_reciprocal(library: Library) -> None:
    a, w = refs(library, "A", "W")
    library.set_neighbour(a.id, PREVIOUS, w.id)
    assert library.neighbour(a.id, PREVIOUS) == w
    assert library.neighbour(w.id, NEXT) == a
    assert library.neighbour(a.id, NEXT) is None
    assert library.neighbour(w.id, PREVIOUS) is None


def test_new_neighbour_clears_old_pointers_on_both_sides(library: Library) -> None:
    a, w, x, b = refs(library, "A", "W", "X", "B")
    library.set_neighbour(a.id, PREVIOUS, w.id)
    library.set_neighbour(a.id, PREVIOUS, x.id)
    assert library.neighbour(w.id, NEXT) is None
    assert library.neighbour(x.id, NEXT) == a
    library.set_neighbour(b.id, PREVIOUS, x.id)  # X.next was A; now B
    assert library.neighbour(x.id, NEXT) == b
    assert library.neighbour(a.id, PREVIOUS) is None
    assert_reciprocal(library, [a.id, w.id, x.id, b.id])


def test_clearing_a_neighbour(library: Library) -> None:
    a, w = refs(library, "A", "W")
    library.set_neighbour(w.id, NEXT, a.id)
    assert library.neighbour(a.id, PREVIOUS) == w
    library.set_neighbour(a.id, PREVIOUS, None)
    assert library.neighbour(w.id, NEXT) is None
    assert library.backlinks(a.id) == []


def test_random_relinking_stays_reciprocal(library: Library) -> None:
    ids = [r.id for r in refs(library, *"ABCDEF")]
    plan: list[tuple[int, LinkKind, int | None]] = [
        (0, PREVIOUS, 1),
        (1, PREVIOUS, 2),
        (2, NEXT, 0),
        (3, NEXT, 1),
        (4, PREVIOUS, 3),
    ]
    plan += [(5, NEXT, 4), (0, NEXT, 5), (2, PREVIOUS, None), (1, NEXT, 3)]
    for source, kind, target in plan:
        library.set_neighbour(ids[source], kind, None if target is None else ids[target])
        assert_reciprocal(library, ids)


def test_neighbour_errors(library: Library) -> None:
    (a,) = refs(library, "A")
    with pytest.raises(LibraryError):
        library.set_neighbour(a.id, PREVIOUS, a.id)
    with pytest.raises(ArticleNotFoundError):
        library.set_neighbour(a.id, PREVIOUS, "missing")
    with pytest.raises(ValueError):
        library.set_neighbour(a.id, RELATED, None)


def test_related_links_go_both_ways(library: Library) -> None:
    a, b, c = refs(library, "A", "B", "C")
    library.add_related(a.id, b.id)
    library.add_related(a.id, b.id)
    library.add_related(c.id, a.id)
    assert library.related(a.id) == [b, c]
    assert library.related(b.id) == [a]
    assert library.related(c.id) == [a]
    library.remove_related(b.id, a.id)
    assert library.related(a.id) == [c]
    assert library.related(b.id) == []
    with pytest.raises(LibraryError):
        library.add_related(a.id, a.id)


def test_backlinks(library: Library) -> None:
    a, w, r = refs(library, "A", "W", "R")
    library.set_neighbour(a.id, PREVIOUS, w.id)
    library.add_related(r.id, a.id)
    assert library.backlinks(a.id) == [(w, NEXT), (r, RELATED)]
    assert library.backlinks(w.id) == [(a, PREVIOUS)]


def test_deleting_an_article_removes_its_links(library: Library) -> None:
    a, w, r = refs(library, "A", "W", "R")
    library.set_neighbour(a.id, PREVIOUS, w.id)
    library.add_related(a.id, r.id)
    library.delete(a.id)
    assert library.neighbour(w.id, NEXT) is None
    assert library.related(r.id) == []
    assert library.backlinks(w.id) == []
