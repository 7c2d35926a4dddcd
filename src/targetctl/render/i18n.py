"""The interface in Chinese: labels, statuses and sentences (titles come from the plans; the
messages of errors and warnings come by id from `domain.messages`).

Which language is chosen is the command line's business (`cli.terminal.language`)."""

from __future__ import annotations

import re

from targetctl.domain.messages import Msg

ZH = {
    # status and milestone words
    "achieved": "已完成",
    "on-track": "正常推进",
    "at-risk": "存在风险",
    "behind": "进度滞后",
    "missed": "逾期未完成",
    "not-started": "未启动",
    "no-data": "暂无数据",
    "in-progress": "推进中",
    "done": "完成",
    "red": "红",
    "amber": "黄",
    "green": "绿",
    # table headers and labels
    "target": "目标任务",
    "now / goal": "完成情况 / 目标值",
    "progress": "进度",
    "expected": "应达进度",
    "status": "状态",
    "updated": "更新日期",
    "plan": "计划",
    "targets": "目标数",
    "programme": "所属领域",
    "title": "名称",
    "goal": "目标值",
    "lead unit": "牵头单位",
    "supporting": "配合单位",
    "baseline": "基数",
    "checkpoint": "节点目标",
    "reporting": "报送频次",
    "source": "原文",
    "note": "备注",
    "now": "当前",
    "judged": "研判",
    "history": "历史记录",
    "as of": "截至",
    "value": "数值",
    "by": "填报人",
    "recorded": "填报时间",
    "note / evidence": "备注 / 佐证",
    "state": "记录状态",
    "current": "有效",
    "superseded": "已被更正",
    "after as-of": "晚于截至日期",
    "voided": "已撤销",
    "correction": "更正",
    "judgement": "研判",
    "void": "撤销",
    "month": "月份",
    "actual": "实际",
    "id": "编号",
    "cadence": "报送频次",
    "last report": "最近报送",
    "days since": "间隔天数",
    "due": "完成时限",
    "no deadline": "不设时限",
    "unknown": "未明确",
    "provisional": "初步数",
    "report overdue": "报送逾期",
    "needs attention": "需关注事项",
    "no target is missed, behind or at risk": "没有逾期未完成、进度滞后或存在风险的目标",
    "gap": "差距",
    "exp.": "应达",
    "band": "区间",
    # trace
    "clause": "原文分句",
    "mapped to / reason": "对应目标 / 排除理由",
    "mapped": "已对应",
    "excluded": "已排除",
    "unmapped": "未对应",
    # kinds and cadences
    "quantity": "数量",
    "range": "区间",
    "growth": "增长",
    "share": "占比",
    "ratio": "比值",
    "milestone": "里程碑",
    "principle": "原则",
    "relation": "关系",
    "zero": "零发生",
    "weekly": "每周",
    "monthly": "每月",
    "quarterly": "每季度",
    "yearly": "每年",
    "never": "从未",
    "at a glance": "总体情况",
    "plan / programme": "计划 / 领域",
    "generated": "生成于",
    "milestones and principles": "里程碑与原则性任务",
    "quarter": "季度",
    "status changes": "状态变化",
    "was": "原状态",
    "records": "记录",
    "no status changed": "没有状态变化",
    "no records": "没有记录",
    "at this pace": "按当前进度",
    "projection": "进度预测",
    "by / recorded": "记录人 / 时间",
    "records, newest first": "进度记录（最新在前）",
    "actual vs expected (month ends)": "实际与应达对比（月末）",
    "no records yet": "暂无记录",
    "(lead unit not given)": "（未明确牵头单位）",
}


def t(text: str, lang: str) -> str:
    """A label in the interface language."""
    return ZH.get(text, text) if lang == "zh" else text


_ONE = re.compile(r"(?<![\d.,])\b1 ((?:[a-z-]+ )?)(target|programme|plan|row|value|record|report|unit|file|problem)s\b")
_MAYBE_PLURAL = re.compile(r"(?<![\d.,])\b(\d+) ([a-z -]*?[a-z])\(s\)")


def plural(text: str) -> str:
    """English number agreement: '1 targets' becomes '1 target', '2 report(s)' '2 reports'."""
    text = _MAYBE_PLURAL.sub(lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)
    return _ONE.sub(lambda m: f"1 {m[1]}{m[2]}", text)


def f(ident: str, lang: str, **values: object) -> str:
    """A sentence of the catalog (`domain.messages`) by id, with values, in the interface language."""
    said = Msg(ident, **values).text(lang)
    return said if lang == "zh" else plural(said)
