"""The one error type of targetctl: a problem located in a file, with a hint."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from targetctl.domain.messages import Msg, NoHint


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in a user's file, located by 1-based line and column."""

    path: str
    line: int
    col: int
    message: Msg
    hint: Msg | NoHint = ""

    def __post_init__(self) -> None:
        """A message reaches the user only by id: a bare str is a bug at the raise site."""
        if not isinstance(self.message, Msg) or (not isinstance(self.hint, Msg) and self.hint != ""):
            raise TypeError(f"a Problem takes a Msg, not {self.message!r} / {self.hint!r}")

    def said(self, lang: str, label: str = "") -> str:
        """The problem as the user reads it, in the interface language (`label`: a word such as
        'warning: ' before the message)."""
        where = f"{self.path}:{self.line}:{self.col}: " if self.line > 0 else f"{self.path}: " if self.path else ""
        return visible(where + label + self.words(lang))

    def words(self, lang: str) -> str:
        """The message and its hint, unlocated; in Chinese a question or an exclamation is its own
        stop, so no '；' follows it."""
        text = self.message.text(lang)
        if isinstance(self.hint, Msg):
            text += ("" if text.endswith(("？", "！")) else "；") if lang == "zh" else "; "
            text += self.hint.text(lang)
        return text

    def __str__(self) -> str:
        return self.said("en")


# The one rule for characters that must never reach a terminal, a report or an export raw:
# C0 and C1 controls (escape codes among them) and bidi overrides. Tab and newline are layout.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")
_INVISIBLE = re.compile(f"[\t\n{_CONTROLS}]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: str) -> str:
    """Text from a file as it may be printed on one line: control and bidi characters (terminal
    escape codes among them) are shown as escapes instead of acting on the terminal."""
    return _INVISIBLE.sub(_escape, text)


def clean(value: object) -> str:
    """Text from a file with those characters removed (tabs and line breaks kept)."""
    return _CONTROL.sub("", str(value))


# What XML 1.0 cannot hold at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone
# surrogates), and the characters of the rule above: an XML writer (docx, xlsx, HTML) shows
# both as \\u escapes, as `visible` does, so that nothing is refused and nothing is lost.
# Compiled on first use: only the XML writers ask, and its class (up to U+FFFF) builds a map of
# the whole BMP when compiled.
@cache
def _not_xml() -> re.Pattern[str]:
    return re.compile(f"[{_CONTROLS}\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """Text for an XML writer: every character it cannot or must not hold written as a visible
    \\uXXXX escape; tab and newline kept. XML's own escaping (&, <) is the writer's job."""
    return _not_xml().sub(_escape, str(value))


def json_safe(text: str) -> str:
    """JSON text with those characters written as \\u escapes (the same string, once parsed);
    json.dumps escapes only the C0 ones."""
    return _CONTROL.sub(_escape, text)


class TargetctlError(Exception):
    """A data error: one or more problems the user must fix. Exit code 1."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

    @classmethod
    def plain(cls, message: Msg, hint: Msg | NoHint = "") -> TargetctlError:
        """An error about the data that no single file position explains (e.g. an unknown id)."""
        return cls([Problem("", 0, 0, message, hint)])


class UsageError(Exception):
    """The command line asked for something impossible. Exit code 2."""

    def __init__(self, message: Msg) -> None:
        if not isinstance(message, Msg):
            raise TypeError(f"a UsageError takes a Msg, not {message!r}")
        super().__init__(message)
        self.message = message


@dataclass
class ValidationResult:
    files: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    """What a person must still finish (review marks, translations); errors under --strict."""

    @property
    def ok(self) -> bool:
        return not self.problems
