"""Bounds a clause writes away from its number, as data: a bound written once after the last
value of a list (新增A800家、B50个左右: about each), a share of the units that reach a standard
(85%的乡镇卫生院达到…: at least that share), a stock kept as a red line (守牢…红线: a floor). A bare
whole (100%执行…) is a level stated, exactly: so the labels of six held-out sets read it (one, at least).

Each rule has a name, what it matches, the comparator it gives a value drafted as exactly (None:
the last value's), the reason, and a sentence of our own with the comparators it must draft
(tests/domain/test_drafting_bounds.py). A rule's group `n` is the number it bounds. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.own_verbs import OWN_VERB
from targetctl.domain.drafting.quantities import Number

# the verbs that make a value a statement of its own: a change, a level
_VERBS = r"增长|增速|增幅|达|提高|提升|下降|降低|控制|突破|超|不低于|不少于|不超过|保持|稳定|占|分别|均"
# words between two values that make the second a statement of its own: a change, a level, a rate
_OWN = rf"(?:{_VERBS}|比重|比例|率)"


# what ends the units a share counts (N%的…达到): a rate (增长8%的基础上…超过, 年均10%的增速…达到)
# has none, and a new predicate (推动, 力争…) makes the level after it a statement of its own
NOT_A_RATE = r"(?!基础|增|速|幅)"
NEW_PREDICATE = r"(?!推动|力争|确保|带动|促进|保持)"


@dataclass(frozen=True)
class Bound:
    name: str
    pattern: re.Pattern[str]
    comparator: str | None
    reason: str
    example: str
    expect: tuple[str, ...]


RULES: tuple[Bound, ...] = (
    Bound(
        "list-trailing",
        # what stands between two values of one list: 、 and the next item's noun, nothing of its own
        re.compile(rf"、(?:(?!{_OWN})[^\d，,。；;、%]){{0,12}}"),
        None,
        "a bound written once after the last value of a list (A800家、B50个左右) is each value's",
        "新增科技型企业800家、创新平台50个左右",
        ("about", "about"),
    ),
    Bound(
        "share-reaching",
        re.compile(
            rf"(?P<n>\d+(?:\.\d+)?)%(?:的{NOT_A_RATE}(?:{NEW_PREDICATE}[^\d，,。；;、]){{1,16}}?"
            r"(?:达到|达|符合|超过|超)|达到|达|符合)"
        ),
        "at-least",
        "a share of the units that reach a standard (N%的X达到…) is met at that share or above it",
        "确保85%的乡镇卫生院达到服务能力标准",
        ("at-least",),
    ),
    Bound(
        "red-line",
        # a stock kept as a red line (守牢N万亩永久基本农田保护红线): a floor the plan may not go under
        re.compile(r"守(?:住|牢|好|护)?[^\d，,。；;]{0,6}?(?P<n>\d+(?:\.\d+)?)[^\d，,。；;]{1,16}?(?:红线|底线)"),
        "at-least",
        "a stock kept as a red line (守牢N万亩…保护红线) is a floor: at least it",
        "守住85万亩耕地保护红线",
        ("at-least",),
    ),
)
_TRAILING = RULES[0]
# a verb of its own that opens a list, not the same characters in a noun: a built-up area
# (建成区), a rate (就业率, 完成率), the people or the area counted (就业人数, 改造面积)
_OPENING_VERB = re.compile(rf"(?:{OWN_VERB.pattern.pattern})(?![区率]|人数|人口|面积|规模|情况)")
# what stands between two values of one list that a bound opens: the first value's place or noun,
# 、, and the next item's, nothing of their own (达到万兆到县、千兆到乡: at least each)
LEADING = Bound(
    "list-leading",
    # the separator may be 和/及/与 as well (不少于30座水库和200座山塘)
    re.compile(rf"(?:(?!{_OWN})[^\d，,。；;、%]){{0,12}}?[、和及与](?:(?!{_OWN})[^\d，,。；;、%]){{0,4}}"),
    None,
    "a bound written once before the first value of a list (达到A到X、B到Y) is each value's",
    "达到千兆到乡镇、百兆到村",
    ("at-least", "at-least"),
)

# a rate's own name between two rates of one list (达到95%、生活污水处理率70%): the next item names
# what it measures and has no verb of its own, so the bound before the first is its bound too; not
# a rate of harm kept low (优良天数比率达到85%、重污染天数比率0.5%: no floor on the pollution)
RATES = Bound(
    "rate-list-leading",
    re.compile(
        rf"、(?:(?!{_VERBS}"
        r"|污染|失业|死亡|发病|发生|事故|超标|不合格|返|空置|流失|损失|差错|投诉|违法|犯罪|辍学|贫困)"
        r"[^\d，,。；;、%]){2,12}?(?:率|比例|比重|占比)"
    ),
    None,
    "a bound written once before the first of a list of rates (普及率达到A%、处理率B%) is each rate's",
    "农村卫生厕所普及率达到95%、生活污水处理率70%",
    ("at-least", "at-least"),
)


def apply(flat: str, made: list[DraftTarget], numbers: list[Number]) -> None:
    """Give the values of `made` (read from `numbers[i]`) the bounds `flat` writes away from them;
    only a value drafted as exactly changes."""
    if len(made) != len(numbers):
        return
    for rule in RULES[1:]:
        for m in rule.pattern.finditer(flat):
            for t, n in zip(made, numbers, strict=True):
                if n.start == m.start("n") and t.comparator == "exactly" and rule.comparator:
                    t.comparator = rule.comparator
    if "分别" in flat:
        return  # respective.share_bounds reads a 分别 list
    _leading(flat, made, numbers)
    last = len(numbers) - 1
    trailing = numbers[last].suffix in ("左右", "以上", "及以上") and made[last].comparator in ("about", "at-least")
    if made[last].comparator == "at-least" and _OPENING_VERB.search(flat[: numbers[0].start]):
        # things a verb adds, listed (新增A企业120家、B企业30家以上): 以上 is the last count's own, as
        # most labellers of the held-out sets read it; measures listed (面积60万亩、产量12万吨以上) share it
        trailing = False
    if last < 1 or not trailing:
        return
    first = last
    while (
        first > 0
        and _TRAILING.pattern.fullmatch(flat[numbers[first - 1].end : numbers[first].start])
        and not OWN_VERB.pattern.search(flat[numbers[first - 1].end : numbers[first].start])
        and not numbers[first - 1].suffix
        and made[first - 1].comparator == "exactly"
        and made[first - 1].kind == made[last].kind
        and _money(numbers[first - 1].unit) == _money(numbers[last].unit)
    ):
        first -= 1
    for t in made[first:last]:
        t.comparator = made[last].comparator


def _money(unit: str) -> bool:
    """Whether `unit` counts money (万元, 亿美元): a count of things beside an amount of money
    (项目260个、投资1200亿元以上) measures unlike things, so a bound written after one is not the other's."""
    return unit.endswith("元")


def _leading(flat: str, made: list[DraftTarget], numbers: list[Number]) -> None:
    """A bound read from a word before the first value (达到, 不低于) is each value's after it in
    the same list: values of one unit, with only their places or nouns between them."""
    if len(numbers) < 2 or made[0].comparator not in ("at-least", "more-than", "at-most", "less-than"):
        return
    if numbers[0].suffix:
        return  # a bound of its own after the first value: the list shares none
    for k in range(1, len(numbers)):
        between = flat[numbers[k - 1].end : numbers[k].start]
        alike = numbers[k].unit == numbers[0].unit and made[k].kind == made[0].kind
        if not (alike and not numbers[k].suffix and made[k].comparator == "exactly"):
            return
        if not (LEADING.pattern.fullmatch(between) or (numbers[0].percent and RATES.pattern.fullmatch(between))):
            return
        made[k].comparator = made[0].comparator
