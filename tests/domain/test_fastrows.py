"""The msgspec decoder of record rows agrees with pydantic's, row for row and problem for problem."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from targetctl.domain import fastrows
from targetctl.domain.records import ROWS, JudgementRow, ValueRow, VoidRow
from targetctl.io import recordlog
from targetctl.io.recordlog import LogReader

HEX = "0123456789abcdef"
IDS = st.one_of(
    st.text(HEX, min_size=6, max_size=32),
    st.sampled_from(["abcdef\n", "ABCDEF", "abcde", "a" * 33, "", "abcdeg", "０１２３４５"]),
    st.text(max_size=8),
)
STAMPS = st.one_of(
    st.datetimes(timezones=st.timezones() | st.just(dt.timezone.utc)).map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "2020-01-01T09:00:00Z",
            "2020-01-01T09:00:00z",
            "2020-01-01 09:00:00+08:00",
            "2020-01-01t09:00:00Z",
            "2020-01-01T09:00:00+0800",
            "2020-01-01T09:00:00+08",
            "2020-01-01T09:00:00",
            "2020-01-01T24:00:00Z",
            "2020-01-01T23:59:60Z",
            "2020-01-01T09:00:00.Z",
            "2020-01-01T09:00:00,5Z",
            "2020-01-01T09:00:00.1234567Z",
            "2020-01-01T09:00:00.1234565Z",
            "2020-01-01T09:00:00.123456789012Z",
            "2020-01-01T09:00:00-00:00",
            "2020-01-01T09:00:00+24:00",
            "2020-01-01T09:00Z",
            "2020-01-01",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59+23:59",
        ]
    ),
    st.integers(0, 2_000_000_000),
)
DAYS = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.sampled_from(["2020-02-30", "20200101", "2020-1-1", "2020-01-01T00:00:00", "2020-W01-1", "0000-01-01", ""]),
)
TARGETS = st.one_of(
    st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}\Z"),
    st.sampled_from(["a-", "-a", "A", "a--b", "a\n", "t" * 81, "t" * 80]),
)
SPACES = "\t\n\x0b\x0c\r \x1c\x1d\x1e\x1f\x85\xa0\u1680\u180e\u2000\u200b\u2028\u3000\ufeff"
STATES = st.one_of(
    st.sampled_from(["done", "in-progress", "planning", "a,b", "a;b", "x" * 81, "x" * 80, "已完成"]),
    st.text(st.characters(codec="utf-8") | st.sampled_from(SPACES), max_size=6),
)
VALUES = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-(10**30), 10**30),
    STATES,
    st.booleans(),
    st.none(),
)
TEXTS = st.one_of(st.text(max_size=12), st.sampled_from(["", "n" * 201, "n" * 200, "n" * 4000, "n" * 4001]), st.none())
FLAGS = st.one_of(st.booleans(), st.sampled_from([0, 1, "true", None]))


GOOD = {
    "id": st.text(HEX, min_size=6, max_size=32),
    "recorded": st.datetimes(timezones=st.just(dt.timezone.utc)).map(lambda d: d.isoformat()),
    "by": st.text(st.characters(codec="utf-8"), min_size=1, max_size=8),
    "target": st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}\Z"),
    "as_of": st.dates().map(dt.date.isoformat),
    "value": st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.sampled_from(["done", "已完成"])),
    "void": st.text(HEX, min_size=6, max_size=32),
    "reason": st.text(min_size=1, max_size=8),
    "rating": st.sampled_from(["red", "amber", "green"]),
}
ODD = {
    "id": IDS,
    "recorded": STAMPS,
    "by": TEXTS,
    "target": TARGETS,
    "as_of": DAYS,
    "value": VALUES,
    "void": IDS,
    "reason": TEXTS,
    "rating": st.sampled_from(["RED", "", "red "]),
}
FIELDS = {
    "value": ["id", "recorded", "by", "target", "as_of", "value"],
    "void": ["id", "recorded", "by", "void", "reason"],
    "judgement": ["id", "recorded", "by", "target", "as_of", "rating", "reason"],
}


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """A valid record with up to two fields made odd, missing or doubtful, perhaps an extra one."""
    kind = draw(st.sampled_from(["value", "value", "value", "void", "judgement"]))
    data: dict[str, Any] = {name: draw(GOOD[name]) for name in FIELDS[kind]}
    data["type"] = draw(st.sampled_from([kind] * 9 + ["other"]))
    if kind == "value":
        for name in ("provisional", "correction", "confirmed", "note", "evidence"):
            if draw(st.booleans()):
                data[name] = draw(FLAGS if name in ("provisional", "correction", "confirmed") else TEXTS)
    for name in draw(st.lists(st.sampled_from(FIELDS[kind]), max_size=2)):
        if draw(st.integers(0, 5)) == 0:
            data.pop(name, None)  # a missing field
        else:
            data[name] = draw(ODD[name])
    if draw(st.integers(0, 19)) == 0:
        data["extra"] = 1
    return data


def line(data: dict[str, Any], ascii_only: bool) -> str:
    return json.dumps(data, ensure_ascii=ascii_only, separators=(", ", ": "))


LINES = st.one_of(
    st.builds(line, records(), st.booleans()),
    st.sampled_from(
        [
            '{"id": "abcdef", "id": "abcdef"}',
            '{"value": NaN}',
            '{"value": 1e400}',
            '{"type": "value", "value": Infinity}',
        ]
    ),
)


def same(fast: Any, slow: Any) -> bool:
    """Equal rows, with equal types, and datetimes equal in their offset and text too."""
    if isinstance(slow, dt.datetime):
        return bool(fast == slow and fast.utcoffset() == slow.utcoffset() and fast.isoformat() == slow.isoformat())
    if isinstance(slow, dict):
        return bool(fast.keys() == slow.keys()) and all(same(fast[k], slow[k]) for k in slow)
    if isinstance(slow, list):
        return len(fast) == len(slow) and all(map(same, fast, slow))
    return type(fast) is type(slow) and bool(fast == slow)


def pydantic_rows(payload: bytes) -> list[Any] | None:
    try:
        return ROWS.validate_json(payload)
    except ValidationError:
        return None


BASE = {"id": "abcdef", "recorded": "2020-01-01T09:00:00Z", "by": "x", "type": "value", "target": "a"}
BASE["as_of"] = "2020-01-01"
EDGES = [
    {"id": "abcdef\n"},
    {"target": "a\n"},
    {"value": "done\n"},
    {"value": "a\x1cb"},
    {"recorded": "2020-01-01T09:00:00.1234567Z"},
    {"recorded": "2020-01-01T09:00:00,5Z"},
    {"recorded": "2020-01-01T23:59:60Z"},
    {"value": 10**400},
    {"by": "\ud800"},
]


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=4))
def test_msgspec_rows_are_pydantics_or_none(lines: list[str]) -> None:
    payload = ("[" + ",".join(lines) + "]").encode()
    fast, slow = fastrows.decode_rows(payload), pydantic_rows(payload)
    assert fast is None or (slow is not None and same(fast, slow))


@settings(max_examples=400, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=4))
def test_rows_decoded_as_dicts_are_pydantics_or_none(lines: list[str]) -> None:
    """With the count of keys, blocks of value records are decoded into dicts directly,
    where msgspec leaves out unknown keys: the count must catch those (and repeated ones)."""
    payload = ("[" + ",".join(lines) + "]").encode()
    fast, slow = fastrows.decode_rows(payload, recordlog._keys(payload)), pydantic_rows(payload)
    assert fast is None or (slow is not None and same(fast, slow))


@pytest.mark.parametrize("edge", EDGES)
@pytest.mark.parametrize("counted", [False, True])
def test_forms_the_two_could_read_apart_are_left_to_pydantic(edge: dict[str, Any], counted: bool) -> None:
    payload = ("[" + json.dumps({**BASE, "value": 1, **edge}) + "]").encode()
    fast = fastrows.decode_rows(payload, recordlog._keys(payload) if counted else None)
    slow = pydantic_rows(payload)
    assert fast is None or (slow is not None and same(fast, slow))


@pytest.mark.parametrize(
    "extra",
    [
        '"extra": 1',
        '"id": "abcdef"',
        '"note": "x", "note": "y"',
        '"value" : 2',
        '"value"\t: 2',
        '"value": 2',
        '"note": null, "note": null',
        '"provisional": true, "provisional": true',
    ],
)
@pytest.mark.parametrize("counted", [True, False])
def test_a_value_record_with_a_key_too_many_is_not_read_as_dicts(extra: str, counted: bool) -> None:
    """With the count of keys, or without it (the quotes then tell)."""
    payload = ("[" + json.dumps({**BASE, "value": 1})[:-1] + ", " + extra + "}]").encode()
    spy: list[Any] = []
    real = fastrows._VALUES

    class Spy:
        def decode(self, data: bytes) -> Any:
            spy.append(real.decode(data))
            return spy[-1]

    fastrows._VALUES = Spy()
    try:
        fast = fastrows.decode_rows(payload, recordlog._keys(payload) if counted else None)
    finally:
        fastrows._VALUES = real
    assert spy, "the dict decoder was tried"
    slow = pydantic_rows(payload)
    assert fast is None or (slow is not None and same(fast, slow) and fast is not spy[0])


@st.composite
def valid(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(sorted(FIELDS)))
    data: dict[str, Any] = {name: draw(GOOD[name]) for name in FIELDS[kind]} | {"type": kind}
    if kind == "value":
        for name in ("provisional", "correction", "confirmed"):
            if draw(st.booleans()):
                data[name] = draw(st.booleans())
        for name in ("note", "evidence"):
            if draw(st.booleans()):
                data[name] = draw(st.none() | st.text(min_size=1, max_size=8))
    return data


@settings(max_examples=200, deadline=None)
@given(st.lists(valid(), min_size=1, max_size=4), st.booleans())
def test_the_forms_targetctl_writes_are_decoded_by_msgspec_itself(rows: list[dict[str, Any]], a: bool) -> None:
    """Not a vacuous agreement: valid records in the form the writer uses skip pydantic."""
    payload = ("[" + ",".join(line(r, a) for r in rows) + "]").encode()
    for fast in (fastrows.decode_rows(payload), fastrows.decode_rows(payload, recordlog._keys(payload))):
        assert fast is not None and same(fast, ROWS.validate_json(payload))


@st.composite
def written(draw: st.DrawFn) -> dict[str, Any]:
    """A value record as `record` writes it, notes and marks included, with no quote inside a
    text (an escaped one leaves the block to the count of keys, as before)."""
    text = st.text(st.characters(codec="utf-8", exclude_characters='"'), min_size=1, max_size=8)
    data: dict[str, Any] = {name: draw(GOOD[name]) for name in FIELDS["value"]} | {"type": "value", "by": draw(text)}
    for name in ("provisional", "correction", "confirmed"):
        if draw(st.booleans()):
            data[name] = draw(st.booleans())
    for name in ("note", "evidence"):
        if draw(st.booleans()):
            data[name] = draw(st.none() | text)
    return data


@settings(max_examples=200, deadline=None)
@given(st.lists(written(), min_size=1, max_size=4), st.booleans())
def test_value_records_as_written_are_known_whole_without_a_count_of_keys(rows: list[dict[str, Any]], a: bool) -> None:
    """The quotes show that no key was left out, so the block's keys need not be counted."""
    payload = ("[" + ",".join(line(r, a) for r in rows) + "]").encode()
    fast, whole = fastrows.decode_block(payload)
    assert whole and fast is not None and same(fast, ROWS.validate_json(payload))


def test_the_structs_have_the_rows_fields() -> None:
    for struct, row in zip(fastrows.STRUCTS, (ValueRow, VoidRow, JudgementRow), strict=True):
        assert {*struct.__struct_fields__, "type"} == set(typing.get_type_hints(row))


def test_a_common_log_line_is_decoded_by_msgspec() -> None:
    payload = (
        b'[{"id": "00000000002a", "recorded": "2021-03-05T09:00:00+00:00", "by": "\xe5\xbc\xa0", "type": "value", '
        b'"target": "p000-t001", "as_of": "2021-02-28", "value": 12, "note": "x"}]'
    )
    rows = fastrows.decode_rows(payload)
    assert rows is not None and same(rows, ROWS.validate_json(payload))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(LINES, st.sampled_from(["# a comment", "", "- {torn"])), min_size=1, max_size=12))
def test_a_log_reads_the_same_with_and_without_msgspec(
    lines: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whole logs: the same rows with the same line numbers, and the same problems (message,
    line and hint), whichever decoder read the blocks."""
    log = tmp_path / "log.yaml"
    log.write_text("".join(f"- {text}\n" if text.startswith("{") else text + "\n" for text in lines), "utf-8")

    def read() -> tuple[list[tuple[int, Any]], list[Any]]:
        reader = LogReader(log)
        return list(reader.rows()), reader.problems

    with monkeypatch.context() as patched:
        patched.setattr(recordlog, "FAST_BYTES", 0)  # msgspec for every block
        rows, problems = read()
    with monkeypatch.context() as patched:
        patched.setattr(fastrows, "decode_block", lambda payload, keys=None: (None, False))
        patched.setattr(recordlog, "FAST_BYTES", 0)
        slow_rows, slow_problems = read()
    assert [n for n, _ in rows] == [n for n, _ in slow_rows]
    assert same([r for _, r in rows], [r for _, r in slow_rows])
    assert problems == slow_problems


def test_a_small_log_does_not_import_msgspec(tmp_path: Path) -> None:
    """Its import would cost a cold command more than it saves on a few hundred lines."""
    log = tmp_path / "log.yaml"
    log.write_text("- " + json.dumps({**BASE, "value": 1}) + "\n", encoding="utf-8")
    code = (
        "import pathlib, sys; from targetctl.io.recordlog import LogReader; "
        f"list(LogReader(pathlib.Path({str(log)!r})).rows()); print('msgspec' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_large_block_is_decoded_by_msgspec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ["- " + json.dumps({**BASE, "id": f"{n:012x}", "value": n}) + "\n" for n in range(3000)]
    log = tmp_path / "log.yaml"
    log.write_text("".join(lines), encoding="utf-8")
    seen: list[int] = []
    real = fastrows.decode_block

    def spy(payload: bytes, keys: int | None = None) -> tuple[list[Any] | None, bool]:
        seen.append(len(payload))
        return real(payload, keys)

    monkeypatch.setattr(fastrows, "decode_block", spy)
    assert len(list(LogReader(log).rows())) == 3000 and seen and seen[0] >= recordlog.FAST_BYTES


@pytest.mark.parametrize(
    "payload", [b"[" + b"[" * 30_000 + b"]" * 30_000 + b"]", b'[{"a": ' + b"[" * 30_000 + b"]" * 30_000 + b"}]"]
)
def test_deep_nesting_is_left_to_pydantic(payload: bytes) -> None:
    """msgspec runs out of stack where pydantic words a problem (it was an internal error)."""
    assert fastrows.decode_rows(payload) is None


@pytest.mark.parametrize(
    "raw", [b"\t", b"\x01", b"\x7f", b"\n", b"\xe2\x80\xa8", b"\xff", b"\xc3\x28", b"\xed\xa0\x80"]
)
def test_raw_bytes_in_a_string_are_read_alike(raw: bytes) -> None:
    """Raw control characters and bytes that are not UTF-8, which json.dumps never writes."""
    payload = b"[" + json.dumps({**BASE, "by": "X", "value": 1}).encode().replace(b"X", raw) + b"]"
    fast, slow = fastrows.decode_rows(payload), pydantic_rows(payload)
    assert fast is None or (slow is not None and same(fast, slow))


RUN_TEXTS = st.text(st.sampled_from([*HEX, "A", "g", "\n", " ", "０", "é"]), max_size=34)


@settings(max_examples=400, deadline=None)
@given(st.lists(RUN_TEXTS | st.text(HEX, min_size=5, max_size=33), min_size=1, max_size=6))
def test_a_run_of_a_class_is_judged_as_its_pattern_judges(texts: list[str]) -> None:
    """Record ids are checked all at once (characters, then lengths): exactly where the
    pattern matches each, or not at all (None, for text that is not ASCII)."""
    (pattern,) = [p for field, p in fastrows._VALUE_PATTERNS if field == "id"]
    run = fastrows._run(pattern)
    assert run is not None
    held = fastrows._runs_hold(texts, run)
    assert held is None or held == all(map(pattern.search, texts))


def test_only_a_plain_run_is_judged_at_once() -> None:
    for pattern in [r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z", r"^[^\s,;]+\Z", r"^[\d]{1,2}\Z", r"^[a-f]{1,2}$", r"^[^a]{1,2}\Z"]:
        assert fastrows._run(re.compile(pattern)) is None
    assert fastrows._run(re.compile(r"^[0-9a-f]{6,32}\Z")) == (b"0123456789abcdef", 6, 32)
