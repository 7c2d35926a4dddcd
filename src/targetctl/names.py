"""Names shared by the core and the command line, in a module light enough to import
before deciding whether the heavy work is needed at all."""

from __future__ import annotations

from typing import Literal

Status = Literal["achieved", "on-track", "at-risk", "behind", "missed", "not-started", "no-data"]
STATUSES: tuple[Status, ...] = ("achieved", "on-track", "at-risk", "behind", "missed", "not-started", "no-data")
KINDS = ("quantity", "range", "growth", "share", "ratio", "milestone", "principle", "relation")
"""The model's target kinds, for the command line without importing the model (a test keeps them equal)."""
