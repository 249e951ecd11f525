"""The library sidebar in the real window: search with Ctrl+Shift+F, the section tree
with its nodes, moving articles by dropping them on a section, section and Trash
commands, and Edit > Undo / Redo on the library while the focus is in the sidebar."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from editor.domain.sections import SectionPath
from editor.services import commands
from editor.services.library_services import Services
from editor.storage.library import Library
from editor.ui.library.article_list import ArticleListView
from editor.ui.library.browser import LibraryBrowser, SidebarListing
from editor.ui.library.section_tree import PathRole
from tests.gui.driver import WindowDriver

WAIT_MS = 5000


def browser_of(driver: WindowDriver) -> LibraryBrowser:
    listing = driver.window.listing
    assert isinstance(listing, SidebarListing)
    return listing.browser


def wait_for_library(driver: WindowDriver, qtbot: QtBot) -> None:
    """Every queued write done and the reads it started delivered."""
    assert driver.window.client.drain(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: driver.window.client.wait_for_reads(0.05), timeout=WAIT_MS)
    QApplication.processEvents()


def tree_texts(browser: LibraryBrowser) -> list[str]:
    model = browser.tree.tree_model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def choose_section(browser: LibraryBrowser, qtbot: QtBot, path: str) -> None:
    model = browser.tree.tree_model
    found = model.match(
        model.index(0, 0),
        PathRole,
        path,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert found, f"no section {path} in the tree"
    browser.tree.setCurrentIndex(found[0])


def select_rows(table: ArticleListView, rows: list[int]) -> list[str]:
    """Select rows as Ctrl+clicks do (the first one current); returns their ids."""
    model = table.list_model
    table.clearSelection()
    table.selectionModel().setCurrentIndex(
        model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    for row in rows:
        table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return table.selected_ids()


def answer_next_box(browser: LibraryBrowser, button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = browser.confirmation
        if box is None:  # not asked yet: the backlinks are still being read
            QTimer.singleShot(10, answer)
            return
        box.button(button).click()

    QTimer.singleShot(0, answer)


def test_ctrl_shift_f_searches_as_you_type_and_enter_opens_at_the_match(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    driver.press("Ctrl+Shift+F")
    field = browser.sidebar.search_field
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=WAIT_MS)
    QTest.keyClicks(field, "stadtverordneten")
    results = browser.sidebar.results_model
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=WAIT_MS)
    assert "[" in str(results.data(results.index(0), Qt.ItemDataRole.UserRole + 2))
    hit_id = str(results.data(results.index(0), Qt.ItemDataRole.UserRole + 1))
    driver.open_article(driver.listed_ids()[-1])  # another article first
    driver.focus(field)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: driver.article_id == hit_id, timeout=WAIT_MS)
    headline = sample_library.get(hit_id).headline
    assert driver.window.windowTitle() == f"{headline} — Copydesk"
    body = driver.body
    assert QApplication.focusWidget() is body
    cursor = body.textCursor()
    word = body.toPlainText()[cursor.position() : cursor.position() + 16]
    assert word.casefold() == "stadtverordneten"
    assert body.extraSelections()


def test_the_tree_lists_every_node_and_a_section_lists_its_articles(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    wait_for_library(driver, qtbot)
    texts = tree_texts(browser)
    assert texts[0].startswith("All articles (") and texts[-1] == "Trash (0)"
    assert any(text.startswith("Lokales (") for text in texts)
    choose_section(browser, qtbot, "Lokales")
    wait_for_library(driver, qtbot)
    model = browser.table.list_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    assert {str(model.data(model.index(row, 3))) for row in range(model.rowCount())} == {"Lokales"}


def test_dropping_articles_on_a_section_moves_them_and_edit_undo_in_the_list_moves_back(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    wait_for_library(driver, qtbot)
    table = browser.table
    moved_id = select_rows(table, [0])[0]
    before = sample_library.get(moved_id).section
    target = "Kultur" if before != "Kultur" else "Sport"
    model = browser.tree.tree_model
    found = model.match(model.index(0, 0), PathRole, target, 1, Qt.MatchFlag.MatchRecursive)
    point = browser.tree.visualRect(found[0]).center()
    mime = table.list_model.mimeData([table.list_model.index(0, 0)])
    drop = QDropEvent(
        point.toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    browser.tree.dropEvent(drop)
    wait_for_library(driver, qtbot)
    assert sample_library.get(moved_id).section == target
    driver.focus(table)
    driver.press("Ctrl+Z")
    wait_for_library(driver, qtbot)
    assert sample_library.get(moved_id).section == before
    driver.press("Ctrl+Shift+Z")
    wait_for_library(driver, qtbot)
    assert sample_library.get(moved_id).section == target


def test_sections_are_created_renamed_and_deleted_and_undone_from_the_tree(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    services = Services(sample_library)
    wait_for_library(driver, qtbot)
    browser.push(commands.CreateSection(SectionPath.parse("Politik/Inland")))
    wait_for_library(driver, qtbot)
    assert "Politik/Inland" in [str(node.path) for node in services.section_tree().sections]
    choose_section(browser, qtbot, "Politik/Inland")
    browser.push(commands.RenameSection(SectionPath.parse("Politik/Inland"), "Bund"))
    wait_for_library(driver, qtbot)
    paths = [str(node.path) for node in services.section_tree().sections]
    assert "Politik/Bund" in paths and "Politik/Inland" not in paths
    assert browser.tree.chosen_section() == SectionPath.parse("Politik/Bund")
    driver.focus(browser.tree)
    driver.trigger("edit.undo")
    wait_for_library(driver, qtbot)
    paths = [str(node.path) for node in services.section_tree().sections]
    assert "Politik/Inland" in paths and "Politik/Bund" not in paths
    driver.trigger("edit.undo")
    wait_for_library(driver, qtbot)
    assert "Politik/Inland" not in [str(node.path) for node in services.section_tree().sections]


def test_moving_to_the_trash_names_backlinks_and_restores_from_the_trash_node(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    services = Services(sample_library)
    wait_for_library(driver, qtbot)
    table = browser.table
    doomed = select_rows(table, [1, 2])
    assert len(doomed) == 2
    seen: list[str] = []

    def answer() -> None:
        box = browser.confirmation
        if box is None:  # not asked yet: the backlinks are still being read
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    driver.trigger("library.trash")
    wait_for_library(driver, qtbot)
    assert seen and "Trash" in seen[0]
    assert services.trashed_among(doomed) == set(doomed)
    assert not set(doomed) & set(driver.listed_ids())
    assert tree_texts(browser)[-1] == "Trash (2)"
    assert not driver.action("library.restore").isEnabled()
    browser.tree.choose_key("trash")
    wait_for_library(driver, qtbot)
    assert driver.action("library.restore").isEnabled()
    assert not driver.action("library.trash").isEnabled()
    assert driver.action("library.restore") in table.actions()  # its context menu
    assert {table.list_model.article_id_at(row) for row in (0, 1)} == set(doomed)
    select_rows(table, [0, 1])
    driver.trigger("library.restore")
    wait_for_library(driver, qtbot)
    assert services.trashed_among(doomed) == set()
    assert tree_texts(browser)[-1] == "Trash (0)"


def test_empty_trash_asks_first(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    services = Services(sample_library)
    wait_for_library(driver, qtbot)
    doomed = driver.listed_ids()[-1]
    browser.push(commands.DeleteArticle.of([doomed]))
    wait_for_library(driver, qtbot)
    answer_next_box(browser, QMessageBox.StandardButton.Cancel)
    driver.trigger("library.empty_trash")
    wait_for_library(driver, qtbot)
    assert services.trashed_among([doomed]) == {doomed}
    answer_next_box(browser, QMessageBox.StandardButton.Yes)
    driver.trigger("library.empty_trash")
    wait_for_library(driver, qtbot)
    assert services.trashed_among([doomed]) == set()
    assert tree_texts(browser)[-1] == "Trash (0)"


def test_a_section_dropped_on_another_moves_into_it_and_undo_moves_it_back(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    services = Services(sample_library)
    wait_for_library(driver, qtbot)
    tree = browser.tree
    model = tree.tree_model
    sport = model.match(model.index(0, 0), PathRole, "Sport", 1, Qt.MatchFlag.MatchRecursive)[0]
    kultur = model.match(model.index(0, 0), PathRole, "Kultur", 1, Qt.MatchFlag.MatchRecursive)[0]
    mime = model.mimeData([sport])  # kept: the event does not own it
    drop = QDropEvent(
        tree.visualRect(kultur).center().toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(drop)
    wait_for_library(driver, qtbot)
    paths = [str(node.path) for node in services.section_tree().sections]
    assert "Kultur/Sport" in paths and "Sport" not in paths
    driver.focus(tree)
    driver.press("Ctrl+Z")
    wait_for_library(driver, qtbot)
    paths = [str(node.path) for node in services.section_tree().sections]
    assert "Sport" in paths and "Kultur/Sport" not in paths


def test_the_status_and_text_filters_narrow_the_table(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    wait_for_library(driver, qtbot)
    model = browser.table.list_model
    everything = model.rowCount()
    headline = str(model.data(model.index(0, 0)))
    word = max(headline.split(), key=len)
    QTest.keyClicks(browser.sidebar.text_filter, word)
    qtbot.waitUntil(lambda: model.query.text == word, timeout=WAIT_MS)
    wait_for_library(driver, qtbot)
    listed = [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]
    assert headline in listed and all(word.casefold() in text.casefold() for text in listed)
    assert len(listed) < everything
    browser.sidebar.text_filter.clear()
    filters = browser.sidebar.status_filter
    filters.setCurrentIndex(filters.findText("Published"))
    wait_for_library(driver, qtbot)
    statuses = {str(model.data(model.index(row, 1))) for row in range(model.rowCount())}
    assert statuses <= {"Published"}


def test_deleting_a_section_with_articles_asks_where_they_go_and_undo_brings_it_back(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    services = Services(sample_library)
    wait_for_library(driver, qtbot)
    local_ids = [
        summary.id for summary in sample_library.list_articles() if summary.section == "Lokales"
    ]
    assert local_ids
    choose_section(browser, qtbot, "Lokales")
    asked: list[str] = []

    def answer() -> None:
        dialog = browser.destination_dialog
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        asked.append(dialog.labelText())
        dialog.setTextValue("Kultur")
        dialog.accept()

    QTimer.singleShot(0, answer)
    driver.trigger("library.delete_section")
    wait_for_library(driver, qtbot)
    assert asked and "Lokales" in asked[0]
    assert "Lokales" not in [str(node.path) for node in services.section_tree().sections]
    assert {sample_library.get(article_id).section for article_id in local_ids} == {"Kultur"}
    driver.focus(browser.tree)
    driver.trigger("edit.undo")
    wait_for_library(driver, qtbot)
    assert {sample_library.get(article_id).section for article_id in local_ids} == {"Lokales"}


def test_new_article_is_filed_in_the_chosen_section(
    qtbot: QtBot, driver: WindowDriver, sample_library: Library
) -> None:
    browser = browser_of(driver)
    wait_for_library(driver, qtbot)
    choose_section(browser, qtbot, "Kultur")
    driver.new_article()
    driver.type("Neu im Feuilleton", into="headline")
    driver.store_everything()
    assert sample_library.get(driver.article_id).section == "Kultur"
