"""The section tree: looking sections up by name and creating them on demand."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editor.domain.article import Section
from editor.storage.models import SectionRow


def find_section_id(session: Session, name: str, parent_id: int | None = None) -> int | None:
    """The id of the section `name` directly below `parent_id` (None = top level)."""
    parent_test = (
        SectionRow.parent_id.is_(None) if parent_id is None else (SectionRow.parent_id == parent_id)
    )
    return session.scalar(select(SectionRow.id).where(SectionRow.name == name, parent_test))


def section_ids_named(session: Session, name: str) -> list[int]:
    """Every section called `name`, top-level ones first."""
    rows = session.execute(
        select(SectionRow.id)
        .where(SectionRow.name == name)
        .order_by(SectionRow.parent_id.is_not(None), SectionRow.id)
    ).scalars()
    return list(rows)


def ensure_section_id(session: Session, name: str, parent: str | None = None) -> int:
    """The id of section `name` below `parent` (a name), creating both as needed."""
    parent_id = ensure_section_id(session, parent) if parent else None
    existing = find_section_id(session, name, parent_id)
    if existing is not None:
        return existing
    position = session.scalar(
        select(func.coalesce(func.max(SectionRow.position) + 1, 0)).where(
            SectionRow.parent_id.is_(None)
            if parent_id is None
            else SectionRow.parent_id == parent_id
        )
    )
    row = SectionRow(name=name, parent_id=parent_id, position=int(position or 0))
    session.add(row)
    session.flush()
    return row.id


def section_for_article(session: Session, name: str) -> int | None:
    """The section an article filed under `name` belongs to (created at top level if new);
    None for an empty name."""
    name = name.strip()
    if not name:
        return None
    named = section_ids_named(session, name)
    return named[0] if named else ensure_section_id(session, name)


def section_names(session: Session) -> dict[int, str]:
    """Map of section id to name (sections are few; callers resolve names from this)."""
    return {row.id: row.name for row in session.execute(select(SectionRow.id, SectionRow.name))}


def section_tree(session: Session) -> list[Section]:
    """All sections, depth first: each parent followed by its children in position order."""
    rows = session.execute(
        select(SectionRow.id, SectionRow.name, SectionRow.parent_id, SectionRow.position).order_by(
            SectionRow.position, SectionRow.name
        )
    ).all()
    names = {row.id: row.name for row in rows}
    children: dict[int | None, list[Section]] = {}
    for row in rows:
        parent = names.get(row.parent_id) if row.parent_id is not None else None
        children.setdefault(row.parent_id, []).append(
            Section(name=row.name, parent=parent, position=row.position, id=row.id)
        )
    ordered: list[Section] = []

    def visit(parent_id: int | None) -> None:
        for section in children.get(parent_id, []):
            ordered.append(section)
            visit(section.id)

    visit(None)
    return ordered
