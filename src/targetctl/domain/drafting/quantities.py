"""Stage 2 of `draft`: the numbers of a clause, with their units, magnitudes, ranges and the
comparator the words around them give. Years, ordinals and names are not numbers. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from targetctl.domain.drafting import grammar
from targetctl.domain.drafting.bandwidth import bandwidths
from targetctl.domain.drafting.comparators import (
    ABOUT_PRE,
    AT_LEAST_PRE,
    AT_MOST_PRE,
    LESS_PRE,
    MORE_PRE,
    RAISE_PRE,
    REACH_PRE,
    SPACE,
    comparator_word,
)
from targetctl.domain.drafting.fractions import fractions
from targetctl.domain.drafting.from_to import BASELINE_NOW
from targetctl.domain.drafting.levels import levels
from targetctl.domain.drafting.lone_magnitude import lone_magnitudes
from targetctl.domain.drafting.numbers import CN_NUMERAL, half_width, latin_named, number_text, parse_number
from targetctl.domain.drafting.specs import counted, states_level
from targetctl.domain.drafting.value_lists import listed_to_end

_WINDOW = 64  # the rules reading around a number look at most this far
# a fund set up at a size (设立总规模不少于N亿元的…基金): the size is what the plan commits to
_FUND_SET_UP = re.compile(
    r"(?:设立|组建|发起设立|新设|成立|设置)[^，,；;。\d]{0,8}?(?:总)?规模(?:不少于|不低于|不小于|达到|达|超过|为)?$"
)

_BASE_UNITS = sorted(
    [
        "%",
        "‰",
        "个百分点",
        "平方公里",
        "平方千米",
        "平方米",
        "公顷",
        "亩",
        "公里",
        "千米",
        "米",
        "立方米",
        "吨标准煤/万元",
        "吨标准煤",
        "吨标煤/万元",
        "吨标煤",  # the usual short form of 吨标准煤
        "万吨",
        "吨",
        "微克/立方米",
        "毫克/升",
        "千瓦时",
        "千瓦",
        "兆瓦",
        "标箱",
        "美元",
        "元/人",
        "元",
        "人次",
        "家次",  # enterprises served or taking part, counted per event (组织2万家次企业参展)
        "户次",
        "车次",
        "架次",
        "艘次",
        "人年",
        "人",
        "名",
        "位",
        "户",
        "家",
        "个工作日",
        "工作日",
        "个",
        "件",
        "座",
        "项",
        "所",
        "套",
        "间",
        "张",
        "辆",
        "台",
        "条",
        "处",
        "栋",
        "批",
        "场次",
        "场",
        "次",
        "天",
        "小时",
        "分钟",
        "岁",
        "倍",
        "千克",
        "公斤",
        "床",
        "册",
        "篇",
        "部",
        "支",
        "艘",
        "架",
        "类",
        "种",
        "期",
        "届",
        "层",
        "宗",
        "片",
        "棵",
        "株",
        "头",
        "只",
        "对",
        "盏",
        "根",
        "公顷",
        "年",
        "成",
        "斤",
        "箱",
        "标准箱",
        "标台",  # buses counted in standard units (公交车突破260标台)
        "升",
        "毫米",
        "厘米",
        "克",
        "台套",
        "万人次",
        "载重吨",  # a fleet's tonnage (450万载重吨)
        *grammar.EXTRA_UNITS,
    ],
    key=len,
    reverse=True,
)
# a unit in Latin letters the lists lack (12EFLOPS, 500TB) is still a unit: the plan declares it;
# so is one capital letter of size before a bound that closes the clause (带宽800G以上), where with no bound it
# names a thing (5G), and a bound with a noun after it makes a kind (4G及以上网络, 8G以上内存);
# so is a rate in them (450cm3/h, 80km/h), and hours as h (a single letter else names a thing: 5G)
# 亿度/万度: electricity as people say it (亿千瓦时); 度 only after a magnitude, never 一度 or 温度;
# 万P: computing power in PFLOPS, one letter only after a magnitude; ℃: a temperature to reach;
# 亿方/万方: cubic metres as gas is counted, 方 only after a magnitude (never 三方, 方面); 万单: orders
# (交易量突破700万单), 单 only after a magnitude (never 单位, 单项)
_UNIT = (
    r"(?:[A-Za-z]{1,4}[23]?/[A-Za-z]{1,4}(?![A-Za-z\d])|"
    + "|".join(
        f"{u}(?!{n})|(?<=元){u}" if (n := grammar.NOUN_AFTER_MEASURE.get(u)) else re.escape(u) for u in _BASE_UNITS
    )
    + r"|[A-Za-z]{2,8}(?![A-Za-z\d])|(?<=\d)h(?![A-Za-z\d])"
    + r"|(?<=\d)[KMGTP](?=(?:(?:及)?以[上下]|左右)(?![\u4e00-\u9fff]))"
    # 6000G（Gbps）: the letter of size, its unit spelled out after it (not 5G（SA）, a network's kind)
    + r"|(?<=\d)[KMGTPE](?=[（(][KMGTPE]i?(?:bps|B|b|bit|Byte)s?(?:/s)?[）)])"
    + r"|(?<=[万亿])度|(?<=[万亿])P(?![A-Za-z\d])|(?<=[万亿])方(?![面案式向法针位阵])"
    + r"|(?<=[万亿])单(?![位元独项品体列价])|℃)"
)
_CLAUSE_END = re.compile(r"[，,。；;）)]|$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAG = "(?:[十百千]?[万亿]|千(?=[余多]?[万亿元]|[余多]))?"  # 3千万元, 3千多万元, 3千余人 (not 千多万元 alone)
_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{CN_NUMERAL}(?:点[零〇一二两三四五六七八九]+)?)"
# 余/多 before the magnitude (2500余万元, 3000多万元) says 'more than' as after it does (1000余公里)
NUMBER = re.compile(
    rf"(?P<pct>百分之)?(?P<n1>{_NUM})(?P<m1>{_MAG})(?P<u1>{_UNIT})?"
    rf"(?:(?P<sep>[-~—至到]{{1,2}})(?P<n2>{_NUM}))?(?:(?P<pre>余|多)(?=[十百千]?[万亿]))?(?P<mag>(?<=[余多])[十百千]?万亿|{_MAG})(?P<approx>余|多)?(?P<unit>{_UNIT})?"
    r"(?P<suffix>及以上|及以下|以上|以下|以内|左右|上下)?"
)
# the same, where 多 after a measure word cannot be 'more than' (3个多元…, 5条多式…)
_NUMBER_WORD = re.compile(NUMBER.pattern.replace("(?P<approx>余|多)?", "(?P<approx>余)?"))

# people a magnitude counts, after up to four characters that say which (10万农村人口, 10万产业工人)
_KINDS = (
    r"中小学生|小学生|中学生|大学生|毕业生|农民工|残疾人|学生|儿童|老人|老年人|农户|职工|游客|患者|妇女"
    r"|青少年|市民|村民|考生|新生|外出务工劳动力|劳动力|务工人员"
)
_PEOPLE = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:人口|工人|农民|人员|人才|居民|群众|{_KINDS})")
# a round magnitude in words names a campaign (百万高校毕业生…行动): a kind of people after it
# counts only named by its own word (百万学生); in digits (10万高校毕业生, 10万农村转移劳动力) it counts
_PEOPLE_WORDED = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:人口|工人|农民|人员|人才|居民|群众)|(?:{_KINDS})")
# households a magnitude counts (10万家庭), not a kind of farm or doctor named by the word
_HOMES = re.compile(r"家庭(?!农场|医生|教育|服务|病床|床位)")
# one-character measure words that also start common nouns (口袋, 门诊, 块状, 份额, 轮候, 吨粮田)
_WORD_START = frozenset({"口", "门", "块", "份", "轮", "幅", "款", "眼", "孔", "尾", "羽", "幢", "吨"})
# measure words that count things: after one of them a second unit can only start the noun
# (10个项目, 5000张家庭床位, 12家头部企业); after an amount it names a kind (500万元项目)
_COUNTERS = frozenset("个张家所座项件套间辆台条处栋批名位户艘架部支册篇只头株棵盏根宗片种类场块")

# at least, then the verb: 每个街道至少建设1个
_AT_LEAST_VERB = re.compile(r"(?:至少|最少)[\u4e00-\u9fff]{1,3}$")
# a bound a few words before its number: 研发投入不低于营业收入的3%, 能耗不超过上年的95%
# (达到…的N%: a level to reach, of a whole it names: 充分就业社区数量达到城市社区的60%)
DISTANT = re.compile(
    r"(?P<word>不低于|不少于|不小于|不超过|不高于|不多于|不大于|达到(?=[^\d，,。；;：:%]{1,12}?的$))"
    r"(?P<ref>[^\d，,。；;：:%]{1,20}?)的?$"
)
# the bound is a number someone set (不低于省下达的45%), not a whole the number is a share of
SET_BY = re.compile(r"(?:下达|确定|规定|要求|核定|考核|明确)$")
_SUFFIX = {
    "以上": "at-least",
    "及以上": "at-least",
    "以下": "at-most",
    "及以下": "at-most",
    "以内": "at-most",
    "内": "at-most",  # 0.5个工作日内完成: within a time (read after a unit of time only)
    "左右": "about",
    "上下": "about",
    "余": "more-than",
    "多": "more-than",
}

# a growth written as a multiple of the base (增长一倍, 提高约两倍)
_MULTIPLE = re.compile(r"(?:增长|提高|提升|增加|扩大)(?:约|近)?$")
_KIND_AFTER_RANGE = re.compile(r"(?:级)?的?(?:企业|项目|园区|集群|产业|工程|主体)")
# a kind named by its size, then counted (10亿元以上电商园区2个): the count is the target
_COUNTED_KIND = re.compile(
    r"(?:以上|及以上)?(?:级)?的?[\u4e00-\u9fff]{0,4}?(?:企业|项目|园区|集群|基地)\d+(?:个|家|座|处)"
)
# a second measure word in brackets before the bound: 台（套）以上
_ALT_MEASURE = re.compile(
    r"[（(][\u4e00-\u9fff](?:[、/]?[\u4e00-\u9fff]){0,3}[）)](?P<suffix>及以上|及以下|以上|以下|以内|左右|上下)"
)
# amounts in a list that write their unit once, after the last (1.5万亿、1.2万亿、9000亿元)
_LISTED_AMOUNTS = re.compile(r"(?:、\d+(?:\.\d+)?[十百千万亿]+(?=、))*、(?P<last>\d+(?:\.\d+)?[十百千万亿]*)")
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)")
# how many tiers an organisation keeps (管理层级控制在3级以内): 级 counts them here, it names no grade
_TIERS = re.compile(
    r"(?:层级|级次)(?:控制在|压减至|压减到|压缩至|压缩到|不超过|减少至|减少到|降至|保持在)(?P<n>\d{1,2})级(?P<suffix>以内|以下)?"
)
_BOUND_BEFORE = re.compile(r"(?<![个家座条项])(?:超过|超|突破|达到|达)$")
_TIME_UNITS = frozenset({"个工作日", "工作日", "小时", "分钟", "天", "日", "个月", "秒", "毫秒", "周"})
# a ratio's name and the verb that sets its level, just before a number with no unit (not 性别比, counted
# per hundred women: 性别比控制在110以内 is no 110 times)
_RATIO_LEVEL = re.compile(
    r"(?<![占对])(?<!性别)(?:收入|差距|负债|产出|投入)?比(?:值|例)?(?:缩小至|缩小到|降至|降到|降低到|控制在|保持在|稳定在|"
    r"小于|低于|不超过|不高于|不大于|达到|为)$"
)
# a Latin unit and an opened bracket of words before a number written in Chinese numerals
_UNIT_GLOSS = re.compile(r"\d[A-Za-z]+[（(][^\d（）()，,。；;]*$")
_THRESHOLD_LIST = re.compile(
    r"^(?:[、和及或](?:超过|超|过)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万亿]+)[^\d，,。；;、的]{1,4}(?:以上|以下)?)+"
    r"(?=的|[\u4e00-\u9fff])"
)

# 两位数增长 (double-digit growth): no digit is written, and the least it can mean is 10%
_DOUBLE_DIGIT = re.compile(
    r"两位数(?P<suffix>以上)?(?=的?(?:增长|增速|增幅))"
    # or the growth named before it: 增速保持在两位数, 增幅保持两位数以上
    r"|(?<=增速|增幅)(?:保持在|保持|稳定在|达到|实现)?两位数(?:以上)?(?![\u4e00-\u9fff])"
)
DOUBLE_DIGIT_NOTE = "两位数 (double-digit) growth read as at least 10%: an inference, check it"

# a proportion to one: 之比达到2.5:1, 比例为3：1, 小于2.5:1 (not a time of day after 于: 于8:30前)
_PROPORTION = re.compile(
    r"(?:(?<=比|为|到|达|至|在|破|超|过)|(?<=[小低大高]于))(?P<a>\d+(?:\.\d+)?)[:：](?P<b>\d+(?:\.\d+)?)(?![\d.])"
    r"(?P<suffix>左右|上下|以上|以下|以内)?"
)


@dataclass
class Number:
    value: Decimal
    value_max: Decimal | None
    unit: str
    suffix: str
    start: int
    end: int
    percent: bool
    chinese: bool
    note: str | None = None  # why a person should check the value read


# 至少 (or 每个…, one for each) with a verb that builds before 一/两: a count (至少建设一所, 每个县建设
# 一所), not an article (建设一所); a duration or a person after 至少 alone (不少于一年, 至少有一人)
# is a rule's parameter or a guarantee
_AT_LEAST_BEFORE = re.compile(
    r"(?:至少|不少于|最少|每个[^，。；]{1,12}?)(?:建设|建成|新建|设立|建立|培育|打造|办好|创建|配备|布局)$"
)
# a verb that adds or builds right before 两 (新增两处, 建成两座): 两 is no article, it counts
_ADDS_BEFORE = re.compile(r"(?:新增|新建|建成|建设|培育|新培育|打造|创建|引进|增加|改造|新开)$")
# a count written in digits later in the same item: the 两 before it is part of the noun's name
# the size of a task the clause takes on (完成5万亩的植树造林任务, 8600亩的清退任务)
_TASK_OF = re.compile(r"的[^，,。；;\d的]{1,10}?(?:目标|任务)(?![\u4e00-\u9fff])")
# what is better lower: energy or water used per unit, emissions, a concentration
_LESS_IS_BETTER = re.compile(r"(?:煤耗|能耗|水耗|电耗|物耗|排放量|排放强度|浓度)(?:[（(][^（）()]{0,8}[）)])?$")
_COUNT_IN_ITEM = re.compile(r"[^、，,；;。：:\d]*\d")


def find_numbers(clause: str) -> list[Number]:
    """Every number with a unit in `clause`; years, ordinals and slogans like “四个意识” are not numbers."""
    flat = half_width(clause)
    out: list[Number] = []
    for m in NUMBER.finditer(flat):
        if m["u1"] and m["approx"] == "多" and not m["n2"]:
            m = _NUMBER_WORD.match(flat, m.start()) or m  # 5条多式联运: 多 starts the word after the measure
        if out and m.start() < out[-1].end:
            continue  # the 百亿元 of 0.6人/百亿元: read with the number before it, as its unit
        if latin_named(flat, m.start(), m.end("n1")):
            continue  # IPv6升级, H7N9, COVID-19: a number in a Latin name (not GDP 1500亿元, CPI 3%)
        n1, unit, mag = m["n1"], m["unit"] or m["u1"] or "", m["mag"] or m["m1"] or ""
        approx = m["approx"] or m["pre"]
        if m["m1"] and m["mag"] and not m["n2"] and not m["u1"]:
            mag = m["m1"] + m["mag"]  # 1.2万亿元: 万亿 is one magnitude
        if m["pct"]:
            unit = "%"
        if (
            not unit
            and mag
            and not m["suffix"]
            and (
                (_PEOPLE if n1[0].isdigit() else _PEOPLE_WORDED).match(flat, m.end())
                or flat.endswith("人口", 0, m.start())
            )
        ):
            unit = "人"  # 20万学生, 新增人口20万: a magnitude beside people counts them
        if not unit and mag and not m["suffix"] and n1[0].isdigit() and _HOMES.match(flat, m.end()):
            unit = "户"  # 覆盖10万家庭: 家 begins the noun (NOUN_AFTER_MEASURE), the magnitude counts homes
        if not unit and mag and not m["suffix"] and (listed := _LISTED_AMOUNTS.match(flat, m.end())):
            last = NUMBER.match(flat, listed.start("last"))
            unit = (last["unit"] or last["u1"] or "") if last else ""  # 1.2万亿、9000亿元: the unit is written once
        # 粮食产量616亿 closing its clause: a measured amount whose unit the text leaves out
        # (产值超二百亿、…: in Chinese numerals only after a bound, its list's 、 ending it too; never
        # after a count, 两个超三百亿、…的产业集群, where it sizes what is counted)
        bare = (
            not unit
            and bool(mag)
            and (n1[0].isdigit() or _BOUND_BEFORE.search(flat, 0, m.start()) is not None)
            and (_CLAUSE_END.match(flat, m.end()) is not None or flat.startswith("、", m.end()))
        )
        # 10万/毫升: a magnitude counted per unit of something, its count's unit left unwritten
        per_only = not unit and bool(mag) and not m["suffix"] and grammar.PER_PERIOD.match(flat[m.end() :]) is not None
        # 城乡居民收入比缩小至1.7以内: a ratio's level, written with no unit, is how many times the one the other is
        ratio = (
            not unit
            and not mag
            and not flat.startswith((":", "：", "∶"), m.end())  # 2.3∶1 is read whole below (_PROPORTION)
            and _RATIO_LEVEL.search(flat, max(0, m.start() - 12), m.start()) is not None
        )
        if ratio:
            unit = "倍"
        if not unit and not (mag and m["suffix"]) and not bare and not per_only:
            continue
        end = m.end()
        if m["u1"] and m["mag"] and not (m["n2"] or m["unit"] or m["suffix"] or approx):
            unit, mag, end = m["u1"], m["m1"] or "", m.end("u1")  # 3个千亿级产业: the magnitude sizes the noun
        plain = not (m["n2"] or m["mag"] or approx or m["suffix"])
        bound = m["suffix"] or ""
        if (
            m["u1"]
            and m["unit"]
            and m["u1"] != m["unit"]
            and plain
            and (m["unit"] in _WORD_START or m["u1"] in _COUNTERS or m["u1"] == "%")
        ):
            # 8个口袋公园, 2万名家政人员: 口, 家 start the noun here, they are no second unit; nor is
            # BIM after 100%
            unit, end = m["u1"], m.end("u1")
        elif (
            m["u1"] in _COUNTERS
            and not m["m1"]
            and m["mag"]
            and m["unit"]
            and not (m["n2"] or approx)
            and (not bound or _CJK.match(flat, m.end()) is not None)
        ):
            # 9个百亿元项目, 5个百万头…项目, 120个亿元以上项目: the size names the kind, its bound too
            unit, mag, end, bound = m["u1"], "", m.end("u1"), ""
        elif m["u1"] and m["unit"] and m["u1"] != m["unit"]:
            money = m["u1"].endswith("元") and flat.startswith("人民币", m.end("u1"))  # 人民币 names 元's currency
            if not money and (
                m["n2"] or m["mag"] or approx or bound or not flat.startswith(("支持", "扶持"), m.end("u1"))
            ):
                continue  # 500万元项目: an amount that names a kind of project
            unit, end = m["u1"], m.end("u1")  # 两千万元支持…: an amount and what it is for
        if unit.endswith("元") and ((m["n2"] and _KIND_AFTER_RANGE.match(flat, end)) or _COUNTED_KIND.match(flat, end)):
            continue  # 营收50亿—100亿元企业, 10亿元园区3个: a size names a kind of firm or park, not an amount
        chinese = not n1[0].isdigit()
        before = flat[max(0, m.start() - _WINDOW) : m.start()]  # every rule below reads near the number
        after = flat[end : end + _WINDOW]
        if unit == "年" and (
            YEAR.fullmatch(n1) or not re.search(r"(达到|达|超过|不少于|不低于|提高到|延长至)$", before)
        ):
            continue
        if unit == "成" and (not chinese or mag):  # 百亿成势: 成 after a magnitude is a word, not tenths
            continue
        if before.endswith(("第", "“", '"', "《", "前", "近", "每", "这", "那", "该")) or after.startswith(("”", '"')):
            continue
        if chinese and _UNIT_GLOSS.search(before):
            continue  # 14EFlops（每秒百亿亿次…）: words in brackets gloss a Latin unit, they set no value
        if after.startswith("大") and not unit:  # 三大工程 names a set; 3座大型水库 counts them
            continue
        # 超5万元、超20万元的合作社: a list of thresholds that name kinds, each describing the noun after
        described = _THRESHOLD_LIST.sub("", after)
        if (
            re.match(r"的(?!增长|增速|增幅|目标|任务|水平|规模)[\u4e00-\u9fff]", described)
            and not m["pct"]
            and unit != "%"
            and not before.endswith("等总投资")  # A、B等总投资N亿元以上的项目: the listed projects' total
            and not _FUND_SET_UP.search(before)  # 设立总规模不少于N亿元的基金: the size of the fund to set up
            and not (unit != "年" and states_level(before, bound))  # 运行时间超过20年的装置: its age
            and not counted(before, unit, bound)
            and not (_TASK_OF.match(described) and not bound)  # 完成5万亩的造林任务: the task's size
        ):
            continue  # 超过20年的管道, 5万元以上的项目: describes a thing, sets no target
        qualifier = re.search(r"(?<!超)超$|(?<![超经通不])过$", before)  # 超十亿元企业, 营收过百亿元企业
        # 参加超120个展会: a measure word counts the things themselves, it names no kind of them
        qualifier = qualifier if unit not in _COUNTERS and not listed_to_end(after, unit) else None
        if qualifier and re.match(r"[\u4e00-\u9fff]", described) and not re.match(r"的", described):
            continue  # the number names a kind of thing, it is not the thing's count
        if re.search(r"[（(]共$", before):
            continue  # 清单（共80个）: the size of a list in its title
        # a level given per period (由目前的每年2次提高到每年4次) starts the change all the same
        if re.search(r"(?:(?:由|从)[^，,；。]{0,12}的|由|从)(?:每年|年均|每月|每季度|每周|每天|日均)?$", before) or (
            BASELINE_NOW.pattern.search(before[-4:])
        ):
            continue  # the starting level of 由…的35%提高到40%, not the target
        if (
            chinese
            and n1 in ("一", "两", "二")
            and not (bound or m["n2"] or mag)
            and not _MULTIPLE.search(before)  # 增长一倍: a multiple, never an article
            and not _AT_LEAST_BEFORE.search(flat[max(0, m.start() - 20) : m.start()])  # 至少建设一所: counted
            and not (
                n1 != "一"
                and _ADDS_BEFORE.search(flat[max(0, m.start() - 3) : m.start()])
                and not _COUNT_IN_ITEM.match(after)  # 新增两轮电动车停放点200个: 两轮 names the noun
            )
        ):
            continue  # 一个, 两项: a name or a phrase; 两万亿元 is a number
        if re.match(r"(?:月|日|号|时|级|期间|季度|周年|倍增)", after) and unit in ("", "年", "个"):
            continue
        if unit in ("届", "次") and re.match(
            r"[一二三四五六七八九十\d]*[次届]?(?:全会|全体会议|会议|代表大会|常委会|党代会)", after
        ):
            continue
        try:
            value = parse_number(n1)
            value_max = parse_number(m["n2"]) if m["n2"] else None
        except ValueError:
            continue
        if (
            chinese
            and not m["pct"]
            and not mag
            and value < 10
            and not bound
            and not comparator_word(before)
            and not _AT_LEAST_BEFORE.search(flat[max(0, m.start() - 20) : m.start()])
            and not re.search(r"(新增|净增|新建|引进|建成|打造|培育|创建)$", before)
            and not (n1 in ("两", "二") and _ADDS_BEFORE.search(before[-3:]))  # 建设两个…区, as read above
            and not (unit == "倍" and _MULTIPLE.search(before))
        ):
            continue  # 三个一批, 四个结合, 七次全会: names and ordinals, not counts
        if value_max is not None and value_max < value:
            continue
        full_unit = (mag + unit) if unit != "%" else "%"
        if unit == "成":
            full_unit = "成"
        suffix = bound or approx or ""
        per = grammar.PER_PERIOD.match(flat[end:]) if (unit not in ("", "%") or per_only) and not suffix else None
        if per:
            full_unit, end = full_unit + per.group(), end + len(per.group())  # 500万吨/年
            tail = re.match(r"及以上|及以下|以上|以下|以内|左右|上下", flat[end:])
            if tail:
                suffix, end = tail.group(), end + len(tail.group())  # 0.6人/百亿元以下
        if not suffix and full_unit in _TIME_UNITS and flat.startswith("内", end) and not flat.startswith("内容", end):
            suffix = "内"  # 0.5个工作日内: within that time (the number's span stays its own)
        alt = _ALT_MEASURE.match(flat, end) if not suffix else None
        if alt:
            suffix, end = alt["suffix"], alt.end()  # 3000台（套）以上: the bound after the measure in brackets
        note = f"{number_text(value)}{mag} with no unit written: check the unit" if bare else None
        out.append(Number(value, value_max, full_unit, suffix, m.start(), end, unit == "%", chinese, note))
    for share, suffix, start, end in fractions(flat):
        if not any(n.start <= start < n.end for n in out):
            # a percentage to two places: marked for review as a Chinese numeral is
            out.append(Number(share, None, "%", suffix, start, end, True, True))
    for lv in levels(flat):
        if not any(n.start <= lv.start < n.end for n in out):
            note = "a scale written as N亿级: check the unit" if lv.unit.endswith("元") else None
            out.append(Number(lv.value, None, lv.unit, lv.bound, lv.start, lv.end, False, lv.chinese, note))
    for value, start, end, chinese in bandwidths(flat):
        if not any(n.start <= start < n.end for n in out):
            out.append(Number(value, None, "兆", "", start, end, False, chinese))
    for dd in _DOUBLE_DIGIT.finditer(flat):
        out.append(Number(Decimal(10), None, "%", "以上", dd.start(), dd.end(), True, False, DOUBLE_DIGIT_NOTE))
    for value, unit, suffix, start, end in lone_magnitudes(flat):
        if not any(n.start <= start < n.end for n in out):
            out.append(Number(value, None, unit, suffix, start, end, False, True))  # 万场以上
    for m in _TIERS.finditer(flat):
        if not any(n.start <= m.start("n") < n.end for n in out):
            out.append(Number(Decimal(m["n"]), None, "级", m["suffix"] or "", m.start("n"), m.end(), False, False))
    for m in _PROPORTION.finditer(flat):
        # 之比达到2.5:1: a proportion to one is how many times the one the other is (倍)
        a, b = Decimal(m["a"]), Decimal(m["b"])
        if b == 0:
            continue
        if b == 1:
            out.append(Number(a, None, "倍", m["suffix"] or "", m.start(), m.end(), False, False))
        else:
            value = (a / b).quantize(Decimal("0.01"))
            note = f"the ratio {m.group()} drafted as {number_text(value)} times (倍), to two places: check"
            out.append(Number(value, None, "倍", m["suffix"] or "", m.start(), m.end(), False, False, note))
    return sorted(out, key=lambda n: n.start)


# verbs that bound a number after their subject (产值突破300亿元) but take a counted object of their
# own (突破12项关键核心技术: twelve breakthroughs, as 形成12项 forms twelve)
_OBJECT_VERBS = ("突破",)
# what a bound passes, written after its number (突破500家大关, 突破20家的目标): the number bounds
_BOUND_NOUN = r"(?:的?(?:大关|关口|目标|台阶|水平|规模|量级|左右|以上|次)|的)"


def counted_object(unit: str, after: str) -> bool:
    """The number counts things (项, 个, 家) and its noun follows it: the number is a verb's object."""
    return (
        unit in _COUNTERS
        and re.match(r"[\u4e00-\u9fff“\"]", after) is not None
        and re.match(_BOUND_NOUN, after) is None  # 企业突破500家大关: the mark passed, no object
    )


def read_comparator(before: str, suffix: str, percent: bool = True, counted: bool = False) -> tuple[str, str]:
    """The comparator and the prefix word that gave it ('' when it came from the suffix or none);
    a bound standing a few words before the number (不低于营业收入的) gives it with those words;
    达到…的 only before a share (`percent`): 达到省级标准的5个示范村 counts what meets a standard.
    `counted`: the number counts the object of the word before it (突破12项技术), which bounds nothing."""
    word = comparator_word(before)
    if counted and not suffix and word in _OBJECT_VERBS:
        return "exactly", word
    bound_word = word.rstrip(SPACE)  # a sign's word may hold the space typed after it
    if not word and not suffix and (bound := _AT_LEAST_VERB.search(before)):
        return "at-least", bound.group()  # 至少建设1个: 至少 bounds the count the verb gives
    distant = DISTANT.search(before) if not word else None
    if distant and distant["word"] == "达到" and not percent:
        distant = None
    if distant:
        word = distant.group()
        if not suffix:
            return ("at-least" if distant["word"] in (*AT_LEAST_PRE, "达到") else "at-most"), word
    if suffix:
        if word in ("控制在", "约", "大约") and suffix in ("左右", "上下"):
            return "about", word
        return _SUFFIX[suffix], word
    if bound_word in AT_LEAST_PRE:
        return "at-least", word
    if bound_word in MORE_PRE:
        return "more-than", word
    if bound_word in AT_MOST_PRE:
        return "at-most", word
    if bound_word in LESS_PRE:
        return "less-than", word
    if word in ABOUT_PRE:
        return "about", word
    if word in REACH_PRE:
        # a use or an emission reaches its standard from above (单位供电煤耗达到300克): at most it
        return ("at-most" if _LESS_IS_BETTER.search(before, 0, len(before) - len(word)) else "at-least"), word
    if not word and before.endswith(RAISE_PRE):
        return "at-least", ""  # the verb stays the subject's own: 强度提升至1.8%
    if before.endswith(("优于", "好于")) and (better := grammar.BETTER.search(before)) is not None:
        # better than a level: above it for a share of good days, below it for a concentration
        return ("more-than" if better["up"] else "less-than"), before[-2:]
    return "exactly", word
