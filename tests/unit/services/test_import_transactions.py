"""One transaction per imported file, duplicates refused, concurrent imports sharing
placeholders (issue 13, items 4 and 5)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from editor.domain import LinkKind
from editor.services.failures import DuplicateHeadlineError
from editor.services.importing import import_text
from editor.services.library_services import Services


def chain_story(number: int, last: int) -> str:
    """Story `number` of a chain 0..last, linked to its neighbours by headline."""
    blocks = [f'"Folge {number}"', f"Teaser {number}.", f"Text der Folge {number}."]
    if number > 0:
        blocks += ["Read Previous", f'"Folge {number - 1}"']
    if number < last:
        blocks += ["Read Next", f'"Folge {number + 1}"']
    return "\n\n".join(blocks)


def test_a_failure_while_linking_leaves_nothing_of_the_file(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail_on_next(session: object, article_id: str, kind: LinkKind, target: object) -> None:
        if kind is LinkKind.NEXT:
            raise OSError(28, "No space left on device")
        original(session, article_id, kind, target)  # type: ignore[arg-type]

    from editor.storage import links

    original = links.set_neighbour
    monkeypatch.setattr(links, "set_neighbour", fail_on_next)
    with pytest.raises(OSError, match="No space"):
        import_text(services, chain_story(1, 2))
    assert services.list_articles() == []
    monkeypatch.undo()
    stored = import_text(services, chain_story(1, 2)).article
    assert services.neighbour(stored.id, LinkKind.NEXT) is not None
    assert services.neighbour(stored.id, LinkKind.PREVIOUS) is not None


def test_an_existing_headline_is_refused_and_a_copy_is_allowed(services: Services) -> None:
    first = import_text(services, chain_story(1, 2)).article
    with pytest.raises(DuplicateHeadlineError, match=r"already in the library \(id "):
        import_text(services, chain_story(1, 2))
    assert len(services.list_articles()) == 3
    copy = import_text(services, chain_story(1, 2), allow_duplicate=True).article
    assert copy.id != first.id
    assert sorted(summary.headline for summary in services.list_articles()) == [
        "Folge 0",
        "Folge 1",
        "Folge 1",
        "Folge 2",
    ]


def test_two_imports_at_once_share_placeholders(tmp_path: Path) -> None:
    last = 39
    files = []
    for number in range(last + 1):
        path = tmp_path / f"folge-{number:02}.txt"
        path.write_text(chain_story(number, last), encoding="utf-8")
        files.append(str(path))
    library = tmp_path / "news.sqlite"
    Services.open(str(library)).close()
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "editor", "--library", str(library), "import", *part],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for part in (files[0::2], files[1::2][::-1])
    ]
    for run in runs:
        _, errors = run.communicate(timeout=120)
        assert run.returncode == 0, errors.decode()
    with Services.open(str(library)) as opened:
        summaries = opened.list_articles()
        headlines = Counter(summary.headline for summary in summaries)
        assert headlines == Counter(f"Folge {number}" for number in range(last + 1))
        assert not any(summary.placeholder for summary in summaries)
        by_headline = {summary.headline: summary.id for summary in summaries}
        for number in range(last):
            following = opened.neighbour(by_headline[f"Folge {number}"], LinkKind.NEXT)
            assert following is not None and following.headline == f"Folge {number + 1}"
