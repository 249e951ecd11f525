"""File > Export Site…: the site written off the GUI thread with progress; Cancel leaves
a consistent folder that the next export completes."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.services import site_export
from editor.services.library_services import Services
from tests.gui.transfer.transfer_driver import TransferDriver


def manifest_files(folder: Path) -> dict[str, str]:
    files: dict[str, str] = json.loads((folder / site_export.MANIFEST).read_text("utf-8"))["files"]
    return files


def article_pages(folder: Path) -> set[str]:
    return {f"articles/{path.name}" for path in (folder / "articles").glob("*.html")}


def test_export_site_writes_pages_and_indexes(
    transfer: TransferDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    transfer.answer_file_dialogs(monkeypatch, folder=site)
    transfer.answer_section_choice(monkeypatch, 0)  # the whole library

    transfer.window.trigger("library.export_site")
    status = transfer.wait_for_status("Site exported")

    articles = len(transfer.services.library.list_articles())
    assert len(article_pages(site)) == articles
    assert (site / "index.html").is_file()
    assert set(manifest_files(site)) >= article_pages(site) | {"index.html"}
    assert status.startswith(f"Site exported to {site}: ") and "0 unchanged" in status


def test_cancel_mid_export_leaves_a_consistent_folder_the_next_export_completes(
    transfer: TransferDriver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    gate = threading.Event()
    real_export_site = site_export.export_site

    def first_page_waits(
        services: Services,
        folder: Path,
        section: str | None = None,
        *,
        progress: Callable[[int, int], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> site_export.SiteExportResult:
        def reported(done: int, total: int) -> None:
            assert progress is not None
            progress(done, total)
            if done == 1:
                assert gate.wait(10)

        return real_export_site(
            services, folder, section, progress=reported, should_stop=should_stop, workers=1
        )

    monkeypatch.setattr(site_export, "export_site", first_page_waits)
    transfer.answer_file_dialogs(monkeypatch, folder=site)
    transfer.answer_section_choice(monkeypatch, 0)

    transfer.window.trigger("library.export_site")
    transfer.press_cancel(transfer.wait_for_progress(1))
    gate.set()
    status = transfer.wait_for_status("Site export cancelled")

    assert status.startswith("Site export cancelled: 1 pages written")
    written = manifest_files(site)
    assert set(written) == article_pages(site)  # exactly the pages on disk, listed
    assert len(written) == 1 and not (site / "index.html").exists()
    assert not [path for path in site.rglob("*") if path.name.endswith(".tmp")]

    monkeypatch.setattr(site_export, "export_site", real_export_site)
    transfer.window.trigger("library.export_site")
    transfer.wait_for_status("Site exported")
    articles = len(transfer.services.library.list_articles())
    assert len(article_pages(site)) == articles and (site / "index.html").is_file()
    assert "1 unchanged" in transfer.window.status()
