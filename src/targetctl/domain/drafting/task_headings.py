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
        r"(?:夯实|筑牢|打牢|厚植|巩固|优化|改善|营造|净化|创优|创造|完善|构建|打造|提升)"
        r"[^，,。；;、和与及回顾总结取得过去]{0,10}?(?:基础|环境|现状)"
    ),
    "a heading whose review word a task verb governs (夯实…发展基础, 优化…发展环境): a task, not a review",
    "（三）深化改革开放，持续优化全市发展环境",
)


def task_object(title: str) -> bool:
    return TASK_OBJECT.pattern.search(title) is not None


__all__ = ["TASK_OBJECT", "task_object"]
