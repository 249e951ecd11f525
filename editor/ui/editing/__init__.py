"""Editing behaviour of the article body widget: formatting commands on a QTextCursor,
lists, block quotes, the state at the cursor, typography, find/replace, links, paste
and view comfort (zoom, typewriter scrolling). The widget is editor.ui.article.body_editor."""
