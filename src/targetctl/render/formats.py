"""Output formats as a registry. `OFFERS` says, for every command that prints or writes data,
which formats it has, its default, the file names that ask for each and the words of its
help; the command line builds its one `--format` from it (`cli.formats`). A command's
renderers register by name in a `Renderers`, and a test keeps the two equal, so that a
format is added in one place: its renderer, registered, and its name in `OFFERS`.

Light on purpose: the command line reads it before deciding whether any work is needed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

D = TypeVar("D")
Out = TypeVar("Out")


class Screen(Protocol):
    """Where the output goes: its language and, for the terminal, its width and colour."""

    @property
    def lang(self) -> str: ...

    @property
    def width(self) -> int: ...

    @property
    def color(self) -> bool: ...


@dataclass(frozen=True)
class Offer:
    """The formats of one command: the first is shown first in its help."""

    names: tuple[str, ...]
    default: str
    suffixes: dict[str, str] = field(default_factory=dict)
    """File names (-o) that ask for a format: '.docx' -> 'docx'."""
    glosses: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Words after a format's name in the help, in English and Chinese: 'docx (Word/WPS; needs -o)'."""

    @property
    def help(self) -> str:
        words = [f"{n} ({self.glosses[n][0]})" if n in self.glosses else n for n in self.names]
        return f"Output: {', '.join(words[:-1])} or {words[-1]}." if len(words) > 1 else f"Output: {words[0]}."

    @property
    def help_zh(self) -> str:
        words = [f"{n}（{self.glosses[n][1]}）" if n in self.glosses else n for n in self.names]
        return f"输出格式：{'、'.join(words[:-1])} 或 {words[-1]}。" if len(words) > 1 else f"输出格式：{words[0]}。"


_TEXT_OR_JSON = Offer(("text", "json"), "text")
OFFERS: dict[str, Offer] = {
    "status": _TEXT_OR_JSON,
    "show": _TEXT_OR_JSON,
    "log": _TEXT_OR_JSON,
    "overdue": _TEXT_OR_JSON,
    "validate": Offer(
        ("text", "json", "github"),
        "text",
        glosses={"github": ("annotations for GitHub", "GitHub 注释")},
    ),
    "trace": Offer(
        ("text", "html"),
        "text",
        {".html": "html", ".htm": "html", ".txt": "text"},
        {"html": ("a review page, each clause coloured", "核对页，逐句着色")},
    ),
    "export": Offer(
        ("csv", "json", "xlsx", "parquet"),
        "csv",
        {".csv": "csv", ".json": "json", ".xlsx": "xlsx", ".parquet": "parquet"},
        {"xlsx": ("needs -o", "须用 -o 指定文件"), "parquet": ("needs -o FOLDER", "须用 -o 指定文件夹")},
    ),
    "report": Offer(
        ("md", "html", "docx"),
        "html",
        {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md"},
        {"docx": ("Word/WPS; needs -o", "Word/WPS 文档，须用 -o 指定文件")},
    ),
}

Renderer = Callable[[D, Screen], Out]


class Renderers(Generic[D, Out]):
    """One command's renderers, by the name of their format (`OFFERS[command]`): each makes
    output of type Out from data of type D (text, or bytes for a file such as a Word document)."""

    def __init__(self, command: str) -> None:
        self.command = command
        self._by_name: dict[str, Renderer[D, Out]] = {}

    def register(self, name: str) -> Callable[[Renderer[D, Out]], Renderer[D, Out]]:
        if name not in OFFERS[self.command].names:
            raise ValueError(f"'{self.command}' offers no format '{name}': add it to render.formats.OFFERS")

        def add(renderer: Renderer[D, Out]) -> Renderer[D, Out]:
            self._by_name[name] = renderer
            return renderer

        return add

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._by_name)

    def render(self, name: str, data: D, screen: Screen) -> Out:
        return self._by_name[name](data, screen)
