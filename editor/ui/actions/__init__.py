"""The action registry (menus, toolbar, shortcuts), the shortcut editor and the
shortcut reference."""
