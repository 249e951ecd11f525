"""Migration scripts, one per schema revision, written by hand and never edited once released."""
