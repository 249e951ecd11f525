"""`copydesk show`, `list`, `search` and `sections`, and usage errors."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from editor.storage import Library
from tests.unit.cli.conftest import CopydeskRunner


@pytest.fixture
def stocked(copydesk: CopydeskRunner, seed_text: str) -> CopydeskRunner:
    seed = copydesk.write("seed.txt", seed_text)
    assert copydesk("import", str(seed), "--section", "Ausland").returncode == 0
    koeln = copydesk.write(
        "koeln.txt", '"1. FC Köln gewinnt"\n\nDer Teaser.\n\nDas Spiel in Köln war gut.'
    )
    assert copydesk("import", str(koeln), "--section", "Sport").returncode == 0
    return copydesk


def test_show_json_has_every_field_and_links(stocked: CopydeskRunner) -> None:
    slug = next(
        row["slug"] for row in stocked("list", "--json").json() if "Koalition" in row["headline"]
    )
    shown = stocked("show", slug, "--json").json()
    expected = {
        "id", "slug", "kicker", "headline", "teaser", "byline", "dateline", "section", "tags",
        "status", "language", "placeholder", "word_count", "char_count", "created_at",
        "updated_at", "in_trash", "previous", "next", "related", "links", "backlinks",
    }  # fmt: skip
    assert set(shown) == expected
    assert shown["language"] == "de"
    assert shown["section"] == "Ausland"
    assert shown["previous"]["headline"] == "Wien: Kürzungen bei Mindestsicherung geplant"
    assert shown["next"]["headline"] == "Trumps Söhne: Bitcoin-Firma verdoppelt Wert!"
    assert shown["word_count"] > 400
    previous = stocked("show", shown["previous"]["id"], "--json").json()
    assert previous["placeholder"] is True
    assert previous["next"] == {"id": shown["id"], "headline": shown["headline"], "broken": False}
    assert {"id": shown["id"], "headline": shown["headline"], "kind": "next"} in previous[
        "backlinks"
    ] or any(link["id"] == shown["id"] for link in previous["backlinks"])


def test_list_filters_by_section_and_status(stocked: CopydeskRunner) -> None:
    sport = stocked("list", "--section", "Sport", "--json").json()
    assert [row["headline"] for row in sport] == ["1. FC Köln gewinnt"]
    assert set(sport[0]) == {
        "id", "slug", "headline", "section", "status", "placeholder", "updated_at", "word_count",
    }  # fmt: skip
    drafts = stocked("list", "--status", "draft", "--json").json()
    assert len(drafts) == 4
    assert stocked("list", "--status", "published", "--json").json() == []


def test_search_ignores_diacritics_and_never_crashes(stocked: CopydeskRunner) -> None:
    hits = stocked("search", "koln", "--json").json()
    assert hits and hits[0]["headline"] == "1. FC Köln gewinnt"
    assert set(hits[0]) == {"id", "headline", "snippet"}
    placeholder_hits = stocked("search", "Mindestsicherung", "--json").json()
    assert [hit["headline"] for hit in placeholder_hits] == [
        "Wien: Kürzungen bei Mindestsicherung geplant"
    ]
    for query in ['"', "AND", "*", ":", 'NEAR("a"', "OR OR", "-", "()", "köln:*"]:
        result = stocked("search", query, "--json")
        assert result.returncode == 0, (query, result.stderr)
        with Library.open(str(stocked.library)) as library:
            expected = [asdict(hit) for hit in library.search(query)]
        assert result.json() == expected, query


def test_sections_lists_created_sections(stocked: CopydeskRunner) -> None:
    names = {row["name"] for row in stocked("sections", "--json").json()}
    assert {"Ausland", "Sport"} <= names


def test_usage_error_exits_2_with_one_line(copydesk: CopydeskRunner) -> None:
    result = copydesk("export", "x", "--format", "pdf")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("copydesk: error: ")


def test_unknown_article_is_one_line_error(copydesk: CopydeskRunner) -> None:
    result = copydesk("show", "nothing-here")
    assert result.returncode == 1
    assert result.stderr.startswith("copydesk: error: ") and "Traceback" not in result.stderr
