"""Body fidelity for the editor: Markdown -> QTextDocument (html_loading), QTextDocument ->
Markdown (markdown_writer) and pasted HTML -> safe body HTML (paste_sanitizing)."""
