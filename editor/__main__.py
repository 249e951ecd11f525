"""`python -m editor` runs the same entry point as the `copydesk` command."""

import sys

from editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
