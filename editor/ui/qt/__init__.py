"""Qt binding helpers every feature shares: viewport lookup, the refcount guard,
resources, theme and settings."""
