"""Saved work kept between runs, in the user's cache folder: validated plans and the
checks they passed (here), and the record logs' reduced states (`workspace/incremental.py`).

Entries are read and written only through `io/cachefs.py` (a trusted folder of the
cache's own, checksummed entries, plain JSON that cannot run code); every failure to
read or write one is a miss, never an error. Entries are keyed on a digest of
targetctl's own files and its libraries' versions too, so another version never reads them.

A plan is kept under the hash of its text, as its validated data: a hit is validated
again from that data (cheap next to parsing YAML), never trusted as an object. Only
plans without problems are kept, so a hit has none either. A check is remembered as
an entry that says what passed; its mere existence says nothing.

The cache is off unless a caller turns it on: `targetctl.open(cache=True)` for one load
and the reads of the workspace it returns, and each command through its Context (the CLI
sets it, and `--no-cache` clears it). Worker processes are given the setting with their
work (`setting`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import ValidationError

from targetctl.domain.model import Plan
from targetctl.domain.problems import Problem
from targetctl.io import cachefs
from targetctl.io.cache import code_stats, versions

P = TypeVar("P")

_ON = [False]  # whether the saved state is used now: set for a block by `enabled`
_CODE: list[str] = []


def use(on: bool) -> None:
    """Turn the saved state on or off, looking at the cache folder afresh."""
    cachefs.forget()
    _ON[0] = on


def setting(on: bool) -> None:
    """Turn the saved state on or off as the caller's was (in a worker process)."""
    _ON[0] = on


def active() -> bool:
    return _ON[0]


@contextmanager
def enabled(on: bool | None, *, fresh: bool = True) -> Iterator[None]:
    """The saved state on or off for a block (None: as it is), then as it was; `fresh`:
    look at the cache folder afresh (each load that is told decides again)."""
    was = active()
    if on is not None:
        use(on) if fresh else setting(on)
    try:
        yield
    finally:
        if on is not None:
            use(was) if fresh else setting(was)


def code() -> str:
    """A digest of targetctl's own files (their size, times and inode) and of the versions
    of the libraries it uses, as the output cache keys on."""
    if not _CODE:
        _CODE.append(digest(repr((code_stats(), versions())).encode()))
    return _CODE[0]


def digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def key(*parts: object) -> str:
    return digest("\0".join(map(str, (code(), *parts))).encode())


def load(kind: str, name: str) -> tuple[bytes, int] | None:
    """An entry's body and when it was written, when the cache is on and the entry sound."""
    return cachefs.read(kind, name) if active() else None


def save(kind: str, name: str, body: bytes) -> None:
    if active():
        cachefs.write(kind, name, body)


def _plain(value: Any, out: list[str]) -> None:
    """JSON of a model's python dump, with each Decimal written as the exact number it is
    (a JSON dump writes it as text, which the strict Decimal fields refuse)."""
    if isinstance(value, dict):
        out.append("{")
        for i, (k, v) in enumerate(value.items()):
            out.append(("," if i else "") + json.dumps(str(k)) + ":")
            _plain(v, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, v in enumerate(value):
            if i:
                out.append(",")
            _plain(v, out)
        out.append("]")
    elif isinstance(value, Decimal):
        out.append(str(value))
    elif isinstance(value, dt.date):
        out.append(json.dumps(value.isoformat()))
    else:
        out.append(json.dumps(value, allow_nan=False))


def plan_data(plan: Plan) -> bytes:
    out: list[str] = []
    _plain(plan.model_dump(exclude_unset=True), out)
    return "".join(out).encode()


def plan_from(data: bytes) -> Plan | None:
    """The plan whose data this is, validated again (dates are text in JSON, hence not strict)."""
    try:
        return Plan.model_validate(json.loads(data, parse_float=Decimal), strict=False)
    except (ValueError, ValidationError, RecursionError):
        return None


def plan(
    text: str,
    parse: Callable[[], tuple[P | None, list[Problem]]],
    model: Callable[[P], Plan],
    rebuild: Callable[[Plan], P],
) -> tuple[P | None, list[Problem]]:
    """`parse()`'s answer for a plan file whose text is `text`, from the cache when this
    text was parsed before without problems: only the validated `Plan`'s data is kept
    (`model` takes the plan from what `parse` gives, `rebuild` puts it back)."""
    if not active():
        return parse()
    name = key("plan", digest(text.encode()))
    found = load("plans", name)
    kept = plan_from(found[0]) if found is not None else None
    if kept is not None:
        return rebuild(kept), []
    loaded, problems = parse()
    if loaded is not None and not problems:
        save("plans", name, plan_data(model(loaded)))
    return loaded, problems


def present(kind: str, name: str) -> bool:
    """Whether an entry seems to be there: an estimate of work saved, not a promise."""
    return active() and cachefs.present(kind, name)


def plan_saved(text: str) -> bool:
    """Whether the plan with this text seems to be in the cache (so reading it is little work)."""
    return present("plans", key("plan", digest(text.encode())))


def _memo(parts: tuple[object, ...]) -> tuple[str, bytes]:
    name = key(*parts)
    return name, json.dumps({"passed": name}).encode()


def remembered(*parts: object) -> bool:
    """Whether `remember(*parts)` was called before (with this code of targetctl): the
    entry must say so, under its own name."""
    name, said = _memo(parts)
    found = load("plans", name)
    return found is not None and found[0] == said


def remember(*parts: object) -> None:
    save("plans", *_memo(parts))
