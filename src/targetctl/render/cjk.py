"""Chinese text by terminal cells: where a line may break (between Chinese characters or at
spaces, never inside a number, id or word) and how wide it is. Light enough for the help
path, which wraps Chinese help with the same chunks (`cli.usage_zh`)."""

from __future__ import annotations

import re
from functools import cache

from rich.cells import cell_len

WIDE = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"


@cache
def chunks() -> re.Pattern[str]:
    """A chunk: one Chinese character, or a run of anything else (a number, an id, a word),
    with the punctuation that closes it and the punctuation that opens it kept on its side.
    Compiled on first use: its classes over the CJK blocks take milliseconds to compile, and
    most commands wrap nothing. A '.' closes a Chinese character only where no word follows it:
    in （默认：./plans） it starts the path, which stays whole (as .5 and .yaml do)."""
    closer = f"(?:[，。；：、）》”’」】！？,;:!?)\\]]|\\.(?![^{WIDE}\\s]))"
    return re.compile(f"[（《“‘「【\\[(]*(?:[{WIDE}]|[^{WIDE}\\s]+){closer}*|\\s+")


def wrap_cells(text: str, width: int, indent: str = "") -> list[str]:
    """`text` in lines of at most `width` cells (after the first, each starts with `indent`),
    broken between Chinese characters or at spaces, never inside a number, id or word (one
    longer than a line stands alone on its line)."""
    lines: list[str] = []
    line = ""
    for chunk in chunks().findall(text):
        if line and cell_len(line) + cell_len(chunk) > width:
            lines.append(line.rstrip())
            line = indent + chunk.lstrip()
        else:
            line += chunk
    if line.strip():
        lines.append(line.rstrip())
    return lines


def wrap_parts(parts: list[str], width: int, indent: str, sep: str = " · ") -> list[str]:
    """Parts (a plan id, 'days since 31') joined by `sep` in lines of at most `width` cells,
    each line starting with `indent`, a line broken only between parts; a part longer than a
    line is wrapped by `wrap_cells`."""
    lines: list[str] = []
    line = ""
    for part in parts:
        joined = f"{line}{sep}{part}" if line else indent + part
        if line and cell_len(joined) > width:
            lines.append(line)
            joined = indent + part
        if cell_len(joined) > width:
            *done, joined = wrap_cells(joined, width, indent)
            lines.extend(done)
        line = joined
    if line:
        lines.append(line)
    return lines
