"""The library feature: the sidebar with search, the section tree and the article table.

`install(context)` builds the sidebar, puts it in the window's sidebar dock and hands the
window its article listing; `LibraryBrowser` (browser.py) does the rest.
"""

from __future__ import annotations

from editor.ui.session.feature_context import FeatureContext


def install(context: FeatureContext) -> None:
    from editor.ui.library.browser import LibraryBrowser, SidebarListing
    from editor.ui.library.sidebar import LibrarySidebar

    sidebar = LibrarySidebar()
    browser = LibraryBrowser(context, sidebar)
    context.window.place_sidebar(sidebar, SidebarListing(browser))
