"""`VisitHistory`: the articles visited in a window, for Back and Forward as in a browser.

Every article opened is a visit. Opening one by going back or forward moves along the
history without recording a visit; opening any other article (the list, a link, the next
story) drops the articles ahead of the current one and becomes the newest visit. An
article that cannot be opened any more (deleted, in the Trash) is skipped and forgotten.
"""

from __future__ import annotations

MAX_VISITS = 200


class VisitHistory:
    """The visited article ids and where the window stands among them."""

    def __init__(self, max_visits: int = MAX_VISITS) -> None:
        self._visits: list[str] = []
        self._index = -1
        self._max_visits = max_visits

    @property
    def current(self) -> str | None:
        return self._visits[self._index] if self._visits else None

    def visit(self, article_id: str) -> None:
        """`article_id` was opened: it becomes the current visit (the same article
        opened again is not a new visit)."""
        if article_id == self.current:
            return
        del self._visits[self._index + 1 :]
        self._visits.append(article_id)
        if len(self._visits) > self._max_visits:
            del self._visits[0]
        self._index = len(self._visits) - 1

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index + 1 < len(self._visits)

    def step(self, offset: int) -> str | None:
        """Move `offset` visits back (-1) or forward (+1); the article to open there, or
        None at the history's edge. The caller opens it and does NOT call `visit`."""
        target = self._index + offset
        if not 0 <= target < len(self._visits):
            return None
        self._index = target
        return self._visits[target]

    def forget(self, article_id: str) -> None:
        """Drop every visit of an article that is gone; the current visit stays the one
        it was, or the nearest earlier one if it was this article."""
        current = self._index
        kept: list[str] = []
        for position, visited in enumerate(self._visits):
            if visited == article_id:
                if position <= self._index:
                    current -= 1
                continue
            if kept and kept[-1] == visited:  # two visits left side by side: one
                if position <= self._index:
                    current -= 1
                continue
            kept.append(visited)
        self._visits = kept
        self._index = min(max(current, 0), len(kept) - 1) if kept else -1
