"""The formats an article can be exported to, kept apart from the exporters so that the
command line can offer them as choices without loading the exporters at start-up."""

from __future__ import annotations

import enum


class ExportFormat(enum.StrEnum):
    """The formats `copydesk export` writes."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
