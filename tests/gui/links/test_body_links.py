"""Link to Article (Ctrl+Shift+K) on the selection or with the target's headline, broken
body links shown as such, and following links: Ctrl+click, Follow Link (Ctrl+Return), web
links to the browser, Alt+Left / Alt+Right through the articles visited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from editor.services.commands import DeleteArticle
from tests.gui.links.links_driver import LinksDriver


class BrowserStandIn(QObject):
    """Takes the URLs QDesktopServices would hand to the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Iterator[BrowserStandIn]:
    stand_in = BrowserStandIn()
    QDesktopServices.setUrlHandler("https", stand_in, "open")
    yield stand_in
    QDesktopServices.unsetUrlHandler("https")


def test_ctrl_shift_k_links_the_selected_text_to_the_chosen_article(links: LinksDriver) -> None:
    links.select_in_body("Zweiter Absatz")
    links.press("Ctrl+Shift+K")
    links.pick("Steuern")
    target = links.id("taxes")
    assert f"[Zweiter Absatz](copydesk:article/{target})" in links.body.markdown()
    assert links.body.hasFocus()


def test_without_a_selection_the_link_gets_the_targets_headline(links: LinksDriver) -> None:
    links.caret_in_body("Zweiter")
    links.body.moveCursor(links.body.textCursor().MoveOperation.EndOfBlock)
    links.press("Ctrl+Shift+K")
    links.pick("Opposition")
    target = links.id("critique")
    assert f"Absatz.[Opposition kritisiert Haushalt](copydesk:article/{target})" in (
        links.body.markdown()
    )


def test_a_link_to_a_trashed_article_is_shown_broken(links: LinksDriver) -> None:
    links.select_in_body("Zweiter Absatz")
    links.press("Ctrl+Shift+K")
    links.pick("Steuern")
    links.window.save_now()
    links.settle()
    assert links.broken_texts() == []
    links.services.run(DeleteArticle.of([links.id("taxes")]))
    links.open("critique")
    links.open("budget")
    assert links.broken_texts() == ["Zweiter Absatz"]
    url = f"copydesk:article/{links.id('taxes')}"
    assert "Steuern steigen" in links.controller.body_links.describe(url)
    assert "Trash" in links.controller.body_links.describe(url)
    links.ctrl_click_body("Zweiter Absatz")
    assert links.shown == "budget"  # a broken link opens nothing, the status says why
    assert "Trash" in links.status()


def test_ctrl_click_on_an_article_link_opens_it_and_alt_left_right_go_back_and_forth(
    links: LinksDriver,
) -> None:
    links.select_in_body("Zweiter Absatz")
    links.press("Ctrl+Shift+K")
    links.pick("Opposition")
    links.ctrl_click_body("Zweiter Absatz")
    assert links.shown == "critique"
    links.focus_body()
    links.press_and_settle("Alt+Left")
    assert links.shown == "budget"
    links.press_and_settle("Alt+Right")
    assert links.shown == "critique"
    links.press_and_settle("Alt+Right")
    assert links.shown == "critique"
    assert not links.window.registry["links.forward"].isEnabled()


def test_follow_link_opens_the_link_at_the_cursor(
    links: LinksDriver, browser: BrowserStandIn
) -> None:
    links.select_in_body("Zweiter Absatz")
    links.press("Ctrl+Shift+K")
    links.pick("Steuern")
    links.caret_in_body("Zweiter Absatz")
    links.press_and_settle("Ctrl+Return")
    assert links.shown == "taxes"
    links.focus_body()
    links.select_in_body("Erster")
    links.body.apply_link(
        links.controller.body_links.link_span(), "Erster", "https://example.org/a"
    )
    links.caret_in_body("Erster")
    links.press_and_settle("Ctrl+Return")
    assert browser.opened == ["https://example.org/a"]
    assert links.shown == "taxes"


def test_ctrl_click_on_a_web_link_opens_the_browser(
    links: LinksDriver, browser: BrowserStandIn
) -> None:
    links.select_in_body("Erster")
    links.body.apply_link(
        links.controller.body_links.link_span(), "Erster", "https://example.org/b"
    )
    links.ctrl_click_body("Erster")
    assert browser.opened == ["https://example.org/b"]
