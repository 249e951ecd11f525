"""Names vulture cannot see being used, for `make deadcode` (vulture editor tests <this>).

A name the tests use counts as used (tests are callers: the page object reads widgets
through small query methods). Listed here are the names used by neither that are used
all the same. Vulture reads source only: it does not know that Qt calls overridden event
handlers, that SQLAlchemy, Alembic and pytest find names by reflection, or that a
theme's colours reach the style sheet through `dataclasses.asdict`. Each group says who
uses its names. Names flagged in files other engineers are rewriting carry a "TODO
integrator" note: decide there whether they go.
"""
# ruff: noqa: B018
# Each line below is a use of a name, written as an attribute of a throwaway object.

_ = object()

# Qt calls these overrides of QWidget/QStyledItemDelegate virtual methods.
_.paint  # editor/ui/library/search_results.py
_.dragMoveEvent  # editor/ui/library/section_tree.py

# Qt's item views call these overrides of QAbstractItemModel (drag and drop, headers).
_.columnCount  # editor/ui/library/article_list.py
_.headerData  # editor/ui/library/article_list.py
_.mimeTypes  # editor/ui/library/article_list.py, section_tree.py
_.supportedDragActions  # editor/ui/library/article_list.py
_.supportedDropActions  # editor/ui/library/section_tree.py
_.mousePressEvent  # editor/ui/article/scrolling_header.py
_.wheelEvent  # editor/ui/article/scrolling_header.py
_.closeEvent  # editor/ui/shell/main_window.py
_.canInsertFromMimeData  # editor/ui/article/body_editor.py
_.insertFromMimeData  # editor/ui/article/body_editor.py, editor/ui/article/header_fields.py

# Read through dataclasses.asdict into the style sheet template ($muted_text, $success).
_.muted_text  # editor/ui/qt/theme.py ThemeColors
_.success  # editor/ui/qt/theme.py ThemeColors

# A reference that keeps the document's list numbering (a QObject) with its editor.
_._numbering  # editor/ui/article/body_editor.py

# Alembic reads these from every revision module.
_.down_revision
_.branch_labels
_.depends_on
_.downgrade

# SQLAlchemy: TypeDecorator's API, a mapped table, mapped columns, event listeners
# registered by decorator, and the DB-API connection attribute set in one.
_.impl  # editor/storage/models.py
_.cache_ok  # editor/storage/models.py
_.process_bind_param  # editor/storage/models.py
_.process_result_value  # editor/storage/models.py
_.MetaRow  # editor/storage/models.py: defines the copydesk_meta table
_.char_count  # editor/storage/models.py ArticleRow column
_._configure  # editor/storage/engine.py: @event.listens_for(engine, "connect")
_._begin  # editor/storage/engine.py: @event.listens_for(engine, "begin")
_.isolation_level  # editor/storage/engine.py: sqlite3 connection attribute
_.row_factory  # tests/unit/services/stored_state.py: sqlite3 connection attribute

# __exit__ parameters the context manager protocol requires.
_.exc_type  # editor/storage/library.py, editor/services/library_services.py
_.tb  # editor/storage/library.py
_.traceback  # editor/services/library_services.py

# Fields of a frozen value compared as a whole (FileIdentity equality).
_.device  # editor/storage/library_file.py
_.inode  # editor/storage/library_file.py

# pytest finds hooks, fixtures and module marks by name.
_.pytest_collection_modifyitems  # tests/conftest.py, tests/gui/conftest.py
_.qt_objects_released_before_exit  # tests/gui/conftest.py (autouse fixture)
_.isolated_qsettings  # tests/gui/conftest.py (autouse fixture)
_.pytestmark  # tests/gui/editing/test_link_dialog.py
_.failing_loader  # tests/gui/window/test_body_load_failure.py (fixture)
_.umask_022  # tests/unit/cli/test_cli_export_files.py (fixture)

# TODO integrator: editor/storage/file_import.py is being rewritten; ImportedArticle's
# filled_placeholder is set but never read.
_.filled_placeholder

# python-docx reads these properties when it writes the document (setters on its objects).
_.author  # editor/formats/docx_export.py core properties
_.underline  # editor/formats/docx_export.py link runs
_.rgb  # editor/formats/docx_export.py link colour
_.left_indent  # editor/formats/docx_export.py further paragraphs of a list item

# Jinja2 templates (resources/templates/) read these attributes by name.
_.human  # editor/formats/html_page.py PageDate, in article.html
_.shown_headline  # editor/formats/export_links.py LinkedArticle, in article.html
# The export registry's media types are the clipboard's and the file dialog's (transfer).
_.media_type  # editor/formats/registry.py ExportSpec
