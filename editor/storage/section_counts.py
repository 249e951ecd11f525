"""The section tree with article counts, for the library browser's sidebar, in two
cheap queries: one grouped count per section over the (section_id, trashed_at) index
(outside the Trash), and one row of totals: placeholders and the Trash, each counted over
its own index. The rest is summed here, over the few sections."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editor.domain.sections import SectionNode, SectionTree
from editor.storage.models import ArticleRow, SectionRow
from editor.storage.sections import section_paths


def _counts_by_section(session: Session) -> dict[int | None, int]:
    rows = session.execute(
        select(ArticleRow.section_id, func.count())
        .where(ArticleRow.trashed_at.is_(None))
        .group_by(ArticleRow.section_id)
    ).all()
    return {row[0]: int(row[1]) for row in rows}


def _placeholders_and_trash(session: Session) -> tuple[int, int]:
    placeholders = (
        select(func.count())
        .select_from(ArticleRow)
        .where(ArticleRow.placeholder.is_(True), ArticleRow.trashed_at.is_(None))
        .scalar_subquery()
    )
    trash = (
        select(func.count())
        .select_from(ArticleRow)
        .where(ArticleRow.trashed_at.is_not(None))
        .scalar_subquery()
    )
    row = session.execute(select(placeholders, trash)).one()
    return int(row[0]), int(row[1])


def section_tree_with_counts(session: Session) -> SectionTree:
    """Every section depth first (siblings by position, then name) with its own and total
    article counts, and the library's totals."""
    own = _counts_by_section(session)
    placeholders, trash = _placeholders_and_trash(session)
    rows = session.execute(
        select(SectionRow.id, SectionRow.parent_id, SectionRow.position).order_by(
            SectionRow.position, SectionRow.name
        )
    ).all()
    paths = section_paths(session)
    children: dict[int | None, list[tuple[int, int]]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append((row.id, row.position))
    totals: dict[int, int] = {}

    def total(section_id: int) -> int:
        if section_id not in totals:
            below = sum(total(child) for child, _ in children.get(section_id, []))
            totals[section_id] = own.get(section_id, 0) + below
        return totals[section_id]

    nodes: list[SectionNode] = []

    def visit(parent_id: int | None, depth: int) -> None:
        for section_id, position in children.get(parent_id, []):
            nodes.append(
                SectionNode(
                    id=section_id,
                    path=paths[section_id],
                    parent_id=parent_id,
                    position=position,
                    depth=depth,
                    own=own.get(section_id, 0),
                    total=total(section_id),
                )
            )
            visit(section_id, depth + 1)

    visit(None, 0)
    return SectionTree(
        sections=tuple(nodes),
        all_articles=sum(own.values()),
        unfiled=own.get(None, 0),
        placeholders=placeholders,
        trash=trash,
    )
