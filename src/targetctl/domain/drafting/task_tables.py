"""A table of tasks pasted one cell a line, as a task-division notice's attachment arrives from a
web page (序号 / 目标名称 / 工作标准 / 分管领导 / 牵头单位 / 配合单位, then each task's cells): a clerk
reads its column words, and the cells that name who leads or helps (发改局, a leader's name), as
the table's, never as headings of the plan. Only a short line that is all one such word counts,
and the cells only after the table's columns were seen. A column word that is also a plan's heading
(重点任务, 具体目标) opens no table: only inside one is it a column. A cell that counts something
(新建三个社区服务中心, 打造五个特色小镇) is a task, never who leads it. Pure."""

from __future__ import annotations

import re

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
