"""Editing the section tree for the commands: renaming a section, moving it under another
(or to the top level), and deleting one whose articles and subsections go elsewhere,
each returning what its undo needs. Every function runs inside the caller's write
transaction and changes all or nothing (LibraryError says why it refused)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor.domain.sections import SectionPath, child_path
from editor.storage.errors import LibraryError
from editor.storage.models import ArticleRow, SectionRow
from editor.storage.sections import (
    check_section_name,
    create_section,
    existing_section_id,
    find_section_id,
    next_position,
    place_articles,
    section_row_at,
)


@dataclass(frozen=True)
class SectionPlace:
    """Where a section sits: its parent's path (None: top level) and its position."""

    parent: SectionPath | None
    position: int


@dataclass(frozen=True)
class DeletedSection:
    """A deleted section as it was: its place, the articles filed directly in it (the
    Trash included) and its subsections by name with their positions."""

    path: SectionPath
    position: int
    article_ids: tuple[str, ...]
    subsections: tuple[tuple[str, int], ...]


def _refuse_taken(session: Session, name: str, parent_id: int | None, where: str) -> None:
    if find_section_id(session, name, parent_id) is not None:
        raise LibraryError(f"there is already a section {name!r} in {where}")


def _where(parent: SectionPath | None) -> str:
    return repr(str(parent)) if parent is not None else "the top level"


def rename_section(session: Session, path: SectionPath, new_name: str) -> SectionPath:
    """Give the section at `path` a new name (unique among its siblings); returns its new
    path. Its articles and subsections stay in it."""
    name = check_section_name(new_name)
    row = section_row_at(session, path)
    if name != row.name:
        _refuse_taken(session, name, row.parent_id, _where(path.parent))
        row.name = name
        session.flush()
    return child_path(path.parent, name)


def move_section(
    session: Session, path: SectionPath, parent: SectionPath | None, position: int | None = None
) -> SectionPlace:
    """Move the section at `path`, with all it holds, into `parent` (None: the top level)
    after its new siblings or at `position`. Refused when `parent` is the section itself or
    lies below it, or holds a section of the same name. Returns where it was."""
    row = section_row_at(session, path)
    before = SectionPlace(path.parent, row.position)
    if parent is not None and parent.is_within(path):
        raise LibraryError(f"cannot move {str(path)!r} into itself or a section inside it")
    parent_id = existing_section_id(session, parent) if parent is not None else None
    if parent_id != row.parent_id:
        _refuse_taken(session, row.name, parent_id, _where(parent))
        row.parent_id = parent_id
        row.position = next_position(session, parent_id) if position is None else position
    elif position is not None:
        row.position = position
    session.flush()
    return before


def delete_section(
    session: Session, path: SectionPath, destination: SectionPath | None
) -> DeletedSection:
    """Delete the section at `path`: its articles go to `destination` (None: no section)
    and its subsections below `destination` (None: the top level), after the sections
    there. Refused when `destination` is the section or lies inside it, or already holds a
    section named like one of the subsections."""
    row = section_row_at(session, path)
    if destination is not None and destination.is_within(path):
        raise LibraryError(f"cannot move what {str(path)!r} holds into itself")
    destination_id = existing_section_id(session, destination) if destination is not None else None
    article_ids = tuple(
        session.scalars(
            select(ArticleRow.id).where(ArticleRow.section_id == row.id).order_by(ArticleRow.seq)
        )
    )
    children = list(
        session.scalars(
            select(SectionRow).where(SectionRow.parent_id == row.id).order_by(SectionRow.position)
        )
    )
    deleted = DeletedSection(
        path, row.position, article_ids, tuple((child.name, child.position) for child in children)
    )
    place_articles(session, [(article_id, destination) for article_id in article_ids])
    for child in children:
        _refuse_taken(session, child.name, destination_id, _where(destination))
        child.parent_id = destination_id
        child.position = next_position(session, destination_id)
        session.flush()
    session.delete(row)
    session.flush()
    return deleted


def restore_section(
    session: Session, deleted: DeletedSection, destination: SectionPath | None
) -> None:
    """Undo `delete_section`: create the section again at its place and take its articles
    and subsections back from `destination`."""
    section_id = create_section(session, deleted.path, deleted.position)
    destination_id = existing_section_id(session, destination) if destination is not None else None
    for name, position in deleted.subsections:
        child_id = find_section_id(session, name, destination_id)
        child = session.get(SectionRow, child_id) if child_id is not None else None
        if child is None:
            raise LibraryError(f"no section {name!r} in {_where(destination)} to take back")
        child.parent_id = section_id
        child.position = position
    place_articles(session, [(article_id, deleted.path) for article_id in deleted.article_ids])
    session.flush()
