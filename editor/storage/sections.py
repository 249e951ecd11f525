"""The section tree: looking sections up by name or path, creating them on demand, and
creating or removing (empty) sections and filing articles in them for the commands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editor.domain.article import Section, utc_now
from editor.storage.errors import ArticleNotFoundError, LibraryError
from editor.storage.models import ArticleRow, SectionRow


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


@dataclass(frozen=True)
class SectionPath:
    """Where a section sits, by name: `name` below the top-level section `parent` (or at
    the top level for None). Unlike a row id, it survives removing and re-creating the
    section, so commands kept for undo name sections this way."""

    name: str
    parent: str | None = None

    def __str__(self) -> str:
        return f"{self.parent} / {self.name}" if self.parent else self.name


def section_id_at(session: Session, path: SectionPath) -> int | None:
    """The id of the section at `path`, or None if there is none."""
    parent_id = None
    if path.parent is not None:
        parent_id = find_section_id(session, path.parent)
        if parent_id is None:
            return None
    return find_section_id(session, path.name, parent_id)


def path_of_section(session: Session, section_id: int) -> SectionPath:
    """The path of an existing section."""
    row = session.get(SectionRow, section_id)
    if row is None:
        raise LibraryError(f"no section with id {section_id}")
    parent = session.get(SectionRow, row.parent_id) if row.parent_id is not None else None
    return SectionPath(row.name, parent.name if parent is not None else None)


def create_section(session: Session, path: SectionPath, position: int | None = None) -> int:
    """Create the section at `path` (after its siblings, or at `position`); its parent must
    exist and the section must not. Returns its id."""
    name = path.name.strip()
    if not name:
        raise LibraryError("a section needs a name")
    parent_id = None
    if path.parent is not None:
        parent_id = find_section_id(session, path.parent)
        if parent_id is None:
            raise LibraryError(f"no top-level section called {path.parent!r} to hold {name!r}")
    if find_section_id(session, name, parent_id) is not None:
        raise LibraryError(f"there is already a section {str(SectionPath(name, path.parent))!r}")
    if position is None:
        return ensure_section_id(session, name, path.parent)
    row = SectionRow(name=name, parent_id=parent_id, position=position)
    session.add(row)
    session.flush()
    return row.id


def remove_empty_section(session: Session, path: SectionPath) -> int:
    """Delete the section at `path` if it holds no article and no section; refuse (with
    LibraryError, changing nothing) otherwise. Returns the position it had."""
    section_id = section_id_at(session, path)
    row = session.get(SectionRow, section_id) if section_id is not None else None
    if row is None:
        raise LibraryError(f"no section {str(path)!r}")
    articles = session.scalar(
        select(func.count()).select_from(ArticleRow).where(ArticleRow.section_id == section_id)
    )
    if articles:
        raise LibraryError(f"the section {str(path)!r} still holds {articles} article(s)")
    if session.scalar(select(SectionRow.id).where(SectionRow.parent_id == section_id).limit(1)):
        raise LibraryError(f"the section {str(path)!r} still holds other sections")
    position = row.position
    session.delete(row)
    session.flush()
    return position


def place_articles(
    session: Session, placements: Sequence[tuple[str, SectionPath | None]]
) -> tuple[tuple[str, SectionPath | None], ...]:
    """File each article in its section (None: unfiled) and return where each was before.
    A moved article gets a new version and `updated_at`, like any saved change, so an
    editor still holding the old version learns of the move instead of undoing it."""
    before: list[tuple[str, SectionPath | None]] = []
    now = utc_now()
    for article_id, path in placements:
        row = session.get(ArticleRow, article_id)
        if row is None:
            raise ArticleNotFoundError(f"no article with id {article_id}")
        section_id = None
        if path is not None:
            section_id = section_id_at(session, path)
            if section_id is None:
                raise LibraryError(f"no section {str(path)!r}")
        old = path_of_section(session, row.section_id) if row.section_id is not None else None
        before.append((article_id, old))
        if row.section_id != section_id:
            row.section_id = section_id
            row.version += 1
            row.updated_at = now
    session.flush()
    return tuple(before)
