"""The section tree: finding sections by path (`Politik/Inland`) or name, creating them
on demand, creating or removing (empty) sections, and filing articles in them for the
commands. Renaming, moving and deleting sections are in `section_edits`; the tree with
its article counts in `section_counts`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editor.domain.article import Section, utc_now
from editor.domain.sections import PATH_SEPARATOR, SectionPath, SectionPathError, child_path
from editor.storage.errors import ArticleNotFoundError, LibraryError
from editor.storage.models import ArticleRow, SectionRow

__all__ = ["SectionPath"]


def find_section_id(session: Session, name: str, parent_id: int | None = None) -> int | None:
    """The id of the section `name` directly below `parent_id` (None = top level)."""
    parent_test = (
        SectionRow.parent_id.is_(None) if parent_id is None else (SectionRow.parent_id == parent_id)
    )
    return session.scalar(select(SectionRow.id).where(SectionRow.name == name, parent_test))


def section_id_at(session: Session, path: SectionPath) -> int | None:
    """The id of the section at `path`, or None if there is none."""
    section_id: int | None = None
    for part in path.parts:
        section_id = find_section_id(session, part, section_id)
        if section_id is None:
            return None
    return section_id


def existing_section_id(session: Session, path: SectionPath) -> int:
    """The id of the section at `path`; LibraryError if there is none."""
    section_id = section_id_at(session, path)
    if section_id is None:
        raise LibraryError(f"no section {str(path)!r}")
    return section_id


def section_row_at(session: Session, path: SectionPath) -> SectionRow:
    """The row of the section at `path`; LibraryError if there is none."""
    section_id = section_id_at(session, path)
    row = session.get(SectionRow, section_id) if section_id is not None else None
    if row is None:
        raise LibraryError(f"no section {str(path)!r}")
    return row


def section_paths(session: Session) -> dict[int, SectionPath]:
    """Every section's path by id (sections are few; callers resolve paths from this)."""
    rows = session.execute(select(SectionRow.id, SectionRow.name, SectionRow.parent_id)).all()
    parents = {row.id: (row.name, row.parent_id) for row in rows}
    paths: dict[int, SectionPath] = {}

    def path_of(section_id: int) -> SectionPath:
        if section_id not in paths:
            name, parent_id = parents[section_id]
            parent = path_of(parent_id) if parent_id is not None else None
            paths[section_id] = child_path(parent, name)
        return paths[section_id]

    for section_id in parents:
        path_of(section_id)
    return paths


def path_of_section(session: Session, section_id: int) -> SectionPath:
    """The path of an existing section."""
    parts: list[str] = []
    current: int | None = section_id
    while current is not None:
        row = session.get(SectionRow, current)
        if row is None:
            raise LibraryError(f"no section with id {section_id}")
        parts.insert(0, row.name)
        current = row.parent_id
    return SectionPath(tuple(parts))


def subtree_ids(session: Session, section_id: int) -> list[int]:
    """The section and every section below it."""
    rows = session.execute(select(SectionRow.id, SectionRow.parent_id)).all()
    children: dict[int | None, list[int]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row.id)
    found, waiting = [], [section_id]
    while waiting:
        current = waiting.pop()
        found.append(current)
        waiting.extend(children.get(current, []))
    return found


def next_position(session: Session, parent_id: int | None) -> int:
    """The position after the last section below `parent_id`."""
    position = session.scalar(
        select(func.coalesce(func.max(SectionRow.position) + 1, 0)).where(
            SectionRow.parent_id.is_(None)
            if parent_id is None
            else SectionRow.parent_id == parent_id
        )
    )
    return int(position or 0)


def check_section_name(name: str) -> str:
    """The name stripped; LibraryError for an empty one or one holding the separator."""
    name = name.strip()
    if not name:
        raise LibraryError("a section needs a name")
    if PATH_SEPARATOR in name:
        raise LibraryError(f"a section name cannot contain {PATH_SEPARATOR!r}: {name!r}")
    return name


def ensure_section_path(session: Session, path: SectionPath) -> int:
    """The id of the section at `path`, creating every missing part (last among its
    siblings)."""
    parent_id: int | None = None
    for part in path.parts[:-1]:
        parent_id = _ensure_child(session, part, parent_id)
    return _ensure_child(session, path.name, parent_id)


def _ensure_child(session: Session, name: str, parent_id: int | None) -> int:
    """The id of the section `name` directly below `parent_id`, created if missing."""
    existing = find_section_id(session, name, parent_id)
    if existing is not None:
        return existing
    row = SectionRow(name=name, parent_id=parent_id, position=next_position(session, parent_id))
    session.add(row)
    session.flush()
    return row.id


def section_ids_named(session: Session, name: str) -> list[int]:
    """Every section called `name`, top-level ones first."""
    rows = session.execute(
        select(SectionRow.id)
        .where(SectionRow.name == name)
        .order_by(SectionRow.parent_id.is_not(None), SectionRow.id)
    ).scalars()
    return list(rows)


def section_for_article(session: Session, name: str) -> int | None:
    """The section an article filed under `name` belongs to: a path (`Politik/Inland`) is
    created as needed; a plain name finds the section so called (top level first) or
    creates it at the top level. None for an empty name."""
    name = name.strip()
    if not name:
        return None
    if PATH_SEPARATOR in name:
        try:
            return ensure_section_path(session, SectionPath.parse(name))
        except SectionPathError as error:
            raise LibraryError(str(error)) from None
    named = section_ids_named(session, name)
    return named[0] if named else ensure_section_path(session, SectionPath((name,)))


def section_tree(session: Session) -> list[Section]:
    """All sections, depth first: each parent followed by its children in position order.
    A section's `parent` is its parent's path (`Politik/Inland` for a third level)."""
    rows = session.execute(
        select(SectionRow.id, SectionRow.name, SectionRow.parent_id, SectionRow.position).order_by(
            SectionRow.position, SectionRow.name
        )
    ).all()
    paths = section_paths(session)
    children: dict[int | None, list[Section]] = {}
    for row in rows:
        parent = str(paths[row.parent_id]) if row.parent_id is not None else None
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


def create_section(session: Session, path: SectionPath, position: int | None = None) -> int:
    """Create the section at `path` (after its siblings, or at `position`); its parent must
    exist and the section must not. Returns its id."""
    name = check_section_name(path.name)
    parent_id = existing_section_id(session, path.parent) if path.parent is not None else None
    if find_section_id(session, name, parent_id) is not None:
        raise LibraryError(f"there is already a section {str(path)!r}")
    if position is None:
        position = next_position(session, parent_id)
    row = SectionRow(name=name, parent_id=parent_id, position=position)
    session.add(row)
    session.flush()
    return row.id


def remove_empty_section(session: Session, path: SectionPath) -> int:
    """Delete the section at `path` if it holds no article (in the Trash or not) and no
    section; refuse (with LibraryError, changing nothing) otherwise. Returns the position
    it had."""
    row = section_row_at(session, path)
    section_id = row.id
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
        section_id = existing_section_id(session, path) if path is not None else None
        old = path_of_section(session, row.section_id) if row.section_id is not None else None
        before.append((article_id, old))
        if row.section_id != section_id:
            row.section_id = section_id
            row.version += 1
            row.updated_at = now
    session.flush()
    return tuple(before)
