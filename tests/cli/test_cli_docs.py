"""docs/cli.md is generated from the Typer app, so the reference cannot drift from --help."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

COMMAND = [sys.executable, "-m", "typer", "targetctl.cli.main", "utils", "docs", "--name", "targetctl"]
AGAIN = "regenerate it: python -m typer targetctl.cli.main utils docs --name targetctl --output docs/cli.md"


def test_cli_reference_is_up_to_date() -> None:
    fresh = subprocess.run(COMMAND, capture_output=True, text=True, check=True, env={"PATH": "", "LANG": "C.UTF-8"})
    shipped = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert shipped.rstrip("\n") == fresh.stdout.rstrip("\n"), AGAIN
