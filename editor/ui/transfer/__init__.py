"""The transfer feature: articles into and out of the app.

`install(context)` connects File > Import… (and files dropped on the window), File >
Export… with its live preview, File > Export Site…, and Edit > Copy as HTML / Copy as
Plain Text. Imports are writes on the library client's queue; previews, exports and the
site export run on its read pool; long jobs show a progress dialog with Cancel. The PDF
writer (`pdf_export`) is this feature's too, as it needs Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.ui.session.feature_context import FeatureContext


def install(context: FeatureContext) -> None:
    """Connect the feature's actions and the window's file drops."""
    from editor.ui.transfer.transfer_actions import TransferActions

    TransferActions(context)
