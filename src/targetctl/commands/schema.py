"""`schema`: the JSON Schema of plan files, for editors."""

from __future__ import annotations

from targetctl.domain.schema import plan_schema


def run() -> str:
    return plan_schema()
