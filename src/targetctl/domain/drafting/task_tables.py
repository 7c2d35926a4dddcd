"""A table of tasks pasted one cell a line, as a task-division notice's attachment arrives from a
web page (序号 / 目标名称 / 工作标准 / 分管领导 / 牵头单位 / 配合单位, then each task's cells): a clerk
reads its column words, and the cells that name who leads or helps (发改局, a leader's name), as
the table's, never as headings of the plan. Only a short line that is all one such word counts,
and the cells only after the table's columns were seen. Pure."""

from __future__ import annotations

import re

REASON = "a column or a cell of a table of tasks (序号, 牵头单位, a unit or a leader named), not a programme"

_COLUMN = re.compile(
    r"^(?:序号|编号|目标名称|任务名称|目标任务|重点任务|工作任务|主要任务|任务内容|工作标准|工作内容|具体目标|目标要求|"
    r"责任领导|分管领导|牵头领导|区政府|县政府|市政府|牵头单位|责任单位|主责单位|配合单位|协办单位|参与单位|"
    r"完成时限|时间节点|完成时间|备注)$"
)
# a body named as lead or helper: 发改局, 经开区, (安委办), 高新园
_UNIT = re.compile(
    r"^[（(]?[\u4e00-\u9fff]{1,12}(?:局|委|办|处|中心|政府|街道|镇|乡|园|区|部|会|所|院|队|站|公司|集团)[）)]?$"
)
_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,3}$")  # a leader's name, its spaces gone (吴 伟)


def column(line: str) -> bool:
    """Whether `line` is one of a table of tasks' column words."""
    return _COLUMN.match(line) is not None


def cell(line: str) -> bool:
    """Whether `line`, inside a table of tasks, is a cell naming who leads or helps."""
    return _UNIT.match(line) is not None or _PERSON.match(line) is not None
