"""The last touch on what a number measures (stage 5, after `subjects`): words that are not
its noun are taken off, and where none is left but a verb or a place word, the noun after the
number is what it counts. Pure.

- a verb of doing the work or a place word alone before the number (抓好320个市重点项目,
  在2000个小区…, 为600个老旧小区…, 实施好120项…项目): the noun after the number;
- a list's joint (…孵化器和6家中试平台): not part of either noun, and an item whose words
  before it are only the item before's noun and the joint takes the noun after its number;
- words that only introduce the list (…主要指标包括地区生产总值…), a leading 等, a trailing 按.
"""

from __future__ import annotations

import re

# a verb or a place word with no noun of its own
_BARE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,2}好|抓|打通|在|为|对|于|向|给|推进|完成|开展|实施|建设|加快建设|组织|启动|新开工|开工|力争)$"
)
_PLACE_WORDS = frozenset({"在", "为", "对", "于", "向", "给"})
_DONE_THERE = r"(?=设置|引入|配备|安装|建立|开展|实施|推进|推行|建设|提供|实现|完成|纳入|布设|增设)"
_JOINT = re.compile(r"(?:和|及|与|以及|并)$")
_INTRO = re.compile(r"^.*?(?:包括|包含|主要有)[：:]?(?=[\u4e00-\u9fff]{2,})")
_LEAD_WORD = re.compile(r"^(?:等|及|和|与|的)(?=[\u4e00-\u9fff]{2,})")
_TRAIL_WORD = re.compile(r"(?:按|提升至|提升到|提高至|提高到|上升至|上升到)$")


def tidy(of: str | None, noun: str, before: str, previous: str | None) -> str | None:
    """`of` as drafted; `noun` the noun phrase after the number ('' where none counts);
    `before` the words since the number before it; `previous` what that number measures."""
    noun = _JOINT.sub("", noun)
    if of is None:
        return noun or None
    of = _INTRO.sub("", of)
    of = _LEAD_WORD.sub("", _JOINT.sub("", of))
    of = _TRAIL_WORD.sub("", of)
    if noun and previous and re.sub(r"[、，,和及与]+$", "", before).endswith(previous):
        return noun  # …20家孵化器和6家中试平台: 中试平台, not what is left of 孵化器
    if noun and (not of or _BARE.match(of)):
        if of in _PLACE_WORDS:  # 在2000个小区设置…: the places counted, not what is done there
            noun = re.split(_DONE_THERE, noun, maxsplit=1)[0] or noun
        return noun
    return of or None


def elided(subject: str, previous: str) -> str:
    """A list item that names only its level (…国家级园区1个、省级4个) or a total (…新增50家、总数达到600家)
    takes the noun of the item before it."""
    level = re.fullmatch(r"[\u4e00-\u9fff]{1,4}级", subject)
    noun = re.match(r"^[\u4e00-\u9fff]{1,4}级(?P<n>[\u4e00-\u9fff]{2,})$", previous)
    if level and noun:
        return subject + noun["n"]
    if re.fullmatch(r"总数|总量|总规模|规模|总数量", subject):
        return previous + subject
    return subject
