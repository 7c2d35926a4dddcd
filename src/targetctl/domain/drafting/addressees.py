"""The addressees (主送机关) of a page that opens without its title: a list of bodies ending in a
colon (各乡镇人民政府，县直各部门：), never a sentence that opens with 各 and ends in one
(各级各部门务必高度重视，认真抓好下列重点工作：). A list may name places bare (南京、无锡、苏州市园林局),
so only its last name is weighed: it ends in the kind of body it is."""

from __future__ import annotations

import re

_BODY = re.compile(
    r"\S{0,40}?(?:政府|部门|单位|机关|机构|局|委|办|厅|室|院|所|处|部|中心|公司|集团|国企|企业|街道|乡镇|镇|乡|村|"
    r"社区|区|县|市|州|盟|旗|省|学校|园区|管委会|组织|团体|党委|党组|代表|同志们?)"
)
_BRACKETED = re.compile(r"[（(][^）)]{0,30}[）)]")
_SEPARATOR = re.compile(r"[，,、;；]")
_SHORT = 5  # a place named bare in a list of addressees (经开区, 高新园)
_SENTENCE = re.compile(r"\d|要|将|应|须|以下|如下")  # a number, a modal, a list it announces


def _names(line: str) -> list[str]:
    return _SEPARATOR.split(_BRACKETED.sub("", line.rstrip("：:")))


def bodies_only(line: str) -> bool:
    """Whether `line`, ending in a colon, names bodies and nothing else."""
    return not _SENTENCE.search(line) and _BODY.fullmatch(_names(line)[-1]) is not None


def many_bodies(line: str) -> bool:
    """Whether `line`, ending in a colon, lists three bodies or more and nothing else: addressees
    that do not open with 各 (经开区、高新园、各街道，区各办局、直属单位：). Each name is a body or
    a short place (高新园), never a clause of a sentence that ends in bodies (区委高度重视民生工作，
    分别听取教育局、卫健局、民政局：)."""
    names = _names(line)
    named = all(len(n) <= _SHORT or _BODY.fullmatch(n) for n in names[:-1])
    return bodies_only(line) and len(names) >= 3 and named
