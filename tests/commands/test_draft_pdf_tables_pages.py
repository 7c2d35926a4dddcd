"""`targetctl draft` on an indicator table printed as real plans print it (our own rows): a
header over two rows (基期值 over （2020年）), label columns (类别 merged down its rows, 序号),
footnote markers, values such as 达到40, ≥16, [13.5], the table running over pages with its
header repeated or not, cells top-aligned or centred. The Word document and the PDF that
LibreOffice prints from it give the same targets."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import to_pdf

Run = Callable[..., Any]

HEAD = ["类别", "序号", "指标", "单位", "基期值", "目标值", "年均增长", "属性"]
HEAD2 = ["", "", "", "", "（2020年）", "（2025年）", "（%）", ""]
GROUPS = [
    (
        "经济发展",
        [
            ["1", "地区生产总值年均增长", "%", "—", "—", "6左右", "预期性"],
            ["2", "全员劳动生产率①", "万元/人", "12.5", "≥16", "5以上", "预期性"],
            ["3", "常住人口城镇化率", "%", "70.1", "73", "—", "预期性"],
        ],
    ),
    (
        "创新驱动",
        [
            ["4", "研究与试验发展经费投入强度", "%", "2.8", "3.2", "/", "预期性"],
            ["5", "每万人口高价值发明专利拥有量*", "件", "6.2", "12", "—", "预期性"],
            ["6", "数字经济核心产业增加值占地区生产总值比重（%）", "", "7.8", "10", "—", "预期性"],
        ],
    ),
    (
        "绿色生态",
        [
            ["7", "单位地区生产总值能源消耗降低", "%", "—", "[13.5]", "—", "约束性"],
            ["8", "地级及以上城市空气质量优良天数比率", "%", "88.4", ">90", "—", "约束性"],
            ["9", "森林覆盖率", "%", "41.2", "42以上", "—", "约束性"],
            ["10", "城镇生活垃圾回收利用率", "%", "35", "达到40", "—", "预期性"],
        ],
    ),
    (
        "民生福祉",
        [
            ["11", "城镇调查失业率", "%", "5.2", "<5.5", "—", "预期性"],
            ["12", "每千人口拥有3岁以下婴幼儿托位数", "个", "1.8", "4.5", "—", "预期性"],
            ["13", "人均预期寿命", "岁", "78.3", "79", "—", "预期性"],
            ["14", "劳动年龄人口平均受教育年限", "年", "11.1", "11.5", "—", "约束性"],
            ["15", "城镇新增就业人数", "万人", "—", "[50]", "—", "预期性"],
            ["16", "基本养老保险参保率", "%", "93", "95", "—", "预期性"],
        ],
    ),
]
NAMES = [row[1].rstrip("①*").removesuffix("（%）") for _, rows in GROUPS for row in rows]


def build_document(path: Path, *, repeated: bool, centred: bool) -> None:
    import docx
    from docx.enum.table import WD_ALIGN_VERTICAL
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("青川市“十四五”社会发展规划")
    for _ in range(12):  # the table starts low on its page and runs over the next
        document.add_paragraph("本规划明确今后五年全市经济社会发展的方向和重点，是各部门履行职责的依据。")
    document.add_paragraph("一、主要指标")
    rows = 2 + sum(len(r) for _, r in GROUPS)
    table = document.add_table(rows=rows, cols=len(HEAD))
    table.style = "Table Grid"
    for c, (top, below) in enumerate(zip(HEAD, HEAD2, strict=True)):
        if below:
            table.cell(0, c).text, table.cell(1, c).text = top, below
        else:
            table.cell(0, c).merge(table.cell(1, c)).text = top
    if repeated:
        for r in (0, 1):
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(mark)
    r = 2
    for category, group in GROUPS:
        for values in group:
            for c, value in enumerate(values, 1):
                table.cell(r, c).text = value
                if centred:
                    table.cell(r, c).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            r += 1
        merged = table.cell(r - len(group), 0).merge(table.cell(r - 1, 0))
        merged.text = category
        merged.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    document.add_paragraph("注：①按2020年价格计算。带*的为新增指标。[ ]内为五年累计数。")
    document.add_paragraph("二、重点任务")
    document.add_paragraph("新建污水管网120公里。")
    document.save(str(path))


def _check(run: Run, tmp_path: Path, source: str) -> str:
    result = run("draft", source, "--id", "social")
    assert result.exit_code == 0, result.output
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    plan = (tmp_path / "plans" / "social.yaml").read_text(encoding="utf-8")
    targets = plan.split("targets:")[1].split("excluded:")[0]
    for name in NAMES:
        assert f'zh: "{name}"' in targets, name
    for value in ("value: 16", "value: 40", "percent: 13.5", "value: 5.5", "value: 50", "value: 95"):
        assert value in targets, value
    assert targets.count("约束性 (binding)") == 4
    assert "baseline: {value: 12.5, date: 2020-12-31}" in targets
    assert "comparator: at-least\n    value: 40" in targets  # 达到40: a level to reach
    return targets


def test_a_word_table_with_a_header_over_two_rows_is_drafted_one_target_per_row(run: Run, tmp_path: Path) -> None:
    build_document(tmp_path / "plan.docx", repeated=True, centred=False)
    _check(run, tmp_path, "plan.docx")


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize(("repeated", "centred"), [(True, False), (False, False), (True, True), (False, True)])
def test_a_pdf_table_over_two_pages_is_drafted_one_target_per_row(
    run: Run, tmp_path: Path, repeated: bool, centred: bool
) -> None:
    build_document(tmp_path / "plan.docx", repeated=repeated, centred=centred)
    made = to_pdf(tmp_path / "plan.docx", tmp_path)
    assert made.returncode == 0, made.stderr
    (tmp_path / "plan.docx").unlink()
    from pypdf import PdfReader

    assert len(PdfReader(str(tmp_path / "plan.pdf")).pages) >= 2  # the table does run over a page
    _check(run, tmp_path, "plan.pdf")


def test_ranges_in_a_table_are_drafted_and_validate(run: Run, tmp_path: Path) -> None:
    text = "青川市“十四五”规划\n一、主要指标\n指标\t单位\t2020年\t2025年\t属性\n"
    text += "地区生产总值年均增长\t%\t\t6-6.5\t预期性\n城镇新增就业人数\t万人\t1.1\t1.2～1.5\t约束性\n"
    (tmp_path / "plan.txt").write_text(text, encoding="utf-8")
    result = run("draft", "plan.txt", "--id", "ranges")
    assert result.exit_code == 0, result.output
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    plan = (tmp_path / "plans" / "ranges.yaml").read_text(encoding="utf-8")
    assert "kind: range" in plan and "约束性 (binding)" in plan
    assert "comparator: between" in plan
