"""The options the commands share, and the checks of what was typed that Typer cannot make.

Choices are built from the model's vocabulary, so that the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any

import typer

from targetctl.cli import formats
from targetctl.domain.messages import Msg
from targetctl.domain.vocabulary import KINDS, LANGS, RATING_WORDS, RATINGS

Lang = Enum("Lang", {k: k for k in LANGS}, type=str)  # type: ignore[misc]
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)  # type: ignore[misc]
Rating = Enum("Rating", {k: k for k in (*RATINGS, *RATING_WORDS)}, type=str)  # type: ignore[misc]


class Sheet(str, Enum):
    targets = "targets"
    records = "records"


class Period(str, Enum):
    month = "month"
    quarter = "quarter"


class Sort(str, Enum):
    status = "status"
    due = "due"
    progress = "progress"


def day_param(value: str) -> dt.date:
    """The one date type of every date option: YYYY-MM-DD, or a day as offices write it
    (2026/3/1, 2026年3月1日), as `import` reads a sheet's dates."""
    from targetctl.domain.records import parse_day, written_day

    try:
        return parse_day(value)
    except ValueError:
        pass
    try:
        return written_day(value)
    except ValueError:
        raise typer.BadParameter(Msg("usage.not_date", text=value)) from None


LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Interface language: zh or en (default: TARGETCTL_LANG, then the locale)."),
]
JsonOption = formats.JsonOption


def date_option(*names: str, help: str) -> Any:
    return typer.Option(*names, help=help, parser=day_param, metavar="<YYYY-MM-DD>")


AsOfOption = Annotated[dt.date | None, date_option("--as-of", help="Show the state on this date (default: today).")]


def statuses(names: list[str] | None, option: str) -> frozenset[Any]:
    """Statuses as typed, in English or as the Chinese interface shows them (进度滞后)."""
    from targetctl.domain.vocabulary import STATUSES
    from targetctl.render.i18n import ZH

    chinese = {ZH[s]: s for s in STATUSES if s in ZH}
    chosen = [chinese.get(s, s) for s in names or []]
    for s in chosen:
        if s not in STATUSES:
            raise typer.BadParameter(
                Msg("cli.expected_one_of", value=s, choices=", ".join(STATUSES)), param_hint=option
            )
    return frozenset(chosen)
