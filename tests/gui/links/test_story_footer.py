"""Previous / next stories under the body: shown by id, clickable, set and removed with
the picker and undone on the library's undo stack, Alt+PageUp / Alt+PageDown, and Chain
by Date for the article's section."""

from __future__ import annotations

from editor.domain.article import LinkKind
from editor.services.commands import SetNeighbours
from tests.gui.links.links_driver import LinksDriver


def link(links: LinksDriver, name: str, kind: LinkKind, other: str) -> None:
    links.services.run(SetNeighbours.one(links.id(name), kind, links.id(other)))


def test_the_footer_shows_the_neighbours_headlines_and_a_click_opens_one(
    links: LinksDriver,
) -> None:
    link(links, "budget", LinkKind.NEXT, "critique")
    links.open("critique")
    links.open("budget")
    assert links.footer_headline(LinkKind.NEXT) == "Opposition kritisiert Haushalt"
    assert links.footer_headline(LinkKind.PREVIOUS) == "(none)"
    links.click_and_settle(links.footer_button("nextStory"))
    assert links.shown == "critique"
    assert links.footer_headline(LinkKind.PREVIOUS) == "Haushalt beschlossen"


def test_alt_page_up_and_down_go_to_the_previous_and_next_story(links: LinksDriver) -> None:
    link(links, "budget", LinkKind.NEXT, "critique")
    link(links, "critique", LinkKind.NEXT, "taxes")
    links.open("critique")
    links.focus_body()
    links.press_and_settle("Alt+PgDown")
    assert links.shown == "taxes"
    links.press_and_settle("Alt+PgUp")
    links.press_and_settle("Alt+PgUp")
    assert links.shown == "budget"
    links.press_and_settle("Alt+PgUp")
    assert links.shown == "budget"
    assert links.status() == "No previous story."


def test_the_next_story_is_set_with_the_picker_removed_and_undone(links: LinksDriver) -> None:
    links.click(links.footer_button("nextStoryChange"))
    links.pick("Steuern")
    assert links.footer_headline(LinkKind.NEXT) == "Steuern steigen"
    stored = links.services.neighbour(links.id("taxes"), LinkKind.PREVIOUS)
    assert stored is not None and stored.id == links.id("budget")
    links.click_and_settle(links.footer_button("nextStoryRemove"))
    assert links.footer_headline(LinkKind.NEXT) == "(none)"
    assert links.services.neighbour(links.id("budget"), LinkKind.NEXT) is None
    links.undo_library()
    assert links.footer_headline(LinkKind.NEXT) == "Steuern steigen"
    links.undo_library()
    assert links.footer_headline(LinkKind.NEXT) == "(none)"


def test_the_picker_lists_headlines_as_you_type_without_the_open_article(
    links: LinksDriver,
) -> None:
    links.window.registry["links.set_previous"].trigger()
    picker = links.picker()
    with links.qtbot.waitSignal(picker.results_shown):
        pass
    assert "Haushalt beschlossen" not in picker.listed_headlines()
    assert len(picker.listed_headlines()) == 3
    with links.qtbot.waitSignal(picker.results_shown):
        picker.query.setText("haushalt")
    assert picker.listed_headlines() == ["Opposition kritisiert Haushalt"]
    picker.close()


def test_chain_by_date_links_the_sections_stories_oldest_first(links: LinksDriver) -> None:
    links.window.registry["links.chain_by_date"].trigger()
    links.settle()
    assert links.footer_headline(LinkKind.NEXT) == "Opposition kritisiert Haushalt"
    links.open("critique")
    assert links.footer_headline(LinkKind.PREVIOUS) == "Haushalt beschlossen"
    assert links.footer_headline(LinkKind.NEXT) == "Steuern steigen"
    assert links.services.neighbour(links.id("weather"), LinkKind.PREVIOUS) is None
    links.undo_library()
    assert links.footer_headline(LinkKind.NEXT) == "(none)"
