"""Record ids held compactly, to find one id in the logs of two plans without a dict of every id.

A province's 10M record ids, as text in a dict with their lines, took about 2 GiB in the
process that compares the logs. Here each log's ids become sorted numbers, grouped by the
id's length: an id of at most 16 hex digits is one 64-bit number (8 bytes, exact: no two ids
of one length share it), a longer one stays text. Ids shared by two logs are then found a
range of numbers at a time, so that only a slice of all ids is ever held in a set. No I/O.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

# a record id's digits (records.RecordId: 6 to 32 lowercase hex digits); at most 16 fit 64 bits
_EXACT_DIGITS = 16
# ids compared at once: the size of one set of numbers (about 60 bytes each while it lives)
SLICE = 1 << 18

Keys = dict[int, Any]  # the id's length -> its sorted keys (array of 64-bit numbers, or list of text)


def keys_of(ids: Sequence[str]) -> Keys:
    """The sorted keys of distinct record ids, by length. Ids of one length up to 16 digits
    are read as hex all at once (`bytes.fromhex` of the ids padded to 16 digits), so that a
    log's 10,000 ids cost a few C calls."""
    if not ids:
        return {}
    if min(map(len, ids)) == max(map(len, ids)):  # as `record` writes them: all of one length
        groups = {len(ids[0]): list(ids)}
    else:
        groups = {length: list(group) for length, group in itertools.groupby(sorted(ids, key=len), key=len)}
    return {
        length: _numbers(group, length) if length <= _EXACT_DIGITS and _hex(group) else sorted(group)
        for length, group in groups.items()
    }


def _hex(group: list[str]) -> bool:
    """Whether every id is lowercase hex (validated rows' ids are; anything else stays text)."""
    return not "".join(group).encode("ascii", "replace").translate(None, b"0123456789abcdef")


def _numbers(group: list[str], length: int) -> array[int]:
    pad = "0" * (_EXACT_DIGITS - length)
    raw = bytes.fromhex(pad + pad.join(group))
    numbers = array("Q")
    numbers.frombytes(raw)  # the machine's byte order: a number per id all the same, which is all that counts
    return array("Q", sorted(numbers))


def key_of(rid: str) -> tuple[int, Any]:
    """One id's group and key, as `keys_of` gives them."""
    ((length, keys),) = keys_of([rid]).items()
    return length, keys[0]


def shared(logs: Sequence[Keys]) -> dict[tuple[int, Any], list[int]]:
    """Each key found in more than one of `logs` (by index), with the indexes of the logs
    that hold it, in order. Each log's keys are distinct (`keys_of`)."""
    out: dict[tuple[int, Any], list[int]] = {}
    for length in sorted({length for keys in logs for length in keys}):
        held = [(index, keys[length]) for index, keys in enumerate(logs) if length in keys]
        for key, owners in _shared(held):
            out[(length, key)] = owners
    return out


def _shared(held: list[tuple[int, Sequence[Any]]]) -> Iterable[tuple[Any, list[int]]]:
    """The keys held by several of the sorted sequences, a range of keys at a time."""
    total = sum(len(keys) for _, keys in held)
    if total == 0:
        return
    # bounds between ranges from an even sample of every sequence: a range then holds about
    # SLICE keys however the ids are spread (numbered ids, random ones)
    step = max(1, total // 65536)
    sample = sorted(itertools.chain.from_iterable(keys[::step] for _, keys in held))
    per = max(1, SLICE // step)
    bounds = sample[per::per]
    starts = [0] * len(held)
    for bound in [*bounds, None]:
        chunks = []
        for i, (index, keys) in enumerate(held):
            end = len(keys) if bound is None else bisect.bisect_left(keys, bound, starts[i])
            if end > starts[i]:
                chunks.append((index, keys[starts[i] : end]))
            starts[i] = end
        seen: set[Any] = set()
        count = 0
        for _, chunk in chunks:
            seen.update(chunk)
            count += len(chunk)
        if len(seen) == count:
            continue
        del seen
        repeated = {key for key, n in Counter(itertools.chain.from_iterable(c for _, c in chunks)).items() if n > 1}
        owners: dict[Any, list[int]] = {}
        for index, chunk in chunks:
            for key in repeated.intersection(chunk):
                owners.setdefault(key, []).append(index)
        yield from owners.items()
