"""The library feature: the article list in the sidebar (and later sections, search, links)."""
