"""The editing session: the article being edited and its saving (article_session), what
changed in the library (library_events), what happens when saving conflicts or fails
(save coordinator), and the dialogs that ask the user about it."""
