"""Copydesk: an offline editorial authoring tool for newsrooms."""

__version__ = "0.1.0"
