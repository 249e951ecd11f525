"""The Broken Links view: every link whose target is in the Trash or missing, fixed by
opening the linking article or by removing the link (a related link through an undoable
command, a link in the text out of the linking article's body)."""

from __future__ import annotations

from editor.domain.article import LinkKind
from editor.services.commands import AddRelated, DeleteArticle
from tests.gui.links.links_driver import LinksDriver


def break_links(links: LinksDriver) -> None:
    """`critique` is related to `taxes` and links to it in its text; `taxes` is trashed."""
    taxes = links.id("taxes")
    links.services.run(AddRelated(links.id("critique"), taxes))
    critique = links.services.get(links.id("critique"))
    critique.body = f"Mehr in [diesem Text](copydesk:article/{taxes}) und weiter."
    links.services.save(critique)
    links.services.run(DeleteArticle.of([taxes]))


def test_the_view_lists_links_to_trashed_articles(links: LinksDriver) -> None:
    break_links(links)
    links.window.registry["links.broken_links"].trigger()
    links.settle()
    dialog = links.broken_links_dialog()
    shown = dialog.shown_links()
    assert sorted(link.kind for link in shown) == [LinkKind.INLINE, LinkKind.RELATED]
    assert {link.source.id for link in shown} == {links.id("critique")}
    assert all(link.trashed and link.target_headline == "Steuern steigen" for link in shown)
    links.click_and_settle(dialog.open_button)
    assert links.shown == "critique"
    dialog.close()


def test_removing_the_broken_links_fixes_them(links: LinksDriver) -> None:
    break_links(links)
    links.window.registry["links.broken_links"].trigger()
    links.settle()
    dialog = links.broken_links_dialog()
    related_row = next(
        row for row, link in enumerate(dialog.shown_links()) if link.kind is LinkKind.RELATED
    )
    dialog.links.setCurrentItem(dialog.links.topLevelItem(related_row))
    links.click_and_settle(dialog.remove_button)
    assert [link.kind for link in dialog.shown_links()] == [LinkKind.INLINE]
    links.click_and_settle(dialog.remove_button)
    assert links.shown == "critique"
    assert "copydesk:article" not in links.body.markdown()
    assert "diesem Text" in links.body.toPlainText()
    links.settle()
    assert dialog.shown_links() == []
    assert links.services.broken_links() == []
    dialog.close()
