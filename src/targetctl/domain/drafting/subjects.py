"""What a number measures: a noun phrase, never a verb, and never cut off from its noun.

- 分别 lists share their noun: 城镇、农村居民人均可支配收入分别增长5%、7% measures 城镇居民人均可支配
  收入 and 农村居民人均可支配收入 (parallel prefixes are of one length in these lists).
- A verb of spending is not part of what is measured: 每年安排专项资金 → 专项资金.
- A generic head left alone (资金, 经费) takes back the words that name it: 市财政每年安排养老服务
  体系建设资金 → 养老服务体系建设资金, not 资金.

Stage 4 of `draft`: each number of a target clause becomes a target, with what it measures
(growth of, share of, quantity of). Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal

from targetctl.domain.drafting import bounds, each_item, respective, subjectless
from targetctl.domain.drafting.classify import RELATION, SUPPORT
from targetctl.domain.drafting.clauses import PUNCT, title_of
from targetctl.domain.drafting.comparators import MORE_PRE, comparator_word
from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.numbers import half_width
from targetctl.domain.drafting.quantities import (
    DISTANT,
    SET_BY,
    Number,
    counted_object,
    read_comparator,
)
from targetctl.domain.drafting.subject_tidy import elided, tidy

_SPEND = re.compile(r"^.*?(?:每年|每季度|每月|全年|年均|累计)?(?:安排|投入|筹集|统筹|落实|拨付|下达)(?=.{3,})")
_LEAD_SPEND = re.compile(r"^(?:每年|每季度|每月|全年|年均|累计)?(?:安排|投入|筹集|统筹|落实|拨付|下达)(?=.{3,})")
_GENERIC = re.compile(r"^(?:资金|经费|投资|项目|面积|规模|能力|总量|总额)$")


def share_noun(items: list[str], glue: bool = True) -> list[str]:
    """A、B…N of a 分别 or 均 list, each with the noun the last one carries. A prefix ending in
    a word the last one also has (国家级、省级专精特新企业) takes the noun after that word; one with
    no such word takes the rest past as many characters (城镇和农村居民收入), unless not `glue`."""
    if len(items) < 2:
        return items
    last = items[-1]
    out = []
    for item in items[:-1]:
        if len(item) <= 4 and len(item) < len(last) - 1 and not last.startswith(item):
            cut = last.find(item[-1], 0, len(item) + 2)
            out.append(item + last[cut + 1 :] if cut >= 0 else item + last[len(item) :] if glue else item)
        else:
            out.append(item)
    return [*out, last]


# a subject made only of verbs (建成投用, 每年安排): the noun it measures follows the number
_VERB_ONLY = re.compile(
    r"^(?:每年|每季度|每月|全年|年均|累计|新|再)?(?:建成|投用|投运|建设|新建|完成|实施|安排|投入|筹集|落实|拨付|下达|新增|"
    r"培育|引进|打造|创建|改造|开展|举办|推动|提高|提升|扩大|用于|争取|实现|达到|达|形成|带动|吸引|招引|新开工|开工|"
    r"构建|搭建|开发|遴选)+$"  # the verbs that make a counted noun (specs.COUNT_BOUND) name no subject either
)
# a verb opening a numerator or a list of subjects: 提高清洁能源占…, 培育国家级、省级…企业
LEAD_VERB = re.compile(
    r"^(?:力争|确保|争取|推动|推进)?(?:提高|提升|扩大|增加|培育|引进|新增|建成(?!区)|打造|创建|认定|新认定|发展|壮大|推动|支持)"
    r"(?=[\u4e00-\u9fff]{2,})"
)


# a spending verb ending the subject (市财政每年安排1亿元): what is measured is the funds
_TRAIL_SPEND = re.compile(r"(?:每年|每季度|每月|全年|年均|累计)?(?:安排|投入|筹集|拨付|下达)$")
# a second verb of putting to use, left at the front after the first (建成投产亿元以上项目)
_LEAD_RUN = re.compile(
    r"^(?:投产|投用|投运|运营|开工|竣工|落地|办结|办好|办成|实施|推进|完成|新建|打造|培育|引进|开展|举办|组织|创建|改造|提供|发放|"
    r"招引|签约|建成(?!区))(?=[\u4e00-\u9fff]{2,})"
)


def noun_after(after: str) -> str:
    """The noun phrase that follows a number (3个污水处理厂, 1000万元用于人才引进)."""
    m = re.match(r"^的?(?:用于)?([^，,。；;：:、\d（(]{2,20})", after)
    if not m:
        return ""
    return re.sub(r"(?:工作|任务|目标|以上|以下|左右)$", "", m.group(1))


def refine(subject: str, stem: str, after: str = "", money: bool = False) -> str:
    """`subject` as the noun phrase it measures; `stem` is the clause before the number, `after`
    what follows it, `money`: whether the number is an amount of money."""
    if _VERB_ONLY.match(subject) and noun_after(after):
        return noun_after(after)
    if _GENERIC.match(subject):
        spent = _SPEND.match(stem)
        if spent and stem[spent.end() :].endswith(subject):
            return stem[spent.end() :]
    lead = _LEAD_SPEND.match(subject)
    subject = subject[lead.end() :] if lead else subject
    spent = _TRAIL_SPEND.search(subject)
    if money and spent and spent.start() >= 2:
        return subject[: spent.start()] + "资金"  # 市财政每年安排1亿元: the city budget's funds
    return _LEAD_RUN.sub("", subject)


GROWTH = re.compile(
    r"(?P<annual>年均|年平均|平均每年|平均)?(?P<verb>增长率?|增速|增幅|提高|提升|上升|增加|下降率?|降低|减少|压减|缩减|削减|降幅|回落)"
    r"(?:保持在|稳定在|控制在|达到|达|在)?(?:不低于|不少于|超过|高于|至少|不超过|约)?$"
)
DECREASE = ("下降", "降低", "减少", "压减", "缩减", "削减", "降幅", "回落")
CUMULATIVE = re.compile(
    r"(新增|净增|新建|改扩建|改建|淘汰|关停|取缔|拆除|搬迁|清理|新开工|引进|引育|培育|招引|招聘|新认定|认定|建成|改造|打造|创建|新培育|完成|实施|开展|举办|培训|发放|投入|"
    r"植树|造林|落地|签约|吸纳|安置|带动|新改建|建设|入库|推出|孵化|新落户|新登记|增加|扶持|帮扶|创造|提供|筹集|供应|整治|修复|治理|"
    r"种植|栽植|新发展|发展|选派|组建|设立|开设|建立|命名|评选|表彰|推广|新上)"
)
LEVEL_VERB = re.compile(r"(达到|达|突破|提高到|提升到|增至|增加到|降至|降到|控制在|保持在|稳定在)")
LEVEL = re.compile(
    r"(达到|达|突破|总数|总量|总规模|规模|保有量|拥有量|提高到|提升到|增至|增加到|降至|降到|控制在|保持在|稳定在)"
)
_LEAD = re.compile(
    r"^(?:(?:到|至|在)?(?:20\d\d|[〇○零一二]{1}[〇○零一二三四五六七八九]{3})年(?:底|末|前)?(?:[、和及](?=(?:到|至)?20\d\d))?|"
    r"(?:[一二三四五两]|\d)年(?:内|时间)|第?[一二三四]季度(?:末|底)?|[上下]半年|前三季度|今年|去年|上年度?|全年|年内|明年|力争|确保|争取|努力|要|将|预计|预期|全年|并|同时|实现|保持|逐步|逐年|稳步|以|"
    r"推动|推进|促进|其中|使|让|主要预期目标是|主要目标是|目标是|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|"
    r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|[一二三四五六七八九十\d]+[、.．](?!\d))+"
)
_TRAIL = re.compile(
    r"(?:要|将|力争|确保|争取|预计|实现|保持|继续|持续|稳定|较去年|较上年|比上年|比去年|同比|的|总体|再|新增|净增|分别"
    r"|(?:第?[一二三四]季度|[上下]半年|前三季度|全年|年内|年底前)(?:末|底)?完成)+$"  # 交通投资上半年完成40亿元
)
# what a share's part or whole is, when the clause does not name it (a person fills it in)
UNNAMED = "未写明"
# 均 shares one value among the nouns before it (not 年均, 人均, 平均)
# 均 before the verb, or 各 before the count (A、B、C各1家): one value for each listed noun
SHARED_VALUE = re.compile(
    # 均超 (超 for 超过) and 均 right before the value (A、B均60个以上) share it too
    r"(?<![年人平户生])均(?=增长|提高|提升|达到|达|完成|实现|不低于|不少于|超过|超\d|突破|保持|稳定|在|下降|降低|控制|\d)"
    r"|(?<=[\u4e00-\u9fff”\"])各(?=\d|[一二两三四五六七八九十]+[个家所座项条处])"  # “圳品”各10个
)
# the count of a list (A、B、C三个园区): it counts the items, it names none of them
_COUNTED = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:[两二三四五六七八九十]|\d+)个(?=[\u4e00-\u9fff]{2})")
# 均完成投资10亿元: the noun after the verb is what each item completes
# (均完成年度计划的30%: a share of a plan, no noun of the item's)
_DONE_NOUN = re.compile(r"(?:完成|实现)(?P<noun>[\u4e00-\u9fff]{2,6}?)(?<!的)(?=\d)")
_BASELINE = re.compile(r"(?:由|从)(?:(?P<y>20\d\d)年(?:底|末)?的?)?(?P<v>\d+(?:\.\d+)?)[^\d，,；;]*?$")


def _nouns(head: str, glue: bool = True) -> list[str]:
    """The nouns listed before 均 or 各 (A、B和C), each with the noun the last one carries."""
    return share_noun([s for s in re.split(r"[、和及与]", _COUNTED.sub("", LEAD_VERB.sub("", clean(head)))) if s], glue)


def clean(subject: str) -> str:
    subject = re.sub(r"(?:由|从)(?:20\d\d年(?:底|末)?的?)?\d.*$", "", subject)
    subject = _LEAD.sub("", subject)
    subject = _TRAIL.sub("", subject)
    return PUNCT.sub("", subject)


def against_of(text: str) -> str | None:
    m = re.search(r"(?:较|比)(上年|去年|上一年|\d{4}年)", text)
    return m.group(1) if m else None


def numeric(
    text: str,
    numbers: list[Number],
    due: dt.date | None,
    open_ended: bool,
    weak: bool,
    prog: int,
    last_subject: str | None,
) -> tuple[list[DraftTarget], str | None]:
    """The targets of a clause's numbers, and the subject the next clause may take up."""
    flat = half_width(text)
    numbers = [
        n
        for i, n in enumerate(numbers)
        if not (
            n.suffix in ("以上", "以下", "及以上", "及以下")
            and i + 1 < len(numbers)
            and re.fullmatch(r"[\u4e00-\u9fff]{1,20}", flat[n.end : numbers[i + 1].start])
        )
    ]
    subjects: list[str] = []
    shared: list[str] = []
    if "分别" in flat:
        head = flat.split("分别")[0]
        verb = GROWTH.search(head) or re.search(r"(达到|新增|净增|引进)$", head)
        head = head[: verb.start()] if verb else head
        head = LEAD_VERB.sub("", clean(head))
        head = "" if re.fullmatch(r"(?:20\d\d年?[、和及与]?)+(?:底|末)?(?:前)?", head) else head  # years, not nouns
        subjects = shared = share_noun([s for s in re.split(r"[、和及与]", head) if s])
        if len(shared) == 1 and len(numbers) == 2 and shared[0].startswith("城乡"):
            subjects = [f"城镇{shared[0][2:]}", f"农村{shared[0][2:]}"]  # 城乡居民收入分别增长6%和7%
        elif len(shared) == 1 and len(numbers) > 1:
            subjects = shared * len(numbers)  # one noun, several values: each keeps it and its verb
        elif len(shared) != len(numbers):
            subjects = []
    each = SHARED_VALUE.search(flat) if len(numbers) == 1 and not subjects else None
    alike = _nouns(flat[: each.start()]) if each else []
    done = _DONE_NOUN.match(flat, each.end()) if each and alike else None
    if done and not any(a.endswith(done["noun"]) for a in alike):  # A、B均完成投资10亿元: each one's 投资
        alike = [a + done["noun"] for a in alike]
    single = len(re.findall(r"\d+(?:\.\d+)?", flat.split("分别", 1)[-1])) == 1  # no value left unread after 分别
    if not alike and len(numbers) == 1 and len(shared) > 1 and single:
        alike = shared  # A、B分别达到N: one value, each noun reaches it
    if not alike and len(numbers) == 1 and not subjects:
        alike = share_noun(respective.indicator_list(flat))  # 一般公共预算收入、规上工业增加值增长6%
    made: list[DraftTarget] = []
    read: list[Number] = []  # the number each of `made` was read from
    last_end = 0
    verb_context = ""
    for i, num in enumerate(numbers):
        before = flat[last_end : num.start]
        whole_before = flat[: num.start]
        if i > 0 and subjects and re.fullmatch(r"[、和及与]?", before):
            before = verb_context
        t = _one(text, flat, before, whole_before, num, due, open_ended, prog, last_subject)
        if t is None:
            last_end = num.end
            continue
        if t.of:
            money = (t.unit or "").endswith("元")
            t.of = refine(t.of, before[: len(before) - len(comparator_word(before))], flat[num.end :], money)
        if subjects:
            if t.kind == "growth" or t.kind == "quantity":
                t.of = subjects[i]
            t.title = f"{subjects[i]}：{title_of(text)}"
        if t.kind in ("quantity", "growth"):
            noun = noun_after(flat[num.end :]) if t.kind == "quantity" else ""
            t.of = tidy(t.of, noun, before, made[-1].of if made else None)
        if t.of and made and made[-1].of:
            t.of = elided(t.of, made[-1].of)
        if i == 0:
            verb_context = before
        last_subject = t.of or t.numerator or last_subject
        base = _BASELINE.search(whole_before.split("增加到")[0].split("提高到")[0].split("下降到")[0].split("降至")[0])
        if base and t.kind in ("quantity", "share"):
            year = int(base["y"]) if base["y"] else None
            t.baseline = (Decimal(base["v"]), dt.date(year, 12, 31) if year else None)
        if t.review is None and SUPPORT.search(text):
            t.review = "an amount of support (给予…资助): check it is a commitment, not a rule's parameter"
        if weak and t.review is None and not re.search(r"(?:较|比)(?:上年|去年)(?:增长|提高|下降|降低)", text):
            t.review = "the clause names a past period (上年, 同比, 累计…): check it is a target, not a result"
        made.append(t)
        read.append(num)
        last_end = num.end
    respective.share_bounds(flat, made, read)
    respective.years_each(flat, made, read)
    bounds.apply(flat, made, read)
    # an item of several counts lists things of their own (公厕和口袋公园各6个): no 城镇→农村 glue
    made = each_item.split(flat, made, read, lambda head: _nouns(head, glue=False), title_of(text))
    if len(alike) > 1 and made and made[0].kind in ("growth", "quantity"):
        # 城镇和农村居民收入均增长6%: one value for each of the nouns
        made = [replace(made[0], of=s, title=f"{s}：{title_of(text)}") for s in alike]
    return made, last_subject


_PLACE_ONLY = re.compile(r"(?:在|于|对)?(?:全[省市县区镇乡]|[省市县区])")
# where the noun after a number ends: the next item, a number, or the verb of the clause
_NOUN_END = re.compile(r"[、，,；;。]|(?=\d)|(?=开展|实施|推进|推行|建设|建成|完成|实现|创建|打造|纳入|列入)")


def _one(
    text: str,
    flat: str,
    before: str,
    whole_before: str,
    num: Number,
    due: dt.date | None,
    open_ended: bool,
    prog: int,
    last_subject: str | None,
) -> DraftTarget | None:
    title = title_of(text)
    comparator, word = read_comparator(before, num.suffix, num.percent, counted_object(num.unit, flat[num.end :]))
    stem = before[: len(before) - len(word)] if word else before
    review: str | None = num.note
    if num.chinese:
        review = "number written in Chinese numerals: check the value"
    if num.percent and re.match(r"(?:左右)?的?(?:增长|增速|增幅)", flat[num.end :]):
        # 实现8%左右的增长: the growth word follows the number
        subject = clean(re.sub(r"(?:实现|保持|完成)$", "", stem))
        return DraftTarget(
            "growth",
            text,
            title,
            prog,
            comparator="about" if "左右" in flat[num.end : num.end + 2] else comparator,
            value=num.value,
            of=subject or title,
            due=due,
            open_ended=open_ended,
            review=review or (None if subject else "what grows is not named in the clause: fill in 'of'"),
        )
    portion = _portion(stem, flat[num.end :]) if num.percent else None
    if portion:
        # 超过半数的行政村建成示范村: the share of the villages that do it
        part, whole = portion
        return DraftTarget(
            "share",
            text,
            title,
            prog,
            comparator=comparator,
            value=num.value,
            numerator=part,
            denominator=whole,
            due=due,
            open_ended=open_ended,
            review=review,
        )
    if num.percent:
        g = GROWTH.search(stem) or GROWTH.search(before)
        if g and not re.search(r"占", whole_before):
            subject = clean(before[: g.start()] if GROWTH.search(before) else stem[: g.start()])
            against = against_of(whole_before)
            subject = re.sub(r"(?:较|比)(?:上年|去年|上一年|\d{4}年)$", "", subject) or subject
            t = DraftTarget(
                "growth",
                text,
                title,
                prog,
                comparator="between" if num.value_max is not None else comparator,
                value=num.value,
                value_max=num.value_max,
                of=subject or None,
                against=against,
                due=due,
                open_ended=open_ended,
                annual=bool(g["annual"]),
                review=review,
            )
            t.direction = "decrease" if g["verb"].startswith(DECREASE) else "increase"
            if not subject and last_subject:
                t.of = last_subject
                t.review = "what grows is taken from the clause before: check 'of'"
            elif not subject:
                t.of = title
                t.review = "what grows is not named in the clause: fill in 'of'"
            if g["annual"] and t.review is None:
                t.review = "average annual growth: fill in base_year"
            return t
        share = re.search(r"(?P<num>[^，。]*?)占(?P<den>[^，。]*?)(?:的)?(?:比重|比例|比率|份额|比)", whole_before)
        if share:
            numerator = LEAD_VERB.sub("", clean(share["num"])) or last_subject or ""
            denominator = clean(share["den"])
            t = DraftTarget(
                "share",
                text,
                title,
                prog,
                comparator=comparator if num.value_max is None else "between",
                value=num.value,
                value_max=num.value_max,
                numerator=numerator or UNNAMED,
                denominator=denominator or UNNAMED,
                due=due,
                open_ended=open_ended,
                review=review,
            )
            if not numerator or not denominator:
                t.review = "the share's part or whole is not named in the clause: fill in numerator and denominator"
            elif not clean(share["num"]):
                t.review = "the share's part is taken from the clause before: check numerator"
            return t
        bound = DISTANT.fullmatch(word) if len(word) > 3 else None
        if bound and clean(bound["ref"]) and clean(stem) and not SET_BY.search(clean(bound["ref"])):
            # 研发投入不低于营业收入的3%: a share of the whole the bound names
            return DraftTarget(
                "share",
                text,
                title,
                prog,
                comparator=comparator,
                value=num.value,
                numerator=LEAD_VERB.sub("", clean(stem)),
                denominator=clean(bound["ref"]),
                due=due,
                open_ended=open_ended,
                review=review,
            )
        premium = re.search(r"(?P<a>.+?)(?:高于|超过)(?P<b>[^\d]+)$", stem if word == "" else before)
        if premium and word not in MORE_PRE and clean(premium["b"]):
            return DraftTarget(
                "ratio",
                text,
                title,
                prog,
                comparator=comparator,
                value=num.value,
                numerator=clean(premium["a"]),
                denominator=clean(premium["b"]),
                due=due,
                open_ended=open_ended,
                review=review,
            )
    if num.value_max is not None:
        return DraftTarget(
            "range",
            text,
            title,
            prog,
            value=num.value,
            value_max=num.value_max,
            unit=num.unit,
            of=clean(stem) or None,
            due=due,
            open_ended=open_ended,
            review=review or ("the range is approximate (左右)" if num.suffix in ("左右", "上下") else None),
        )
    cumulative = CUMULATIVE.search(stem)
    level = LEVEL.search(before)
    if num.percent or num.unit in ("个百分点", "倍"):
        measure = "cumulative" if num.unit == "个百分点" else "level"
    elif level and (not cumulative or level.start() >= cumulative.start()):
        measure = "level"
    elif cumulative:
        measure = "cumulative"
    else:
        measure = "level"
    points = GROWTH.search(stem) if num.unit == "个百分点" else None
    if points:
        subject = clean(stem[: points.start()])
    elif cumulative and measure == "cumulative":
        last = list(CUMULATIVE.finditer(stem))[-1]
        # the noun after the number runs to the next item of a list (10家龙头企业、100家骨干企业)
        tail = re.split(r"[、，,；;。]|(?=\d)", flat[num.end :])[0]
        subject = clean(stem[last.end() :]) or clean(re.sub(r"(?:工作|任务|目标)$", "", tail))
        if not subject and last.start() > 0 and last.end() == len(stem.rstrip("了")):
            subject = clean(stem)  # 农村危房改造300户: the noun and its verb name the work
        subject = subject or clean(stem[: last.start()])
    else:
        verb = LEVEL_VERB.search(stem)
        subject = clean(stem[: verb.start()] if verb else stem)
    if num.unit == "个百分点" and re.search(r"(下降|降低|减少)", stem):
        review = "a fall in percentage points: the model counts it as an amount; check"
    # …、100家骨干企业, or 在全县8个乡镇: the number comes before its noun
    before_noun = re.search(r"(?:^|、)$", stem) or _PLACE_ONLY.fullmatch(subject)
    tail = _NOUN_END.split(flat[num.end :])[0]
    listed = clean(tail) if before_noun else ""
    subject = listed or subject
    if not subject and last_subject:
        # 近三年累计培育企业50家，力争到2025年达到100家: the same thing counted again
        subject, review = last_subject, review or "what is counted is taken from the clause before: check 'of'"
    return DraftTarget(
        "quantity",
        text,
        title,
        prog,
        comparator=comparator,
        value=num.value,
        unit=num.unit,
        measure=measure,
        of=subject or None,
        due=due,
        open_ended=open_ended,
        review=review,
    )


def measured(text: str, numbers: list[Number]) -> str | None:
    """What the first number of a clause measures (for a clause that is not a target, so that
    the clause after it can take it up)."""
    made, _ = numeric(text, numbers[:1], None, False, False, 0, None)
    return made[0].of or made[0].numerator if made else None


def _portion(stem: str, after: str) -> tuple[str, str] | None:
    """半数以上的X做到Y (nothing measured before the number): (做到Y的X, X), or None."""
    if clean(stem) or not after.startswith("的"):
        return None
    rest = re.split(r"[，,。；;]", after[1:], maxsplit=1)[0]
    verb = CUMULATIVE.search(rest) or re.search(r"达到|实现|具备|拥有|开展|通过", rest)
    if verb is None or verb.start() < 2 or verb.end() >= len(rest):
        return None
    whole = rest[: verb.start()]
    return f"{rest[verb.start() :]}的{whole}", whole


def checkpoints(produced: list[DraftTarget], sentence: str, targets: list[DraftTarget]) -> None:
    """到2023年达到40家，到2025年达到60家: the later clause is the target, the earlier its checkpoint."""
    subjectless.lend(produced, sentence)  # …，达到110亿元: quoted with the clause it measures
    i = 1
    while i < len(produced):
        a, b = produced[i - 1], produced[i]
        same = (a.kind == b.kind == "quantity" and a.unit == b.unit) or (
            a.kind == b.kind and a.kind in ("growth", "share")
        )
        a_due, b_due = a.due, b.due
        no_subject = b.of is None or b.of == a.of or b.numerator == a.numerator
        # 到2025年达到60家 is a level reached by then; 2025年完成90公里 is that year's share of the work
        by_then = re.search(r"(?:到|至)20\d\d年", b.quote) is not None
        if same and by_then and a_due and b_due and a_due < b_due and no_subject and a.value is not None:
            start = sentence.find(a.quote)
            end = sentence.find(b.quote, start) + len(b.quote)
            if start >= 0 and end > start:
                b.quote = sentence[start:end]
                b.title = title_of(b.quote)
            b.checkpoints = [*a.checkpoints, (a_due, a.value)]
            b.of = b.of or a.of
            b.due = b_due
            targets.remove(a)
            del produced[i - 1]
            continue
        i += 1


def qualitative_target(
    kind: str, quote: str, text: str, due: dt.date | None, open_ended: bool, produced: list[DraftTarget], prog: int
) -> DraftTarget:
    title = title_of(quote)
    if kind == "relation":
        m = RELATION.search(text)
        assert m is not None
        reference = m["reference"] or m["faster"] or m["sync"] or ""
        t = DraftTarget(
            "relation",
            quote,
            title,
            prog,
            subject=clean(m["subject"]) or title,
            reference=clean(reference) or title,
            due=due,
        )
    elif kind == "positive-growth":
        subject = clean(re.split(r"保持正增长|实现正增长", text)[0])
        t = DraftTarget(
            "growth",
            quote,
            title,
            prog,
            comparator="more-than",
            value=Decimal(0),
            of=subject or title,
            due=due,
            review=None if subject else "what grows is not named: fill in 'of'",
        )
        produced.append(t)
    elif kind == "doubling":
        times = {"一": 1, "两": 2, "三": 3}[re.findall(r"翻(一|两|三)番", text)[0]]
        subject = clean(re.split(r"翻(?:一|两|三)番", text)[0])
        t = DraftTarget(
            "growth",
            quote,
            title,
            prog,
            comparator="exactly",
            value=Decimal(2**times * 100 - 100),
            of=subject or title,
            due=due,
            review="翻番 (doubling) drafted as growth in percent over the whole period: check the base",
        )
    elif kind == "principle":
        t = DraftTarget("principle", quote, title, prog)
    else:
        t = DraftTarget("milestone", quote, title, prog, due=due, open_ended=open_ended)
    return t


def indicator(row: re.Match[str], quote: str, prog: int) -> DraftTarget:
    """A row of an indicator table: the target value, its year and its unit in the row's name."""
    name, unit = row["name"], row["unit"]
    value, due = Decimal(row["v"]), dt.date(int(row["y"]), 12, 31)
    comparator = "about" if row["about"] else "exactly"
    title = PUNCT.sub("", name) or quote
    review = "a row of an indicator table: check the value and the unit"
    if row["open"]:
        review = "[…] in an indicator table is a total over the plan period: check"
    g = GROWTH.search(name)
    if unit == "%" and g:
        t = DraftTarget("growth", quote, title, prog, comparator=comparator, value=value, due=due)
        t.of = clean(name[: g.start()]) or title
        t.annual = bool(g["annual"])
        t.direction = "decrease" if g["verb"].startswith(DECREASE) else "increase"
    else:
        t = DraftTarget(
            "quantity",
            quote,
            title,
            prog,
            comparator,
            value,
            unit=unit,
            measure="level",
            of=title,
            due=due,
        )
        if row["base"] and not row["open"]:
            t.baseline = (Decimal(row["base"]), dt.date(int(row["by"]), 12, 31))
    t.review = review
    return t
