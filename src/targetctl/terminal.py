"""Facts about where output goes, shared by the CLI and the start-up fast paths."""

from __future__ import annotations

import os
import shutil
import sys


def color() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def width() -> int:
    """The terminal's width (COLUMNS wins); 100 when piped, so that files stay readable."""
    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((100, 24)).columns)
    return 100
