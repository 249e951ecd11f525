"""The pages of an exported site: the plan (who links to whom, which file is whose), the
writer that leaves unchanged files alone, and the rendering, in this process or in worker
processes (see `editor.services.site_export` for the layout and the guarantees)."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import URL

from editor.domain.article import Article, LinkKind
from editor.domain.slug import slugify
from editor.formats.export_links import ExportLinks, LinkedArticle, page_href
from editor.formats.html_export import one_line
from editor.formats.html_page import ListingEntry, render_article_page, render_listing_page
from editor.formats.site_files import HOME_PAGE, article_file, section_file, unique_file_stems
from editor.formats.templates import templates_dir
from editor.services.exporting import inline_article_ids
from editor.services.site_reader import ArticleEntry, SiteReader

ARTICLES_PER_TASK = 250
UNFILED = "Unfiled"
SITE_TITLE = "Articles"


@cache
def render_version() -> str:
    """A hash of what renders every page: the templates, the stylesheet and the code's
    version (a change to any of them renders every page again)."""
    from editor import __version__

    digest = hashlib.sha256(__version__.encode("utf-8"))
    for path in sorted(templates_dir().iterdir()):
        digest.update(path.name.encode("utf-8") + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class PageInputs:
    """What an article page was last made from: its key (`SitePlan.page_key`) and the
    articles its body links to."""

    key: str
    inline: tuple[str, ...]


@dataclass(frozen=True)
class SiteSection:
    """One section index page: its label, file stem and articles (newest first)."""

    label: str
    stem: str
    article_ids: tuple[str, ...]


@dataclass
class SitePlan:
    """Everything an article page needs to know about the rest of the site."""

    entries: list[ArticleEntry]
    stems: dict[str, str]
    headlines: dict[str, str]
    teasers: dict[str, str]
    neighbours: dict[str, dict[str, str]]
    related: dict[str, list[str]]
    section_labels: dict[int, str]
    section_of: dict[str, SiteSection]
    sections: list[SiteSection]
    by_id: dict[str, ArticleEntry] = field(default_factory=dict)

    @classmethod
    def build(cls, reader: SiteReader, section_ids: set[int] | None) -> SitePlan:
        entries = reader.entries(section_ids)
        in_site = {entry.id for entry in entries}
        neighbours: dict[str, dict[str, str]] = defaultdict(dict)
        related: dict[str, list[str]] = defaultdict(list)
        for source, target, kind in reader.links():
            if source not in in_site or target not in in_site:
                continue
            if kind in (LinkKind.PREVIOUS, LinkKind.NEXT):
                neighbours[source][kind] = target
            elif kind == LinkKind.RELATED:
                related[source].append(target)
        known = reader.sections()
        labels = {section.id: section.label for section in known}
        order = {section.id: (section.parent_id or 0, section.position) for section in known}
        filed: dict[int | None, list[ArticleEntry]] = defaultdict(list)
        for entry in entries:
            filed[entry.section_id if entry.section_id in labels else None].append(entry)
        keys = sorted(filed, key=lambda key: (key is None, order.get(key or 0, (0, 0))))
        stems = unique_file_stems(
            (str(key), slugify(labels[key]) if key is not None else UNFILED.lower()) for key in keys
        )
        sections: list[SiteSection] = []
        section_of: dict[str, SiteSection] = {}
        for key in keys:
            newest = sorted(filed[key], key=lambda entry: entry.sort_time, reverse=True)
            site_section = SiteSection(
                labels[key] if key is not None else UNFILED,
                stems[str(key)],
                tuple(entry.id for entry in newest),
            )
            sections.append(site_section)
            for entry in newest:
                section_of[entry.id] = site_section
        return cls(
            entries=entries,
            stems=unique_file_stems((entry.id, entry.slug) for entry in entries),
            headlines={entry.id: entry.headline for entry in entries},
            teasers={entry.id: entry.teaser for entry in entries},
            neighbours=dict(neighbours),
            related=dict(related),
            section_labels=labels,
            section_of=section_of,
            sections=sections,
            by_id={entry.id: entry for entry in entries},
        )

    def page_key(self, article_id: str, inline_ids: Sequence[str]) -> str:
        """What an article's page is made from, as one hash: the renderer, the stored
        article, its file name, section and the articles it links to. A page whose key
        is unchanged needs no rendering."""
        entry = self.by_id[article_id]
        sides = self.neighbours.get(article_id, {})
        others = [sides.get(LinkKind.PREVIOUS, ""), sides.get(LinkKind.NEXT, "")]
        others += self.related.get(article_id, [])
        section = self.section_of.get(article_id)
        parts = [
            render_version(),
            entry.stamp,
            self.stems[article_id],
            section.label if section else "",
            section.stem if section else "",
            *(
                f"{other}|{self.headlines.get(other or '')}|{self.stems.get(other or '')}"
                for other in others
            ),
            *(f"{target}|{self.stems.get(target)}" for target in inline_ids),
        ]
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()

    def linked(self, article_id: str | None) -> LinkedArticle | None:
        """Another article of the site, with the href of its page beside this one."""
        if article_id is None or article_id not in self.stems:
            return None
        stem = self.stems[article_id]
        return LinkedArticle(article_id, self.headlines[article_id], page_href(stem), stem)

    def links_for(self, article: Article) -> ExportLinks:
        """The export links of one article's page."""
        sides = self.neighbours.get(article.id, {})
        related = (self.linked(other) for other in self.related.get(article.id, []))
        inline = {
            target: linked
            for target in inline_article_ids(article.body)
            if (linked := self.linked(target)) is not None
        }
        breadcrumbs: tuple[tuple[str, str], ...] = (("Home", f"../{HOME_PAGE}"),)
        section = self.section_of.get(article.id)
        if section is not None:
            breadcrumbs += ((one_line(section.label), f"../{section_file(section.stem)}"),)
        return ExportLinks(
            previous=self.linked(sides.get(LinkKind.PREVIOUS)),
            next=self.linked(sides.get(LinkKind.NEXT)),
            related=tuple(item for item in related if item is not None),
            inline=inline,
            breadcrumbs=breadcrumbs,
        )


@dataclass
class PageWriter:
    """Writes site files whole, leaving a file alone when its content hash is the one
    the manifest holds and the file is there."""

    folder: Path
    previous: dict[str, str]
    files: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, PageInputs] = field(default_factory=dict)
    written: int = 0
    unchanged: int = 0
    done: int = 0

    def keep(self, relative: str, digest: str, inputs: PageInputs) -> None:
        """Note an article page left as it is (its inputs have not changed)."""
        self.files[relative] = digest
        self.inputs[relative] = inputs
        self.unchanged += 1
        self.done += 1

    def write(self, relative: str, text: str) -> None:
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        target = self.folder / relative
        if self.previous.get(relative) == digest and target.is_file():
            self.unchanged += 1
        else:
            temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            try:
                temporary.write_bytes(data)
                os.replace(temporary, target)
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            self.written += 1
        self.files[relative] = digest

    def merge(
        self,
        files: dict[str, str],
        inputs: dict[str, PageInputs],
        written: int,
        unchanged: int,
        done: int,
    ) -> None:
        self.files.update(files)
        self.inputs.update(inputs)
        self.written += written
        self.unchanged += unchanged
        self.done += done


def render_articles(
    reader: SiteReader,
    plan: SitePlan,
    writer: PageWriter,
    seqs: Sequence[int],
    should_stop: Callable[[], bool],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Render and write the pages of these articles, checking `should_stop` between
    articles."""
    total = len(plan.entries)
    for article in reader.articles(seqs, plan.section_labels):
        if should_stop():
            return
        page = render_article_page(article, plan.links_for(article))
        relative = article_file(plan.stems[article.id])
        writer.write(relative, page)
        inline = tuple(inline_article_ids(article.body))
        writer.inputs[relative] = PageInputs(plan.page_key(article.id, inline), inline)
        writer.done += 1
        if progress is not None:
            progress(writer.done, total)


def section_pages(plan: SitePlan) -> Iterator[tuple[str, str]]:
    """The home page and each section's index page, as (relative path, HTML)."""
    home = [
        ListingEntry(
            one_line(section.label) or UNFILED,
            section_file(section.stem),
            f"{len(section.article_ids)}",
        )
        for section in plan.sections
    ]
    yield HOME_PAGE, render_listing_page(SITE_TITLE, home)
    for section in plan.sections:
        entries = [
            ListingEntry(
                one_line(plan.headlines[article_id]) or "Untitled article",
                f"../{article_file(plan.stems[article_id])}",
                teaser=one_line(plan.teasers[article_id]),
            )
            for article_id in section.article_ids
        ]
        breadcrumbs = (("Home", f"../{HOME_PAGE}"),)
        yield (
            section_file(section.stem),
            render_listing_page(section.label, entries, "und", breadcrumbs),
        )


# -- worker processes --------------------------------------------------------------------
_worker: dict[str, Any] = {}


def _start_worker(
    address: str | URL, plan: SitePlan, folder: Path, previous: dict[str, str], stop: Any
) -> None:
    _worker.update(reader=SiteReader(address), plan=plan, folder=folder, previous=previous)
    _worker["stop"] = stop


TaskResult = tuple[dict[str, str], dict[str, "PageInputs"], int, int, int]


def _render_task(seqs: list[int]) -> TaskResult:
    writer = PageWriter(_worker["folder"], _worker["previous"])
    stop = _worker["stop"]
    render_articles(_worker["reader"], _worker["plan"], writer, seqs, stop.is_set)
    return writer.files, writer.inputs, writer.written, writer.unchanged, writer.done


def render_in_processes(
    address: str | URL,
    plan: SitePlan,
    writer: PageWriter,
    seqs: Sequence[int],
    should_stop: Callable[[], bool],
    progress: Callable[[int, int], None] | None,
    workers: int | None,
    per_task: int,
) -> None:
    """Render every article page in worker processes (one per core unless `workers`)."""
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    tasks = [list(seqs[start : start + per_task]) for start in range(0, len(seqs), per_task)]
    total = len(plan.entries)
    with ProcessPoolExecutor(
        max_workers=workers or os.cpu_count() or 1,
        mp_context=context,
        initializer=_start_worker,
        initargs=(address, plan, writer.folder, writer.previous, stop),
    ) as pool:
        futures: list[Future[TaskResult]] = [pool.submit(_render_task, task) for task in tasks]
        for future in as_completed(futures):
            if future.cancelled():
                continue
            writer.merge(*future.result())
            if progress is not None:
                progress(writer.done, total)
            if not stop.is_set() and should_stop():
                stop.set()
                for pending in futures:
                    pending.cancel()
