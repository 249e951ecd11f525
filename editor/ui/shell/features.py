"""The window's features, installed in order once the window's own parts exist.

Each entry is a feature folder's `install(context)`; the window calls `install_features`
and knows nothing else about what they add (see editor/ui/session/feature_context.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from editor.ui.session.feature_context import FeatureContext

Install = Callable[[FeatureContext], None]


def installed_features() -> Sequence[Install]:
    """The features of a Copydesk window, in the order they install (imported here, not
    at module load, so each feature's modules load with the window that uses them)."""
    from editor.ui import library, links, transfer

    return (library.install, links.install, transfer.install)


def install_features(context: FeatureContext) -> None:
    for install in installed_features():
        install(context)
