"""Shell completion of target ids: a plain scan of the plan files, so that Tab is instant.

It reads no YAML and builds no models; it only has to be right for files that
`validate` accepts, and it never fails (completion must not print errors).
"""

from __future__ import annotations

import re
from pathlib import Path

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
_ITEM_ID = re.compile(r"^\s*-\s+id:\s*['\"]?([a-z0-9][a-z0-9-]*)")


def target_ids(root: Path, prefix: str = "") -> list[str]:
    try:
        files = sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return []
    return [ident for path in files for ident in ids_in(path) if ident.startswith(prefix)]


def ids_in(path: Path) -> list[str]:
    """The target ids a plan file lists (by a plain scan of its lines)."""
    return scan(path)[1]


def scan(path: Path) -> tuple[str | None, list[str]]:
    """The plan id and the target ids of a plan file, by a plain scan of its lines."""
    try:
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return None, []
    plan_id, ids, section = None, [], ""
    for line in lines:
        top = _TOP_KEY.match(line)
        if top:
            section = top.group(1)
            if section == "id" and plan_id is None:
                plan_id = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
            continue
        item = _ITEM_ID.match(line) if section == "targets" else None
        if item:
            ids.append(item.group(1))
    return plan_id, ids
