"""Body fidelity for the editor: Markdown -> QTextDocument (html_loading), QTextDocument ->
Markdown (markdown_writer) and pasted HTML into the document (paste_sanitizing, around
the Qt-free editor.formats.foreign_html)."""
