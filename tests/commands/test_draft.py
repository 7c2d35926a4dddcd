"""`targetctl draft`: files written, refusals, encodings, .docx/.pdf input, --compare, and the seed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from targetctl.domain.drafting.extract import extract
from targetctl.domain.model import Growth, Quantity, Range, Ratio
from targetctl.domain.units import same_base
from targetctl.workspace import load
from tests.conftest import REPO

SEED = REPO / "plans" / "sources"

Run = Callable[..., Any]

PLAN_TEXT = (
    "某区2024年重点工作计划\n一、主要目标\n地区生产总值增长5.5%左右，新增城镇就业1.2万人以上。\n"
    "二、重点任务\n（一）实施产业强链行动。新培育专精特新企业不少于30家，建成区域物流中心。\n"
)


def test_draft_writes_a_plan_that_validates(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "district-2024")
    assert result.exit_code == 0, result.output
    assert "wrote plans/district-2024.yaml" in result.stdout and "numeric targets: 3" in result.stdout
    plan = (tmp_path / "plans" / "district-2024.yaml").read_text(encoding="utf-8")
    assert plan.startswith("# yaml-language-server: $schema=plan.schema.json")
    assert "period: {start: 2024-01-01, end: 2024-12-31}" in plan and "en:" not in plan
    assert (tmp_path / "plans" / "sources" / "district-2024.txt").read_text(encoding="utf-8") == PLAN_TEXT
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    strict = run("validate", "--strict")
    assert strict.exit_code == 1
    problems = [line for line in strict.output.splitlines() if line.startswith("plans/")]
    assert problems and all("translation" in p or "needs review" in p for p in problems), problems


def test_draft_refuses_to_overwrite_unless_forced(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "d").exit_code == 0
    again = run("draft", "doc.txt", "--id", "d")
    assert again.exit_code == 1 and "already exists" in again.output and "--force" in again.output
    assert len(again.output.strip().splitlines()) == 1
    assert run("draft", "doc.txt", "--id", "d", "--force").exit_code == 0
    assert not [p for p in (tmp_path / "plans").iterdir() if p.name.endswith(".tmp")]


def test_gbk_input_is_copied_as_utf8(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_bytes(PLAN_TEXT.encode("gbk"))
    result = run("draft", "doc.txt", "--id", "gbk-plan")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "plans" / "sources" / "gbk-plan.txt").read_text(encoding="utf-8") == PLAN_TEXT
    assert run("validate").exit_code == 0


def test_utf8_bom_input(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_bytes(b"\xef\xbb\xbf" + PLAN_TEXT.encode("utf-8"))
    assert run("draft", "doc.txt", "--id", "bom").exit_code == 0
    assert run("validate").exit_code == 0


def test_docx_input(run: Run, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in PLAN_TEXT.splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "doc.docx"))
    result = run("draft", "doc.docx", "--id", "from-docx")
    assert result.exit_code == 0, result.output
    assert "numeric targets: 3" in result.stdout
    assert (tmp_path / "plans" / "sources" / "from-docx.txt").read_text(encoding="utf-8").startswith("某区2024年")
    assert run("validate").exit_code == 0


def _pdf(text: str) -> bytes:
    """A one-page PDF showing `text` (ASCII) in Helvetica."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_input_is_read_as_text(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.pdf").write_bytes(_pdf("Plan 2024"))
    result = run("draft", "doc.pdf", "--id", "from-pdf")
    assert result.exit_code == 0, result.output
    assert "Plan 2024" in (tmp_path / "plans" / "sources" / "from-pdf.txt").read_text(encoding="utf-8")


_UTF16_LINE = "到2025年，新增就业岗位1200个。\r\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n\n", "holds no text"),
        ("binary.txt", b"\x00\x01\x02\x03" * 10, "binary file"),
        # UTF-16 without its mark, broken past the first few KB: a lone high surrogate; cut short
        ("le.txt", _UTF16_LINE.encode("utf-16-le") * 200 + b"\x00\xd8A\x00", "UTF-16 text without a byte-order mark"),
        ("be.txt", _UTF16_LINE.encode("utf-16-be") * 200 + b"\x00", "UTF-16 text without a byte-order mark"),
        ("latin.txt", b"caf\xe9 \xff\x80 ok", "not UTF-8, GBK or Big5"),
        ("broken.docx", b"not a zip", "cannot be read as a .docx"),
        ("broken.pdf", b"%PDF-1.4 nothing", "cannot be read as a PDF"),
        ("old.doc", b"whatever", "not read"),
    ],
)
def test_unreadable_documents_fail_in_one_line(
    run: Run, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    result = run("draft", name, "--id", "x")
    assert result.exit_code == 1 and message in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not (tmp_path / "plans" / "x.yaml").exists()


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read(run: Run, tmp_path: Path, order: str) -> None:
    # Windows tools save "Unicode" text; some leave the byte-order mark off
    text = "某县就业促进实施方案\r\n一、目标任务\r\n到2025年，新增就业岗位1200个。\r\n"
    (tmp_path / "plan.txt").write_bytes(text.encode(order))
    result = run("draft", "plan.txt", "--id", "x")
    assert result.exit_code == 0, result.output
    plan = yaml.safe_load((tmp_path / "plans" / "x.yaml").read_text(encoding="utf-8"))
    assert plan["title"]["zh"] == "某县就业促进实施方案"
    assert [t["value"] for t in plan["targets"]] == [1200]


def test_missing_document_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    for name in ("nope.txt", "."):
        result = run("draft", name, "--id", "x")
        assert result.exit_code == 2 and "not found or not a file" in result.output, result.output
    assert not (tmp_path / "plans").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("draft", "doc.txt"),
        ("draft", "doc.txt", "--id", "a", "--compare", "b"),
        ("draft", "doc.txt", "--id", "Not_An_Id"),
        ("draft", "doc.txt", "--id", "a", "--year", "2024", "--period-start", "2024-01-01"),
        ("draft", "doc.txt", "--id", "a", "--period-start", "2024-01-01"),
        ("draft", "doc.txt", "--id", "a", "--period-start", "2024-12-31", "--period-end", "2024-01-01"),
        ("draft", "doc.txt", "--id", "a", "--period-start", "01/01/2024", "--period-end", "2024-12-31"),
    ],
)
def test_usage_errors_exit_2(run: Run, tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "plans").exists()


def test_period_options(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("新增城镇就业1万人以上。\n到2025年，森林覆盖率达到40%。\n", encoding="utf-8")
    assert (
        run("draft", "doc.txt", "--id", "a", "--period-start", "2021-01-01", "--period-end", "2025-12-31").exit_code
        == 0
    )
    plan = (tmp_path / "plans" / "a.yaml").read_text(encoding="utf-8")
    assert "period: {start: 2021-01-01, end: 2025-12-31}" in plan and "due: 2025-12-31" in plan
    assert run("draft", "doc.txt", "--id", "b", "--year", "2023").exit_code == 0
    b = (tmp_path / "plans" / "b.yaml").read_text(encoding="utf-8")
    assert "period: {start: 2023-01-01, end: 2023-12-31}" in b and "outside the plan period" in b
    assert run("validate").exit_code == 0


def test_unstated_period_is_marked(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("新增城镇就业1万人以上。\n", encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "a").exit_code == 0
    plan = (tmp_path / "plans" / "a.yaml").read_text(encoding="utf-8")
    assert "# review: the text states no year" in plan and "is an assumption to check" in plan


def _seed_workspace(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    shutil.copytree(REPO / "schema", tmp_path / "schema")
    return tmp_path / "plans"


@pytest.mark.parametrize("plan_id", ["west-coast-org-2020", "west-coast-manufacturing-2020"])
def test_seed_drafts_validate_and_trace_clean(run: Run, tmp_path: Path, plan_id: str) -> None:
    _seed_workspace(tmp_path)
    result = run("draft", f"plans/sources/{plan_id}.txt", "--id", "drafted", "--year", "2020")
    assert result.exit_code == 0, result.output
    assert "$schema=../schema/plan.schema.json" in (tmp_path / "plans" / "drafted.yaml").read_text(encoding="utf-8")
    assert run("validate").exit_code == 0
    strict = run("validate", "--strict", "plans/drafted.yaml")
    problems = [line for line in strict.output.splitlines() if line.startswith("plans/")]
    assert all("translation" in p or "needs review" in p for p in problems), problems
    assert run("trace", "--plan", "drafted", "--unmapped").stdout.count("0 unmapped") == 1


def _value(target: Any) -> tuple[str, Decimal, str | None]:
    if isinstance(target, Range):
        return "range", target.min, target.unit
    if isinstance(target, Quantity):
        return target.comparator, target.value, target.unit
    assert isinstance(target, Growth | Ratio)
    return target.comparator, target.percent, None


def test_seed_drafts_find_all_nine_numeric_targets() -> None:
    shipped = [
        t
        for lp in load(REPO / "plans", records=False, strict=False).plans
        for t in lp.plan.targets
        if isinstance(t, Quantity | Range | Growth | Ratio)
    ]
    assert len(shipped) == 9
    drafted = [
        t
        for name in ("west-coast-org-2020", "west-coast-manufacturing-2020")
        for t in extract((SEED / f"{name}.txt").read_text(encoding="utf-8"), default_year=2020).targets
        if t.numeric
    ]
    for target in shipped:
        comparator, value, unit = _value(target)
        matches = [
            d
            for d in drafted
            if d.kind == target.kind
            and d.value == value
            and (d.comparator == comparator or comparator == "range")
            and (unit is None or same_base(d.unit or "", unit) == 1)
            and (d.quote in target.quote or target.quote in d.quote)
        ]
        assert matches, f"not drafted: {target.id} {comparator} {value} {unit}"
        if isinstance(target, Range):
            assert matches[0].value_max == target.max
    assert len(drafted) == 9


def test_compare_lists_both_directions(run: Run, tmp_path: Path) -> None:
    _seed_workspace(tmp_path)
    result = run("draft", "plans/sources/west-coast-org-2020.txt", "--compare", "west-coast-org-2020")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "found by the draft, not in the plan:" in out and "in the plan, not found by the draft:" in out
    assert "20%以上" not in out.split("in the plan, not found")[0].split("not in the plan:")[1]
    assert not (tmp_path / "plans" / "sources" / "west-coast-org-2020.txt.tmp").exists()
    (tmp_path / "extra.txt").write_text("新建口袋公园不少于15个。\n", encoding="utf-8")
    other = run("draft", "extra.txt", "--compare", "west-coast-org-2020").stdout
    assert "+ quantity at-least 15个: 新建口袋公园不少于15个" in other
    assert "- quantity exactly 100 people: 完成面向“双一流”高校引进100名优秀干部人才工作" in other
    unknown = run("draft", "extra.txt", "--compare", "no-such-plan")
    assert unknown.exit_code == 1 and "unknown plan" in unknown.output
