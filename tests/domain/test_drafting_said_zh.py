"""The Chinese of what `draft` writes (domain/drafting/said_zh.py): every rule of the grammar and
every reason and review mark in the drafting code has its Chinese, found by introspection and by
reading the code, so a rule or a mark added later without it fails here with its name."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import targetctl.domain.drafting as drafting
from targetctl.domain.drafting import classify, notes, structure
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.said_zh import chinese, said_zh

SRC = Path(drafting.__file__).parent
ENGLISH = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,})+")  # two English words: a sentence, not a unit


def _modules() -> list[object]:
    return [importlib.import_module(f"{drafting.__name__}.{m.name}") for m in pkgutil.iter_modules(drafting.__path__)]


def _named() -> dict[str, str]:
    """Every Named rule (and Rule) of every drafting module: its module and name -> its reason."""
    found: dict[str, str] = {}
    for module in _modules():
        for value in vars(module).values():
            for item in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(item, Named):
                    found[f"{module.__name__.rsplit('.', 1)[1]}.{item.name}"] = item.reason  # type: ignore[attr-defined]
    return found


def test_every_named_rule_has_its_chinese() -> None:
    named = _named()
    assert len(named) > 100  # the tables were found
    missing = sorted(name for name, reason in named.items() if chinese(reason) is None)
    assert missing == []


def test_every_clause_rule_furniture_and_note_has_its_chinese() -> None:
    said = [r.reason.format(word="以来") for r in classify.CLAUSE_RULES]
    said += [r.review for r in classify.CLAUSE_RULES if r.review]
    said += list(structure.FURNITURE.values())
    said += [reason for _, _, reason in notes._NOTE_RULES]
    said.append(notes._REFERENCED.format(mark="①"))
    assert [s for s in said if chinese(s) is None] == []


def _said_in(value: ast.AST) -> list[str]:
    """The English texts an expression can give, a formatted value read as a year."""
    out = []
    inside = {id(p) for node in ast.walk(value) if isinstance(node, ast.JoinedStr) for p in node.values}
    for node in ast.walk(value):
        if isinstance(node, ast.JoinedStr):
            text = "".join(str(p.value) if isinstance(p, ast.Constant) else "2030" for p in node.values)
            out.append(text)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in inside:
            out.append(node.value)
    return [t for t in out if ENGLISH.search(t)]


def _written(path: Path) -> list[tuple[int, str]]:
    """Every reason passed to excl(...) or DraftExclusion(...) and every review mark (review=,
    x.review = ...) in a module of the drafting code."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        values: list[ast.expr] = []
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("excl", "DraftExclusion"):
                values += node.args[1:]
            values += [k.value for k in node.keywords if k.arg == "review"]
        elif isinstance(node, ast.Assign) and any(
            getattr(t, "attr", getattr(t, "id", "")) == "review" for t in node.targets
        ):
            values.append(node.value)
        line = getattr(node, "lineno", 0)
        found += [(line, text) for v in values for text in _said_in(v)]
    return found


@pytest.mark.parametrize(
    "path",
    [*sorted(SRC.glob("*.py")), SRC.parent.parent / "commands" / "draft.py"],
    ids=lambda p: p.name,
)
def test_every_reason_and_mark_in_the_code_has_its_chinese(path: Path) -> None:
    written = _written(path)
    missing = [(line, text) for line, text in written if chinese(text) is None]
    assert missing == []


def test_the_code_scan_finds_the_marks() -> None:
    """The scan above reads what it should: a mark set by x.review = and one passed as review=."""
    texts = [t for _, t in _written(SRC / "subjects.py")]
    assert "average annual growth: fill in base_year" in texts
    assert "翻番 (doubling) drafted as growth in percent over the whole period: check the base" in texts


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("context: no commitment of its own", "背景信息：未作承诺"),
        ("document furniture: 成文日期 (date of signing)", "公文格式要素：成文日期"),
        (
            "an amount each beneficiary is granted (给予最高N万元, 一等奖N万元): a support rule's term, not a target",
            "补贴规则的参数（给予最高N万元、一等奖N万元），不是目标",
        ),
        ("the text states no year: due in 2026 is an assumption to check", "文中未写明年份：2026年到期是推定，请核实"),
        ("past result or current state (去年)", "以往成绩或现状（去年）"),
        (
            "约束性 (binding) indicator; a row of an indicator table: check the value and the unit",
            "约束性指标；指标表中的一行：请核对数值和单位",
        ),
        (
            "not a valid target as read: targets[3].value must be at most 100, got 5015024.6",
            "按现有读法不是有效目标：targets[3].value 不得大于 100，现为 5015024.6",
        ),
        (
            "the text gives 2035 as the year, outside the plan period: check the period or the date; "
            "a baseline of 12 (2031) is after the plan period and was left out",
            "文中年份为2035年，超出规划期：请核对规划期或日期；基期值12（2031年）晚于规划期，已略去",
        ),
    ],
)
def test_chinese_keeps_the_values(english: str, expected: str) -> None:
    assert said_zh(english) == expected


@pytest.mark.parametrize("own", ["checked by hand: keep as is", "王科长已核对", "see the table on page 3; fine"])
def test_a_persons_own_words_are_shown_as_written(own: str) -> None:
    assert chinese(own) is None
    assert said_zh(own) == own
