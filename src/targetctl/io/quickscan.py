"""Shell completion of target ids: a plain scan of the plan files, so that Tab is instant.

It reads no YAML and builds no models; it only has to be right for files that
`validate` accepts, and it never fails (completion must not print errors).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
_ITEM_ID = re.compile(r"^\s*-\s+id:\s*['\"]?([a-z0-9][a-z0-9-]*)")
_ITEM = re.compile(r"^(\s*)-(\s|$)")


class Scanned(NamedTuple):
    plan_id: str | None
    ids: list[str]
    sure: bool  # every target item opens with its id, so `ids` holds them all


def target_ids(root: Path, prefix: str = "") -> list[str]:
    try:
        files = sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return []
    return [ident for path in files for ident in ids_in(path) if ident.startswith(prefix)]


def ids_in(path: Path) -> list[str]:
    """The target ids a plan file lists (by a plain scan of its lines)."""
    return scan(path)[1]


def scan(path: Path) -> Scanned:
    """The plan id and the target ids of a plan file, by a plain scan of its lines; `sure`
    is False where a target is written in a form the scan cannot read its id from (another
    key first, a flow mapping or list), and the file must be parsed to know its ids."""
    try:
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return Scanned(None, [], False)
    plan_id, ids, section, sure, indent = None, [], "", True, None
    for line in lines:
        top = _TOP_KEY.match(line)
        if top:
            section = top.group(1)
            if section == "id" and plan_id is None:
                plan_id = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
            if section == "targets" and line.split(":", 1)[1].split("#", 1)[0].strip():
                sure = False  # a flow list on the key's own line
            continue
        if section != "targets":
            continue
        opened = _ITEM.match(line)
        if opened and indent in (None, opened.group(1)):
            indent = opened.group(1)
            found = _ITEM_ID.match(line)
            if found:
                ids.append(found.group(1))
            else:
                sure = False
    return Scanned(plan_id, ids, sure)
