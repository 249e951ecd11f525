"""Hugo (Debian's hugo) builds a site from our Markdown export as it is: the front
matter's title, date, lastmod, draft, slug, tags, author, description and section reach
its templates, and the body renders."""

from __future__ import annotations

import subprocess
from pathlib import Path

from editor.domain.article import Status
from editor.formats.markdown_export import article_to_site_markdown
from tests.programs import required_program
from tests.unit.formats.export_samples import golden_article

SINGLE_LAYOUT = """\
title={{ .Title }}
date={{ .Date.UTC.Format "2006-01-02T15:04:05Z" }}
lastmod={{ .Lastmod.UTC.Format "2006-01-02T15:04:05Z" }}
draft={{ .Draft }}
tags={{ delimit .Params.tags "," }}
author={{ .Params.author }}
description={{ .Description }}
section={{ .Params.section }}
{{ .Content }}
"""


def _build(site: Path, hugo: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [hugo, "--source", str(site), "--destination", str(site / "public"), "--quiet", *extra],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _site(tmp_path: Path, markdown: str) -> Path:
    site = tmp_path / "site"
    (site / "content" / "news").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
        encoding="utf-8",
    )
    (site / "layouts" / "_default" / "single.html").write_text(SINGLE_LAYOUT, encoding="utf-8")
    (site / "layouts" / "_default" / "list.html").write_text("", encoding="utf-8")
    (site / "content" / "news" / "article.md").write_text(markdown, encoding="utf-8")
    return site


def test_hugo_reads_the_front_matter_and_the_body(tmp_path: Path) -> None:
    hugo = required_program("hugo", "hugo")
    article = golden_article()
    site = _site(tmp_path, article_to_site_markdown(article))
    result = _build(site, hugo)
    assert result.returncode == 0, result.stderr
    page = (site / "public" / "news" / "koalition-der-willigen" / "index.html").read_text("utf-8")
    assert f"title={article.headline}" in page
    assert "date=2024-03-01T10:00:00Z" in page and "lastmod=2024-03-02T09:30:00Z" in page
    assert "draft=false" in page and "tags=Ukraine,Sicherheit" in page
    assert "author=Anna Muster" in page and "section=Politik" in page
    assert "description=Die „Koalition der Willigen“ ist in Paris zusammengekommen." in page
    assert "<h2" in page and "<strong>Paris</strong>" in page


def test_hugo_leaves_out_a_draft_unless_asked(tmp_path: Path) -> None:
    hugo = required_program("hugo", "hugo")
    article = golden_article()
    article.status = Status.DRAFT
    site = _site(tmp_path, article_to_site_markdown(article))
    assert _build(site, hugo).returncode == 0
    page = site / "public" / "news" / "koalition-der-willigen" / "index.html"
    assert not page.exists()
    assert _build(site, hugo, "--buildDrafts").returncode == 0
    assert "draft=true" in page.read_text(encoding="utf-8")
