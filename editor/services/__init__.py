"""Use cases on top of the library: import, export, linking, status changes."""
