"""The XSS corpus, imported as plain text, Markdown and HTML in Markdown and exported as
HTML pages (on their own and as a site, with its home and section pages), runs nothing in
headless Chromium: each page loads with its own title, no
element or attribute the corpus injected, and no link that runs script. Each page is also
loaded without its Content-Security-Policy, so the sanitiser alone is shown to suffice."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from editor.formats.link_policy import is_exported_link
from editor.services.library_services import Services
from editor.services.site_export import export_site
from tests.programs import required_program
from tests.unit.formats.xss_corpus import HTML_PAYLOADS, MARKER
from tests.unit.services.export_pages import write_pages

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n')
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--virtual-time-budget=3000",
    "--dump-dom",
)


class _LoadedDom(HTMLParser):
    """What a loaded page holds: its title, scripts, ids, event handlers and URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.in_title = False
        self.scripts: list[dict[str, str | None]] = []
        self.ids: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.elements: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.add(tag)
        self.in_title = tag == "title"
        if tag == "script":
            self.scripts.append(dict(attrs))
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name.startswith("on"):
                self.handlers.append(name)
            if name in ("href", "src", "action", "data", "srcdoc", "formaction") and value:
                self.urls.append(value)

    def handle_endtag(self, tag: str) -> None:
        self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data


@pytest.fixture(scope="module")
def chromium() -> str:
    return required_program("chromium", "chromium")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, seed_text_for_module: str) -> dict[Path, str]:
    folder = tmp_path_factory.mktemp("pages")
    with Services.open(str(folder / "lib.sqlite")) as services:
        exported = write_pages(services, folder, seed_text_for_module)
        export_site(services, folder / "site")
    site = folder / "site"
    loaded = {site / "index.html": "Articles", site / "sections" / "unfiled.html": "Unfiled"}
    for page in exported:
        written = folder / page.file_name
        bare = folder / f"no-csp-{page.file_name}"
        bare.write_text(CSP_META.sub("", written.read_text(encoding="utf-8")), encoding="utf-8")
        loaded[written] = loaded[bare] = loaded[site / "articles" / f"{page.slug}.html"] = (
            page.title
        )
    return loaded


@pytest.fixture(scope="module")
def seed_text_for_module() -> str:
    from tests.conftest import SEED_ARTICLE, SEED_COPY

    return (SEED_ARTICLE if SEED_ARTICLE.exists() else SEED_COPY).read_text(encoding="utf-8")


def _load(chromium: str, page: Path, profile: Path) -> _LoadedDom:
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    dom = _LoadedDom()
    dom.feed(result.stdout)
    return dom


def test_the_harness_sees_a_script_that_runs(chromium: str, tmp_path: Path) -> None:
    """The control: in an unsanitised page an `onerror` payload of the corpus runs."""
    page = tmp_path / "control.html"
    page.write_text(
        f"<!DOCTYPE html><title>Kontrolle</title><p>{HTML_PAYLOADS[4]}</p>", encoding="utf-8"
    )
    assert _load(chromium, page, tmp_path / "profile").title == MARKER


def test_no_payload_runs_in_chromium(chromium: str, pages: dict[Path, str], tmp_path: Path) -> None:
    assert len(pages) == 4 * 3 + 2  # alone, without CSP, in the site; home and section
    for page, title in pages.items():
        dom = _load(chromium, page, tmp_path / "profile")
        where = str(page.relative_to(page.parents[1]))
        assert dom.title == title, f"{where}: the title changed to {dom.title!r}"
        assert MARKER not in dom.ids, f"{where}: an injected element is in the page"
        assert dom.handlers == [], f"{where}: event handlers {dom.handlers}"
        listing = page.name == "index.html" or page.parent.name == "sections"
        data_blocks = [] if listing else [{"type": "application/ld+json"}]
        assert dom.scripts == data_blocks, f"{where}: {dom.scripts}"
        assert not dom.elements & {"iframe", "object", "embed", "form", "base", "img", "svg"}
        assert all(is_exported_link(url) for url in dom.urls), f"{where}: {dom.urls}"
