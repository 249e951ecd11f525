"""What the body model keeps in a QTextDocument beyond Qt's own formats: the custom
format properties the loader (html_loading) sets and the writer (markdown_writer) reads.

- LOOSE_ITEM (block): a list item whose text is a paragraph (`<li><p>`); it is spaced
  like a paragraph.
- ITEM_CONTINUATION (block): a further paragraph of the list item before it; the value is
  the item's depth. Such a block is not in a QTextList (Qt would number it), it is
  indented to its item's level.
- LIST_START (list): a numbered list's first number when Qt's int cannot hold it (2^31
  and up); Qt counts from the largest number it can, the writer writes this one.
- LIST_CONTINUES (list): this QTextList goes on with the list right before it at the
  same indent. A long list is built as several QTextLists of LIST_CHUNK items (each
  numbered on from the one before): Qt re-marks every item of a list whenever one joins
  it, which makes one list of n items cost n² to build. The writer reads the pieces as
  one list; while editing, editor.ui.body.list_numbering keeps the pieces numbered on.
- LIST_FIRST (list): on a piece of a long list, the first number of the whole list (as
  text: it may exceed Qt's int). A list split off a piece by an editing command (an item
  toggled off, nested or outdented) starts from it, as a list split off one list does.
- LITERAL_CHARACTER (character): the character that a STAND_IN holds the place of.
  QTextDocument reads U+2028 as a line break, U+2029, U+FDD0 and U+FDD1 as block or frame
  boundaries and U+FFFC as an object: text holding them keeps them as written, shown as
  STAND_IN (the replacement character) and written back as the character itself. The
  rule is the same for loading, rich and plain paste (insert_literal_text).
"""

from __future__ import annotations

from PySide6.QtGui import QTextFormat

LOOSE_ITEM = QTextFormat.Property.UserProperty.value + 1
ITEM_CONTINUATION = QTextFormat.Property.UserProperty.value + 2
LIST_START = QTextFormat.Property.UserProperty.value + 3
LITERAL_CHARACTER = QTextFormat.Property.UserProperty.value + 4
LIST_CONTINUES = QTextFormat.Property.UserProperty.value + 5
LIST_FIRST = QTextFormat.Property.UserProperty.value + 6
LIST_CHUNK = 128
"""How many items one QTextList of a long list holds (see LIST_CONTINUES)."""

STAND_IN = "\ufffd"
"""What a literal character Qt would misread looks like in the editor."""
LITERAL_CHARACTERS = frozenset("\u2028\u2029\ufdd0\ufdd1\ufffc")
"""Characters QTextDocument gives a meaning of its own (see the module docstring)."""
LARGEST_LIST_START = 2**31 - 1
"""The largest first number Qt's list format holds."""
