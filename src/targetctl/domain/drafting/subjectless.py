"""A clause that only states a level (…，达到110亿元; …，年底前达到45条; …，比例不低于40%; …，全年完成90亿元)
has no subject of its own: it measures what the clause before it names (地区生产总值年均增长7%，达到110亿元;
推进美丽河湖建设，年底前达到45条). Its quote and title take that clause in, so a reader sees what the level is of.
A rule as data (grammar.Named), with its reason and a sentence of our own
(tests/domain/test_drafting_subjectless.py). Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.clauses import title_of
from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.grammar import Named

LEVEL_ONLY = Named(
    "level-only-clause",
    re.compile(
        r"^(?:(?:到|至)20\d\d年(?:底|末)?|年底前|年内|届时|全年|今年|第?[一二三四]季度(?:末|底)?|[上下]半年|前三季度)?[，,]?"
        r"(?:比例|占比|比重)?(?:力争|争取)?(?:达到|达|稳定在|提高到|提升到|增加到|增至|突破|超过|不低于|不少于|不超过|不高于"
        r"|完成|实现|(?:同比|比上年|较上年|年均)?(?:增长|下降))"
        r"(?:\d|[一二三四五六七八九十两百千万])"
    ),
    "a clause that states a level alone (…，达到110亿元) measures what the clause before it names",
    "年底前达到12亿元",
)
_STOPS = "，,；;：:。！？!?"
# a subject that is only the verb of the level (完成, 达到): it names nothing
_VERB_ONLY = re.compile(r"(?:力争|确保)?(?:完成|实现|达到|达|突破|超过)")
# a clause that introduces (目标是，…) names no thing of its own
_INTRODUCES = re.compile(r"(?:是|为|如下)[，,]$")


def level_only(clause: str) -> bool:
    return LEVEL_ONLY.pattern.match(clause) is not None


def lend(produced: list[DraftTarget], sentence: str) -> None:
    """Quote each level-only target with the clause before it, in `sentence`."""
    after = 0  # where the last level was found: two equal levels (…，达到110亿元 twice) are two places
    # each clause's subject by its own text, a borrowed one included (一季度…，上半年完成50亿元，全年…):
    # one look per level, not a search of every target, so a long run of levels stays linear
    of_clause: dict[str, str] = {}
    for t in produced:
        own = t.quote
        after = _lend_one(t, sentence, after, of_clause)
        if t.of and not _VERB_ONLY.fullmatch(t.of):
            of_clause.setdefault(own, t.of)


def _lend_one(t: DraftTarget, sentence: str, after: int, of_clause: dict[str, str]) -> int:
    """Lend `t` the clause before it, if it states a level alone; where the next level is looked for."""
    if not t.numeric or not level_only(t.quote):
        return after
    at = sentence.find(t.quote, after)
    if at < 0:
        return after
    after = at + len(t.quote)
    if at < 2 or sentence[at - 1] not in "，,":
        return after
    start = max(sentence.rfind(c, 0, at - 1) for c in _STOPS) + 1  # the clause before, found from its end
    if start >= at - 1 or _INTRODUCES.search(sentence, start, at):
        return after
    before = sentence[start : at - 1]
    t.quote = sentence[start : at + len(t.quote)]
    t.title = title_of(t.quote)
    if t.of is None or _VERB_ONLY.fullmatch(t.of):  # 全年完成90亿元 is of what the clause before measured
        # where the clause before drafted nothing (a past result), a verb is no subject: a person names it
        t.of = of_clause.get(before)
    return after


__all__ = ["LEVEL_ONLY", "lend", "level_only"]
