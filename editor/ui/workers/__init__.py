"""Worker threads behind the window: the library client (one ordered write queue and a
small pool of cancellable reads). Widgets never see these threads."""
