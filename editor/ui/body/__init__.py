"""Body fidelity for the editor: Markdown -> QTextDocument (html_loading), QTextDocument ->
Markdown (markdown_writer). Pasted HTML is read by the Qt-free
editor.formats.foreign_html and inserted with html_loading.insert_blocks."""
