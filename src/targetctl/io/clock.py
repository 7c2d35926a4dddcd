"""The one clock: the only module that reads the time of day.

A command reads it once, through the CLI's session, and is given "today" and "now" in its
`Context`; the library reads it only where a caller gave no day. Tests set the day by
building the Context (or the session) with it. The caches' racy-window checks compare
file times with the system clock, and read it here too.
"""

from __future__ import annotations

import datetime as dt
import time


def utcnow() -> dt.datetime:
    """The time now in UTC, to the microsecond."""
    return dt.datetime.now(dt.timezone.utc)


def now() -> dt.datetime:
    """The local time now, with its UTC offset, to the second: how records are stamped."""
    return utcnow().astimezone().replace(microsecond=0)


def today() -> dt.date:
    """The local date now."""
    return now().date()


def wall_ns() -> int:
    """The system clock in nanoseconds since the epoch, for comparing with file times."""
    return time.time_ns()
