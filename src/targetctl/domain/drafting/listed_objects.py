"""Things listed with 等N (A、B等N个X) that the clause's opening verb works on: the verb builds,
changes, removes or opens them, so their count is what the work is to reach. A list after a verb
that only relies on or turns to what exists (依托, 围绕, 聚焦) stays context (classify.CONTEXT_NUMBER).
Each rule is matched at the start of a clause, as data. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

# adverbs that may stand before the verb (全面推进, 继续整治, 加快改造)
_BEFORE = (
    r"(?:[^，。；\d]{0,6}?(?:将|要))?"
    r"(?:继续|全面|加快|大力|持续|深入|扎实|统筹|全力|积极|着力|进一步|有序|稳步|重点|集中|分批)*"
)
# verbs that make, change, remove or open the things they name; 推进/推动 only advance work done at
# the listed places (推进A、B等4个景区基础设施改造), so they count none of them
_WORKS = (
    r"(?:整治|治理|疏浚|清淤|贯通|打通|改造|改建|改扩建|扩建|新建|续建|增设|设立|开设|拆除|修复|提速|"
    r"推出|实施|完成|打造|培育|支持|创建|上线|开通|建设|建成)"
)

ACTED_ON = Named(
    "listed things a work verb acts on",
    # a total after the count (等8条段共计69公里) is what is worked on: the listed count is the list's size
    re.compile(rf"{_BEFORE}{_WORKS}[^，。；\d]{{2,60}}?等\d+(?![^，。；\d]{{0,8}}?共)"),
    "a clause opening with a verb that builds, changes or removes (整治A、B等N公里河道) counts the listed "
    "things it works on",
    "整治东河、西河、北河等31公里河道",
)
ACTED_ON_BY_DUI = Named(
    "listed things worked on after 对",
    re.compile(rf"{_BEFORE}对[^，。；\d]{{2,60}}?等\d[^，。；]{{0,20}}?进行"),
    "对A、B等N个X进行改造: the listed things are what the work is done on, and their count is its target",
    "继续对建设路、人民街、胜利街等9条城区道路进行改扩建",
)
# for classify.CONTEXT_NUMBER: a clause that either rule opens is no context count
WORKED_ON = f"(?:{ACTED_ON.pattern.pattern}|{ACTED_ON_BY_DUI.pattern.pattern})"
