"""Openings that name nothing: the words a text starts with name the programme of the targets
before its first heading, unless they only introduce the targets or cite the documents the text
carries out; and the preamble that says why the text is made, which commits to nothing. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sized

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
    DATELINE := Named(
        "dateline",
        re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚|讯|电)?$"),
        "a news item's dateline (3月9日，记者…) says when it was reported, not what the targets are",
        "3月9日",
    ),
    Named(
        "horizon",
        re.compile(r"^(?:到|至|截至)?\d{4}年(?:底|末)?前?$"),
        "a horizon (到2027年，…) says when the targets are due, not what they are",
        "到2027年",
    ),
)


def names_nothing(opening: str) -> bool:
    """Whether the words a text opens with cannot name its first programme."""
    return any(rule.pattern.search(opening) for rule in NAMELESS)


# the preamble of an official text (为…，按照…，结合我县实际，制定本方案。): why and on what basis the
# text is made. It stands before the first heading and ends by naming the text it opens.
PURPOSE = Named(
    "purpose-preamble",
    re.compile(
        # 本 names the text itself (本实施方案), not a place or body's own text (本地, 本县, 本部门…办法)
        r"(?:(?:特|现|为此|据此)[，,]?)?(?:研究)?(?:制[定订]|编制|出台)了?本"
        r"(?!地|县|区|市|省|州|镇|乡|村|街|单位|部门|辖区|级|行业|系统|企业|学校|园区|领域|机关)[^，。；,;：:的]{0,14}?"
        r"(?:方案|计划|规划|意见|措施|办法|细则|纲要|要点|清单|政策)[。：:]?$"
        r"|(?:提出|制[定订])(?:如下|以下)[^，。；,;：:]{0,12}?[。：:]?$"
    ),
    "the preamble: why and on what basis the text is made (为…，制定本方案), no commitment of its own",
    "为推动全县物流业提质增效，结合我县实际，制定本方案。",
)

# the words of a task: who must (要, 应, 须) or by when (年底前, 6月底前) make the text
_TASK = re.compile(r"(?:(?<![主重需只])要|(?<![相适对供响反效])应|须|底前|月前)[^，。；]{0,10}?(?:制[定订]|编制|出台)")


def purpose_preamble(sentence: str) -> Named | None:
    """The rule where `sentence` is a preamble that names the text it opens, else None."""
    if _TASK.search(sentence):
        return None  # 各乡镇要制定…, 年底前出台…: a task to make a text, which the preamble never is
    return PURPOSE if PURPOSE.pattern.search(sentence.strip()) else None


def preamble(sentence: str, open_headings: Sized) -> tuple[Named, str] | None:
    """The rule and its reason where `sentence`, read before any heading is open, is the preamble."""
    return (PURPOSE, PURPOSE.reason) if not open_headings and purpose_preamble(sentence) else None


# a copying site's source tag before the first words: 【青川新闻网讯】, 【…政府网消息】
_SOURCE_TAG = re.compile(r"^[【\[][^】\]]{1,24}(?:讯|消息|电|报道|发布)[】\]]")


def untagged(para: str) -> str:
    """The first paragraph without the source tag a copying site puts before its first words."""
    return _SOURCE_TAG.sub("", para, count=1) or para


def tag_or_dateline(line: str) -> bool:
    """Whether `line` is only a copying site's source tag or a news item's dateline: on a line
    of its own above the text it says where or when the item was reported, never its title."""
    return bool(_SOURCE_TAG.fullmatch(line) or DATELINE.pattern.fullmatch(line))
