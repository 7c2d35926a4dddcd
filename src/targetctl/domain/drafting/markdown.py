"""A text converted to Markdown (a PDF read by a converter, a page saved as Markdown) is read as
the plain text it marks up: a heading's # marks, a line set in bold, a rule and a table's rule
are markup, and a pipe table's rows are rows of cells. Only markup is taken away: what is left of a
line is a stretch of the source as it stands, so quotes are still found in it. Pure."""

from __future__ import annotations

import re

# a rule between pages or parts (* * *, ---): blank, and the line after it opens a paragraph (its
# indent), as a printed page's lines would otherwise run on across it into a quote the source lacks
# a heading's underline (青川县政府工作报告 / =====) is one too
_RULE = re.compile(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$")
# a pipe table's rule under its header
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?$")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")
_BOLD_LINE = re.compile(r"^([ \t]*)(\*\*|__)(?P<text>\S.*?)\2[ \t]*$")
_PIPE_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$")


def _bare_row(line: str) -> str:
    """A row of a pipe table written without its outer bars (区域 | 新建任务): each cell after the
    first keeps the bar before it, so its line, white space taken out, is still the source's."""
    return "\t|".join(line.split("|"))


def _line(line: str) -> str:
    line = _HEADING.sub("", line)
    if (bold := _BOLD_LINE.match(line)) is not None:
        line = bold["text"]
    if (row := _PIPE_ROW.match(line)) is not None:
        return "|" + _bare_row(row["cells"]) + "|"  # its outer bars kept, as each cell keeps its own
    return line


# a page saved as Markdown opens with its metadata (front matter): --- / title: … / date: … / ---
_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\n(?:[ \t]*(?:[A-Za-z_][\w-]*[ \t]*:.*|-[ \t].*|)\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)"
)


# a clause ends at the mark: no quote runs across the bold marks beside it
_CLAUSE_END = re.compile(r"[，、,；;：:。]\s*$")


def _mid_sentence(out: list[str], kept: str) -> bool:
    """A bold line inside a sentence (…总基调， / **全县地区生产总值增长6.5%左右，** / 城镇…): the
    line before it and its own text each end a clause, so the sentence runs on across it."""
    before = out[-1] if out else ""
    return bool(_CLAUSE_END.search(before) and _CLAUSE_END.search(kept))


def plain(text: str) -> str:
    """The text with its Markdown taken away; a text with none is returned as it is."""
    if not any(ch in text for ch in "#*_|-="):
        return text
    if (front := _FRONT_MATTER.match(text)) is not None:
        text = "\n" * front.group().count("\n") + text[front.end() :]  # the metadata is no part of the text
    out: list[str] = []
    ruled = in_table = False
    for line in text.split("\n"):
        if _TABLE_RULE.match(line):
            # the header over a rule written without outer bars is a row of the table too
            if out and "|" in out[-1] and "\t" not in out[-1]:
                out[-1] = _bare_row(out[-1])
            in_table = True
            continue
        if _RULE.match(line):
            out.append("")
            ruled, in_table = True, False
            continue
        in_table = in_table and "|" in line
        kept = _bare_row(line) if in_table and not _PIPE_ROW.match(line) else _line(line)
        if ruled and kept.strip():
            kept, ruled = " " + kept.lstrip(), False
        bold = _BOLD_LINE.match(line) is not None and not _mid_sentence(out, kept)
        if (_HEADING.match(line) or bold) and kept.strip():
            # a heading (or a line set in bold) is a paragraph of its own, and so is the line after
            # it: a printed page's lines never run on across its marks into a quote the source lacks
            kept, ruled = " " + kept.lstrip(), True
        out.append(kept)
    return "\n".join(out)
