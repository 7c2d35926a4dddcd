"""Word report: numbers with their units, ids and dates never break across lines, in the
text a reader sees (LibreOffice's PDF) and in the widths the tables are given."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Run, to_pdf

pytest.importorskip("docx")

NBHY = "\u2011"


def test_display_text_joins_ids_dates_and_units() -> None:
    from targetctl.render.docx import display

    assert display("mfg-industrial-value-added-growth") == "mfg‑industrial‑value‑added‑growth".replace("‑", NBHY)
    assert display("完成时限 2020-12-31") == f"完成时限 2020{NBHY}12{NBHY}31"
    assert display("= 3 平方公里", value=True) == "=\u00a03\u00a0平方公里"
    assert display("600 个", value=True) == "600\u00a0个"
    assert display("1000亩-2000亩") == "1000亩-2000亩"  # a Chinese range keeps its own hyphen


def test_value_cells_and_lead_units_get_room_for_their_whole_text() -> None:
    from targetctl.render.docx import _cell_width, _width, display, fit

    headers = ["目标任务", "牵头单位", "当前", "目标值", "进度", "应达进度", "按当前进度", "状态"]
    row = [
        "规划建设3平方公里集成电路产业基地\n" + display("mfg-industrial-value-added-growth"),
        "工委组织部",
        display("600 个", value=True),
        display("= 3 平方公里", value=True),
        "33%",
        "不设时限",
        "—",
        "正常推进",
    ]
    widths, pt = fit(headers, [row])
    assert widths[2] >= _width(row[2], pt) - 0.01
    assert widths[3] >= _width(row[3], pt) - 0.01
    assert widths[1] >= _width("工委组织部", pt) - 0.01
    assert widths[0] >= _cell_width(row[0].splitlines()[1], pt) - 0.01


def _plans(root: Path) -> None:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "p.txt").write_text(
        "工业互联网企业入库项目不少于650个。规划建设3平方公里集成电路产业基地。\n", "utf-8"
    )
    (root / "p.yaml").write_text(
        """id: west-coast-manufacturing-2020
title: {zh: 测试计划, en: Test plan}
lead_unit: 工委组织部
period: {start: 2020-01-01, end: 2020-12-31}
source: {file: sources/p.txt, compiler: 测试}
programmes:
  - id: area
    title: {zh: 测试领域, en: Test area}
targets:
  - id: mfg-iiot-library-projects-district
    programme: area
    title: {zh: 工业互联网企业入库项目不少于650个, en: At least 650 projects}
    kind: quantity
    comparator: at-least
    value: 650
    unit: 个
    quote: 工业互联网企业入库项目不少于650个
  - id: mfg-ic-industrial-base
    programme: area
    title: {zh: 规划建设3平方公里集成电路产业基地, en: A 3 km2 base}
    kind: quantity
    comparator: exactly
    value: 3
    unit: 平方公里
    quote: 规划建设3平方公里集成电路产业基地
  - id: mfg-expand-advantage-industries-and-more
    programme: area
    title: {zh: 加快家电电子、汽车制造、船舶海工、石油化工等优势产业扩围加快推进, en: Expand}
    kind: milestone
    quote: 规划建设3平方公里集成电路产业基地
""",
        "utf-8",
    )


def _pdf_text(run: Run, tmp_path: Path, lang: str) -> str:
    root = tmp_path / "plans"
    if not root.exists():
        _plans(root)
        for args in (
            ("mfg-iiot-library-projects-district", "600", "--date", "2020-06-30"),
            ("mfg-ic-industrial-base", "1", "--date", "2020-06-30"),
        ):
            result = run("--plans", str(root), "record", *args, "--by", "测试", "--confirm", "--no-status")
            assert result.exit_code == 0, result.stderr
    out = tmp_path / f"r-{lang}.docx"
    result = run(
        "--plans", str(root), "--lang", lang, "report", "--format", "docx", "-o", str(out), "--as-of", "2020-11-30"
    )
    assert result.exit_code == 0, result.stderr
    done = to_pdf(out, tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = out.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    # pdftotext gives the non-breaking hyphen back as itself or as a plain one
    return text.replace(NBHY, "-").replace("\u00a0", " ")


@pytest.mark.slow
@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext")),
    reason="LibreOffice and poppler-utils are not installed (.ci/run installs them)",
)
def test_printed_report_never_splits_an_id_a_date_or_a_number(run: Run, tmp_path: Path) -> None:
    zh = _pdf_text(run, tmp_path, "zh")
    for whole in (
        "mfg-iiot-library-projects-district",
        "mfg-ic-industrial-base",
        "mfg-expand-advantage-industries-and-more",
        "600 个",
        "= 3 平方公里",
        "≥ 650 个",
        "2020-12-31",
        "工委组织部",
    ):
        assert whole in zh, f"{whole!r} is split in:\n{zh}"
    assert not re.search(r"2020-\s*\n", zh)
    en = _pdf_text(run, tmp_path, "en")
    for word in ("on-track", "at-risk", "no-data", "mfg-ic-industrial-base", "2020-12-31"):
        assert word in en, f"{word!r} is split in:\n{en}"
