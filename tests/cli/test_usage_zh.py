"""Click's own words under --lang zh: usage errors, the usage line, help headings, defaults and
metavars come out in Chinese; English stays English; and every message Typer's Click can
print has an entry, so a Typer upgrade cannot bring an English sentence in unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from rich.cells import cell_len

from targetctl.cli.usage_zh import click_message, type_word
from tests.conftest import Run, command_names

COMMANDS = command_names()
# Words a Chinese line may still hold: the program, option names, typed values, file names.
ALLOWED = re.compile(
    r"--?[\w-]+|targetctl|YYYY-MM-DD|TARGETCTL_\w+|pip install '[^']*'|'[^']*'|“[^”]*”|\{[^}]*\}|<[^>]*>"
    r"|[\w./-]*\.(?:xlsx|docx|yaml|csv)"
)


def english_left(text: str, also: tuple[str, ...] = ()) -> list[str]:
    rest = ALLOWED.sub(" ", text)
    for word in (*COMMANDS, *also):
        rest = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", rest)
    return re.findall(r"[A-Za-z]{2,}", rest)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("status", "--nope"), "没有此选项：--nope"),
        (("status", "--plan"), "选项 --plan 后须给出一个值"),
        (("export", "--format", "nope"), "“nope”不是可选值"),
        (("status", "--as-of", "2020-13-01"), "“2020-13-01”不是日期"),
        (("judge",), "缺少参数"),
        (("record", "a", "b", "c"), "多余的参数：c"),
        (("nope",), "没有此命令：nope"),
        (("export", "--format", "xlsx"), "xlsx 须写入文件"),
        (("statsu",), "没有此命令：statsu（是否为 'status'？）"),
        (("status", "--at-risk", "abc"), "应为数字"),
        (("status", "--at-risk", "-5"), "不得小于 0"),
        (("record",), "目标编号 数值 的值无效"),
        (("import", "/nonexistent.csv"), "文件 的值无效"),
    ],
)
def test_usage_errors_in_chinese(run: Run, args: tuple[str, ...], expected: str) -> None:
    result = run("--lang", "zh", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "错误：" in result.stderr
    assert "Error" not in result.stderr and "Usage" not in result.stderr
    also = ("root", "nope", "csv", "json", "xlsx", "parquet", "statsu", "status", "abc", "nonexistent")
    assert english_left(result.stderr, also) == [], result.stderr


def test_english_is_left_as_it_was_and_nothing_leaks_between_runs(run: Run) -> None:
    assert "用法" in run("--lang", "zh", "status", "--nope").stderr
    english = run("status", "--nope").stderr
    assert "Usage: root status [OPTIONS]" in english and "No such option: --nope" in english
    assert "[OPTIONS]" in run("record", "--help").stdout  # the Chinese metavars were undone


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_chinese_has_no_english_words_and_fits_80_columns(
    run: Run, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("--lang", "zh", command, "--help")
    assert result.exit_code == 0
    text = result.stdout
    for english in ("Usage", "Options", "Arguments", "Show this message", "[default", "env var", "OPTIONS", "<str>"):
        assert english not in text, (command, english)
    # kinds, statuses, choices, git's name and the plan file's own words are values, not prose
    values: tuple[str, ...]
    values = ("git", "user", "name", "last", "VALUE", "red", "amber", "green", "en", "zh", "json", "text", "github")
    values += ("md", "html", "docx", "csv", "xlsx", "parquet", "status", "due", "progress", "quarter", "month")
    values += ("week", "year", "cache", "no", "id", "dir", "ID", "PLANS", "PLAN", "FILE", "JSON", "Schema", "shell")
    values += ("provisional", "pager", "all", "plan", "targets", "records", "review", "WPS", "Word", "HTML")
    values += ("Markdown", "GBK", "UTF", "pdf", "GitHub", "CSV", "Excel", "TARGET", "RECORD", "SOURCE", "PDF", "CI")
    values += ("PLAN_ID", "README", "ok", "root", "west", "coast", "org", "Parquet", "Big5")
    assert english_left(text, values) == [], (command, english_left(text, values))
    assert all(cell_len(line) <= 80 for line in text.splitlines()), command


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_english_fits_80_columns(run: Run, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    text = run(command, "--help").stdout
    assert all(cell_len(line) <= 80 for line in text.splitlines()), command


# Every message Typer's copy of Click builds, as found in its source, with a sample of each
# that a user can meet; those a user cannot meet (programming errors) are listed as such.
SAMPLES = {
    "Got unexpected extra argument(s) ({extra_args})": "Got unexpected extra argument(s) (a b)",
    "Argument {self.dest!r} takes {self.nargs} values.": "Argument 'x' takes 2 values.",
    "Option {opt!r} does not take a value.": "Option '--all' does not take a value.",
    "Option {option_name!r} requires {msg}": "Option '--plan' requires an argument.",
    "Value must be an iterable.": "Value must be an iterable.",
    "Value {value!r} is not a valid {label}.": "Value 'x' is not a valid integer.",
    "Value {value!r} is not a valid {annotation.__name__}.": "Value 'x' is not a valid float.",
    "{value!r} is not one of {choices_str}.": "'x' is not one of 'a', 'b'.",
    "{label} {format_filename(value)!r} does not exist.": "File 'a.csv' does not exist.",
    "{label} {loc} is a file.": "Directory 'a.csv' is a file.",
    "{label} {loc} is a directory.": "File 'plans' is a directory.",
    "{label} {loc} is not readable.": "File 'a.csv' is not readable.",
    "{label} {loc} is not writable.": "File 'a.csv' is not writable.",
    "'{filename}': {exc.strerror}": "'a.csv': 权限不够",
    "{len(adapters)} values are required, but {len(value)} given.": "2 values are required, but 1 given.",
    "{value!r} does not match the formats {formats_str}.": "'x' does not match the formats '%Y-%m-%d'.",
    "Missing command.": "Missing command.",
    "No such command {name!r}.": "No such command 'x'.",
}
NOT_FOR_USERS = {
    "value is not a valid tuple",
    "None is not a valid string",
    "Appending to an existing file is not supported, because that",
    "Use the `overwrite`-parameter instead.",
    "Atomic writes only make sense with `w`-mode.",
    "cannot read odd number of bytes from UTF-16-LE encoded console",
    "Invalid start character for option ({opt})",
    "unknown action '{self.action}'",
    "Expected one list item type, got: {args!r}",
    "Boolean option {decl!r} cannot use the",
    "Only Deadpool is allowed",
}
RAISED = re.compile(
    r"(?:\.fail|UsageError|BadParameter|BadOptionUsage|BadArgumentUsage|NoSuchOption|ValueError)\(\s*"
    r"(?:[\w.]+,\s*)?(?:_\()?f?\"([^\"\n]+)\""
)


def test_every_click_message_is_known() -> None:
    source = Path(typer.__file__).parent
    found = {m for path in source.rglob("*.py") for m in RAISED.findall(path.read_text(encoding="utf-8"))}
    assert found - SAMPLES.keys() - NOT_FOR_USERS == set()


@pytest.mark.parametrize("sample", sorted(SAMPLES.values()))
def test_every_click_message_has_chinese(sample: str) -> None:
    said = click_message(sample)
    assert re.search(r"[\u4e00-\u9fff]", said), sample
    assert english_left(said, ("x", "a", "b", "csv", "plans", "all", "plan")) == [], said


def test_type_words() -> None:
    assert type_word("<str>") == "<文本>" and type_word("<list[path]>") == "<路径>..."
    assert type_word("<en|zh>") == "<en|zh>"


@pytest.mark.parametrize(
    "args",
    [("record", "nosuch", "1", "--date", "2025-05-01"), ("record", "--void", "zz", "--reason", "x")],
)
def test_data_errors_in_chinese_carry_no_english_hint(run: Run, demo: Path, args: tuple[str, ...]) -> None:
    result = run("--lang", "zh", *args)
    assert result.exit_code == 1 and result.stderr.startswith("错误：")
    assert english_left(result.stderr, ("nosuch", "zz", "list", "log")) == [], result.stderr


def test_model_messages_in_chinese() -> None:
    from targetctl.domain.messages import Msg

    for message in (
        Msg("model.chars_at_most", name="title.en", bound=4000, got="'xxxx'"),
        Msg("model.must_be_number", name="value", got="'abc'"),
        Msg("model.must_be_date", name="due", got="'2020/1/1'"),
        Msg("plan.declare_unit"),
    ):
        said = message.text("zh")
        assert (
            re.search(r"[\u4e00-\u9fff]", said)
            and english_left(said, ("title", "en", "xxxx", "value", "abc", "due", "units", "zh", "tonnes")) == []
        ), said


def test_draft_and_import_refusals_in_chinese(run: Run, demo: Path, tmp_path: Path) -> None:
    missing = run("--lang", "zh", "draft", "nofile.txt", "--id", "x-2025")
    assert missing.exit_code == 2 and "不存在或不是文件" in missing.stderr
    bad_id = run("--lang", "zh", "draft", str(demo / "sources" / "demo.txt"), "--id", "BAD_ID")
    assert bad_id.exit_code == 2 and "不是有效的计划编号" in bad_id.stderr
    sheet = tmp_path / "x.csv"
    sheet.write_text("a,b\n1,2\n", encoding="utf-8")
    columns = run("--lang", "zh", "import", str(sheet))
    assert columns.exit_code == 1 and "缺少“目标编号”列" in columns.stderr
    for said in (missing.stderr, bad_id.stderr, columns.stderr):
        assert english_left(said, ("root", "txt", "docx", "pdf", "targetctl", "export")) == [], said


@pytest.mark.parametrize("argv", [["--lang", "fr", "list"], ["list", "--lang", "fr"]])
def test_a_language_that_is_none_is_refused_in_the_language_the_user_reads(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from targetctl.cli.main import app

    monkeypatch.setenv("TARGETCTL_LANG", "zh")
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 2
    assert "错误：'--lang' 的值无效" in result.output and "Invalid value" not in result.output
