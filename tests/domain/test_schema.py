"""domain.schema: the plan files' JSON Schema comes from the model, one definition per kind."""

from __future__ import annotations

import json

from targetctl.domain.schema import SCHEMA_ID, plan_schema
from targetctl.domain.vocabulary import KINDS


def test_the_schema_names_itself_and_its_dialect() -> None:
    text = plan_schema()
    data = json.loads(text)
    assert list(data)[:2] == ["$schema", "$id"] and data["$id"] == SCHEMA_ID
    assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert text.endswith("}\n") and text.startswith('{\n  "$schema"')


def test_targets_are_chosen_by_their_kind() -> None:
    items = json.loads(plan_schema())["properties"]["targets"]["items"]
    assert items["discriminator"]["propertyName"] == "kind"
    assert set(items["discriminator"]["mapping"]) == set(KINDS)
    assert len(items["oneOf"]) == len(KINDS)


def test_an_unknown_field_is_refused_by_the_editor_too() -> None:
    data = json.loads(plan_schema())
    assert data["additionalProperties"] is False
    assert data["$defs"]["Quantity"]["additionalProperties"] is False
