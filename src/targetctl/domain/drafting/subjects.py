"""What a number measures: a noun phrase, never a verb, and never cut off from its noun.

- 分别 lists share their noun: 城镇、农村居民人均可支配收入分别增长5%、7% measures 城镇居民人均可支配
  收入 and 农村居民人均可支配收入 (parallel prefixes are of one length in these lists).
- A verb of spending is not part of what is measured: 每年安排专项资金 → 专项资金.
- A generic head left alone (资金, 经费) takes back the words that name it: 市财政每年安排养老服务
  体系建设资金 → 养老服务体系建设资金, not 资金.
Pure.
"""

from __future__ import annotations

import re

_SPEND = re.compile(r"^.*?(?:每年|每季度|每月|全年|年均|累计)?(?:安排|投入|筹集|统筹|落实|拨付|下达)(?=.{3,})")
_LEAD_SPEND = re.compile(r"^(?:每年|每季度|每月|全年|年均|累计)?(?:安排|投入|筹集|统筹|落实|拨付|下达)(?=.{3,})")
_GENERIC = re.compile(r"^(?:资金|经费|投资|项目|面积|规模|能力|总量|总额)$")


def share_noun(items: list[str]) -> list[str]:
    """A、B…N of a 分别 list, each with the noun the last one carries."""
    if len(items) < 2:
        return items
    last = items[-1]
    out = []
    for item in items[:-1]:
        if len(item) <= 4 and len(item) < len(last) - 1 and not last.startswith(item):
            out.append(item + last[len(item) :])
        else:
            out.append(item)
    return [*out, last]


def refine(subject: str, stem: str) -> str:
    """`subject` as the noun phrase it measures; `stem` is the clause before the number."""
    if _GENERIC.match(subject):
        spent = _SPEND.match(stem)
        if spent and stem[spent.end() :].endswith(subject):
            return stem[spent.end() :]
    lead = _LEAD_SPEND.match(subject)
    return subject[lead.end() :] if lead else subject
