"""commands.schema: the JSON Schema editors use, the same as the one shipped in schema/."""

from __future__ import annotations

import json

from targetctl.commands import schema
from tests.conftest import REPO


def test_the_schema_is_the_shipped_one() -> None:
    text = schema.run()
    assert text == (REPO / "schema" / "plan.schema.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["$schema"].endswith("2020-12/schema") and data["title"] == "Plan"
    assert {"id", "title", "period", "source"} <= set(data["required"]) and "targets" in data["properties"]
