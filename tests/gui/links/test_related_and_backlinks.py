"""Related stories (add with the picker, remove, reorder by Alt+Up/Down and by drag, each
undoable), the Linked From panel (every kind of backlink, a click opens it), and renaming
a linked article (the footer and the related list show the new headline: links are by
id)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from editor.domain import Article
from editor.domain.article import LinkKind
from editor.services.commands import AddRelated, SetNeighbours
from tests.gui.links.links_driver import LinksDriver


def relate_all(links: LinksDriver) -> None:
    for other in ("critique", "taxes", "weather"):
        links.services.run(AddRelated(links.id("budget"), links.id(other)))
    links.open("critique")
    links.open("budget")


def test_a_related_story_is_added_with_the_picker_and_removed_with_delete(
    links: LinksDriver,
) -> None:
    links.click(links.related_panel.add_button)
    links.pick("Wochenende")
    assert links.related_names() == ["weather"]
    assert links.stored_related_names() == ["weather"]
    stories = links.list_widget("relatedStoriesList")
    stories.setCurrentRow(0)
    links.focus(stories)
    links.press_and_settle("Delete")
    assert links.related_names() == []
    links.press_and_settle("Ctrl+Z")  # in the panel, Undo undoes the library's change
    assert links.related_names() == ["weather"]
    assert links.stored_related_names() == ["weather"]
    links.press_and_settle("Ctrl+Shift+Z")
    assert links.stored_related_names() == []


def test_alt_down_and_alt_up_reorder_related_stories_undoably(links: LinksDriver) -> None:
    relate_all(links)
    assert links.related_names() == ["critique", "taxes", "weather"]
    stories = links.list_widget("relatedStoriesList")
    stories.setCurrentRow(0)
    links.focus(stories)
    links.press("Alt+Down")
    links.press_and_settle("Alt+Down")
    assert links.stored_related_names() == ["taxes", "weather", "critique"]
    assert links.related_names() == ["taxes", "weather", "critique"]
    links.press_and_settle("Alt+Up")
    assert links.stored_related_names() == ["taxes", "critique", "weather"]
    links.undo_library()
    assert links.stored_related_names() == ["taxes", "weather", "critique"]
    links.undo_library()
    links.undo_library()
    assert links.stored_related_names() == ["critique", "taxes", "weather"]
    assert links.related_names() == ["critique", "taxes", "weather"]


def test_dragging_a_related_story_reorders_it(links: LinksDriver) -> None:
    relate_all(links)
    panel = links.related_panel
    model = panel.stories.model()
    model.moveRow(panel.stories.rootIndex(), 2, panel.stories.rootIndex(), 0)
    links.settle()
    assert links.stored_related_names() == ["weather", "critique", "taxes"]


def test_enter_on_a_related_story_opens_it(links: LinksDriver) -> None:
    relate_all(links)
    stories = links.list_widget("relatedStoriesList")
    stories.setCurrentRow(1)
    links.focus(stories)
    links.press_and_settle("Return")
    assert links.shown == "taxes"


def test_linked_from_lists_every_kind_of_backlink_and_a_click_opens_one(
    links: LinksDriver,
) -> None:
    budget = links.id("budget")
    links.services.run(SetNeighbours.one(links.id("critique"), LinkKind.PREVIOUS, budget))
    links.services.run(AddRelated(links.id("weather"), budget))
    taxes = links.services.get(links.id("taxes"))
    taxes.body = f"Siehe [den Haushalt](copydesk:article/{budget})."
    links.services.save(taxes)
    links.open("critique")
    links.open("budget")
    assert sorted(links.rows("linkedFromList")) == [
        "Opposition kritisiert Haushalt — has it as previous story",
        "Sonniges Wochenende — related story",
        "Steuern steigen — links to it in the text",
    ]
    row = next(
        index
        for index, text in enumerate(links.rows("linkedFromList"))
        if text.startswith("Steuern")
    )
    links.click_row("linkedFromList", row)
    assert links.shown == "taxes"


def test_renaming_a_linked_article_keeps_the_footer_and_related_headlines(
    links: LinksDriver,
) -> None:
    links.services.run(SetNeighbours.one(links.id("budget"), LinkKind.NEXT, links.id("critique")))
    links.services.run(AddRelated(links.id("budget"), links.id("taxes")))
    links.open("critique")
    links.open("budget")
    for name, headline in (("critique", "Opposition tobt"), ("taxes", "Steuern sinken")):
        stored: Article = links.services.get(links.id(name))
        stored.headline = headline
        with links.qtbot.waitSignal(links.window.client.events.article_saved):
            links.window.client.save_article(stored)
        links.settle()
    assert links.footer_headline(LinkKind.NEXT) == "Opposition tobt"
    assert links.related_panel.headlines() == ["Steuern sinken"]
    links.open("taxes")
    assert links.rows("linkedFromList") == ["Haushalt beschlossen — related story"]


def test_the_panels_hide_and_show_from_the_stories_menu(links: LinksDriver) -> None:
    action = links.window.registry["links.linked_from_panel"]
    assert action.isChecked()
    action.trigger()
    assert not links.dock("linkedFrom").isVisible()
    action.trigger()
    links.qtbot.waitUntil(lambda: links.dock("linkedFrom").isVisible())
    assert Qt.DockWidgetArea.RightDockWidgetArea == links.window.dockWidgetArea(
        links.dock("related")
    )


def test_a_hidden_panel_stays_hidden_in_the_next_window(
    links: LinksDriver, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from editor.app import build_main_window
    from editor.ui.qt.resources import load_body_font

    links.window.registry["links.linked_from_panel"].trigger()
    assert not links.dock("linkedFrom").isVisible()
    links.window.close()
    again = build_main_window(qapp, load_body_font(), tmp_path / "settings")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    docks = {dock.objectName(): dock for dock in again.findChildren(QDockWidget)}
    assert docks["relatedDock"].isVisible()
    assert not docks["linkedFromDock"].isVisible()
    again.close()
