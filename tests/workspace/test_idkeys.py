"""Record ids kept as compact keys (validate at a province's scale): the ids shared by several
logs are exactly those a plain dict of every id finds, however the ids are spread over the
ranges compared at once."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.workspace import idkeys

HEX = "0123456789abcdef"
# a small pool, so that ids repeat across logs; lengths around the 16 digits that fit 64 bits
POOL = st.sampled_from(["00000a", "0000000a", "a00000", "000000000001", "00000000000a", "f" * 16, "0" * 17, "ab" * 16])
IDS = POOL | st.text(HEX, min_size=6, max_size=32)


def plain(logs: list[list[str]]) -> dict[str, list[int]]:
    """The logs holding each id held by more than one, by a dict of every id."""
    holders: dict[str, list[int]] = {}
    for index, ids in enumerate(logs):
        for rid in dict.fromkeys(ids):
            holders.setdefault(rid, []).append(index)
    return {rid: owners for rid, owners in holders.items() if len(owners) > 1}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(IDS, max_size=40), max_size=6), st.sampled_from([1, 2, 5, 1 << 18]))
def test_shared_keys_are_the_shared_ids(logs: list[list[str]], size: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(idkeys, "SLICE", size)
        found = idkeys.shared([idkeys.keys_of(list(dict.fromkeys(ids))) for ids in logs])
    expected = plain(logs)
    assert {idkeys.key_of(rid): owners for rid, owners in expected.items()} == found


@given(st.lists(IDS, min_size=1, max_size=30, unique=True))
def test_each_id_has_a_key_of_its_own(ids: list[str]) -> None:
    keys = idkeys.keys_of(ids)
    assert sum(len(group) for group in keys.values()) == len(ids)
    assert len({idkeys.key_of(rid) for rid in ids}) == len(ids)
    for rid in ids:
        length, key = idkeys.key_of(rid)
        assert key in keys[length]


def test_ids_of_sixteen_digits_or_fewer_are_numbers() -> None:
    keys = idkeys.keys_of(["00000000000a", "00000000000b", "f" * 16, "0" * 17])
    assert keys[12].typecode == "Q" and list(keys[12]) == sorted(keys[12])
    assert keys[16].typecode == "Q"
    assert keys[17] == ["0" * 17]  # longer ids stay text
    assert idkeys.keys_of([]) == {}
