"""The one link allow-list: which link targets a body keeps, in the editor (loading and
pasting) and in every export.

A link is kept when its target has no scheme (a relative path `/politik/haushalt`, a
fragment `#abschnitt`, a query `?seite=2`, a bare host `www.example.org`, a network path
`//example.org/x`) or one of ALLOWED_SCHEMES (web, mail, phone, file transfer, news and
chat addresses, and `copydesk:article/<id>` for links between articles). Everything else
is refused, above all the schemes that run code or smuggle content (`javascript:`,
`vbscript:`, `data:`, `file:`, `blob:`). The scheme is read as a browser reads it:
leading spaces and control characters are ignored, tabs and line breaks inside are
removed, letters compare case-insensitively; character references are decoded first.

A link typed in the editor's link dialog is completed (`normalize_url`: `www.` gets
https, an e-mail address mailto) and checked (`url_problem`) by the same list.

A refused link is not dropped silently: its text stays as plain text, and the callers
report `refused_links` to the user (see editor.ui.article.body_editor). Sanitizers apply the list
with nh3's `url_schemes=ALLOWED_SCHEMES` and `url_relative="pass_through"`. Exports are
stricter (EXPORT_SCHEMES: web and mail only; `copydesk:article/<id>` becomes the target's
page or plain text).
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

ALLOWED_SCHEMES: frozenset[str] = frozenset(
    {
        "http", "https", "mailto", "tel", "sms", "ftp", "ftps", "sftp", "news", "nntp",
        "irc", "ircs", "xmpp", "geo", "webcal", "copydesk",
    }
)  # fmt: skip
"""Link schemes a body keeps (links without a scheme are kept too)."""

EXPORT_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
"""Link schemes an exported page keeps, besides relative links and article links (which
become the target's page): the web and mail, nothing a reader's system would open."""

ARTICLE_LINK_PREFIX = "copydesk:article/"
"""How a link to another article of the library is written: `copydesk:article/<id>`."""

_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_IGNORED_AT_START = re.compile(r"^[\x00-\x20]+")
_REMOVED_INSIDE = re.compile(r"[\t\n\r]")
_HREF = re.compile(r"""<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def link_scheme(href: str) -> str | None:
    """The scheme of a link target in lower case, or None when it has none (relative)."""
    target = _REMOVED_INSIDE.sub("", _IGNORED_AT_START.sub("", html.unescape(href)))
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else None


def is_allowed_link(href: str) -> bool:
    """True when a body keeps a link to `href` (no scheme, or an allowed one)."""
    scheme = link_scheme(href)
    return scheme is None or scheme in ALLOWED_SCHEMES


def is_exported_link(href: str) -> bool:
    """True when an exported page keeps a link to `href` as it is (no scheme, or one of
    EXPORT_SCHEMES); article links are resolved by the exporter before this check."""
    scheme = link_scheme(href)
    return scheme is None or scheme in EXPORT_SCHEMES


def refused_links(fragment: str) -> list[str]:
    """The link targets in an HTML fragment that the allow-list refuses, in order (each
    once), decoded; what a sanitizer using ALLOWED_SCHEMES will take out."""
    refused: list[str] = []
    for match in _HREF.finditer(fragment):
        href = html.unescape(next(value for value in match.groups() if value is not None))
        if not is_allowed_link(href) and href not in refused:
            refused.append(href)
    return refused


RELATIVE_STARTS = ("/", "#", "?", "./", "../")
"""How a link inside the site starts (a path, a fragment, a query): kept as typed."""


def normalize_url(raw: str) -> str:
    """Trim the URL and add the obvious scheme (``www.`` -> https, ``a@b`` -> mailto);
    relative links and links with a scheme stay as typed."""
    url = raw.strip()
    if not url or url.startswith(RELATIVE_STARTS) or link_scheme(url) is not None:
        return url
    if "@" in url and "/" not in url:
        return "mailto:" + url
    return "https://" + url


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a link target, or None when it is fine."""
    if not url:
        return "Enter a web address."
    if any(ch.isspace() for ch in url):
        return "A web address cannot contain spaces."
    try:
        parts = urlsplit(url)
    except ValueError:
        return "This is not a valid web address."
    if not is_allowed_link(url):
        return "Links of this kind are not allowed (they could run code or hide content)."
    scheme = parts.scheme.lower()
    if scheme == "mailto":
        return None if "@" in parts.path else "A mailto link needs an e-mail address."
    if scheme in ("http", "https"):
        return None if parts.netloc else "The web address has no host name."
    return None
