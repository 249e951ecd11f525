"""The window shell: the main window (layout and wiring), window-level commands and
the welcome page."""
