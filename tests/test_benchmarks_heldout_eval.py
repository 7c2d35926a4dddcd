"""The held-out scorer's count of furniture programmes (benchmarks.heldout_eval): a signature line
is furniture, a heading that ends in 布局 (a layout, not a bureau 局) is not."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

# the scorer is a script without type hints: imported by name, so that mypy does not check it here
_EVAL: Any = importlib.import_module("benchmarks.heldout_eval")


def _programme(title: str, quote: str) -> dict[str, object]:
    return {"id": title, "title": {"zh": title}, "quote": quote}


def test_a_signature_is_furniture_and_a_layout_heading_is_not() -> None:
    plan = {
        "title": {"zh": "青川市数字经济行动计划"},
        "programmes": [
            _programme("产业布局", "三、产业布局"),
            _programme("专栏3空间格局", "专栏3空间格局"),
            _programme("青川市财政局", "青川市财政局"),
        ],
    }
    res = _EVAL.score(plan, {"title": "青川市数字经济行动计划"}, True)
    assert res["furniture"] == 1
    assert res["furn"] == ["青川市财政局: 青川市财政局"]


def test_as_pdf_prints_a_text_that_targetctl_reads_back(tmp_path: Any) -> None:
    import shutil

    import pytest

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("needs LibreOffice")
    from targetctl.io.documents import read_document

    text = tmp_path / "list.txt"
    text.write_text("某某区2025年民生实事\n于2025年3月新增公共停车位1500个，建成5G基站200座。\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    pdf = _EVAL.to_pdf(text, tmp_path / "out" / "list.pdf")
    assert pdf.exists() and not (tmp_path / "out" / "list.docx").exists()
    # Writer sets Latin runs apart from Chinese ones, which a PDF's text layer reads as spaces
    assert "于2025年3月新增公共停车位1500个，建成5G基站200座。" in read_document(pdf).text


def _target(ident: str, value: int, due: str, quote: str) -> dict[str, object]:
    return {"id": ident, "kind": "quantity", "value": value, "comparator": "exactly", "due": due, "quote": quote}


def test_a_wrong_due_year_is_listed_with_both_years() -> None:
    """A tuner reads each due year the draft got wrong, not only the count of them."""
    plan = {
        "title": {"zh": "青川市数字经济行动计划"},
        "targets": [
            {
                "id": "t1",
                "kind": "quantity",
                "value": 120,
                "comparator": "exactly",
                "due": "2031-12-31",
                "quote": "建成5G基站120座",
            },
            {
                "id": "t2",
                "kind": "quantity",
                "value": 8,
                "comparator": "exactly",
                "due": "2033-12-31",
                "quote": "新增数据中心8个",
            },
        ],
    }
    label = {
        "title": "青川市数字经济行动计划",
        "targets": [
            {"value": 120, "comparator": "exactly", "due": 2031, "key": "5G基站"},
            {"value": 8, "comparator": "exactly", "due": 2032, "key": "数据中心"},
        ],
    }
    res = _EVAL.score(plan, label, True)
    assert res["due"] == 1
    assert [(m["key"], m["due"], m["drafted_due"]) for m in res["due_wrong"]] == [("数据中心", 2032, 2033)]


def test_the_placeholder_title_is_right_only_where_the_text_states_no_title() -> None:
    plan = {"title": {"zh": "（待填写）"}, "programmes": [], "targets": []}
    assert _EVAL.score(plan, {"title": None}, True)["title"] is True
    assert _EVAL.score(plan, {"title": "青川市数字经济行动计划"}, True)["title"] is False


def test_every_held_out_set_names_the_source_of_each_document_it_labels() -> None:
    # docs/draft_heldout.md reports each set's score; each labelled document must say where it came from
    sets = sorted(Path(__file__).parent.parent.joinpath("benchmarks").glob("heldout*_labels"))
    assert len(sets) >= 29
    for labels in sets:
        sources = json.loads((labels / "_sources.json").read_text(encoding="utf-8"))
        for path in labels.glob("*.json"):
            if path.name.startswith("_"):
                continue
            label = json.loads(path.read_text(encoding="utf-8"))
            assert path.stem in sources, path
            assert {"title", "targets", "traps"} <= set(label), path
