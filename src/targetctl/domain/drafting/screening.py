"""A second table of numbers that are not targets, beside grammar.NOT_TARGETS: counts that only
total a list of names, norms for each of many units, the size of each plant of a named set, the
rates of a tax or an allowance, the share by which a fund is split.

Each rule is data as in grammar: a name, what it matches, the reason a drafted plan gives, and a
sentence of our own that it must match (tests/domain/test_drafting_screening.py). A rule may name
the part of its match that is not a target (group `mask`; else the whole match), and words that,
found in the clause before the match ends, lift it (`unless`). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from targetctl.domain.drafting import grammar
from targetctl.domain.drafting.grammar import T

_N = r"(?:(?<!\d)\d+(?:\.\d+)?|(?<![一二三四五六七八九十百千两])[一二三四五六七八九十百千两]+)"
_AGO = r"[一二三四五六七八九十两几\d]+"
_MEASURE = r"(?:个|座|家|所|条|处|支|名)"
_MONEY = r"(?<!\d)\d+(?:\.\d+)?[万亿]?元"
_TO = r"[-－‐—–~～至到]"
GRANTS = r"奖补|奖励|资助|补助|扶持|补贴|支持"  # the words of a grant
# a fund the plan commits to as a whole: its amount is a target even where it grants support
FUND = r"安排|设立|统筹|筹集|总规模|总额|累计投入|带动"
# a number in digits, not the tail of another (the tables of a rule's terms write their amounts so)
DECIMAL = r"(?<![\d.])\d+(?:\.\d+)?"
# words that end a list's last item: a comparison or a change, so the number after them is a level
_NOT_NAME = r"(?:分别|均|达|超|突破|到|至|为|在|共|累计|增|减|降|提|保持|稳定|控制|完成|实现|不少于|不低于|不超过)"
# a verb that makes new things: the count after the list of their kinds is how many to make;
# 加快建设, 推进培育 work on things already named, but an institution set up (设置, 组建) is new
_MAKES = (
    r"(?<!加快)(?<!推进)(?<!推动)(?<!加速)(?<!持续)"
    r"(?:建设|新建|建成|打造|新增|培育|引进|招引|开工|认定|争创|布局|改造|完成|实施|启动|申报|开通|新开)"
    r"|创建|建立|组建|设立|设置|成立"
)


@dataclass(frozen=True)
class Screen(grammar.Rule):
    unless: re.Pattern[str] | None = None  # found before the match ends: the rule does not apply
    book: bool = False  # only in a book of support rules (its title says so): a plan may commit to a grant


def screen_rule(
    name: str,
    pattern: str,
    reason: str,
    example: str,
    *,
    clause: bool = False,
    hint: str = "",
    unless: str = "",
    book: bool = False,
) -> Screen:
    return Screen(
        name,
        re.compile(pattern),
        reason,
        example,
        clause,
        re.compile(f"[{hint}]") if hint else None,
        unless=re.compile(unless) if unless else None,
        book=book,
    )


RULES: tuple[Screen, ...] = (
    screen_rule(
        "list-total",
        # two or more names joined by 、 (the last one perhaps by 和, 及, 等), then the count
        # from the clause's start (the verb may open the first name), names of words only
        rf"(?<![\u4e00-\u9fff\d%“”])(?:[\u4e00-\u9fff“”（）]{{1,14}}、)+"
        rf"(?:(?!{_NOT_NAME})[\u4e00-\u9fff“”（）]){{1,16}}?(?<!等)(?P<mask>{_N}{_MEASURE})"
        r"(?=[\u4e00-\u9fff\d])",
        # A、B等N个: the list is open, its count is more than the names and is the plan's own
        "a count that only totals the names listed before it (A、B、C3个…): a label, not a target",
        "推动青川、远山、白河3个综合保税区提档升级",
        hint="、",
        unless=_MAKES,
    ),
    screen_rule(
        "unit-size",
        rf"{_N}(?:座|台|套|个)(?P<mask>{_N}万?(?:千瓦|兆瓦|吨|立方米))",
        "the size of each plant counted before it (2座30万千瓦…): part of its name, not a target",
        "新建东坪2座30万千瓦光伏电站",
        hint="座台套个",
    ),
    screen_rule(
        "unit-configuration",
        rf"(?<!\d)\d+\s*[×xX*＊]\s*{_N}万?(?:千瓦|兆瓦|吨|MW|GW)",
        "a plant's configuration (2×35万千瓦: units of that size) names the project, not a target",
        "加快推进白河电厂2×35万千瓦机组项目建设",
        hint="×xX*＊",
    ),
    screen_rule(
        "listed-projects-capacity",
        # grammar's named-capacity, where the list closes on 等 and the projects' total investment
        r"(?<=[\u4e00-\u9fff]{2})(?<!建成)(?<!新建)(?<!新增)(?<!建设)(?<!达到)(?<!完成)(?<!实现)(?<!形成)(?<!突破)"
        rf"(?<!超过)(?<![达到至为超增在]){_N}[十百千万亿]*(?:吨|千瓦)(?=[^，。；]{{0,80}}?等总投资[^，。；]{{0,24}}?项目)",
        "a capacity that is part of a project's name in a list of projects, not a target",
        "开工建设青川化工30万吨乙二醇、远山新材5万吨碳纤维等总投资200亿元以上的新材料项目",
        hint="吨瓦",
    ),
    screen_rule(
        "things-to-do",
        rf"{_N}件[^，。；\d]{{0,12}}?事(?![故业务件项])",
        "a count of the work itself (抓好N件事, 办好N件…实事): its items are the targets",
        "重点抓好燃气管网改造、电动车充电治理2件事",
        clause=True,
        hint="件",
    ),
    screen_rule(
        "tax-rate",
        rf"{_N}%的?(?:企业|个人)?[\u4e00-\u9fff和、]{{0,8}}?(?:所得税|增值税|消费税|税率|关税|契税)",
        "a tax rate (20%的税率) is a parameter of a tax policy, not a target",
        "对符合条件的企业减按20%的税率征收所得税",
        clause=True,
        hint="税",
    ),
    screen_rule(
        "standard-raised",
        rf"(?:生均|人均|户均|每[人户生])[^，。；\d]{{0,10}}?标准(?:由|从)?{_N}万?元(?:/[人年月])?"
        rf"(?:提高|增加|提升|调整|上调)(?:至|到|为){_N}万?元"
        # the per-head word after 由: 补助经费由年人均N万元提高到M万元
        rf"|(?:补助|补贴|资助|经费)[^，。；\d]{{0,6}}?(?:由|从)(?:每?[年月])?(?:生均|人均|户均|每[人户生])(?:每[年月])?"
        rf"{_N}万?元(?:提高|增加|提升|调整|上调)(?:至|到|为){_N}万?元",
        "an allowance standard per head raised (生均标准从N元提高至M元): the rate of a support rule, not a target",
        "城乡义务教育生均公用经费标准从650元提高至800元",
        clause=True,
        hint="标均每",
    ),
    screen_rule(
        "allocation-share",
        rf"按(?:不超过|不低于|不高于)?[^，。；\d]{{0,24}}?的?{_N}%(?:的比例)?(?:安排|分配|计提|提取|拨付|下达)",
        "the share by which a fund is split (按…的N%安排): how the money is allocated, not a target",
        "风险补偿金按贷款余额的2%计提",
        clause=True,
        hint="按",
    ),
    screen_rule(
        "per-unit-norm",
        rf"各(?:市县|县市区|县区|市区|市|县|区|乡镇|街道|村|社区)(?:[（(][^）)]{{0,8}}[）)])?[^，。；\d]{{0,10}}?"
        rf"{_N}(?:[-~～—至]{_N})?{_MEASURE}(?:[^，。；\d]{{0,24}}?、{_N}{_MEASURE})*",
        "a norm for each unit (各县…N个): how the work is shared out, the plan states no total",
        "各乡镇至少配备1名专职调解员、1个标准化调解室",
        clause=True,
        hint="各",
    ),
    screen_rule(
        "made-before",
        # not 前期谋划的N个项目 (年内开工): what was prepared may still be the year's to start
        rf"(?:近{_AGO}年|去年|上年|此前)[^，。；\d]{{0,12}}?的{_N}{_MEASURE}",
        "a count of what was made before (此前签约的N个项目) names those things, not a target",
        "推动此前签约的12个招商项目尽快开工",
        hint="近去上前此已",
    ),
    screen_rule(
        "where-counted",
        rf"(?<![存实现])在(?:[^，。；\d]{{1,40}}?等)?(?P<mask>{_N}个)[^，。；\d]{{1,16}}?(?=[^，。；]*?\d)",
        "where the work is done (在N个乡镇…): the target is what is done there",
        "在8个乡镇和县城新建公共充电桩500个",
        hint="在",
    ),
    screen_rule(
        "idiom-of-many",
        # not 百个千亩…: a measure word after the first numeral counts; nor 百余万人, 千多万元: 余/多 say more than
        r"(?<![\d一二三四五六七八九十两零〇])[千百万](?![万亿千百个项所座名人余多])[\u4e00-\u9fff][千百万](?![瓦吨元米])[\u4e00-\u9fff]"
        # the homes a slogan reaches, at its end (富裕千万家, 温暖万家)
        r"|(?<![\d达到超过至])千?万家(?![\u4e00-\u9fff\d])",
        "an idiom of many (千家万户, 千方百计): no count",
        "让清洁取暖走进千家万户",
        hint="千百万",
    ),
    screen_rule(
        "round-name",
        # 百万吨以上, 突破百万人 and 每千人口 stay numbers
        r"(?<![\d一二三四五六七八九十两零〇每])(?:[千百]万?|万)(?:户|人|亩)(?=[\u4e00-\u9fff])(?![以左上下的次口])"
        # a class of plant or port by its round size (百万吨饲料加工厂, 千万千瓦基地, 千万吨口岸), where nothing
        # before it sets a level to reach (形成百万吨产能 stays a number) and it is no level (稳定在百万吨水平)
        r"|(?<![\d一二三四五六七八九十两零〇每达超过破到至])(?<!形成)(?<!实现)(?<!新增)"
        r"(?:[千百]万|千万?)(?:吨|千瓦)(?=[\u4e00-\u9fff])(?![以左上下的级产规])(?!水平|台阶|大关|目标)",
        "a round magnitude before a noun (千亩花海, 万人…行动) names a place or a programme, not a count",
        "打造东坪千亩花海观光带",
        hint="千百万",
    ),
    screen_rule(
        "base-kept",
        rf"巩固(?:提升)?(?P<mask>{_N}万?亩)[^，。；\d]{{0,12}}?基地",
        "the size of a base that exists (巩固…N万亩…基地) names it, not a target",
        "巩固30万亩油茶示范基地",
        hint="巩",
    ),
    # a support rule's terms: what each beneficiary is granted, on what share of its cost, how many
    # are chosen each round; a fund the plan commits to as a whole (安排, 设立) stays a target
    screen_rule(
        "grant-amount",
        rf"(?:最高|一次性|分别|单个|单条|单家|单项|每家|每个|每项|等奖|给予|奖励|奖补|资助|补助|扶持|补贴)"
        # a list's last amount carries 元 for all (分别给予15万、25万元); a band (10万元至40万元不等)
        rf"[^，。；\d]{{0,8}}?(?P<mask>(?:\d+(?:\.\d+)?[万亿]?元?(?:[、和或]|{_TO}))*{_MONEY})",
        "an amount each beneficiary is granted (给予最高N万元, 一等奖N万元): a support rule's term, not a target",
        "对首次入选的专精特新企业，给予单个企业最高60万元奖励",
        hint="元",
        unless=FUND,
        book=True,
    ),
    screen_rule(
        "amount-granted",
        rf"(?P<mask>{_MONEY}(?:[、和或]{_MONEY})*)的?(?:一次性|配套)?(?:奖励|资助|补助|扶持|补贴)",
        "an amount named as the grant (N万元一次性奖励): a support rule's term, not a target",
        "经评审认定的优秀团队，分档享受40万元、20万元扶持",
        hint="元",
        unless=FUND,
        book=True,
    ),
    screen_rule(
        "grant-rate",
        # the rate a grant is paid at, before its verb (按每名游客200元给予奖补, 按每吨50元的标准补贴)
        rf"按[^，。；\d]{{0,12}}?(?P<mask>{_MONEY}(?:/[\u4e00-\u9fff]{{1,3}})?)[^，。；\d]{{0,6}}?(?:给予|予以)?(?:{GRANTS})",
        "the rate a grant is paid at (按每名游客N元给予奖补): a support rule's term, not a target",
        "对组织外地游客来县过夜的旅行社，按每人次80元给予奖补",
        hint="按",
        unless=FUND,
        book=True,
    ),
    screen_rule(
        "grant-adjusted",
        # a grant raised or lowered for a class (奖励金额上浮5%—10%): the size of a term
        rf"(?:{GRANTS})(?:金额|标准|资金|额度)?[^，。；\d]{{0,10}}?(?:上浮|下浮|上调|下调|提高|增加)"
        rf"(?P<mask>{DECIMAL}%(?:{_TO}{DECIMAL}%)?)",
        "how much a grant is raised for a class (奖励金额上浮N%): a support rule's term, not a target",
        "对获评省级示范的园区，资助额度上调15%",
        hint="浮调提增",
        book=True,
    ),
    screen_rule(
        "grant-step",
        # the step a grant is counted in (营业收入每增加1000万元，奖励2万元): each step earns the grant
        rf"每(?:同比|比上年|较上年)?(?:增加|增长|新增|提高|多)[^，。；\d]{{0,6}}?(?P<mask>{DECIMAL}(?:[万亿]?元|%|个百分点)?)",
        "the step a grant is counted in (营业收入每增加N万元，奖励M万元): a support rule's term",
        "对年度纳税额超过500万元的企业，纳税额每增加100万元，奖励3万元",
        hint="每",
        book=True,
    ),
    screen_rule(
        "cost-share",
        r"按[^，。；\d]{0,30}?(?:投入|费用|金额|投资额|投资|收入|资金|成本|总额|经费|销售额|收购量|采购量|销售量)"
        r"[^，。；\d]{0,4}?的"
        r"(?P<mask>\d+(?:\.\d+)?%)",
        "the share of a beneficiary's cost that is paid back (按实际投入的N%): a support rule's term, not a target",
        "按企业购置设备实际投入的15%，给予补助",
        hint="按",
        book=True,
    ),
    screen_rule(
        "chosen-per-round",
        rf"(?:每年|每批|每轮|每届)[^，。；\d]{{0,8}}?(?:遴选|评选|认定|推荐|选树|择优)[^，。；\d]{{0,4}}?"
        rf"(?P<mask>不超过\d+{_MEASURE})",
        "how many are chosen in each round of a support rule (每年遴选不超过N个): its term, not a target",
        "区科技部门每年择优遴选不超过5家孵化载体",
        hint="不",
        book=True,
    ),
)


# a title that says the document sets support rules (…若干政策措施, …资金支持措施, …管理办法): its
# grants are terms offered to whoever qualifies, where a plan's (行动计划, 方案) may be commitments
RULE_BOOK = re.compile(
    r"(?:政策|支持|扶持|奖励|资助|补助|补贴|激励|若干)措施|(?:管理|实施|扶持|奖励|资助|补助|补贴|认定)办法|实施细则|若干规定|若干政策"
    r"|政策的通知$"  # a notice that sets a policy's terms (关于2025年…以旧换新政策的通知)
)


# a preamble that names the document it opens (特制订本X。, 制定本办法。, 现提出如下措施。): where the text has
# no title of its own, the name it gives itself says what it is; an 办法, 细则, 优惠政策 or 措施 sets rules
_SELF_NAMED = re.compile(r"(?:制[定订]本|(?:提出|制[定订])(?:如下|以下))(?P<name>[^，。；,;：:]{1,24}?)[，。；,;：:]")
_BOOK_NAME = re.compile(r"(?:办法|细则|优惠政策|政策措施|若干规定)$|^(?:若干)?措施$")
# a title that names a plan (…三年行动方案, …规划): its preamble's 现提出如下措施 names the plan's measures
_PLAN_TITLE = re.compile(r"(?:方案|规划|计划|纲要|要点|报告)(?:[（(][^）)]{0,16}[）)])?$")
# a heading that sets the text's goals (一、主要目标): a book of rules offers terms, a plan sets goals
_GOALS_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])?"
    r"\s*(?:主要|发展|工作|总体|行动)目标\s*$"
)


def rule_book(title: str | None, preamble: Sequence[str] = (), body: Sequence[str] = ()) -> bool:
    """The document sets support rules: its title says so, or failing that, the first paragraphs
    `preamble` name it so (特制订本…优惠政策), unless the title names a plan (…行动方案) or a
    paragraph of `body` is a heading of goals (一、主要目标)."""
    if title and RULE_BOOK.search(title):
        return True
    if title and _PLAN_TITLE.search(title.strip()):
        return False
    for para in preamble:
        m = _SELF_NAMED.search(para) if "制" in para or "提出" in para else None
        if m:
            named = bool(RULE_BOOK.search(m["name"]) or _BOOK_NAME.search(m["name"]))
            return named and not any(_GOALS_HEADING.match(p) for p in body)
    return False


# a sentence in the form of a support rule: 对 whoever meets a condition (对…的企业，), then what it is
# granted; its amounts are terms offered, read as in a book of support rules, wherever it stands
# (予以奖补, 予以扶持, 扶持资金上调N%: the words the grant-rate and grant-adjusted rules read)
_GRANTED = r"补贴|补助|奖补|奖励"
_SUPPORTED = rf"[^。；，,]{{1,30}}?(?:进行|给予|予以)(?:{_GRANTED})"
SUPPORT_TERMS = re.compile(
    r"(?:^|[，,])对[^。；]{1,60}?的[^，。；]{0,16}?[，,][^。；]*?"
    r"(?:给予|奖励|资助|补助|补贴|奖补|予以|(?:扶持|支持)(?:资金|金额|标准|额度))"
    # or a level of government as the payer of an amount (省级对…分别给予N万元, 每头省级补助N元,
    # 省级再补助N元, 省级分别支持N万元): a grant's terms, not a fund the plan sets up (安排, 设立);
    # 每年, 每季度 after the payer say how often it pays a fund (市财政每年投入奖补资金N万元)
    r"|(?:省级|市级|县级|区级|市县|县区|省财政|市财政|县财政|区财政)(?:再|分别|对|按|每(?![年月季]))[^。；]{0,60}?"
    r"(?:给予|奖励|资助|补助|补贴|奖补|支持)[^，。；\d]{0,8}?\d[\d.]*[万亿]?元"
    r"|每(?![年月季])[^，。；\d]{1,6}(?:省级|市级|县级|区级|市县)(?:财政)?(?:补助|补贴|奖补|奖励)\d"
    # 对过剩生鲜乳喷粉进行补贴 with the rate it is paid at (每吨补贴N元, 按收购量的N%): alone, a plan
    # says whom it supports, and its counts (每年创建示范村N个以上) stay targets
    rf"|对{_SUPPORTED}(?=[^。；]*?(?:每[^，。；\d年月季]{{1,3}}(?:{_GRANTED})[^，。；\d]{{0,4}}\d|按[^，。；]{{0,30}}?\d))"
    rf"|按[^，。；]{{0,30}}?\d[^。；]*?对{_SUPPORTED}"
)


def support_terms(sentence: str) -> bool:
    return SUPPORT_TERMS.search(sentence) is not None


# a sentence that sets goals (力争全年完成…, 2025年，全市完成…): in a book of support rules, its
# counts (家电以旧换新10万台以上) are the goals the book serves, not a beneficiary's thresholds
_SETS_GOALS = re.compile(r"(?:^|[，,：:])(?:力争|争取)|^(?:到|至)?20\d\d年(?:底|末)?(?:前)?[，,]")


def book_terms(book: bool, sentence: str) -> bool:
    """`sentence` is read as a support rule's terms: in a book, unless it sets goals; anywhere,
    when it has a support rule's form (对…的，给予…)."""
    return (book and _SETS_GOALS.search(sentence) is None) or support_terms(sentence)


def _spans(clause: str, book: bool = False) -> list[tuple[int, int, Screen]]:
    return spans(RULES, clause, book)


def spans(rules: Sequence[Screen], clause: str, book: bool = False) -> list[tuple[int, int, Screen]]:
    """Where each of `rules` matches in `clause` (its `mask` group where it has one), skipping
    rules for a book of support rules unless `book`, and matches their `unless` finds before."""
    out = []
    for rule in rules:
        if rule.book and not book:
            continue
        if rule.hint is not None and not rule.hint.search(clause):
            continue
        for m in rule.pattern.finditer(clause):
            if rule.unless is not None and rule.unless.search(clause, 0, m.end()):
                continue
            group = "mask" if "mask" in rule.pattern.groupindex and m.group("mask") else 0
            out.append((m.start(group), m.end(group), rule))
    return out


def screen_table(
    rules: Sequence[Screen], clause: str, numbers: Sequence[T], book: bool = False
) -> tuple[list[T], grammar.Rule | None]:
    """The numbers of `clause` no rule of `rules` covers, and the first rule that covered one
    (or None). `book`: the clause is read as a book of support rules."""
    return grammar.uncovered(numbers, spans(rules, clause, book))


def screen(clause: str, numbers: Sequence[T], book: bool = False) -> tuple[list[T], grammar.Rule | None]:
    """grammar.screen, then this table: the numbers of `clause` no rule covers, and the first rule
    that covered one (or None). `book`: the document is a book of support rules."""
    kept, first = grammar.screen(clause, numbers)
    out, hit = grammar.uncovered(kept, _spans(clause, book))
    return out, first or hit


def clause_rule(clause: str) -> grammar.Rule | None:
    """grammar.clause_rule, then this table's rules for a whole clause."""
    found = grammar.clause_rule(clause)
    return found if found is not None else first_clause_rule(RULES, clause)


def first_clause_rule(rules: Sequence[Screen], clause: str) -> Screen | None:
    """The first of `rules` for a whole clause that `clause` matches (never one for a book of
    support rules alone, nor one its `unless` undoes)."""
    return next(
        (
            r
            for r in rules
            if r.clause
            and not r.book
            and (r.hint is None or r.hint.search(clause))
            and (m := r.pattern.search(clause))
            and (r.unless is None or not r.unless.search(clause, 0, m.end()))
        ),
        None,
    )


__all__ = ["RULES", "Screen", "clause_rule", "rule_book", "screen", "support_terms"]
