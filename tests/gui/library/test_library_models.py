"""The library sidebar's item models pass Qt's model tester, and the article table reads
page by page: never all rows, each page after the cursor of the one before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from editor.domain import Article
from editor.domain.listing import ListingCursor, ListingNode, ListingQuery, SortColumn
from editor.services.library_services import Services
from editor.storage.library import Library
from editor.storage.search import SearchHit
from editor.ui.library.article_list import ArticleTableModel, Page
from editor.ui.library.search_results import (
    SearchResultsModel,
    body_matches,
    plain_snippet,
    snippet_html,
)
from editor.ui.library.section_tree import PathRole, SectionTreeModel


def reader_on(
    services: Services, limit: int, calls: list[ListingCursor | None]
) -> Callable[[ListingQuery, ListingCursor | None, Callable[[Page], None]], None]:
    def read(
        query: ListingQuery, after: ListingCursor | None, deliver: Callable[[Page], None]
    ) -> None:
        calls.append(after)
        deliver(services.list_page(query, after, limit))

    return read


def test_the_article_table_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_library: Library
) -> None:
    model = ArticleTableModel()
    model.set_reader(reader_on(Services(sample_library), 3, []))
    model.show_query(ListingQuery())
    qtmodeltester.check(model)


def test_the_article_table_reads_keyset_pages_as_it_is_asked_for_more(
    sample_library: Library,
) -> None:
    services = Services(sample_library)
    total = len(sample_library.list_articles())
    calls: list[ListingCursor | None] = []
    model = ArticleTableModel()
    model.set_reader(reader_on(services, 2, calls))
    model.show_query(ListingQuery(sort=SortColumn.HEADLINE, descending=False))
    assert model.rowCount() == 2 and calls == [None]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    assert len(calls) == (total + 1) // 2 and all(cursor is not None for cursor in calls[1:])
    headlines = [model.data(model.index(row, 0)) for row in range(total)]
    assert headlines == sorted(headlines, key=str.casefold) or headlines == sorted(headlines)


def test_a_click_on_a_column_header_sorts_in_the_library(sample_library: Library) -> None:
    model = ArticleTableModel()
    calls: list[ListingCursor | None] = []
    model.set_reader(reader_on(Services(sample_library), 100, calls))
    model.show_query(ListingQuery())
    model.sort(5, Qt.SortOrder.AscendingOrder)  # words
    assert model.query.sort is SortColumn.WORDS and not model.query.descending
    assert calls == [None, None]  # from the first page again
    words = [
        int(str(model.data(model.index(row, 5))).replace(",", ""))
        for row in range(model.rowCount())
    ]
    assert words == sorted(words)


def test_a_page_of_an_older_query_is_dropped(sample_library: Library) -> None:
    services = Services(sample_library)
    waiting: list[Callable[[Page], None]] = []
    model = ArticleTableModel()
    model.set_reader(lambda _query, _after, deliver: waiting.append(deliver))
    model.show_query(ListingQuery())
    model.show_query(ListingQuery(node=ListingNode.TRASH))
    waiting[0](services.list_page(ListingQuery(), None, 100))  # the older query's page
    assert model.rowCount() == 0
    waiting[1](services.list_page(ListingQuery(node=ListingNode.TRASH), None, 100))
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_the_section_tree_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_library: Library
) -> None:
    services = Services(sample_library)
    services.save(Article(headline="Tief unten", section="Politik/Inland"))
    model = SectionTreeModel()
    model.show_tree(services.section_tree())
    qtmodeltester.check(model)
    top = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    assert top[0].startswith("All articles (") and top[-1] == "Trash (0)"
    assert top[-2].startswith("Placeholders (")
    politik = model.index_of_key(
        next(
            f"section:{node.id}"
            for node in services.section_tree().sections
            if str(node.path) == "Politik"
        )
    )
    inland = model.index(0, 0, politik)
    assert inland.data(PathRole) == "Politik/Inland" and inland.data() == "Inland (1)"


def test_search_results_pass_the_model_tester_and_mark_matches(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.show_hits("koln", [SearchHit("a", "Köln wählt", "… in [Köln] <b>heute</b> …")])
    qtmodeltester.check(model)
    assert plain_snippet("… in [Köln] heute …") == "… in Köln heute …"
    html = snippet_html("in [Köln] <b>", QColor("#ffee88"))
    assert html == "in <b style='background:#ffee88'>Köln</b> &lt;b&gt;"


def test_matches_in_the_body_ignore_case_and_diacritics() -> None:
    text = "Der Rat in Köln tagte. KÖLN wartet."
    assert body_matches(text, "koln") == [(11, 15), (23, 27)]
    assert body_matches(text, "  ") == []
