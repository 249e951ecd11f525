"""Smart typography while typing in a text field: the Qt side of
editor.domain.typography, for rich-text and plain fields (QTextEdit: body, headline,
teaser) and one-line fields (QLineEdit: kicker).

Undo, as in a word processor's autocorrect: every replacement is one undo step of its
own, and typing after it starts a new one. So Ctrl+Z straight after a replacement
gives back exactly the characters typed; after more typing, Ctrl+Z first undoes that
typing (in the field's usual chunks), then the replacement, then the typing before it.
When a replacement builds on the one just before it with nothing but typing in between
(``--`` then ``-`` makes an em dash, ``'n`` then ``'`` makes ``’n’``), the earlier one
is folded into it, so one Ctrl+Z still gives back the plain characters typed (``---``,
``'n'``) rather than a half-converted mix.

After a replacement is undone nothing re-applies it by itself: the rules only look at
the character just typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QTextEdit

from editor.domain.typography import CONTEXT_LENGTH, is_trigger, replacement_after_typing
from editor.ui.editing.typing_fields import LineEditField, TextEditField, TypingField

LanguageSource = Callable[[], str | None]


@dataclass(frozen=True)
class _Made:
    """The latest replacement: where, what it replaced, what it wrote, and the field's
    state right after it."""

    start: int
    original: str
    text: str
    length_after: int
    undo_marker: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class TypographyInput:
    """Applies the typography rules of one language (or none) to typed characters in
    ``editor``. The widget calls :meth:`after_typing` after each typed character."""

    def __init__(self, editor: QTextEdit | QLineEdit) -> None:
        self._field: TypingField = (
            LineEditField(editor) if isinstance(editor, QLineEdit) else TextEditField(editor)
        )
        self._language: str | None = None
        self._language_source: LanguageSource | None = None
        self._made: _Made | None = None

    @property
    def language(self) -> str | None:
        """The language whose rules apply, None when smart typography is off."""
        if self._language_source is not None:
            return self._language_source()
        return self._language

    def set_language(self, language: str | None) -> None:
        """Switch rules to ``language`` ("de", "en", ...) or off with None / ""."""
        self._language_source = None
        self._language = language or None

    def follow(self, source: LanguageSource) -> None:
        """Take the language (and the off switch) from ``source`` at every keystroke,
        e.g. the body's, so the header fields always type as the body does."""
        self._language_source = source

    def after_typing(self, typed: str) -> bool:
        """Call after ``typed`` was inserted at the cursor; returns whether a
        replacement was made. Looks at no more than the paragraph's last
        :data:`CONTEXT_LENGTH` characters before the cursor."""
        language = self.language
        if language is None or len(typed) != 1 or not typed.isprintable():
            return False
        if not is_trigger(language, typed):
            return False
        field = self._field
        cursor = field.cursor()
        if cursor < 0:
            return False
        before = field.line_before_cursor(CONTEXT_LENGTH)
        if not before.endswith(typed):
            return False
        replacement = replacement_after_typing(language, before)
        if replacement is None:
            return False
        start, end, text = _changed_span(
            cursor - replacement.length,
            before[len(before) - replacement.length :],
            replacement.text,
        )
        made = self._made
        if made is not None and self._builds_on(made, start, cursor):
            self._fold_into(made, start, end, text, cursor)
        else:
            self._replace(start, end, text)
        return True

    # -- making replacements ---------------------------------------------------------

    def _replace(self, start: int, end: int, text: str) -> None:
        """Replace [start, end) with ``text`` as one undo step and remember it."""
        field = self._field
        original = field.text_range(start, end)
        field.replace(start, end, text)
        self._made = _Made(start, original, text, field.length(), field.undo_marker())

    def _builds_on(self, made: _Made, start: int, cursor: int) -> bool:
        """Whether a replacement from ``start`` rewrites what ``made`` wrote, with only
        typing (one undo step of it) since."""
        field = self._field
        if not made.start <= start < made.end or cursor <= made.end:
            return False
        if field.length() != made.length_after + (cursor - made.end):
            return False
        if not field.typing_is_one_step_since(made.undo_marker):
            return False
        return field.text_range(made.start, made.end) == made.text

    def _fold_into(self, made: _Made, start: int, end: int, text: str, cursor: int) -> None:
        """Undo the typing since ``made`` and ``made`` itself, type that again, and make
        the combined replacement as one step: its undo gives back the raw characters."""
        field = self._field
        region = field.text_range(made.start, cursor)
        final = region[: start - made.start] + text + region[end - made.start :]
        typing = field.take_typing(made.end, cursor)
        field.undo()
        field.undo()
        raw_end = made.start + len(made.original)
        if field.text_range(made.start, raw_end) != made.original:
            # Not the state the undo stack promised: redo and replace plainly.
            field.redo()
            field.redo()
            self._replace(start, end, text)
            return
        field.set_cursor(raw_end)
        field.retype(typing)
        raw = made.original + field.text_range(raw_end, field.cursor())
        self._replace(*_changed_span(made.start, raw, final))


def _changed_span(start: int, old: str, new: str) -> tuple[int, int, str]:
    """Where ``old`` (at ``start``) and ``new`` differ: the span of ``old`` to replace
    and its replacement, without the characters both share at either end."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix]
