"""The real open/save path for a body, as a journalist takes it: the article is in the
library, the main window opens it, a keystroke is typed at the end of the body, the
window stores it, and the body is read back from the library.

The tests that take this path live in tests/gui/window (test_body_*): they run after the
editing tests, which set palettes of their own on an application no window has themed.
They drive the window through the page object, tests/gui/driver.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.domain import Article
from editor.storage.library import Library
from tests.gui.driver import WindowDriver


def store_article(library: Library, body: str) -> str:
    """A new article holding `body` in the library; returns its id."""
    return library.save(Article(headline="Fidelity", body=body)).id


def open_in_window(driver: WindowDriver, article_id: str) -> None:
    """Open the article for writing, caret at the end of its body, body focused."""
    assert driver.enter_article(article_id)
    driver.caret_to_end()
    driver.focus("body")


def type_and_store(driver: WindowDriver, keys: str | None) -> None:
    """Type `keys` at the caret (None: a character and Backspace, a keystroke that leaves
    the text as it was), then store everything as switching or quitting does."""
    if keys is None:
        driver.type("x")
        driver.key(Qt.Key.Key_Backspace)
    else:
        driver.type(keys)
    driver.store_everything()


def reopen_type_store(
    driver: WindowDriver, library: Library, body: str, keys: str | None = " Ende"
) -> str:
    """Store `body`, open it in the window, type, store; the body as stored now."""
    article_id = store_article(library, body)
    open_in_window(driver, article_id)
    type_and_store(driver, keys)
    return library.get(article_id).body
