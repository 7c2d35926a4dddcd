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
