"""A heading whose review word is the object of a task verb: 夯实…发展基础 and 优化…发展环境 ask for
a base to lay and a setting to improve, they report none (unlike 发展基础 or 发展环境 standing alone,
the heading of a review). A rule as data (grammar.Named), with its reason and a sentence of our own
(tests/domain/test_drafting_task_headings.py). Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

TASK_OBJECT = Named(
    "task-object-heading",
    re.compile(
        # or that it be made firmer (推动…发展基础更加坚实, 确保…基础更牢)
        r"(?:夯实|筑牢|打牢|厚植|巩固|优化|改善|营造|净化|创优|创造|完善|构建|打造|提升|推动|促进|确保|力争)"
        r"[^，,。；;、和与及回顾总结取得过去]{0,10}?(?:基础|环境|现状)"
    ),
    "a heading whose review word a task verb governs (夯实…发展基础, 优化…发展环境): a task, not a review",
    "（三）深化改革开放，持续优化全市发展环境",
)


# how things run or stand as the object of a task: watched or dispatched (加强经济运行情况监测调度,
# 项目建设情况跟踪), or the problems found there to be solved (着力解决发展中存在的问题); a heading that
# ends at 情况 (推进法治政府建设情况) stays a review of what was done
TASK_SITUATION = Named(
    "task-situation-heading",
    re.compile(
        r"(?:实施|发展|建设|运营|经营|运行)情况(?:监测|跟踪|调度|督查|督导|考核|通报)"
        # an evaluation a task verb asks for (推进规划实施情况评估); standing alone it is the review
        r"|(?:加强|强化|做好|抓好|推进|开展|健全|完善)[^，,。；;回顾总结取得过去]{0,10}?情况(?:评估|分析)"
        r"|(?:解决|针对|聚焦|整改|破解|化解)[^，,。；;回顾总结取得过去]{0,10}?存在的?问题"
    ),
    "a heading that asks for watching how things run or solving the problems found (加强…运行情况监测, "
    "解决…存在的问题): a task, not a review",
    "（二）加强经济运行情况监测调度，着力解决发展中存在的问题",
)


# a summing-up the plan asks for (开展总结评估, 及时总结推广经验): a measure, not a review; a heading
# that only names it (2025年工作总结, 回顾总结) or how the work went (工作开展情况总结) stays the
# review of what was done
TASK_SUMMARY = Named(
    "task-summary-heading",
    re.compile(
        r"(?:开展|做好|加强|强化|抓好|组织|及时|认真|定期|适时)(?:(?!情况|成效)[^，,。；;回顾过去取得]){0,8}?总结"
        r"|总结(?:推广|提炼|评估)"
    ),
    "a heading that asks for a summing-up (开展总结评估, 总结推广经验): a measure, not a review",
    "（四）开展总结评估",
)


def task_object(title: str) -> bool:
    return any(rule.pattern.search(title) is not None for rule in (TASK_OBJECT, TASK_SITUATION, TASK_SUMMARY))


__all__ = ["TASK_OBJECT", "TASK_SITUATION", "TASK_SUMMARY", "task_object"]
