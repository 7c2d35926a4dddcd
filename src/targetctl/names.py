"""Names shared by the core and the command line, in a module light enough to import
before deciding whether the heavy work is needed at all."""

from __future__ import annotations

from typing import Literal

Status = Literal["achieved", "on-track", "at-risk", "behind", "missed", "not-started", "no-data"]
STATUSES: tuple[Status, ...] = ("achieved", "on-track", "at-risk", "behind", "missed", "not-started", "no-data")
# the years a plan may run in: a typo's 0001 or 9999 would make endless charts and overflow dates
FIRST_YEAR, LAST_YEAR = 1900, 2200
