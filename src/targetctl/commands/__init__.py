"""One module per subcommand, named as the command (`import_` for `import`).

Each takes a `Context` and the command's checked options, reads through the one
workspace loader, and returns what to print; the CLI only parses and prints. No
command imports another: what two commands share lives in a layer below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Context:
    """What every command is given: the plans folder, the interface language, the terminal."""

    plans: Path
    lang: str = "en"
    width: int = 80
    color: bool = False
    today: dt.date = field(default_factory=dt.date.today)


@dataclass
class Output:
    """What a command prints: text for stdout, warnings for stderr, and the exit code."""

    text: str = ""
    warnings: list[str] = field(default_factory=list)
    code: int = 0
