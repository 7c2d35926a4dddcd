"""The one error type of targetctl: a problem located in a file, with a hint."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """Something wrong in a user's file, located by 1-based line and column."""

    path: str
    line: int
    col: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}: " if self.line > 0 else f"{self.path}: " if self.path else ""
        text = where + self.message
        return visible(f"{text}; {self.hint}" if self.hint else text)


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
_NOT_XML = re.compile(f"[{_CONTROLS}\ud800-\udfff\ufffe\uffff]")


def xml_text(value: object) -> str:
    """Text for an XML writer: every character it cannot or must not hold written as a visible
    \\uXXXX escape; tab and newline kept. XML's own escaping (&, <) is the writer's job."""
    return _NOT_XML.sub(_escape, str(value))


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
    def plain(cls, message: str, hint: str = "") -> TargetctlError:
        """An error about the data that no single file position explains (e.g. an unknown id)."""
        return cls([Problem("", 0, 0, message, hint)])


class UsageError(Exception):
    """The command line asked for something impossible. Exit code 2."""


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
