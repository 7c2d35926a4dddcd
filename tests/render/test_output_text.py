"""Text from a plan or a log reaches every output whole and harmless: the XML writers (docx,
xlsx, HTML) never refuse a character, the terminal never receives an escape code, and the
Markdown report never carries HTML, a link or an image that came from the data."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from typer.testing import CliRunner, Result

from targetctl.cli.main import app
from targetctl.domain.problems import xml_text
from tests.conftest import GOLDEN, Run

SPECIAL = [
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x9b2J",
    "\x85",
    "\ufffe",
    "\uffff",
    "\x00",
    "\x07",
    "\x7f",
    "\u202e",
    "\u2066",
    "\r",
    "<script>alert(1)</script>",
    "![i](http://evil.example/x.png)",
    "[c](javascript:alert(1))",
    "<http://evil.example>",
    "|",
    "&amp;",
    "]]>",
    "*",
    "`",
]
PIECE = st.one_of(st.text(st.characters(exclude_categories=["Cs"]), max_size=6), st.sampled_from(SPECIAL))
TEXT = st.lists(PIECE, min_size=1, max_size=4).map("".join).filter(lambda s: bool(s.strip()))
STAGE_MAX = 80  # a milestone's stage name is at most this long (the model refuses longer ones)
# a stage name holds no whitespace, comma or semicolon, and starts with a letter so that it is
# neither an option nor a state word
STAGE = TEXT.map(lambda s: ("s" + re.sub(r"[\s,;\x1c-\x1f\x85]", "", s))[:STAGE_MAX])
# a name (`--by`) may hold no control character: record refuses one
NAME = TEXT.map(lambda s: "n" + "".join(c for c in s if c.isprintable() or c in "\u202e\u2066\ufffe\uffff"))

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_plan(root: Path, texts: dict[str, str]) -> None:
    """The demo plan in `root` with `texts` in every text field a plan has."""
    shutil.copytree(GOLDEN / "valid", root)
    (root / "demo.yaml").write_text(hostile_yaml(texts), encoding="utf-8")


def hostile_yaml(texts: dict[str, str]) -> str:
    """The demo plan's text with `texts` in every text field a plan has."""
    plan: dict[str, Any] = yaml.safe_load((GOLDEN / "valid" / "demo.yaml").read_text(encoding="utf-8"))
    plan["title"] = {"zh": texts["title"], "en": texts["title"]}
    plan["lead_unit"] = texts["owner"]
    plan["units"] = {"people": {"zh": texts["unit"], "en": texts["unit"]}}
    plan["programmes"][0]["title"] = {"zh": texts["programme"], "en": texts["programme"]}
    plan["programmes"][0]["programmes"][0]["title"] = {"zh": texts["programme"], "en": texts["programme"]}
    for target in plan["targets"]:
        target["title"] = {"zh": texts["title"], "en": texts["title"]}
        target["lead_unit"] = texts["owner"]
        target["supporting_units"] = [texts["owner"]]
        target["note"] = texts["note"]
        if target["kind"] == "milestone":
            target["stages"] = [texts["stage"], "first-lecture"]
        if target["kind"] == "growth":
            target["of"] = {"zh": texts["note"], "en": texts["note"]}
    return yaml.safe_dump(plan, allow_unicode=False)


def runner(root: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    monkeypatch.chdir(root.parent)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("TARGETCTL_LANG", raising=False)
    monkeypatch.delenv("TARGETCTL_PLANS", raising=False)
    monkeypatch.setenv("TARGETCTL_CACHE_DIR", str(root.parent / "cache"))
    cli = CliRunner()
    return lambda *args: cli.invoke(app, list(args), catch_exceptions=False)


def record_all(run: Callable[..., Result], texts: dict[str, str]) -> None:
    given = ("--by", texts["by"], "--note", texts["note"], "--evidence", texts["note"])
    said = [
        run("record", "demo-hall", texts["stage"], "--date", "2025-03-01", *given),
        run("record", "demo-people", "40", "--date", "2025-06-30", *given),
    ]
    for result in said:
        assert result.exit_code == 0, result.output


def hostile_texts(text: str) -> dict[str, str]:
    return dict.fromkeys(("title", "owner", "unit", "programme", "note", "stage", "by"), text) | {
        "stage": "s" + re.sub(r"[\s,;]", "", text),
        "by": "n" + RAW.sub("", text).replace("\t", "").replace("\n", ""),
    }


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "plans"


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a CLI run takes minutes
)
@given(title=TEXT, owner=TEXT, unit=TEXT, programme=TEXT, note=TEXT, stage=STAGE, by=NAME)
def test_docx_and_xlsx_hold_any_text(monkeypatch: pytest.MonkeyPatch, **texts: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "plans"
        hostile_plan(root, texts)
        run = runner(root, monkeypatch)
        assert run("validate", "plans").exit_code == 0
        record_all(run, texts)
        report, sheet = Path(folder) / "r.docx", Path(folder) / "r.xlsx"
        result = run("report", "--format", "docx", "-o", str(report), "--as-of", "2025-06-30")
        assert result.exit_code == 0, result.output
        shown = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
        cells = "".join(c.text for t in docx.Document(str(report)).tables for c in t._cells)
        assert "demo-people" in cells.replace("\u2011", "-")  # printed with non-breaking hyphens
        assert not RAW.findall(shown.replace("\t", ""))
        result = run("export", "--format", "xlsx", "-o", str(sheet), "--as-of", "2025-06-30")
        assert result.exit_code == 0, result.output
        book = openpyxl.load_workbook(sheet)
        assert book.worksheets[0].max_row == 7
        result = run("report", "--format", "html", "--as-of", "2025-06-30")
        assert result.exit_code == 0 and not ILLEGAL_XML.findall(result.stdout)


ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def test_the_xml_rule_escapes_what_xml_cannot_hold() -> None:
    assert xml_text("a\x07b\ufffe\uffff\x1b[31m\u202e c\td\ne") == "a\\u0007b\\ufffe\\uffff\\u001b[31m\\u202e c\td\ne"
    assert xml_text("示范 R&D <x>") == "示范 R&D <x>", "XML's own escaping is the writer's job"


ESCAPES = "A\x1b[31m\x1b]0;pwned\x07\x9b2J\x85\u202e\u2066\x7fZ"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    texts = hostile_texts(ESCAPES)
    root = tmp_path / "plans"
    hostile_plan(root, texts)
    run = runner(root, monkeypatch)
    assert run("validate", "plans").exit_code == 0
    return run


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_escape_code_reaches_the_terminal(hostile: Callable[..., Result], lang: str) -> None:
    texts = hostile_texts(ESCAPES)
    outputs = [
        hostile("--lang", lang, "record", "demo-hall", texts["stage"], "--by", "x", "--date", "2025-03-01"),
        hostile("--lang", lang, "record", "demo-people", "40", "--by", "x", "--date", "2025-06-30", "--note", "\x9b2J"),
        hostile("--lang", lang, "status", "--as-of", "2025-06-30", "--all"),
        hostile("--lang", lang, "status", "--as-of", "2025-06-30", "--no-cache"),
        hostile("--lang", lang, "show", "demo-hall", "--as-of", "2025-06-30"),
        hostile("--lang", lang, "show", "demo-people", "--as-of", "2025-06-30"),
        hostile("--lang", lang, "show", "demo-growth", "--as-of", "2025-06-30"),
        hostile("--lang", lang, "list"),
        hostile("--lang", lang, "log"),
        hostile("--lang", lang, "overdue", "--as-of", "2025-12-31"),
        hostile("--lang", lang, "record", "demo-hall", "--by", "x", "--date", "2025-03-02", "not-a-stage\x1b[2J"),
    ]
    for result in outputs:
        assert result.exit_code in (0, 1), result.output
        assert not RAW.findall(result.stdout.replace("\t", "")), result.stdout
        assert not RAW.findall(result.stderr.replace("\t", "")), result.stderr
    assert any("pwned" in r.stdout for r in outputs), "the rest of the text is kept"


def _md(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from _walk(token.children or [])


def test_markdown_report_carries_no_html_link_or_image_from_the_data(hostile: Callable[..., Result]) -> None:
    hostile_md = "<script>alert(1)</script> ![i](http://evil.example/x.png) [c](javascript:alert(1)) <b>|</b> `x` *y*"
    record = ("record", "demo-hall", "--by", "x", "--date", "2025-03-01")
    plan = Path("plans/demo.yaml")
    doc: dict[str, Any] = yaml.safe_load(plan.read_text(encoding="utf-8"))
    doc["title"]["en"] = hostile_md
    for target in doc["targets"]:
        target["title"]["en"] = hostile_md
        if target["kind"] == "milestone":
            target["stages"] = ["<script>alert(2)</script>", "![i](http://evil.example/y.png)"]
    plan.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    assert hostile(*record, "<script>alert(2)</script>").exit_code == 0
    out = hostile("report", "--format", "md", "--as-of", "2025-06-30").stdout
    tokens = list(_walk(_md(out)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_inline", "html_block", "image", "link_open"}, kinds
    shown = "".join(t.content for t in tokens if t.type == "text")
    assert "<script>alert(1)</script>" in shown and "<script>alert(2)</script>" in shown, "shown as text"
    assert "![i](http://evil.example/x.png)" in shown, "the text is kept, as text"
    _tables_whole(out)


def _tables_whole(markdown: str) -> None:
    """Every table renders whole: each row has as many cells as the source row has columns."""
    tokens = _md(markdown)
    tables = 0
    for i, token in enumerate(tokens):
        if token.type != "table_open":
            continue
        tables += 1
        source = markdown.splitlines()[token.map[0] : token.map[1]] if token.map else []
        header = source[0]
        columns = len(re.findall(r"(?<!\\)\|", header)) - 1
        rows, cells = 0, 0
        for inner in tokens[i:]:
            if inner.type == "table_close":
                break
            if inner.type == "tr_open":
                rows, cells = rows + 1, 0
            if inner.type in ("th_open", "td_open"):
                cells += 1
            if inner.type == "tr_close":
                assert cells == columns, f"a row of {cells} cells in a table of {columns}: {header}"
        assert rows == len(source) - 1, f"every line of the table is a row of it: {header}"
    separators = sum(line.startswith("| ---") for line in markdown.splitlines())
    assert tables == separators, "every table in the text renders as its own table"


def test_markdown_report_tables_render_whole(run: Run, demo: Path) -> None:
    assert run("record", "demo-people", "40", "--by", "x", "--date", "2025-06-30").exit_code == 0
    for lang in ("en", "zh"):
        _tables_whole(run("--lang", lang, "report", "--format", "md", "--as-of", "2025-06-30").stdout)


def test_a_colour_terminal_gets_colours_and_no_escape_code_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.table import Table

    from targetctl.cli import terminal
    from targetctl.render.common import to_text

    table = Table("a\x1b]0;pwned\x07")
    table.add_row("x\x1b[2J\x9b31m\u202ey", style="red")
    shown = to_text(table, color=True)
    assert "\x1b[31m" in shown, "the table keeps its colour"
    assert not re.findall("\x1b[^\\[]|\x1b\\[2J|[\x07\x9b\u202e]", shown)
    monkeypatch.setattr(terminal, "color", lambda: True)
    assert terminal.safe("\x1b[1mok\x1b[0m \x1b]0;x\x07\x1b[2Jz\x9b") == "\x1b[1mok\x1b[0m ]0;x[2Jz"
    monkeypatch.setattr(terminal, "color", lambda: False)
    assert terminal.safe("\x1b[1mok\x1b[0m\tz\n") == "[1mok[0m\tz\n"


def test_a_units_own_label_never_carries_an_escape_code() -> None:
    from targetctl.domain.model import Quantity, UnitDeclaration
    from targetctl.render.common import goal, unit_text

    target = Quantity.model_validate(
        {
            "id": "t",
            "programme": "p",
            "title": {"zh": "项目"},
            "quote": "q",
            "kind": "quantity",
            "comparator": "at-least",
            "value": 7.0,
            "unit": "个",
        }
    )
    target._units = {"个": UnitDeclaration(zh="个\x1b[2J", en="items\x1b[5m")}
    for lang in ("en", "zh"):
        assert "\x1b" not in unit_text(target, lang) + goal(target, lang)
