from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from targetctl.io.yamlsafe import MAX_DEPTH, decode, parse


def messages(text: str) -> list[str]:
    _, problems = parse(text, "f.yaml")
    return [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_values_keep_their_positions() -> None:
    doc, problems = parse("a: 1\nb:\n  - x: 2020-01-02\n", "f.yaml")
    assert not problems and doc is not None
    assert doc.data == {"a": 1, "b": [{"x": dt.date(2020, 1, 2)}]}
    assert doc.position(("b", 0, "x")) == (3, 8)
    assert doc.position(("b", 0, "x"), key=True) == (3, 5)
    assert doc.position(("b", 0, "nothing")) == (3, 5)


def test_duplicate_keys_are_errors() -> None:
    assert messages("a: 1\nb: 2\na: 3\n") == ["3:1: duplicate key 'a' (first at line 1)"]


def test_aliases_are_refused_where_they_stand() -> None:
    laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    assert messages(laughs)[0] == "2:8: YAML aliases are not allowed"


def test_python_tags_are_refused() -> None:
    assert messages("a: !!python/object/apply:os.system [ls]\n") == [
        "1:4: YAML tag '!!python/object/apply:os.system' is not allowed"
    ]


def test_merge_keys_are_refused() -> None:
    assert "YAML merge keys" in messages("a: {x: 1}\nb:\n  <<: {y: 2}\n")[0]


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_non_finite_numbers_are_refused(value: str) -> None:
    assert messages(f"a: {value}\n") == [f"1:4: '{value}' is not a finite number"]


def test_impossible_date() -> None:
    assert messages("a: 2020-02-30\n") == ["1:4: invalid value '2020-02-30': day is out of range for month"]


def test_huge_integer_is_an_error_not_a_crash() -> None:
    assert "invalid value" in messages("a: " + "9" * 5000 + "\n")[0]


def test_deep_nesting() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    assert "nested" in messages(deep)[0]


def test_very_deep_nesting_does_not_crash() -> None:
    assert "nest" in messages("[" * 100_000 + "]" * 100_000)[0]


def test_tab_indentation_is_a_syntax_error_with_position() -> None:
    assert messages("a:\n\tb: 1\n") == ["2:1: invalid YAML: found character '\\t' that cannot start any token"]


def test_non_text_keys() -> None:
    assert messages("1: a\n") == ["1:1: keys must be plain text"]


def test_decode_bom_and_bad_bytes() -> None:
    assert decode("\ufeffa: 1".encode(), "f") == ("a: 1", [])
    text, problems = decode(b"a: 1\nb: \xff\n", "f")
    assert text == "" and str(problems[0]) == "f:2:4: byte 0xff is not valid UTF-8; save the file as UTF-8"


def test_crlf_loads_like_lf() -> None:
    lf, _ = parse("a: 1\nb: [x, y]\n", "f")
    crlf, _ = parse("a: 1\r\nb: [x, y]\r\n", "f")
    assert lf is not None and crlf is not None and lf.data == crlf.data
    assert lf.position(("b", 1)) == crlf.position(("b", 1)) == (2, 8)


def test_empty_document() -> None:
    doc, problems = parse("", "f")
    assert doc is not None and doc.data is None and not problems


@given(st.text(max_size=200))
def test_any_text_gives_data_or_problems_never_an_exception(text: str) -> None:
    doc, problems = parse(text, "f")
    assert doc is not None or problems


@pytest.mark.parametrize(
    ("text", "chinese"),
    [
        ("id: a\ntitle: x: y\n", "此处不能有“键: 值”"),
        ("id: a\n\ttitle: x\n", "缩进里有制表符"),
        ("id: [a, b\n", "YAML 格式错误："),
        ("a: 1\n---\nb: 2\n", "文件中还有另一个文档"),
    ],
)
def test_pyyaml_s_own_words_are_said_in_chinese_where_they_are_known(text: str, chinese: str) -> None:
    _doc, problems = parse(text, "p.yaml")
    (problem,) = problems
    said = problem.said("zh")
    assert chinese in said and said.startswith("p.yaml:")
    assert problem.said("en") == str(problem) and "YAML" in str(problem)


def test_an_unknown_pyyaml_problem_is_quoted_as_it_is() -> None:
    from targetctl.io.yamlsafe import _invalid

    assert _invalid("something new").text("zh") == "YAML 格式错误：“something new”"
    assert _invalid("found unexpected end of stream").text("zh") == "YAML 格式错误：文件意外结束（引号或括号未闭合？）"


def test_an_impossible_date_is_said_in_chinese() -> None:
    _doc, problems = parse("due: 2020-13-01\n", "p.yaml")
    (problem,) = problems
    assert "月份须在 1 到 12 之间" in problem.said("zh") and "month must be in 1..12" in str(problem)


SCALARS = (
    st.text(max_size=6)
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.none()
    | st.dates()
    | st.sampled_from(["2020-12-31", "0x64", "1_000", "017", "1:40", "yes", "~", "null", "3.5", "-0", "+1"])
)
DATA = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
)


@settings(max_examples=300, deadline=None)
@given(DATA)
def test_plain_documents_read_as_pyyaml_reads_them(data: object) -> None:
    """The builder reads text scalars in place and calls a scalar's constructor itself: the
    same data as PyYAML's safe loader, wherever that loader's reading is also targetctl's."""
    text = yaml.safe_dump(data, allow_unicode=True)
    doc, problems = parse(text, "p.yaml")
    expected = yaml.safe_load(text)
    assert not problems and doc is not None and doc.data == expected
