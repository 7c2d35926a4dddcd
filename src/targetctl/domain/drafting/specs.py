"""A level a product or a facility is to reach, stated inside the noun phrase it qualifies.

"…的X" usually names a kind of thing by a number (超过20年的管道, 5万元以上的项目) and sets no
target. But where the number is the level of a measure named just before it, with its comparator
(信噪比达到60dB的传感器, 响应时间50ms以内的系统), the phrase states the specification the plan
sets for the thing: a target, as the same words would be outside the phrase. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

_MEASURE = r"(?:率|精度|分辨率|效率|时间|寿命|功率|速度|容量|密度|强度|带宽|时延|噪声|噪音水平|过载点|灵敏度|误差)"

SPEC_LEVEL = Named(
    "specification level",
    re.compile(
        _MEASURE + r"(?:达到|达|大于|高于|不低于|不少于|超过|低于|小于|不超过|不高于|提高到|提升到|提升至|降至|降低到)$"
    ),
    "a measure's level set with its comparator inside a noun phrase is the specification to reach",
    "定位精度达到",
)
SPEC_BOUND = Named(
    "specification bound",
    re.compile(_MEASURE + r"$"),
    "a measure's level with 以内/以上 after it, inside a noun phrase, is the specification to keep to",
    "开机时间",
)


def states_level(before: str, suffix: str | None) -> bool:
    """Whether the number after `before` (its comparator suffix `suffix`, 以内…) is the level a
    measure is to reach, though a 的 phrase follows it."""
    if SPEC_LEVEL.pattern.search(before):
        return True
    return (
        suffix is not None
        and suffix in ("以内", "以上", "以下", "及以上", "及以下")
        and bool(SPEC_BOUND.pattern.search(before))
    )


# 引进5家以上的会展公司: a count of the noun itself, bounded, after the verb that brings it about
COUNT_BOUND = Named(
    "bounded count of the noun",
    re.compile(
        r"(?:引进|培育|新增|新建|建设|建成|打造|创建|认定|招引|扶持|培养|引育|建立|组建|设立|发展|吸引"
        r"|构建|形成|搭建|开发|推出|遴选|举办|培训|实施|开展|完成|整治|发布)$"
    ),
    "N家以上的X after a verb that brings X about counts X: a count to reach, not a kind of X",
    "培育",
)
_COUNTER = frozenset("个家所座项件套间辆台条处栋批名位户艘架部支册篇只株棵盏根宗片种场")


def counted(before: str, unit: str, suffix: str | None) -> bool:
    """Whether a number with a measure word and 以上 (or 左右) before a 的 phrase counts the noun
    after it (引进5家以上的公司, 培育30个左右的基地), unlike an amount that sizes it (5万元以上的项目)."""
    if unit not in _COUNTER or suffix not in ("以上", "及以上", "左右"):
        return False
    # 改造50个以上的老旧小区 counts what is worked on; 改造200户以上的棚户区: households size the areas
    return COUNT_BOUND.pattern.search(before) is not None or (unit != "户" and before.endswith("改造"))
