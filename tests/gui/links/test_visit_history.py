"""The visit history behind Back and Forward, and the commands a related reorder runs
(both without widgets)."""

from __future__ import annotations

import pytest

from editor.services.commands import AddRelated, RemoveRelated
from editor.ui.links.article_links import reorder_commands
from editor.ui.links.visit_history import VisitHistory


def test_back_and_forward_move_along_the_visits() -> None:
    history = VisitHistory()
    for article_id in ("a", "b", "c"):
        history.visit(article_id)
    assert history.step(-1) == "b"
    assert history.step(-1) == "a"
    assert history.step(-1) is None
    assert history.current == "a"
    assert history.step(+1) == "b"
    assert history.can_go_forward()


def test_a_new_visit_drops_the_visits_ahead() -> None:
    history = VisitHistory()
    for article_id in ("a", "b", "c"):
        history.visit(article_id)
    history.step(-1)
    history.visit("d")
    assert not history.can_go_forward()
    assert history.step(-1) == "b"


def test_the_same_article_again_is_no_new_visit_and_old_visits_fall_off() -> None:
    history = VisitHistory(max_visits=3)
    for article_id in ("a", "a", "b", "c", "d"):
        history.visit(article_id)
    assert history.step(-1) == "c"
    assert history.step(-1) == "b"
    assert not history.can_go_back()


def test_a_gone_article_is_forgotten_and_its_neighbours_do_not_double() -> None:
    history = VisitHistory()
    for article_id in ("a", "b", "a", "c"):
        history.visit(article_id)
    history.forget("b")
    assert history.current == "c"
    assert history.step(-1) == "a"
    assert not history.can_go_back()
    history.forget("a")
    assert history.current == "c"
    assert not history.can_go_back() and not history.can_go_forward()


def test_a_reorder_rebuilds_the_related_links_from_the_first_change() -> None:
    commands = reorder_commands("x", ["a", "b", "c"], ["a", "c", "b"])
    assert commands == [
        RemoveRelated("x", "b", "Reorder related stories"),
        RemoveRelated("x", "c", "Reorder related stories"),
        AddRelated("x", "c", label="Reorder related stories"),
        AddRelated("x", "b", label="Reorder related stories"),
    ]
    with pytest.raises(ValueError):
        reorder_commands("x", ["a", "b"], ["a", "c"])
