"""The editing session: what happens to the article being edited when saving succeeds,
conflicts or fails (save coordinator), and the dialogs that ask the user about it."""
