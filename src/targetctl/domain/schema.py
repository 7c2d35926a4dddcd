"""The JSON Schema of plan files, generated from the pydantic model."""

from __future__ import annotations

import json

from targetctl.domain.model import Plan

SCHEMA_ID = "https://targetctl.invalid/schema/plan.schema.json"


def plan_schema() -> str:
    schema = Plan.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
