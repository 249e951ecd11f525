"""Everything a library file stores, read straight from SQLite, to compare the state
before and after a command, its inverse and the inverse's inverse."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from typing import Any

from editor.services.library_services import Services

# Columns a move changes on purpose (a moved article is a new version).
VERSION_COLUMNS = ("version", "updated_at")


def stored_state(services: Services, *, ignore: Iterable[str] = ()) -> dict[str, Any]:
    """Articles (every column but the row key and `ignore`), tags in order, links
    (as pairs and as each article's ordered related list), body links and the section
    tree."""
    assert services.path is not None
    skipped = {"seq", *ignore}
    with closing(sqlite3.connect(services.path)) as connection:
        connection.row_factory = sqlite3.Row
        sections = {
            row["id"]: (row["name"], row["parent_id"])
            for row in connection.execute("SELECT id, name, parent_id FROM sections")
        }

        def section_path(section_id: int | None) -> tuple[str, ...] | None:
            if section_id is None:
                return None
            name, parent_id = sections[section_id]
            return (*(section_path(parent_id) or ()), name)

        articles = {}
        for row in connection.execute("SELECT * FROM articles"):
            names = row.keys()  # a sqlite3.Row iterates over its values, not its names
            fields = {key: row[key] for key in names if key not in skipped}
            fields["section_id"] = section_path(row["section_id"])
            articles[row["id"]] = fields
        tags = connection.execute(
            "SELECT article_id, tag FROM article_tags ORDER BY article_id, position"
        ).fetchall()
        links = sorted(
            tuple(row) for row in connection.execute("SELECT source_id, target_id, kind FROM links")
        )
        related = connection.execute(
            "SELECT source_id, target_id FROM links WHERE kind = 'related' ORDER BY source_id, id"
        ).fetchall()
        inline = sorted(
            tuple(row)
            for row in connection.execute("SELECT source_id, target_id FROM inline_links")
        )
        tree = sorted(
            (section_path(row["id"]), row["position"])
            for row in connection.execute("SELECT id, position FROM sections")
        )
    return {
        "articles": articles,
        "tags": [tuple(row) for row in tags],
        "links": links,
        "related order": [tuple(row) for row in related],
        "body links": inline,
        "sections": tree,
    }
