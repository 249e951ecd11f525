"""PDF export tests: pages, fonts, text and the written file."""
