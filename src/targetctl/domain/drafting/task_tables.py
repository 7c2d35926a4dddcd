"""A table of tasks pasted one cell a line, as a task-division notice's attachment arrives from a
web page (序号 / 目标名称 / 工作标准 / 分管领导 / 牵头单位 / 配合单位, then each task's cells): a clerk
reads its column words, and the cells that name who leads or helps (发改局, a leader's name), as
the table's, never as headings of the plan. Only a short line that is all one such word counts,
and the cells only after the table's columns were seen. A column word that is also a plan's heading
(重点任务, 具体目标) opens no table: only inside one is it a column. A cell that counts something
(新建三个社区服务中心, 打造五个特色小镇) is a task, never who leads it. Where the table has a column a
year (2024年工作项目 / 2025年计划 / 2026年计划), each task's cells are that year's work. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from targetctl.domain.drafting.clauses import paragraphs
from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.lines import HEADING_RANKS
from targetctl.domain.drafting.quantities import find_numbers

REASON = "a column or a cell of a table of tasks (序号, 牵头单位, a unit or a leader named), not a programme"

# the columns that open a table: words no plan uses as a heading of its own
_OPENING = re.compile(
    r"^(?:序号|编号|目标名称|任务名称|工作标准|责任领导|分管领导|牵头领导|牵头单位|责任单位|主责单位|配合单位|协办单位|"
    r"参与单位|完成时限|时间节点|完成时间|备注)$"
)
# columns only inside a table: a plan heads its sections with them too (重点任务, 具体目标)
_INSIDE = re.compile(
    r"^(?:目标任务|重点任务|工作任务|主要任务|任务内容|工作内容|具体目标|目标要求|区政府|县政府|市政府)$"
)
_COUNTED = re.compile(r"[\d零一二两三四五六七八九十百千万][个家座所条处项]")
# a body named as lead or helper: 发改局, 经开区, (安委办), 高新园
_UNIT = re.compile(
    r"^[（(]?[\u4e00-\u9fff]{1,12}(?:局|委|办|处|中心|政府|街道|镇|乡|园|区|部|会|所|院|队|站|公司|集团)[）)]?$"
)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}$")  # a leader's name, its spaces gone (吴 伟)


def column(line: str) -> bool:
    """Whether `line` is one of a table of tasks' column words."""
    return _OPENING.match(line) is not None or _INSIDE.match(line) is not None


def cell(line: str) -> bool:
    """Whether `line`, inside a table of tasks, is a cell naming who leads or helps."""
    named = _UNIT.match(line) is not None or _PERSON.match(line) is not None
    return named and not _COUNTED.search(line) and not find_numbers(line)


def part(line: str, inside: bool) -> bool:
    """Whether `line` is a table of tasks' column or cell: a column that opens one, or, `inside` one
    already open, any column word or a cell naming who leads or helps."""
    return _OPENING.match(line) is not None or (inside and (column(line) or cell(line)))


# a column of the year's work in a table of tasks pasted a cell a line (2024年工作项目 / 2025年计划 /
# 2026年计划): each task's cells that follow it stand in those columns, in their order
_YEAR_COLUMN = re.compile(r"^(?P<y>20\d\d)年[\u4e00-\u9fff]{0,6}$")
# a task's marker, by the rank that numbers it (（1）, 1、, 一、): the document's heading ranks, not 第N章
_TASK_RANKS = [(rank, p) for rank, p in HEADING_RANKS if rank not in ("chapter", "section")]
_CELL_TEXT = re.compile(r"[。；]$|\d")  # a cell of work states it: a sentence, or a number
_WINDOW = 3  # a task's cells are matched to its targets a few cells ahead at most


def year_columns(lines: Sequence[str]) -> list[tuple[str, int]]:
    """The cells of the year columns of a table of tasks pasted a cell a line, with each one's year:
    after the header's two or more year columns in a row (consecutive years), each task line (（1）…)
    whose cells that state work number exactly the columns gives them their years in order; a task
    with more or fewer (a merged cell, an empty one) is left to the plan's period."""
    out: list[tuple[str, int]] = []
    years: list[int] = []
    kind: str | None = None  # the rank that numbers the table's tasks (（1）): another is past the table
    i = 0
    while i < len(lines):
        run: list[int] = []
        while i + len(run) < len(lines) and (m := _YEAR_COLUMN.match(lines[i + len(run)])):
            run.append(int(m["y"]))
            if len(run) > 1 and run[-1] != run[-2] + 1:
                run = []
                break
        if len(run) > 1:
            years, kind, i = run, None, i + len(run)
            continue
        if years and (rank := _rank(lines[i])) is not None and kind in (None, rank):
            cells: list[str] = []
            j = i + 1
            while j < len(lines) and _rank(lines[j]) is None and _CELL_TEXT.search(lines[j]):
                cells.append(lines[j])
                j += 1
            if not cells:
                i += 1  # a category's cell (（一） / 提升…): no task, its numbering no task's
                continue
            kind = rank
            if len(cells) == len(years):
                out.extend(zip(cells, years, strict=True))
            while j < len(lines) and (cell(lines[j]) or column(lines[j])):
                j += 1  # who leads it, who helps
            # the table ends where no task of its own follows (三、保障措施, a paragraph): only the
            # short cells of its categories may stand before the next (（二） / 提升… / 7、提升…)
            if not _next_task(lines, j, kind):
                years = []
            i = j
            continue
        i += 1
    return out


_CATEGORY = 24  # a category's cell is short and states no sentence
_CATEGORIES = 4  # at most this many category cells stand between two tasks


def _next_task(lines: Sequence[str], j: int, kind: str | None) -> bool:
    """Whether a task numbered as the table's (`kind`) follows line `j`, after its categories' cells."""
    for line in lines[j : j + _CATEGORIES + 1]:
        if _rank(line) == kind:
            return True
        if len(line) > _CATEGORY or re.search(r"[。；]", line):
            return False
    return False


def _rank(line: str) -> str | None:
    """The heading rank whose marker opens `line` (cn-paren for （一）, arabic-paren for （1）), if any."""
    return next((rank for rank, p in _TASK_RANKS if p.match(line)), None)


def date_cells(targets: Sequence[DraftTarget], body: str, *, printed: bool) -> None:
    """Give each target drafted from a year column's cell (a line of `body`), with no year of its own,
    that year. Targets come in the text's order; the same task in the next year's cell often reads
    the same (建设精品道路100条 three times), so a value already taken from a cell goes to the next
    cell that holds it. `printed`: a page's text, whose long cells run on at its margin."""
    cells = year_columns(paragraphs(body, ocr=False, printed=printed))  # a line a cell, but one run on at the margin
    at = 0
    taken: set[tuple[int, str, object]] = set()
    for t in targets:
        ahead = [
            k
            for k in range(at, min(at + _WINDOW, len(cells)))
            if t.quote and t.quote in cells[k][0] and (k, t.quote, t.value) not in taken
        ]
        if not ahead:
            continue
        at = ahead[0]
        taken.add((at, t.quote, t.value))
        if t.due is None:
            t.due = dt.date(cells[at][1], 12, 31)
