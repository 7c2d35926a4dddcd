"""`draft` writes a plan and its source copy together or not at all, only plans that validate,
and only ids the folder does not use yet."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from targetctl.cli.main import app
from targetctl.commands import draft as draft_command
from tests.commands.test_draft import PLAN_TEXT
from tests.conftest import Run


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_file_name_that_is_not_utf8_is_refused_before_anything_is_written(run: Run, tmp_path: Path) -> None:
    name = os.fsdecode(b"plan-\xff.txt")
    (tmp_path / name).write_text(PLAN_TEXT, encoding="utf-8")
    result = run("draft", name, "--id", "d")
    assert result.exit_code == 1 and "not valid UTF-8" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _files(tmp_path / "plans") == []


def test_control_characters_in_the_file_name_do_not_reach_the_plan(run: Run, tmp_path: Path) -> None:
    name = "plan\x1b[31m\x7f\u202e\n.txt"
    (tmp_path / name).write_text(PLAN_TEXT, encoding="utf-8")
    assert run("draft", name, "--id", "d").exit_code == 0
    assert "\\u007f" in (tmp_path / "plans" / "d.yaml").read_text(encoding="utf-8")
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


def test_a_failed_force_keeps_the_old_plan_and_its_old_source(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "d").exit_code == 0
    plans = tmp_path / "plans"
    before = {name: (plans / name).read_bytes() for name in ("d.yaml", "sources/d.txt")}
    (tmp_path / "doc.txt").write_text("新建口袋公园不少于15个。\n", encoding="utf-8")
    real = Path.replace

    def failing(self: Path, target: str | os.PathLike[str]) -> Path:
        if self.name.endswith(".tmp") and str(target).endswith("d.yaml"):
            raise OSError(28, "No space left on device")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    result = run("draft", "doc.txt", "--id", "d", "--force")
    assert result.exit_code == 1 and "No space left" in result.output, result.output
    assert {name: (plans / name).read_bytes() for name in before} == before
    assert _files(plans) == ["d.yaml", "plan.schema.json", "sources/d.txt"]


def test_a_failed_first_draft_leaves_no_source_copy(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    real = os.link

    def failing(src: str | os.PathLike[str], dst: str | os.PathLike[str], **kw: object) -> None:
        if str(dst).endswith(".yaml"):
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "link", failing)
    result = run("draft", "doc.txt", "--id", "d")
    assert result.exit_code == 1 and "nothing was written" in result.output, result.output
    assert [f for f in _files(tmp_path / "plans") if "sources" in f or f.endswith(".yaml")] == []


@pytest.mark.parametrize("command", [("init", "bad\n"), ("draft", "doc.txt", "--id", "bad\n")])
def test_an_id_ending_in_a_line_break_is_refused(run: Run, tmp_path: Path, command: tuple[str, ...]) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    result = run(*command)
    assert result.exit_code == 2 and "not a valid plan id" in result.output, result.output
    assert _files(tmp_path / "plans") == []


def test_a_plan_id_used_by_another_file_is_refused(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "d").exit_code == 0
    (tmp_path / "plans" / "d.yaml").rename(tmp_path / "plans" / "other.yaml")
    (tmp_path / "plans" / "sources" / "d.txt").unlink()
    for command in (("draft", "doc.txt", "--id", "d"), ("init", "d")):
        result = run(*command)
        assert result.exit_code == 1 and "plans/other.yaml: already uses the id 'd'" in result.output, result.output
    assert _files(tmp_path / "plans") == ["other.yaml", "plan.schema.json"]


def test_target_ids_used_by_another_plan_are_refused(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "d").exit_code == 0
    result = run("draft", "doc.txt", "--id", "d-t01", "--force")
    assert result.exit_code == 1 and "plans/d.yaml: already uses the id 'd-t01'" in result.output, result.output
    assert run("draft", "doc.txt", "--id", "d", "--force").exit_code == 0  # replacing its own ids is no clash
    (tmp_path / "plans" / "e.yaml").write_text("id: e\ntargets:\n  - id: f-t02\n", encoding="utf-8")
    taken = run("draft", "doc.txt", "--id", "f")
    assert taken.exit_code == 1 and "plans/e.yaml: already uses the id 'f-t02'" in taken.output, taken.output
    assert not (tmp_path / "plans" / "f.yaml").exists() and not (tmp_path / "plans" / "sources" / "f.txt").exists()


def test_control_characters_are_cleaned_from_plan_and_source_alike(run: Run, tmp_path: Path) -> None:
    dirty = PLAN_TEXT.replace("左右", "左右\x7f\x85\x9b\x01\ufffe").replace("就业", "就\u2028业\x0c")
    (tmp_path / "doc.txt").write_text(dirty, encoding="utf-8")
    assert run("draft", "doc.txt", "--id", "d").exit_code == 0
    source = (tmp_path / "plans" / "sources" / "d.txt").read_text(encoding="utf-8")
    assert not any(c in source for c in "\x7f\x85\x9b\x01\ufffe\u2028\x0c")
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


def test_quotes_over_the_limit_are_cut_and_the_plan_validates(run: Run, tmp_path: Path) -> None:
    text = "到2025年，新建" + "甲乙" * 2600 + "中心30个。\n" + "推进" + "丙" * 5000 + "建设工作。\n"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "d")
    assert result.exit_code == 0, result.output
    checked = run("validate")
    assert checked.exit_code == 0, checked.output


@pytest.mark.slow
def test_a_plan_over_the_size_limit_is_refused_with_its_limit(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draft_command, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    (tmp_path / "doc.txt").write_text("甲，" * 400_000, encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "d")
    assert result.exit_code == 1 and "plan over 2 MiB" in result.output, result.output
    assert not (tmp_path / "plans" / "sources" / "d.txt").exists()


_PIECES = st.sampled_from(
    [
        *PLAN_TEXT.replace("\n", "。").split("。"),
        "增长5.5%",
        "1.2万人",
        "不少于30家",
        "到2025年",
        "（一）",
        "一、",
        "3.",
    ]
)
_NOISE = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"], include_characters="\x00\x7f\x85\x9b\u2028\ufffe\uffff"),
    max_size=30,
)


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, _NOISE, st.sampled_from(["，", "。", "\n", "：", "；", " ", "\t"])), max_size=40))
def test_any_text_drafts_a_plan_that_validates_or_is_refused(parts: list[str]) -> None:
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "doc.txt").write_bytes("".join(parts).encode("utf-8"))
        plans = str(root / "plans")
        drafted = runner.invoke(app, ["--plans", plans, "draft", str(root / "doc.txt"), "--id", "d"])
        assert drafted.exit_code in (0, 1), drafted.output
        if drafted.exit_code == 1:
            assert len(drafted.output.strip().splitlines()) == 1, drafted.output
            assert not (root / "plans" / "sources" / "d.txt").exists()
            return
        checked = runner.invoke(app, ["--plans", plans, "validate"])
        assert checked.exit_code == 0, (parts, checked.output)


def test_links_and_files_in_the_way_are_named_as_they_stand(run: Run, tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "sources").write_text("", encoding="utf-8")
    result = run("draft", "doc.txt", "--id", "d")
    assert result.exit_code == 1 and "plans/sources: is not a folder" in result.output, result.output
    (tmp_path / "plans" / "sources").unlink()
    (tmp_path / "plans" / "sources").mkdir()
    (tmp_path / "plans" / "sources" / "d.txt").symlink_to(tmp_path / "elsewhere.txt")
    linked = run("draft", "doc.txt", "--id", "d", "--force")
    assert linked.exit_code == 1 and "plans/sources/d.txt: is not a regular file" in linked.output, linked.output
    assert not (tmp_path / "elsewhere.txt").exists() and not (tmp_path / "plans" / "d.yaml").exists()


def test_a_word_table_does_not_make_paragraphs_run_together(tmp_path: Path) -> None:
    """Table rows end without punctuation; they made the reader take the whole document for an
    OCR'd column, joining each heading to the lines after it."""
    from targetctl.commands.draft import draft_file
    from tests.io.test_documents import cell, docx_bytes, p, row, table

    rows = [row(cell(p(f"指标{i}")), cell(p("2023年完成")), cell(p(f"{i}万人"))) for i in range(6)]
    body = p("某区2024年重点工作计划") + p("一、重点任务") + p("新增城镇就业1.2万人以上") + table(*rows)
    (tmp_path / "doc.docx").write_bytes(docx_bytes(body))
    written = draft_file(tmp_path / "plans", tmp_path / "doc.docx", "d", today=dt.date(2024, 1, 1))
    assert "重点任务" in [prog.title for prog in written.draft.all_programmes()]


def test_force_never_hands_an_old_plans_records_to_new_targets(run: Run, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("一、目标\n到2025年，全区新增市场主体不少于2万户。\n", encoding="utf-8")
    second.write_text("一、目标\n到2025年，全区建成5G基站不少于300个。\n", encoding="utf-8")
    (tmp_path / "plans").mkdir(exist_ok=True)
    assert run("draft", str(first), "--id", "k1").exit_code == 0
    plan = (tmp_path / "plans" / "k1.yaml").read_text(encoding="utf-8")
    target = next(line.split(":", 1)[1].strip() for line in plan.splitlines() if "- id: k1-t" in line)
    assert run("record", target, "1.5", "--date", "2025-03-01", "--by", "x").exit_code == 0
    result = run("draft", str(second), "--id", "k1", "--force")
    assert result.exit_code == 1 and "holds records of the plan 'k1'" in result.stderr
    assert (tmp_path / "plans" / "k1.yaml").read_text(encoding="utf-8") == plan
