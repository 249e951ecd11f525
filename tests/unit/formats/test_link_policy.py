"""The one link allow-list (editor.formats.link_policy): the body, the HTML export and
the link dialog's URL checks all use it."""

from __future__ import annotations

import pytest

from editor.formats.html_export import body_html
from editor.formats.link_policy import (
    is_allowed_link,
    is_exported_link,
    link_scheme,
    normalize_url,
    refused_links,
    url_problem,
)

KEPT = [
    "/politik/haushalt",
    "#abschnitt",
    "?seite=2",
    "../archiv/2024",
    "www.example.org",
    "//example.org/x",
    "https://example.org/",
    "HTTP://EXAMPLE.ORG/",
    "mailto:desk@example.org",
    "tel:+4930123456",
    "ftp://example.org/datei.pdf",
    "copydesk:article/0193a7c2",
]
REFUSED = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " \tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html,<script>x</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "blob:https://example.org/x",
    "unknown:thing",
]


@pytest.mark.parametrize("href", KEPT)
def test_kept_links(href: str) -> None:
    assert is_allowed_link(href)


@pytest.mark.parametrize("href", REFUSED)
def test_refused_links(href: str) -> None:
    assert not is_allowed_link(href)


def test_a_scheme_is_read_as_a_browser_reads_it() -> None:
    assert link_scheme("  JAVA\nSCRIPT:x") == "javascript"
    assert link_scheme("/a:b") is None


def test_refused_links_are_listed_once_in_order() -> None:
    fragment = (
        '<p><a href="javascript:a()">x</a> <a href="/ok">y</a> '
        "<a href='data:,z'>z</a> <a href=javascript:a()>again</a></p>"
    )
    assert refused_links(fragment) == ["javascript:a()", "data:,z"]


def test_the_html_export_keeps_web_mail_and_relative_links_only() -> None:
    body = " ".join(f"[k{number}]({href})" for number, href in enumerate(KEPT[:-1]))
    body += " [bad](javascript:alert(1)) [t](/x 'Titel')"
    html = body_html(body)
    for number, href in enumerate(KEPT[:-1]):
        if is_exported_link(href):
            assert f'href="{href}"' in html
        else:  # the editor keeps it, a page does not: the text stays
            assert f'href="{href}"' not in html and f" k{number} " in html
    assert not is_exported_link("tel:+4930123456") and is_exported_link("HTTP://x")
    assert "javascript" not in html and " bad " in html
    assert 'title="Titel"' in html


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("https://example.org", False),
        ("http://example.org/a b", True),
        ("mailto:desk@example.org", False),
        ("mailto:nobody", True),
        ("ftp://example.org", False),
        ("tel:+49301234567", False),
        ("/politik/haushalt", False),
        ("#abschnitt", False),
        ("copydesk:article/0123abcd", False),
        ("javascript:alert(1)", True),
        (" JavaScript:alert(1)", True),
        ("data:text/html,<script>alert(1)</script>", True),
        ("vbscript:msgbox(1)", True),
        ("https://", True),
        ("", True),
    ],
)
def test_url_rules(raw: str, problem: bool) -> None:
    assert (url_problem(normalize_url(raw)) is not None) == problem


def test_url_normalizing() -> None:
    assert normalize_url("/politik/haushalt") == "/politik/haushalt"
    assert normalize_url("#abschnitt") == "#abschnitt"
    assert normalize_url("tel:+49301234567") == "tel:+49301234567"
    assert normalize_url(" www.example.org ") == "https://www.example.org"
    assert normalize_url("desk@example.org") == "mailto:desk@example.org"
    assert normalize_url("http://x.example") == "http://x.example"
