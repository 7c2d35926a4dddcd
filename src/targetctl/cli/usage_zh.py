"""Click's own words in Chinese: usage errors, the usage line, help headings, defaults and
metavars, under --lang zh, TARGETCTL_LANG=zh or a Chinese locale.

Typer carries its own copy of Click, whose messages are fixed English sentences built in a
handful of places (no gettext to hook). Each exception class is rendered here from its
fields; the few messages that only exist as text have one entry each in CLICK_MESSAGES,
and a test reads Typer's Click and fails on a message shape that has no entry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from targetctl.cli.help_zh import HELP, SECTIONS
from targetctl.render.cjk import chunks

# (id, Click's sentence, its Chinese): Click's fixed messages, matched whole.
CLICK_MESSAGES: list[tuple[str, re.Pattern[str], str]] = [
    (name, re.compile(pattern), zh)
    for name, pattern, zh in [
        ("no-such-option", r"^No such option: (?P<a>.+)$", "没有此选项：{a}"),
        ("option-needs-a-value", r"^Option '(?P<a>[^']+)' requires an argument\.$", "选项 {a} 后须给出一个值"),
        (
            "option-needs-values",
            r"^Option '(?P<a>[^']+)' requires (?P<n>\d+) arguments\.$",
            "选项 {a} 后须给出 {n} 个值",
        ),
        ("option-takes-no-value", r"^Option '(?P<a>[^']+)' does not take a value\.$", "选项 {a} 不接受值"),
        ("argument-takes-values", r"^Argument '(?P<a>[^']+)' takes (?P<n>\d+) values\.$", "参数 {a} 须给出 {n} 个值"),
        ("extra-arguments", r"^Got unexpected extra argument\(s\) \((?P<a>.*)\)$", "多余的参数：{a}"),
        ("missing-command", r"^Missing command\.$", "缺少命令"),
        ("no-such-command", r"^No such command '(?P<a>.*)'\.$", "没有此命令：{a}"),
        (
            "no-such-command-guess",
            r"^No such command '(?P<a>.*)'\. Did you mean (?P<b>.*)\?$",
            "没有此命令：{a}（是否为 {b}？）",
        ),
        ("not-one-of", r"^'(?P<a>.*)' is not one of (?P<b>.*)\.$", "“{a}”不是可选值（{b}）之一"),
        ("not-a-valid", r"^Value '(?P<a>.*)' is not a valid (?P<b>[\w ]+)\.$", "“{a}”不是有效的值"),
        ("path-missing", r"^(?P<k>File|Directory|Path) '(?P<a>.*)' does not exist\.$", "“{a}”不存在"),
        ("path-is-folder", r"^(?P<k>File|Directory|Path) '(?P<a>.*)' is a directory\.$", "“{a}”是文件夹"),
        ("path-is-file", r"^(?P<k>File|Directory|Path) '(?P<a>.*)' is a file\.$", "“{a}”是文件，不是文件夹"),
        ("path-unreadable", r"^(?P<k>File|Directory|Path) '(?P<a>.*)' is not readable\.$", "“{a}”无法读取"),
        ("path-unwritable", r"^(?P<k>File|Directory|Path) '(?P<a>.*)' is not writable\.$", "“{a}”无法写入"),
        ("file-error", r"^'(?P<a>[^']*)': (?P<b>.+)$", "“{a}”：{b}"),
        (
            "values-required",
            r"^(?P<n>\d+) values are required, but (?P<m>\d+) given\.$",
            "须给出 {n} 个值，实际为 {m} 个",
        ),
        ("date-formats", r"^'(?P<a>.*)' does not match the formats (?P<b>.*)\.$", "“{a}”不符合格式 {b}"),
        ("value-not-iterable", r"^Value must be an iterable\.$", "值须为列表"),
        ("choose-from", r"^Choose from (?P<a>.*)\.$", "可选：{a}"),
        # what Typer's own (pydantic) conversion says of a refused option value
        ("input-number", r"^Input should be a valid number.*$", "应为数字"),
        ("input-integer", r"^Input should be a valid integer.*$", "应为整数"),
        ("input-finite", r"^Input should be a finite number$", "应为有限的数字"),
        ("input-ge", r"^Input should be greater than or equal to (?P<n>\S+)$", "不得小于 {n}"),
        ("input-gt", r"^Input should be greater than (?P<n>\S+)$", "须大于 {n}"),
        ("input-le", r"^Input should be less than or equal to (?P<n>\S+)$", "不得大于 {n}"),
        ("input-lt", r"^Input should be less than (?P<n>\S+)$", "须小于 {n}"),
    ]
]

KIND = {"argument": "参数", "option": "选项", "parameter": "参数"}

# Metavars by type name: <str> and the like would be the one English word left in a line.
METAVARS = {
    "str": "文本",
    "int": "整数",
    "float": "数值",
    "path": "路径",
    "date": "日期",
    "float range": "数值范围",
    "int range": "整数范围",
}
ARGUMENTS = {
    "target": "目标编号",
    "value": "数值",
    "paths": "路径",
    "rating": "研判",
    "file": "文件",
    "plan_id": "计划编号",
    "source": "文件",
}
# Typer's own words looked up through its gettext-style `_`
TYPER_WORDS = {
    **SECTIONS,
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "Aborted!": "已中止。",
    "required": "必填",
}


def type_word(shown: str) -> str:
    """'<str>' as '<文本>', '<list[Path]>' as '<路径>...': the type in a help line, in Chinese."""
    inner = shown.strip("<>").lower()
    many = inner.startswith("list[") and inner.endswith("]")
    word = METAVARS.get(inner[5:-1] if many else inner)
    return f"<{word}>{'...' if many else ''}" if word else shown


def click_message(text: str) -> str:
    """One of Click's sentences in Chinese; a sentence of ours goes through the interface's messages."""
    from targetctl.domain.messages import Msg

    if isinstance(text, Msg):  # a message of ours: by its id
        return text.text("zh")
    text = text.removeprefix("Value error, ")  # how Typer's pydantic coercion words a refused value
    for _name, pattern, zh in CLICK_MESSAGES:
        found = pattern.match(text)
        if found:
            return zh.format(**found.groupdict())
    return text


def error_text(exc: Any) -> str:
    """A Click usage error as one Chinese line after 错误：, from the exception's own fields."""
    from typer._click import exceptions as ce

    if isinstance(exc, ce.NoSuchOption):
        text = f"没有此选项：{exc.option_name}"
        if exc.possibilities:
            text += f"（可能是：{'、'.join(sorted(exc.possibilities))}）"
        return text
    if isinstance(exc, ce.MissingParameter):
        param = exc.param
        kind = KIND.get(exc.param_type or (param.param_type_name if param is not None else "parameter"), "参数")
        hint = _hint(exc)
        extra = param.get_missing_message(ctx=exc.ctx) if param is not None else None
        text = f"缺少{kind}{(' ' + hint) if hint else ''}"
        return text + (f"；{click_message(extra)}" if extra else "")
    if isinstance(exc, ce.BadParameter):
        hint = _hint(exc)
        return f"{hint} 的值无效：{click_message(exc.message)}" if hint else f"值无效：{click_message(exc.message)}"
    return click_message(exc.format_message() if not isinstance(exc, ce.UsageError) else exc.message)


def _hint(exc: Any) -> str:
    from typer._click.exceptions import _join_param_hints

    if exc.param_hint is not None:
        hint = str(_join_param_hints(exc.param_hint))
        # an argument named in capitals (TARGET VALUE, FILE, PATHS) by its Chinese name
        return re.sub(r"\b[A-Z][A-Z_]+\b", lambda m: ARGUMENTS.get(m[0].lower(), m[0]), hint)
    if exc.param is not None:
        return str(exc.param.get_error_hint())
    return ""


def show_usage_error(exc: Any, file: Any = None) -> None:
    from typer._click.utils import echo

    lines = []
    if exc.ctx is not None:
        lines.append(exc.ctx.get_usage())
        if exc.ctx.command.get_help_option(exc.ctx) is not None:
            lines.append(f"运行 {exc.ctx.command_path} {exc.ctx.help_option_names[0]} 查看帮助。")
    lines.append(f"错误：{error_text(exc)}")
    echo("\n".join(lines), file=file, err=file is None, color=exc.ctx.color if exc.ctx else None)


def show_click_error(exc: Any, file: Any = None) -> None:
    from typer._click.utils import echo

    echo(f"错误：{click_message(exc.format_message())}", file=file, err=file is None)


def translate_command(command: Any) -> None:
    """Chinese help texts, metavars and usage words on a command and everything under it."""
    command.help = HELP.get(command.help, command.help)
    if getattr(command, "options_metavar", None) == "[OPTIONS]":
        command.options_metavar = "[选项]"
    if getattr(command, "subcommand_metavar", None) == "COMMAND [ARGS]...":
        command.subcommand_metavar = "命令 [参数]..."
    for param in command.params:
        if getattr(param, "help", None):
            param.help = HELP.get(param.help, param.help)
        if param.metavar is not None or getattr(param, "is_flag", False):
            continue
        if param.param_type_name == "argument":
            param.metavar = ARGUMENTS.get(param.name, param.name)
    for sub in getattr(command, "commands", {}).values():
        translate_command(sub)


def wrapper_class(base: type) -> type:
    """Click's TextWrapper made to break Chinese between characters and to count the cells
    a character takes (two for Chinese), so that Chinese help wraps within the terminal."""
    from rich.cells import cell_len

    class Wrapper(base):  # type: ignore[misc]
        def _split(self, text: str) -> list[str]:
            return chunks().findall(text)

        def _wrap_chunks(self, chunks: list[str]) -> list[str]:
            lines: list[str] = []
            chunks = list(reversed(chunks))
            while chunks:
                indent = self.subsequent_indent if lines else self.initial_indent
                room = self.width - cell_len(indent)
                line: list[str] = []
                used = 0
                if lines and chunks[-1].isspace():
                    chunks.pop()
                while chunks:
                    size = cell_len(chunks[-1])
                    if used + size > room and line:
                        break
                    if used + size > room and not line and size > room:  # one word wider than the line
                        word = chunks.pop()
                        cut = len(word)
                        while cut > 1 and cell_len(word[:cut]) > room:
                            cut -= 1
                        line.append(word[:cut])
                        chunks.append(word[cut:])
                        used = room
                        break
                    line.append(chunks.pop())
                    used += size
                while line and line[-1].isspace():
                    line.pop()
                if line:
                    lines.append(indent + "".join(line))
            return lines

    return Wrapper


def _cells(text: str) -> int:
    """A help column's width in terminal cells, as Chinese takes two (Click counts characters)."""
    from rich.cells import cell_len
    from typer._click._compat import strip_ansi

    return cell_len(strip_ansi(text))


@contextmanager
def wide_text() -> Iterator[None]:
    """For one run: help text wrapped by terminal cells, breaking Chinese between characters
    (a Chinese title or unit name in English help too); undone after."""
    from typer._click import _textwrap, formatting

    with _patched(
        (_textwrap, "TextWrapper", lambda old: wrapper_class(old)),
        (formatting, "term_len", lambda _old: _cells),
    ):
        yield


@contextmanager
def _patched(*changes: tuple[Any, str, Callable[[Any], Any]]) -> Iterator[None]:
    """Set each (owner, name) to what its function makes of the old value; put them back after."""
    saved = []
    for owner, name, make in changes:
        old = getattr(owner, name)
        saved.append((owner, name, old))
        setattr(owner, name, make(old))
    try:
        yield
    finally:
        for owner, name, old in reversed(saved):
            setattr(owner, name, old)


# what Click's prompts echo as plain text (termui), said in Chinese
PROMPT_WORDS = {
    "Error: invalid input": "错误：输入无效，请回答 y 或 n",
    "Error: The value you entered was invalid.": "错误：输入的值无效",
    "Error: The two entered values do not match.": "错误：两次输入的值不一致",
}


def _prompt_echo(original: Callable[..., None]) -> Callable[..., None]:
    def echo(message: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(message, str) and message in PROMPT_WORDS:
            message = PROMPT_WORDS[message]
        elif isinstance(message, str) and message.startswith("Error: "):
            message = "错误：" + click_message(message[len("Error: ") :])
        original(message, *args, **kwargs)

    return echo


def _usage_prefix(original: Callable[..., None]) -> Callable[..., None]:
    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        original(self, prog, args, "用法：" if prefix is None else prefix)

    return write_usage


def _help_option(original: Callable[..., Any]) -> Callable[..., Any]:
    def get_help_option(self: Any, ctx: Any) -> Any:
        option = original(self, ctx)
        if option is not None:
            option.help = "显示本帮助并退出。"
        return option

    return get_help_option


def _type_words(original: Callable[..., Any]) -> Callable[..., Any]:
    def display_type(self: Any, ctx: Any) -> Any:
        shown = original(self, ctx)
        desc = getattr(self, "type_descriptor", None)
        if not isinstance(shown, str) or desc is None or desc.is_choice:
            return shown  # choices show their values, typed as they are
        return type_word(shown)

    return display_type


@contextmanager
def chinese(command: Any) -> Iterator[None]:
    """For one run: Click's errors, usage line and help words in Chinese; undone after."""
    import typer.core
    from typer._click import core, formatting, termui
    from typer._click import exceptions as ce

    translate_command(command)
    changes: list[tuple[Any, str, Callable[[Any], Any]]] = [
        (ce.UsageError, "show", lambda _old: show_usage_error),
        (ce.ClickException, "show", lambda _old: show_click_error),
        (formatting.HelpFormatter, "write_usage", _usage_prefix),
        (core.Command, "get_help_option", _help_option),
        (typer.core._TyperParameter, "display_type", _type_words),
        (termui, "echo", _prompt_echo),
    ]
    if getattr(typer.core, "_", None) is not None:
        changes.append((typer.core, "_", lambda _old: lambda text: TYPER_WORDS.get(text, text)))
    with _patched(*changes), wide_text():
        yield
