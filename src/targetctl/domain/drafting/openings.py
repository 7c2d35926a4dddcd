"""Openings that name nothing: the words a text starts with name the programme of the targets
before its first heading, unless they only introduce the targets or cite the documents the text
carries out. Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

NAMELESS = (
    Named(
        "goal-intro",
        re.compile(r"(?:预期)?目标(?:任务)?(?:是|为)$"),
        "a clause that introduces the targets names nothing",
        "今年经济社会发展的主要预期目标是",
    ),
    Named(
        "cites-a-document",
        re.compile(r"^(?:为|根据|按照|依据)[^《》。，,]{0,12}《"),
        "an opening that cites the document the text carries out (为贯彻落实《…》) names another document",
        "为贯彻落实《青川省促进青年就业若干措施》精神",
    ),
    Named(
        "dateline",
        re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|讯|电)?$"),
        "a news item's dateline (3月9日，记者…) says when it was reported, not what the targets are",
        "3月9日",
    ),
)


def names_nothing(opening: str) -> bool:
    """Whether the words a text opens with cannot name its first programme."""
    return any(rule.pattern.search(opening) for rule in NAMELESS)


# a copying site's source tag before the first words: 【青川新闻网讯】, 【…政府网消息】
_SOURCE_TAG = re.compile(r"^[【\[][^】\]]{1,24}(?:讯|消息|电|报道|发布)[】\]]")


def untagged(para: str) -> str:
    """The first paragraph without the source tag a copying site puts before its first words."""
    return _SOURCE_TAG.sub("", para, count=1) or para
