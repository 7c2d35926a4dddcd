"""A page number or a dropped line of furniture inside a sentence: the draft's quotes still stand
in the source as written, so the draft validates (our own texts)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

_BODY = (
    "为深入推进政务公开工作，以完善政务公开内容和方式为核心，全面提升政务公开质量，现就有关事项通知如下。"
    "全年主动公开政府信息1000条以上，依申请公开事项按时答复率达到100%，政府网站信息更新及时率保持100%。"
)


def _notice(furniture: list[str]) -> str:
    """A notice whose body is broken at a page's width (a PDF's text layer), with `furniture`
    standing between its second and third lines, inside a sentence."""
    lines = [
        "青政办发〔2024〕3号",
        "青川市人民政府办公室关于做好2024年政务公开工作的通知",
        "各区县人民政府，市政府各部门：",
    ]
    broken = [_BODY[i : i + 14] for i in range(0, len(_BODY), 14)]
    lines += broken[:2] + furniture + broken[2:] + ["青川市人民政府办公室", "2024年3月1日"]
    return "\n".join(lines) + "\n"


def _drafts_and_validates(run: Run, tmp_path: Path, text: str) -> str:
    (tmp_path / "notice.txt").write_text(text, encoding="utf-8")
    result = run("draft", "notice.txt", "--id", "open-government")
    assert result.exit_code == 0, result.output
    checked = run("validate")
    assert checked.exit_code == 0, checked.output
    return (tmp_path / "plans" / "open-government.yaml").read_text(encoding="utf-8")


def test_a_page_number_inside_a_sentence_is_not_inside_a_quote(run: Run, tmp_path: Path) -> None:
    plan = _drafts_and_validates(run, tmp_path, _notice(["", "　　　　　— 1 —", ""]))
    assert 'quote: "—1—"' in plan
    assert "1000条以上" in plan  # the targets after the page break are still drafted


def test_a_publication_note_inside_a_sentence_is_not_inside_a_quote(run: Run, tmp_path: Path) -> None:
    plan = _drafts_and_validates(run, tmp_path, _notice(["（此件公开发布）"]))
    assert 'quote: "（此件公开发布）"' in plan
