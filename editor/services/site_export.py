"""`copydesk export-site DIR [--section PATH]`: the library (or one section and its
subsections) as a static web site that works straight from disk.

    DIR/index.html                 home: the sections, with their article counts
    DIR/sections/<section>.html    a section's index, newest first
    DIR/articles/<slug>.html       one page per article (placeholders have none)
    DIR/copydesk-site.json         the manifest: each written file's SHA-256

Article pages sit side by side, so previous/next, related and inline article links are
`<slug>.html` (`editor.formats.site_files` makes every name safe); a link to an article
the site does not hold stays text. Pages are rendered in worker processes (both cores),
each reading the library itself (`SiteReader`).

Re-export rewrites only what changed. The manifest also holds what each article page was
made from (`SitePlan.page_key`: the renderer, the article's version and change time, its
file name, section and linked articles); a page whose inputs are the same is not even
rendered. A rendered page whose content hash matches the manifest (and whose file is
there) is left alone too, and files of the previous export that are no
longer part of the site are removed (only paths the manifest lists and `is_site_file`
accepts, so neither a hostile slug nor an edited manifest reaches outside DIR).

Cancellation: `should_stop()` is checked between articles; every page is written whole
(temporary file, then rename), and the manifest then lists exactly the pages written,
so a cancelled export leaves a consistent folder that the next export completes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.formats.site_files import article_file, is_site_file
from editor.services.site_pages import (
    ARTICLES_PER_TASK,
    PageInputs,
    PageWriter,
    SitePlan,
    render_articles,
    render_in_processes,
    section_pages,
)
from editor.services.site_reader import SiteReader, library_address

if TYPE_CHECKING:
    from editor.services.library_services import Services

MANIFEST = "copydesk-site.json"
MANIFEST_FORMAT = 2
IN_PROCESS_LIMIT = 400
"""Up to this many articles are rendered in this process (starting workers costs more)."""

Progress = Callable[[int, int], None]


class SiteExportError(Exception):
    """The site cannot be written to the folder given (one line, for the user)."""


@dataclass
class SiteExportResult:
    """What an export did: pages in the site, files written, left alone and removed."""

    pages: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    files: dict[str, str] = field(default_factory=dict)


def export_site(
    services: Services,
    folder: Path,
    section: str | None = None,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> SiteExportResult:
    """Write (or bring up to date) the site in `folder`; see the module docstring."""
    started = time.perf_counter()
    folder = _prepare(folder)
    previous = read_manifest(folder)
    address = library_address(services.path, services.url)
    reader = SiteReader(address)
    try:
        plan = SitePlan.build(reader, _section_ids(services, reader, section))
    finally:
        reader.close()
    writer = PageWriter(folder, previous.files)
    total = len(plan.entries)
    stop = should_stop or (lambda: False)
    todo = _pages_to_render(folder, plan, previous, writer)
    if workers == 1 or len(todo) <= IN_PROCESS_LIMIT:
        reader = SiteReader(address)
        try:
            render_articles(reader, plan, writer, todo, stop, progress)
        finally:
            reader.close()
    else:
        render_in_processes(address, plan, writer, todo, stop, progress, workers, ARTICLES_PER_TASK)
    cancelled = writer.done < total
    if not cancelled:
        for relative, text in section_pages(plan):
            writer.write(relative, text)
    result = SiteExportResult(
        pages=total + (0 if cancelled else len(plan.sections) + 1),
        written=writer.written,
        unchanged=writer.unchanged,
        cancelled=cancelled,
        files=dict(writer.files),
    )
    inputs = dict(writer.inputs)
    if cancelled:  # keep what the last export wrote and this one did not reach
        kept = {path: digest for path, digest in previous.files.items() if (folder / path).exists()}
        result.files = {**kept, **writer.files}
        inputs = {
            **{path: made for path, made in previous.inputs.items() if path in kept},
            **inputs,
        }
    else:
        result.removed = _remove_stale(folder, previous.files, writer.files)
    write_manifest(folder, SiteManifest(result.files, inputs))
    result.seconds = time.perf_counter() - started
    return result


def _prepare(folder: Path) -> Path:
    """The site folder, created if needed; its page folders must be real folders."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SiteExportError(f"cannot create {folder}: {error.strerror}") from None
    if not folder.is_dir():
        raise SiteExportError(f"{folder} is not a folder")
    for name in ("articles", "sections"):
        sub = folder / name
        if sub.is_symlink() or (sub.exists() and not sub.is_dir()):
            raise SiteExportError(f"{sub} is not a plain folder; the site is not written there")
        sub.mkdir(exist_ok=True)
    return folder.resolve()


def _section_ids(services: Services, reader: SiteReader, section: str | None) -> set[int] | None:
    """The section rows to export: a section (`Politik`, or `Politik/Ausland` for a
    subsection; names ignore case) and its subsections. None exports everything."""
    if section is None:
        return None
    parent, slash, name = section.rpartition("/")
    sections = reader.sections()
    if slash:
        wanted = f"{parent.strip()} › {name.strip()}".casefold()
        chosen = {entry.id for entry in sections if entry.label.casefold() == wanted}
    else:
        found = services.section_named(section)
        label = "" if found is None else str(found).replace(" / ", " › ")
        chosen = {entry.id for entry in sections if found is not None and entry.label == label}
    if not chosen:
        raise SiteExportError(f"no section called {section!r} (see 'copydesk sections')")
    chosen |= {entry.id for entry in sections if entry.parent_id in chosen}
    return chosen


@dataclass(frozen=True)
class SiteManifest:
    """What the last export wrote: each file's SHA-256, and for each article page what
    it was made from (`PageInputs`)."""

    files: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, PageInputs] = field(default_factory=dict)


def _pages_to_render(
    folder: Path, plan: SitePlan, previous: SiteManifest, writer: PageWriter
) -> list[int]:
    """The row numbers of the articles whose page must be rendered; the others (same
    inputs as last time, file still there) are noted as unchanged in `writer`."""
    todo: list[int] = []
    for entry in plan.entries:
        relative = article_file(plan.stems[entry.id])
        before = previous.inputs.get(relative)
        digest = previous.files.get(relative)
        if (
            before is not None
            and digest is not None
            and before.key == plan.page_key(entry.id, before.inline)
            and (folder / relative).is_file()
        ):
            writer.keep(relative, digest, before)
        else:
            todo.append(entry.seq)
    return todo


def read_manifest(folder: Path) -> SiteManifest:
    """The manifest of the last export; unreadable or foreign entries are ignored, so
    they are never removed or trusted."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SiteManifest()
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return SiteManifest()
    files = data.get("files")
    inputs = data.get("inputs")
    if not isinstance(files, dict) or not isinstance(inputs, dict):
        return SiteManifest()
    checked = {
        path: digest
        for path, digest in files.items()
        if isinstance(path, str) and isinstance(digest, str) and is_site_file(path)
    }
    made_from: dict[str, PageInputs] = {}
    for path, value in inputs.items():
        if path in checked and isinstance(value, list) and len(value) == 2:
            key, inline = value
            if isinstance(key, str) and isinstance(inline, list):
                made_from[path] = PageInputs(key, tuple(str(item) for item in inline))
    return SiteManifest(checked, made_from)


def write_manifest(folder: Path, manifest: SiteManifest) -> None:
    """Write the manifest whole (temporary file, then rename)."""
    from editor.services.exporting import write_file_atomically

    data = {
        "format": MANIFEST_FORMAT,
        "files": dict(sorted(manifest.files.items())),
        "inputs": {
            path: [made.key, list(made.inline)] for path, made in sorted(manifest.inputs.items())
        },
    }
    write_file_atomically(folder / MANIFEST, json.dumps(data, indent=0) + "\n")


def _remove_stale(folder: Path, previous: dict[str, str], current: dict[str, str]) -> int:
    removed = 0
    for relative in previous.keys() - current.keys():
        if is_site_file(relative):  # read_manifest checked it too: never outside DIR
            (folder / relative).unlink(missing_ok=True)
            removed += 1
    return removed
