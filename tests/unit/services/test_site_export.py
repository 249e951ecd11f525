"""`export_site`: the pages and links of a whole site on disk, safe file names whatever
the slugs hold, re-export that rewrites only what changed, and cancellation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.domain.article import Article
from editor.services.commands import DeleteArticle
from editor.services.importing import import_text
from editor.services.library_services import Services
from editor.services.site_export import MANIFEST, SiteExportError, export_site, read_manifest
from editor.storage.sections import SectionPath

HOSTILE_SLUGS = [
    "../../outside",
    "..",
    "/etc/passwd",
    "a\\..\\..\\b",
    "CON",
    "nul.txt",
    "x\x00y\x1b",
    ".hidden",
    "Straße über Brücke",
    "ABC",
    "abc",
]


@pytest.fixture
def services(library_path: Path) -> Iterator[Services]:
    with Services.open(str(library_path)) as opened:
        yield opened


def _hrefs(page: Path) -> list[str]:
    return re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8"))


def _story(headline: str, prev: str | None = None, nxt: str | None = None) -> str:
    blocks = [f'"{headline}"', f"Teaser zu {headline}.", f"Text zu {headline}."]
    if prev:
        blocks += ["Read Previous", f'"{prev}"']
    if nxt:
        blocks += ["Read Next", f'"{nxt}"']
    return "\n\n".join(blocks)


def test_pages_indexes_and_every_link_resolve_on_disk(services: Services, tmp_path: Path) -> None:
    services.ensure_section("Politik")
    first = import_text(services, _story("Erste", nxt="Zweite"), "Politik").article
    second = import_text(services, _story("Zweite", prev="Erste")).article
    services.relate(first.id, second.id)
    second.body += f"\n\nSiehe [die erste](copydesk:article/{first.id}).\n"
    services.save(second)
    site = tmp_path / "site"
    services.save(Article(headline="Ohne Rubrik"))
    result = export_site(services, site)
    assert (result.pages, result.written, result.cancelled) == (6, 6, False)
    assert sorted(str(p.relative_to(site)) for p in site.rglob("*.html")) == [
        "articles/erste.html",
        "articles/ohne-rubrik.html",
        "articles/zweite.html",  # the placeholder import filled, filed in Politik
        "index.html",
        "sections/politik.html",
        "sections/unfiled.html",
    ]
    for page in site.rglob("*.html"):
        for href in _hrefs(page):
            assert (page.parent / href).resolve().is_file(), f"{page.name}: {href}"
    assert "Erste" in (site / "sections" / "politik.html").read_text(encoding="utf-8")
    second_links = _hrefs(site / "articles" / "zweite.html")
    assert second_links.count("erste.html") == 3  # previous, related and the body link


def test_hostile_slugs_never_write_outside_the_folder(services: Services, tmp_path: Path) -> None:
    for number, slug in enumerate(HOSTILE_SLUGS):
        services.save(Article(headline=f"{slug} {number}", slug=slug))
    site = tmp_path / "inner" / "site"
    export_site(services, site)
    library_files = {p for p in tmp_path.iterdir() if p.name.startswith("test-library")}
    outside = {p for p in tmp_path.rglob("*") if site not in p.parents and p != site}
    assert outside - library_files == {tmp_path / "inner"}
    pages = sorted(p.name for p in (site / "articles").iterdir())
    assert len(pages) == len(HOSTILE_SLUGS)
    assert len({name.casefold() for name in pages}) == len(pages)
    for name in pages:
        assert ".." not in name and "\\" not in name and not name.startswith(".")
        assert name.split(".")[0].upper() not in ("CON", "NUL")
        assert all(ch.isprintable() for ch in name)


def test_re_export_rewrites_only_what_changed(services: Services, tmp_path: Path) -> None:
    kept = services.save(Article(headline="Bleibt", body="Text."))
    changed = services.save(Article(headline="Ändert sich", body="Alt."))
    gone = services.save(Article(headline="Verschwindet", body="Weg."))
    site = tmp_path / "site"
    export_site(services, site)
    kept_page = site / "articles" / f"{kept.slug}.html"
    kept_mtime = kept_page.stat().st_mtime_ns
    unrelated = site / "notes.txt"
    unrelated.write_text("mine", encoding="utf-8")
    changed.body = "Neu."
    services.save(changed)
    services.run(DeleteArticle.of([gone.id]))  # to the Trash: off the site
    again = export_site(services, site)
    assert (again.written, again.removed) == (3, 1)  # the page, its section, home
    assert again.unchanged == 1
    assert kept_page.stat().st_mtime_ns == kept_mtime
    assert not (site / "articles" / f"{gone.slug}.html").exists()
    assert unrelated.read_text(encoding="utf-8") == "mine"
    manifest = read_manifest(site)
    assert set(manifest.files) == {str(p.relative_to(site)) for p in site.rglob("*.html")}
    assert set(manifest.inputs) == {f"articles/{kept.slug}.html", f"articles/{changed.slug}.html"}


def test_a_page_is_rendered_again_when_a_linked_headline_changes(
    services: Services, tmp_path: Path
) -> None:
    import_text(services, _story("Erste", nxt="Zweite"))
    second = import_text(services, _story("Zweite", prev="Erste")).article
    site = tmp_path / "site"
    export_site(services, site)
    second.headline = "Zweite, neu betitelt"
    services.save(second)
    again = export_site(services, site)
    page = (site / "articles" / "erste.html").read_text(encoding="utf-8")
    assert "Zweite, neu betitelt" in page
    assert (again.written, again.unchanged) == (3, 1)  # both pages and the section; home


def test_an_edited_manifest_cannot_remove_files_outside(services: Services, tmp_path: Path) -> None:
    services.save(Article(headline="A"))
    site = tmp_path / "site"
    victim = tmp_path / "victim.html"
    victim.write_text("keep", encoding="utf-8")
    site.mkdir()
    forged = {"../victim.html": "0", "/etc/hostname": "0", "articles/../../victim.html": "0"}
    inputs = {path: ["key", []] for path in forged}
    manifest = {"format": 2, "files": forged, "inputs": inputs}
    (site / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert read_manifest(site).files == {}
    export_site(services, site)
    assert victim.read_text(encoding="utf-8") == "keep"


def test_a_symlinked_page_folder_is_refused(services: Services, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (site / "articles").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(SiteExportError, match="not a plain folder"):
        export_site(services, site)


def test_cancelling_leaves_a_consistent_folder(services: Services, tmp_path: Path) -> None:
    for number in range(6):
        services.save(Article(headline=f"Artikel {number}", body="Text."))
    site = tmp_path / "site"
    seen: list[int] = []
    result = export_site(
        services,
        site,
        progress=lambda done, total: seen.append(done),
        should_stop=lambda: len(seen) >= 2,
    )
    assert result.cancelled and result.written == 2
    manifest = read_manifest(site)
    on_disk = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()} - {MANIFEST}
    assert set(manifest.files) == on_disk  # every file listed, no stray temporary file
    finished = export_site(services, site)
    assert (
        not finished.cancelled and finished.unchanged == 2 and finished.written == 4 + 2
    )  # the rest, the section, home


def test_a_section_and_its_subsections_only(services: Services, tmp_path: Path) -> None:
    services.ensure_section("Politik")
    services.ensure_section("Ausland", "Politik")
    services.ensure_section("Sport")
    import_text(services, _story("Oben"), "Politik")
    article = services.save(Article(headline="Unten"))
    services.place_articles([(article.id, SectionPath(("Politik", "Ausland")))])
    import_text(services, _story("Tor"), "Sport")
    site = tmp_path / "site"
    export_site(services, site, "politik")
    names = sorted(p.name for p in (site / "articles").iterdir())
    assert names == ["oben.html", "unten.html"]
    export_site(services, tmp_path / "sub", "politik/ausland")
    assert [p.name for p in (tmp_path / "sub" / "articles").iterdir()] == ["unten.html"]
    for unknown in ("Kultur", "Sport/Ausland"):
        with pytest.raises(SiteExportError, match=f"no section called '{unknown}'"):
            export_site(services, site, unknown)


def test_worker_processes_and_cancelling_them(services: Services, tmp_path: Path) -> None:
    services.import_many(Article(headline=f"Meldung {n}", body=f"Text {n}.") for n in range(900))
    site = tmp_path / "site"
    cancelled = export_site(services, site, workers=2, should_stop=lambda: True)
    assert cancelled.cancelled and 0 < cancelled.written < 900
    on_disk = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file()} - {MANIFEST}
    assert set(read_manifest(site).files) == on_disk
    result = export_site(services, site, workers=2)
    assert not result.cancelled
    assert (result.unchanged, result.written) == (cancelled.written, 900 - cancelled.written + 2)
    assert len(list((site / "articles").iterdir())) == 900


def test_a_library_path_with_url_characters(tmp_path: Path) -> None:
    folder = tmp_path / "Archiv ?#%20 2024"
    folder.mkdir()
    with Services.open(str(folder / "lib.sqlite")) as services:
        services.save(Article(headline="Im Archiv"))
        result = export_site(services, tmp_path / "site")
    assert result.written == 3 and (tmp_path / "site" / "articles" / "im-archiv.html").is_file()
