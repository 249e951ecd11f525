"""The article page: the form with its header fields, the body editor, the details
panel and the counts."""
