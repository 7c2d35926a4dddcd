from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.domain.records import Record, ValueRecord, VoidRecord
from targetctl.io.recordlog import LogReader, append, encode, header

STAMP = dt.datetime(2025, 7, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def value(ident: str = "aaaaaaaaaaaa", v: float | str = 5.0, **kw: object) -> ValueRecord:
    data = {"id": ident, "type": "value", "target": "t-1", "as_of": dt.date(2025, 6, 30), "value": v}
    return ValueRecord.model_validate({**data, "recorded": STAMP, "by": "张三", **kw})


def read(path: Path) -> tuple[list[tuple[int, Record]], list[str]]:
    reader = LogReader(path)
    records = list(reader)
    return records, [f"{p.line}:{p.col}: {p.message}" for p in reader.problems]


def test_encoded_line_is_json_and_yaml() -> None:
    line = encode(value(note="第一季度"))
    assert line.startswith("- {") and line.endswith("}\n") and "第一季度" in line
    assert yaml.safe_load(line) == [json.loads(line[2:])]
    assert json.loads(line[2:])["value"] == 5 and isinstance(json.loads(line[2:])["value"], int)


def test_append_creates_header_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "records" / "p.yaml"
    append(path, value(), "p")
    append(path, value("bbbbbbbbbbbb", 7.5), "p")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(header("p")) and text.count("\n") == 4
    records, problems = read(path)
    values = [(n, r.value) for n, r in records if isinstance(r, ValueRecord)]
    assert problems == [] and len(records) == 2 and values == [(3, 5.0), (4, 7.5)]
    ignored = (tmp_path / "records" / ".gitignore").read_text(encoding="utf-8")
    assert ignored == "*.lock\n.import-intent.json\n.*.tmp\n"  # an intent belongs to this folder, never to a clone
    assert yaml.safe_load(text) and len(yaml.safe_load(text)) == 2


def test_hand_written_yaml_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "- {id: cccccccccccc, type: value, target: t-1, as_of: 2025-06-30, value: 3,\n"
        "   recorded: 2025-07-01T09:00:00+08:00, by: 李四}\n"
        "- {id: dddddddddddd, type: value, target: t-1, as_of: 2025-06-30, value: 3, "
        "recorded: 2025-07-01T09:00:00+08:00, by: 李四}\n",
        encoding="utf-8",
    )
    records, problems = read(path)
    assert [n for n, _ in records] == [3] and problems[0].startswith("1:1: not a record")


def test_bad_lines_are_reported_not_skipped(tmp_path: Path) -> None:
    good = encode(value()).strip()
    path = tmp_path / "p.yaml"
    path.write_text(
        "\n".join(
            [
                good,
                good.replace('"value": 5', '"value": true'),
                good.replace('"type": "value"', '"type": "valeu"'),
                good.replace('"by"', '"bye"'),
                "- {not json",
                "garbage",
                good.replace("aaaaaaaaaaaa", "b" * 12),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    records, problems = read(path)
    assert [n for n, _ in records] == [1, 7]
    assert problems[0] == "2:1: value must be a number, got true"
    assert problems[1] == "3:1: unknown record type; expected one of: value, void, judgement"
    assert problems[2:4] == ["4:1: missing required field 'by'", "4:1: unknown field 'bye'"]
    assert problems[4].startswith("5:1: not a record") and problems[5].startswith("6:1: not a record")


def test_torn_last_line_is_reported_and_next_append_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    append(path, value(), "p")
    with path.open("ab") as f:
        f.write(encode(value("bbbbbbbbbbbb")).encode()[:40])
    _, problems = read(path)
    assert problems == ["4:1: incomplete last line (an interrupted write?)"]
    append(path, value("cccccccccccc"), "p")
    records, problems = read(path)
    assert [n for n, _ in records] == [3, 5] and problems[0].startswith("4:1: not a record: expected '- {...}'")


def test_complete_last_line_without_newline_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(encode(value()).rstrip("\n"), encoding="utf-8")
    records, problems = read(path)
    assert len(records) == 1 and problems == []
    append(path, value("bbbbbbbbbbbb"), "p")
    assert len(read(path)[0]) == 2


def test_bom_and_crlf_read_like_plain(tmp_path: Path) -> None:
    plain = tmp_path / "a.yaml"
    windows = tmp_path / "b.yaml"
    text = header("p") + encode(value()) + encode(value("bbbbbbbbbbbb", "done"))
    plain.write_text(text, encoding="utf-8")
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert read(plain) == read(windows)


def test_non_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(encode(value()).encode() + b'- {"by": "\xff"}\n')
    assert read(path)[1] == ["2:1: byte 0xff is not valid UTF-8"]


def test_void_records(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    void = VoidRecord(id="eeeeeeeeeeee", type="void", void="aaaaaaaaaaaa", reason="typo", recorded=STAMP, by="x")
    append(path, void, "p")
    assert read(path)[0][0][1] == void


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=300)
    | st.lists(
        st.sampled_from([b"\x0b", b"\x0c", b"\x1c", b"\xa0", b"\xc2\x85", b"---", b"#", b" ", b"\n", b"- {}"])
    ).map(b"".join)
)
def test_any_bytes_give_records_or_problems(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "p.yaml"
        path.write_bytes(data)
        reader = LogReader(path)
        records, problems = list(reader), reader.problems
    # every line that could hold a record is either read as one or reported, never skipped
    said = {line for line, _ in records} | {p.line for p in problems}
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    for number, line in enumerate(lines, 1):
        text = line.strip()  # ASCII whitespace, as the reader strips it
        if text and not text.startswith(b"#"):
            assert number in said or any(p.line == 0 for p in problems), (number, line)


@settings(max_examples=40, deadline=None)
@given(
    st.text(min_size=1, max_size=50).filter(lambda s: s.strip() != ""),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
)
def test_round_trip_any_note_and_value(note: str, number: float) -> None:
    import tempfile

    rec = value(v=number, note=note[:4000])
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "p.yaml"
        append(path, rec, "p")
        records, problems = read(path)
    assert problems == [] and records[0][1] == rec


def test_a_write_killed_after_the_dash_is_torn_for_reader_and_repair_alike(tmp_path: Path) -> None:
    from targetctl.io.recordlog import repair, unreadable

    path = tmp_path / "p.yaml"
    append(path, value(), "p")
    for fragment, message in ((b"- ", "incomplete last line"), (b"- 5\n", "not a record")):
        with path.open("ab") as handle:
            handle.write(fragment)
        reader = LogReader(path)
        records = list(reader)
        assert len(records) == 1 and [p.message.split(" (")[0].split(":")[0] for p in reader.problems] == [message]
        assert unreadable(fragment)
        done = repair(path, dt.datetime(2025, 6, 30, 12, tzinfo=dt.timezone.utc))
        assert done.moved and LogReader(path).problems == [] and len(list(LogReader(path))) == 1


def test_a_repeated_key_behind_a_tab_or_carriage_return_is_found(tmp_path: Path) -> None:
    """JSON allows a tab or a carriage return before a colon: a repeated key spelled so is still
    a problem, in a block of clean lines and alone."""
    good = '- {"id": "00000000000%d", "recorded": "2025-01-02T09:00:00+00:00", "by": "x", "type": "value", '
    good += '"target": "t", "as_of": "2025-01-01", "value": 1}\n'
    for blank in ("\t", "\r", " \t "):
        bad = (good % 9).replace('"value": 1}', f'"value": 1, "value"{blank}: 2}}')
        for lines in ([bad], [good % 1, bad, good % 2]):
            log = tmp_path / "log.yaml"
            log.write_text("".join(lines), encoding="utf-8")
            reader = LogReader(log)
            rows = list(reader.rows())
            assert [p.message for p in reader.problems] == ["duplicate key 'value'"], (blank, lines)
            assert len(rows) == len(lines) - 1
