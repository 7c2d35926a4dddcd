"""One module per subcommand, named as the command (`import_` for `import`).

Each takes a `Context` and the command's checked options, reads through the one
workspace loader, and returns what to print; the CLI only parses and prints. No
command imports another: what two commands share lives in a layer below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from targetctl.domain.messages import Msg
from targetctl.domain.problems import UsageError


@dataclass(frozen=True)
class Context:
    """What every command is given: the plans folder (or several, read as one workspace), the
    interface language, the terminal."""

    plans: Path | tuple[Path, ...]
    lang: str = "en"
    width: int = 80
    color: bool = False
    today: dt.date = field(default_factory=dt.date.today)

    def folder(self, command: str) -> Path:
        """The one plans folder a command that writes a new plan writes into."""
        if isinstance(self.plans, Path):
            return self.plans
        if len(self.plans) == 1:
            return self.plans[0]
        raise UsageError(Msg("usage.one_plans_folder", command=command, n=len(self.plans)))


@dataclass
class Output:
    """What a command prints: text for stdout, warnings for stderr, and the exit code."""

    text: str = ""
    warnings: list[str] = field(default_factory=list)
    code: int = 0
