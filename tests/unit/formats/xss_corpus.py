"""Hostile input for the export safety tests: script injection in the shapes OWASP's
XSS filter evasion cheat sheet collects, each meant to mark the page if it ever runs.

Every payload that runs script sets the document's title to MARKER (or navigates away, or
adds an element with id MARKER), so a page that still shows its own headline and no
MARKER after loading in a browser ran none of them. `MARKDOWN_PAYLOADS` are Markdown
(links and images with hostile targets), `HTML_PAYLOADS` raw HTML a Markdown body may
hold, and `TEXT_PAYLOADS` plain text that looks like either.
"""

from __future__ import annotations

MARKER = "PWNED"
RUN = f"document.title='{MARKER}'"

HTML_PAYLOADS: tuple[str, ...] = (
    f"<script>{RUN}</script>",
    f"<SCRIPT SRC=data:text/javascript,{RUN}></SCRIPT>",
    f"<script\n>{RUN}</script\n>",
    f"<<SCRIPT>{RUN}//<</SCRIPT>",
    f'<img src=x onerror="{RUN}">',
    f'<IMG SRC="javascript:{RUN}">',
    f"<img src=x onerror=&#x64;ocument.title='{MARKER}'>",
    f'<svg onload="{RUN}"><circle r="1"/></svg>',
    f"<svg><script>{RUN}</script></svg>",
    f'<math><mtext><table><mglyph><style><img src=x onerror="{RUN}">',
    f'<body onload="{RUN}">',
    f'<iframe src="javascript:parent.{RUN}"></iframe>',
    f'<iframe srcdoc="<script>parent.{RUN}</script>"></iframe>',
    f'<object data="data:text/html,<script>parent.{RUN}</script>"></object>',
    f'<embed src="data:text/html,<script>parent.{RUN}</script>">',
    f'<form action="javascript:{RUN}"><button>Senden</button></form>',
    f'<input autofocus onfocus="{RUN}">',
    f'<details open ontoggle="{RUN}">x</details>',
    f'<video><source onerror="{RUN}"></video>',
    '<base href="https://evil.example/">',
    f'<meta http-equiv="refresh" content="0;url=javascript:{RUN}">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    f'<style>@import "javascript:{RUN}";</style>',
    f'<div style="background:url(javascript:{RUN})">Stil</div>',
    f'<p id="{MARKER}">injizierte Kennung</p>',
    f'<a href="jav&#x09;ascript:{RUN}">Tab im Schema</a>',
    f'<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:{RUN}">Entitäten</a>',
    f'<a href="  JaVaScRiPt:{RUN}">Großbuchstaben</a>',
    f'<a href="vbscript:{RUN}">vbscript</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Daten</a>',
    f'<a href="#" onclick="{RUN}" onmouseover="{RUN}">Ereignis</a>',
    f'<!--<img src="--><img src=x onerror="{RUN}">',
    f'<noscript><p title="</noscript><img src=x onerror={RUN}>">',
    f'<xmp><p title="</xmp><img src=x onerror={RUN}>">',
    f'<template><img src=x onerror="{RUN}"></template>',
    f'<isindex type=image src=1 onerror="{RUN}">',
    f'<link rel="stylesheet" href="javascript:{RUN}">',
)

MARKDOWN_PAYLOADS: tuple[str, ...] = (
    f"[Link](javascript:{RUN})",
    f"[Link](JAVASCRIPT:{RUN.replace(' ', '')})",
    f"[Link](&#106;avascript:{RUN})",
    f"[Link](java\tscript:{RUN})",
    f"[Link](<javascript:{RUN}>)",
    f"[Link](data:text/html,<script>{RUN}</script>)",
    f"![Bild](javascript:{RUN})",
    f'![Bild](x "onerror={RUN}")',
    f"<javascript:{RUN}>",
    f"[Referenz][r]\n\n[r]: javascript:{RUN}",
    f'[Titel](https://example.org "\\" onmouseover=\\"{RUN}")',
)

TEXT_PAYLOADS: tuple[str, ...] = HTML_PAYLOADS + MARKDOWN_PAYLOADS
