"""targetctl: keep a government work plan's targets as code and track their progress.

The library API is the one loader the command line uses:

    import targetctl
    ws = targetctl.open("plans")
    for progress in ws.status(as_of=datetime.date(2020, 6, 30)):
        print(progress.target.id, progress.status, progress.current)

It is imported on first use, so that `import targetctl` (and every submodule) stays free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from targetctl.domain.problems import TargetctlError, UsageError
    from targetctl.workspace import Workspace
    from targetctl.workspace import load as open

__version__ = "0.1.0"
__all__ = ["TargetctlError", "UsageError", "Workspace", "__version__", "open"]


def __getattr__(name: str) -> Any:
    if name in ("open", "Workspace"):
        from targetctl import workspace

        return workspace.load if name == "open" else workspace.Workspace
    if name in ("TargetctlError", "UsageError"):  # what `open` raises, caught without a module path
        from targetctl.domain import problems

        return getattr(problems, name)
    raise AttributeError(f"module 'targetctl' has no attribute {name!r}")
