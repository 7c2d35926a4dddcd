"""Names shared by the core and the command line, in a module light enough to import
before deciding whether the heavy work is needed at all."""

from __future__ import annotations

from typing import Literal, get_args

Status = Literal["achieved", "on-track", "at-risk", "behind", "missed", "not-started", "no-data"]
STATUSES: tuple[Status, ...] = get_args(Status)
Kind = Literal["quantity", "range", "growth", "share", "ratio", "milestone", "principle", "relation", "zero"]
KINDS: tuple[Kind, ...] = get_args(Kind)
"""The model's target kinds, for the command line without importing the model (a test keeps them equal)."""
Rating = Literal["red", "amber", "green"]
RATINGS: tuple[Rating, ...] = get_args(Rating)
RATING_WORDS: dict[str, Rating] = {"红": "red", "黄": "amber", "绿": "green"}
Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = get_args(Lang)
STATE_WORDS = {
    "未开始": "not-started",
    "未启动": "not-started",
    "进行中": "in-progress",
    "推进中": "in-progress",
    "完成": "done",
}
"""Chinese words accepted wherever a rating or milestone state is typed."""
# the years a plan may run in: a typo's 0001 or 9999 would make endless charts and overflow dates
FIRST_YEAR, LAST_YEAR = 1900, 2200
# more targets than this: `status` shows one line per plan unless --all
OVERVIEW_OVER = 300
# the default tolerances, in percent of the progress expected so far (`progress.Tolerance`, `status --at-risk/--behind`)
AT_RISK_PERCENT = 5.0
BEHIND_PERCENT = 15.0
