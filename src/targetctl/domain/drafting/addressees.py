"""The addressees (主送机关) of a page that opens without its title: a list of bodies, each named
by the kind of body it is (各乡镇人民政府，县直各部门：), never a sentence that opens with 各 and
ends in a colon (各级各部门务必高度重视，认真抓好下列重点工作：)."""

from __future__ import annotations

import re

# a body, by the word its name ends in; a bracket may follow it (县（市）, 各乡镇（街道）)
_BODY = re.compile(
    r"\S{0,30}?(?:政府|部门|单位|机关|机构|局|委|办|厅|室|院|所|中心|公司|集团|街道|乡镇|镇|乡|村|社区|"
    r"区|县|市|州|盟|旗|学校|园区|管委会|企业|组织|团体|党委|党组|代表|同志)(?:[（(][^）)]{1,10}[）)])?"
)
_SEPARATOR = re.compile(r"[，,、]")


def bodies_only(line: str) -> bool:
    """Whether `line`, ending in a colon, names bodies and nothing else."""
    names = _SEPARATOR.split(line.rstrip("：:"))
    return all(_BODY.fullmatch(name) for name in names)
