"""An undo stack of mixed library commands, as the app keeps one: any sequence of
commands unwinds step by step to each earlier stored state and replays to each later one,
and a command the library refuses changes nothing."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.domain.article import Article, LinkKind
from editor.services.commands import (
    AddRelated,
    ChainByDate,
    CreateSection,
    DeleteArticle,
    DeleteSection,
    LibraryCommand,
    MoveArticles,
    MoveSection,
    RemoveRelated,
    RemoveSection,
    RenameSection,
    RestoreArticles,
    SectionPath,
    SetNeighbours,
)
from editor.services.failures import LibraryError
from editor.services.library_services import Services
from tests.unit.services.stored_state import VERSION_COLUMNS, stored_state

OPERATIONS = (
    "previous",
    "next",
    "relate",
    "unrelate",
    "move",
    "delete",
    "restore",
    "create",
    "remove",
    "rename",
    "move section",
    "delete section",
    "chain",
    "link in body",
)
SECTIONS = (
    SectionPath.parse("Sport"),
    SectionPath.parse("Politik"),
    SectionPath.parse("Politik/Ausland"),
)
Step = tuple[str, int, int, int]
CREATED = [datetime(2026, 3, day, tzinfo=UTC) for day in (4, 1, 3, 2)]


def command_for(step: Step, ids: list[str]) -> LibraryCommand:
    operation, first, second, section_number = step
    a, b = ids[first], ids[second]
    section = SECTIONS[section_number] if section_number < len(SECTIONS) else None
    if operation in ("previous", "next"):
        return SetNeighbours.one(a, LinkKind(operation), b if a != b else None)
    if operation == "relate":
        return AddRelated(a, b)
    if operation == "unrelate":
        return RemoveRelated(a, b)
    if operation == "move":
        return MoveArticles.to_section([a, b], section)
    if operation == "delete":
        return DeleteArticle.of([a, b])
    if operation == "restore":
        return RestoreArticles((a,))
    path = section or SECTIONS[0]
    if operation == "rename":
        return RenameSection(path, "Kultur" if path.name != "Kultur" else "Sport")
    if operation == "move section":
        return MoveSection(path, SECTIONS[(section_number + 1) % len(SECTIONS)])
    if operation == "delete section":
        return DeleteSection(path, section if section != path else None)
    if operation == "chain":
        return ChainByDate(path)
    if operation == "link in body":
        return SaveBody(a, f"Siehe [dort](copydesk:article/{b}).")
    return CreateSection(path) if operation == "create" else RemoveSection(path)


@dataclass(frozen=True)
class SaveBody:
    """A test command that gives an article a new body, as the editor's save does (the
    index of body links follows in the same transaction)."""

    article_id: str
    body: str
    label: str = "Edit body"

    def apply(self, services: Services) -> SaveBody:
        stored = services.get(self.article_id)
        old_body, stored.body = stored.body, self.body
        services.save(stored)
        return SaveBody(self.article_id, old_body)


def state(services: Services) -> dict[str, object]:
    # Moving and moving back (and saving a body) store new versions: everything else must
    # be as it was.
    return stored_state(services, ignore=VERSION_COLUMNS)


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(OPERATIONS),
            st.integers(0, 3),
            st.integers(0, 3),
            st.integers(0, len(SECTIONS)),
        ),
        max_size=12,
    )
)
def test_any_history_unwinds_and_replays(steps: list[Step]) -> None:
    with (
        tempfile.TemporaryDirectory() as folder,
        Services.open(str(Path(folder) / "history.sqlite")) as services,
    ):
        services.ensure_section("Sport")
        ids = [
            services.save(
                Article(headline=name, section="Sport", tags=[name], created_at=created)
            ).id
            for name, created in zip("ABCD", CREATED, strict=True)
        ]
        states, undo = [state(services)], []
        for step in steps:
            try:
                undo.append(services.run(command_for(step, ids)))
            except LibraryError:
                assert state(services) == states[-1], f"{step} was refused half-way"
                continue
            states.append(state(services))
        redo = []
        for inverse, earlier in zip(reversed(undo), reversed(states[:-1]), strict=True):
            redo.append(services.run(inverse))
            assert state(services) == earlier
        for command, later in zip(reversed(redo), states[1:], strict=True):
            services.run(command)
            assert state(services) == later
