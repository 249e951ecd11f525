"""Domain words as the window shows them: translated where the domain holds the source
text (the domain stays Qt-free, so its stand-ins are translated here, in context
"domain")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.domain import UNTITLED_HEADLINE

DOMAIN_CONTEXT = "domain"


def shown_headline(headline: str) -> str:
    """The headline as a title or a message shows it: whitespace collapsed to single
    spaces, or the (translated) "Untitled article" when it is blank."""
    return " ".join(headline.split()) or QCoreApplication.translate(
        DOMAIN_CONTEXT, UNTITLED_HEADLINE
    )
