"""Text of a Chinese plan → a draft plan, by rules over the grammar plans are written in.

Pure: no files, no clock, no terminal. Quotes are substrings of the source with white space
removed, which is what `targetctl trace` matches them against (sources.normalise), and clauses
are cut where trace cuts them, so every clause ends up quoted or excluded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from targetctl.domain.drafting import grammar, past, periods, tables
from targetctl.domain.drafting import subjects as subject_words
from targetctl.domain.drafting.draft import Draft, DraftExclusion, DraftProgramme, DraftTarget
from targetctl.domain.drafting.numbers import CN_NUMERAL, half_width, parse_number
from targetctl.domain.drafting.prepare import prepare
from targetctl.domain.drafting.structure import HEADING_RANKS
from targetctl.domain.sources import CLAUSE_END as SOURCE_CLAUSE_END

__all__ = ["Draft", "DraftExclusion", "DraftProgramme", "DraftTarget", "extract"]

# ── vocabulary ───────────────────────────────────────────────────────────────

CLAUSE_END = SOURCE_CLAUSE_END  # where trace cuts, so that every clause is quoted or excluded
_SENTENCE_END = re.compile(r"[。！？!?]”?")
# the lookbehind lets the trailing run be tried only where a run starts: linear, not quadratic
_PUNCT = re.compile(r"^[\W_]+|(?<![\W_])[\W_]+$")
MAX_CLAUSE = 200  # longer stretches without punctuation are read in pieces, so each is bounded
_NUMERIC = frozenset("0123456789.,%０１２３４５６７８９零〇一二两三四五六七八九十百千万亿点")
_WINDOW = 64  # the rules reading around a number look at most this far

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
        "升",
        "毫米",
        "厘米",
        "克",
        "台套",
        "万人次",
        *grammar.EXTRA_UNITS,
    ],
    key=len,
    reverse=True,
)
_UNIT = "(?:" + "|".join(re.escape(u) for u in _BASE_UNITS) + ")"
_MAG = "(?:[十百千]?[万亿]|千(?=[万亿元]))?"
_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|{CN_NUMERAL}(?:点[零〇一二两三四五六七八九]+)?)"
NUMBER = re.compile(
    rf"(?P<pct>百分之)?(?P<n1>{_NUM})(?P<m1>{_MAG})(?P<u1>{_UNIT})?"
    rf"(?:(?P<sep>[-~—至到]{{1,2}})(?P<n2>{_NUM}))?(?P<mag>{_MAG})(?P<approx>余|多)?(?P<unit>{_UNIT})?"
    r"(?P<suffix>及以上|及以下|以上|以下|以内|左右|上下)?"
)

_AT_LEAST_PRE = ("不少于", "不低于", "不小于", "至少", "最少", "最低")
_MORE_PRE = ("超过", "高于", "多于", "大于", "突破", "逾")
_AT_MOST_PRE = (
    "最高",
    "最多",
    "上限",
    "不超过",
    "不高于",
    "不多于",
    "不大于",
    "控制在",
    "降至",
    "降到",
    "降低到",
    "下降到",
    "减少到",
    "压缩至",
    "压缩到",
    "缩短至",
    "缩短到",
    "压减至",
    "压降至",
    "低至",
)
_LESS_PRE = ("低于", "少于", "小于")
_ABOUT_PRE = ("约", "大约")
_SUFFIX = {
    "以上": "at-least",
    "及以上": "at-least",
    "以下": "at-most",
    "及以下": "at-most",
    "以内": "at-most",
    "左右": "about",
    "上下": "about",
    "余": "more-than",
    "多": "more-than",
}
_GROWTH = re.compile(
    r"(?P<annual>年均|年平均|平均每年|平均)?(?P<verb>增长率?|增速|增幅|提高|提升|上升|增加|下降率?|降低|减少|压减|缩减|削减|降幅|回落)"
    r"(?:保持在|稳定在|控制在|达到|达|在)?(?:不低于|不少于|超过|高于|至少|不超过|约)?$"
)
_DECREASE = ("下降", "降低", "减少", "压减", "缩减", "削减", "降幅", "回落")
_CUMULATIVE = re.compile(
    r"(新增|净增|新建|改扩建|改建|淘汰|关停|取缔|拆除|搬迁|清理|新开工|引进|引育|培育|招引|招聘|新认定|认定|建成|改造|打造|创建|新培育|完成|实施|开展|举办|培训|发放|投入|"
    r"植树|造林|落地|签约|吸纳|安置|带动|新改建|建设|入库|推出|孵化|新落户|新登记|增加|扶持|帮扶|创造|提供|筹集|供应|整治|修复|治理|"
    r"种植|栽植|新发展|发展|选派|组建|设立|开设|建立|命名|评选|表彰|推广|新上)"
)
_LEVEL_VERB = re.compile(r"(达到|达|突破|提高到|提升到|增至|增加到|降至|降到|控制在|保持在|稳定在)")
_LEVEL = re.compile(
    r"(达到|达|突破|总数|总量|总规模|规模|保有量|拥有量|提高到|提升到|增至|增加到|降至|降到|控制在|保持在|稳定在)"
)

_PAST_STRONG = re.compile(
    r"(已经|已(?!有规划)|以来|过去[一二三四五十几]*年|[一二三四五十]年来|荣获|获评|获批|入选|位居|位列|居全[省市国]|排名|"
    r"初步统计|初步核算|据统计|超额完成|圆满完成|较好完成|"
    r"(?<![为除])(?:增长|完成|引进|实现|达到|建成|新增|净增|突破|取得|获得|形成|提高|提升|下降|降低|减少|培育|开展|举办|建设|"
    r"打造|创建|签约|落地|开工|投产|招引|吸引|增加|超过|认定|培训|发放|投入|改造|整治|培养|帮助|解决|带动|安置|出台|制定|推出|"
    r"精选|组建|成立|设立|接待|累计|分别|同比|共|上涨|回落|攀升)了)"
)
_PAST_WEAK = re.compile(
    r"(累计|同比|比上年|较上年|比去年|较去年|上年|去年|上半年|前三季度|一季度|截至|截止|目前|现有|共有)"
)
_FUTURE = re.compile(
    r"((?<![主重])要|将|力争|确保|争取|预期|目标|计划|拟|努力|力求|今年|全年|明年|年内|到\d{4}年|至\d{4}年|\d{4}年(?:前|底前)|以上|以内|左右|"
    r"不低于|不少于|不超过|控制在|逐步|必须|务必)"
)
_EXHORT = re.compile(
    r"(让我们|同志们|各位代表|奋力谱写|努力奋斗|而奋斗|凝心聚力|砥砺前行|开拓进取|再创新辉煌|新篇章|新的更大贡献|新的更大胜利|"
    r"踔厉奋发|勇毅前行|奋勇争先|撸起袖子|不懈奋斗)"
)
_CONTEXT_NUMBER = re.compile(r"(依托|围绕|共有|现有|目前|全区有|全市有|辖|等$|等\d)")
_ADVERBS = (
    r"(?:对此|同时|并|再|还|要|将|我们将|我们要|全力|大力|加快|深入|全面|积极|持续|进一步|着力|扎实|稳步|统筹|切实|不断|努力|"
    r"重点|继续|认真|力争|确保|争取|坚决|有序|稳妥|高标准|高质量|加速|加大力度|创新|主动|协同|率先|先期|探索|优先|充分|迅速|及时|"
    r"精准|高效|加紧|尽快|全力|同步|分类|分批|常态化|系统|集中|广泛|深度|合力|联合|共同)*"
)
_VERBS = (
    r"建设|实施|开展|推进|建成|出台|制定|完善|健全|建立|打造|推动|实现|培育|引进|组建|成立|"
    r"设立|创建|改造|新建|开工|启动|举办|落实|组织|修订|编制|深化|优化|提升|强化|加强|构建|形成|发挥|创新|采取|选派|开设|"
    r"推出|聚集|规划|利用|帮助|支持|扩大|提高|巩固|选优配强|配强|安排|争创|申报|招引|引育|抓好|做好|做实|做优|做强|做大|办好|"
    r"落地|完成|加快|促进|聚焦|突出|明确|规范|探索|搭建|布局|谋划|筹建|扶持|保障|引导|鼓励|加大|降低|减少|压减|整治|治理|"
    r"修复|提供|设计|改建|面向|畅通|拓展|拓宽|延伸|壮大|发展|培养|吸引|服务|营造|激发|增强|扩围|承办|招募|上线|投用|"
    r"投产|竣工|交付|供应|开放|打响|打好|打赢|发起|坚决打响|用好|管好|守住|守牢|坚守|兜牢|防范|化解|稳定|维护|保持|确保|"
    r"补齐|补强|延链|强链|补链|提档|升级|新增|引领|带动|全覆盖|做大做强|并购|进行|选派|打通|实行|推行|开通|新开|举行|召开|"
    r"提振|稳住|稳固|激活|盘活|设置|配备|配置|招聘|调整|整合|清理|排查|摸排|检查|督查|考核|评估|监测|落户|入驻|引入|接入|覆盖|普及|对接|签订|签署"
)
_COMMIT = re.compile(
    r"^(?:[一二三四五六七八九十]+是)?(?:[^，。]{0,8}?(?:将|要))?" + _ADVERBS + "(?:" + _VERBS + r")(.{2,})"
)
_COMMIT_AFTER_PREP = re.compile(
    r"^(?:在|对|围绕|按|按照|以|通过|针对|依托|向|为|从|与|利用|结合|借助|面向|聚焦)[^，。]{1,30}?"
    + _ADVERBS
    + "(?:"
    + _VERBS
    + r")(.{2,})"
)

_PRINCIPLE = re.compile(r"^(?:[^，。]{0,6}?)(坚持|始终|一以贯之|毫不动摇)")
_RELATION = re.compile(
    r"^(?P<subject>.+?)(?:(?:与|同)(?P<reference>.+?)(?:基本)?同步|快于(?P<faster>[^，。\d]+)$|(?:基本)?同步于(?P<sync>.+)$)"
)
_OPEN = re.compile(r"逐步|逐年|稳步")
_NAMED = re.compile(
    r"(?:实施|开展|启动|发起|打好|打赢|打响|推进|组织实施|组织开展|深入实施|深入开展|全面实施|全面发起|全面开展|全力打好|"
    r"坚决打好|坚决打赢|深入推进)"
    r"(?P<name>[“\"]?[^，。、；：“”\"]{1,12}?[”\"]?(?:三年行动计划|专项行动|行动计划|计划|工程|行动|攻坚战|大会战|战役|专项))$"
)
_BYLINE = re.compile(r"(?:本报记者|记者|通讯员|本报讯|责任编辑|编辑)")
_NAMED_BAD = re.compile(r"(支持|帮助|推动|引导|鼓励|实施|开展|依托)")
_PREFIX_BAD = re.compile(r"(支持|帮助|推动|引导|鼓励|依托|企业|单位)")

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d|21\d\d)(?!\d)")
_DUE = re.compile(r"(?:到|至|在|于|争取|力争)(?P<y>20\d\d)年(?:底|末|前|年底)?|(?P<y2>20\d\d)年(?:底前|前|底)")
_DUE_MONTH = re.compile(r"(?P<y>20\d\d)年(?P<m>\d{1,2})月(?:底|末)?前")
_RANGE_YEARS = re.compile(r"(?P<a>20\d\d)\s*(?:年)?\s*(?:-|－|—|–|～|~|至|到)+\s*(?P<b>20\d\d)\s*年")
_THIS_YEAR = re.compile(r"今年|全年|年内|本年度")

# headings: marker, nesting family (the document's ranks are structure's; a circled number
# only numbers items within a section)
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    *HEADING_RANKS,
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
]
_ENUM = re.compile(r"^(?:一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|其一|其二|首先|其次|再次|最后)")
_REVIEW_HEADING = re.compile(
    r"(回顾|总结|成效|成绩|成就|进展情况|完成情况|执行情况|过去一年|过去五年|基本情况|发展基础|发展现状|现状|取得的|主要做法|"
    r"开展情况|工作情况|发展环境|面临的形势|形势分析)"
)
# a heading that reports a result (产业转型步伐加快, 经济运行稳中向好), unlike one that asks for it (加快产业转型)
_RESULT_HEADING = re.compile(
    r"(?:取得|实现|迈出|开创|呈现|展现|彰显)|(?:加快|改善|向好|提升|增强|突破|成效|进展|台阶|提高|优化|加强|明显|显著|平稳|有力|扎实|"
    r"巩固|深化|完善|发展|落实|提质|增效|跃升|壮大|稳定|好转|见效|显现|成果|新高|新局|活力|有效|有序|有为|稳健|更强|更优|更好|更高|"
    r"更大|更美|更实|更足|更多|持续|稳固|健全|充分|良好|提速|加速|增进)$"
)
_PLAN_HEADING = re.compile(
    r"(安排|目标|任务|打算|思路|重点|措施|要求|部署|举措|展望|方向|路径|保障|计划|建议|意见|行动|工程|战略|攻坚)"
)
_PAST_OPENER = re.compile(
    r"^(?:过去一年|过去的一年|过去[两二三四五六七八九十几\d]+年|过去的五年|一年来|五年来|近年来|近几年|这一年|这五年|"
    r"“十[一二三四]五”以来|“十[一二三]五”(?:期间|时期))|" + past.RUN_OPENERS
)
# a clause opened by a time already past: 去年, 上年, 今年以来, 今年1—2月, 一季度, 截至…, 初步核算
_PAST_CLAUSE = re.compile(
    r"^(?:去年|上年|上一年|前年|过去[一两二三四五六七八九十几\d]*年|今年以来|年初以来|今年(?:[1-9\d]{1,2}|[一二三四五六七八九十]{1,2})"
    r"(?:[—\-－~～至到]+(?:\d{1,2}|[一二三四五六七八九十]{1,2}))?月(?!底|末|前)|"
    r"截至|截止|初步核算|初步统计|据统计|据初步)"
)
# a clause that starts a commitment again after a past run: 今年, 明年, 到2025年, 力争, 确保, 将, 要, 目标
_FUTURE_STRONG = re.compile(
    r"(?<!以)来年|明年|今年(?!以来|[\d一二三四五六七八九十]{1,2}(?:[—\-－~～至到]+[\d一二三四五六七八九十]{1,2})?月|[一上前]季度|上半年)"
    r"|(?:到|至)20\d\d年|20\d\d年(?:底前|前)|力争|确保|争取|(?<![主重需])要(?!闻)|将(?!来)|(?<!完成)(?<!规划)目标(?!任务)|计划|预期|拟"
    r"|下一步|下阶段|接下来|今后|未来"
)
# a number measured against a goal that is not yet met: 距离…目标仍差2微克
_GAP = re.compile(r"(?:仍|还|尚)差|差距(?:为|是)?\d")
# the parameters of a support rule, not commitments: 给予最高1亿元资助, 每新增1家奖励10万元, 补贴期限不超过2年
_RULE_PARAMETER = re.compile(
    r"(?:奖励|补贴期限|补助期限|最长|最多给予)(?:不超过)?[\d一二三四五六七八九十两百千万]|"
    r"每(?:人|户|家|个|新增|引进)[^，。；]{0,12}(?:奖励|补贴|补助|资助)"
)
# an amount a support policy grants: a target only if the plan commits to the total
_SUPPORT = re.compile(r"给予|资助|补贴|补助")
# a proportion to one: 之比达到2.5:1, 比例为3：1
_PROPORTION = re.compile(r"(?<=比|为|到|达|至)(?P<a>\d+(?:\.\d+)?)[:：]1(?![\d.])")
# a row of an indicator table: 名称（单位） 2020年基期值X 2025年目标值Y左右 — [Y] is a total over the period
_INDICATOR_ROW = re.compile(
    r"^(?:序号)?\d{0,2}(?P<name>[^\d（(，。；]{2,30}?)[（(](?P<unit>[^）)\d]{1,8})[）)]"
    r"(?:(?P<by>20\d\d)年?基(?:期|准)?(?:年)?值?\[?(?P<base>\d+(?:\.\d+)?)\]?)?"
    r"(?P<y>20\d\d)年?(?:目标|预期)值?(?P<open>\[)?(?P<v>\d+(?:\.\d+)?)\]?\*?(?P<about>左右)?"
)
# a list number glued to what follows: 6.2023年…, 11.65岁… (read by the numbering of the paragraphs around it)
_LIST_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?:[、．]|\.)")
_PLAN_OPENER = re.compile(
    r"^(?:今年|明年|新的一年|(?:20\d\d)年(?:是|的)|做好今年|今年政府工作|今年工作|今后五年|未来五年|“十[四五六]五”时期)"
)


@dataclass
class _Clause:
    text: str  # the clause without its closing punctuation
    full: str  # with it, as trace cuts it
    start: int  # offset in the paragraph


@dataclass
class _Number:
    value: Decimal
    value_max: Decimal | None
    unit: str
    suffix: str
    start: int
    end: int
    percent: bool
    chinese: bool


def clauses(text: str) -> list[_Clause]:
    """`text` cut where trace cuts clauses, and a clause over MAX_CLAUSE characters (text without
    punctuation) cut further, outside a number."""
    out: list[_Clause] = []
    start = 0
    for m in [*CLAUSE_END.finditer(text), None]:
        end, stop = (m.start(), m.end()) if m else (len(text), len(text))
        while end - start > MAX_CLAUSE:
            cut = start + MAX_CLAUSE
            while cut > start + MAX_CLAUSE // 2 and text[cut - 1] in _NUMERIC and text[cut] in _NUMERIC:
                cut -= 1
            out.append(_Clause(text[start:cut], text[start:cut], start))
            start = cut
        if start < stop:
            out.append(_Clause(text[start:end], text[start:stop], start))
        start = stop
    return out


def paragraphs(text: str, ocr: bool | None = None) -> list[str]:
    """Paragraphs with white space removed. OCR'd columns break lines inside sentences: when most
    lines end without punctuation, a paragraph starts only at an indented line or a numbered
    heading; otherwise every line is a paragraph."""
    lines = [ln for ln in text.lstrip("\ufeff").splitlines() if ln.strip()]
    ocr = broken_lines(text) if ocr is None else ocr
    out: list[list[str]] = []  # joined at the end: adding to a growing string is quadratic
    for n, line in enumerate(lines):
        flat = re.sub(r"\s+", "", line)
        starts = not ocr or line[:1].isspace() or any(p.match(flat) for _, p in _MARKERS) or not out
        starts = starts or "\t" in line or (n > 0 and "\t" in lines[n - 1])  # a table row stands alone
        if starts:
            out.append([flat])
        else:
            out[-1].append(flat)
    return [p for p in map("".join, out) if p]


def broken_lines(text: str) -> bool:
    """Whether most lines end inside a sentence, as in OCR'd newspaper columns."""
    lines = [ln for ln in text.splitlines() if ln.strip()][1:]  # the first may be a title
    lines = [ln for ln in lines if not any(p.match(ln.strip()) for _, p in _MARKERS)]  # headings end unpunctuated
    lines = [ln for ln in lines if not _INDICATOR_ROW.match(re.sub(r"\s+", "", ln)) and "\t" not in ln]  # table rows
    open_lines = sum(1 for ln in lines if not re.search(r"[。！？!?：:；;”」）)]\s*$", ln))
    return len(lines) >= 3 and open_lines / len(lines) >= 0.5


def find_numbers(clause: str) -> list[_Number]:
    """Every number with a unit in `clause`; years, ordinals and slogans like “四个意识” are not numbers."""
    flat = half_width(clause)
    out: list[_Number] = []
    for m in NUMBER.finditer(flat):
        n1, unit, mag = m["n1"], m["unit"] or m["u1"] or "", m["mag"] or m["m1"] or ""
        if m["m1"] and m["mag"] and not m["n2"] and not m["u1"]:
            mag = m["m1"] + m["mag"]  # 1.2万亿元: 万亿 is one magnitude
        if m["pct"]:
            unit = "%"
        if not unit and not (mag and m["suffix"]):
            continue
        end = m.end()
        if m["u1"] and m["unit"] and m["u1"] != m["unit"]:
            if m["n2"] or m["mag"] or m["approx"] or m["suffix"] or not flat.startswith(("支持", "扶持"), m.end("u1")):
                continue  # 500万元项目: an amount that names a kind of project
            unit, end = m["u1"], m.end("u1")  # 两千万元支持…: an amount and what it is for
        chinese = not n1[0].isdigit()
        before = flat[max(0, m.start() - _WINDOW) : m.start()]  # every rule below reads near the number
        after = flat[end : end + _WINDOW]
        if unit == "年" and (
            _YEAR.fullmatch(n1) or not re.search(r"(达到|达|超过|不少于|不低于|提高到|延长至)$", before)
        ):
            continue
        if unit == "成" and not chinese:
            continue
        if before.endswith(("第", "“", '"', "《", "前", "近", "每", "这", "那", "该")) or after.startswith(
            ("”", "大", '"')
        ):
            continue
        if re.match(r"的(?!增长|增速|增幅|目标|任务|水平|规模)[\u4e00-\u9fff]", after) and not m["pct"] and unit != "%":
            continue  # 超过20年的管道, 5万元以上的项目: describes a thing, sets no target
        if re.search(r"(?<!超)超$", before) and re.match(r"[\u4e00-\u9fff]", after) and not re.match(r"的", after):
            continue  # 超十亿元企业: the number names a kind of thing, it is not the thing's count
        if re.search(r"[（(]共$", before):
            continue  # 清单（共80个）: the size of a list in its title
        if re.search(r"(?:由|从)[^，,；。]{0,12}的$|(?:由|从)$", before):
            continue  # the starting level of 由…的35%提高到40%, not the target
        if chinese and n1 in ("一", "两", "二") and not m["suffix"] and not m["n2"]:
            continue
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
            and value < 10
            and not m["suffix"]
            and not _comparator_word(before)
            and not re.search(r"(新增|净增|新建|引进|建成|打造|培育|创建)$", before)
        ):
            continue  # 三个一批, 四个结合, 七次全会: names and ordinals, not counts
        if value_max is not None and value_max < value:
            continue
        full_unit = (mag + unit) if unit != "%" else "%"
        if unit == "成":
            full_unit = "成"
        suffix = m["suffix"] or m["approx"] or ""
        per = grammar.PER_PERIOD.match(flat[end:]) if unit not in ("", "%") and not suffix else None
        if per:
            full_unit, end = full_unit + per.group(), end + len(per.group())  # 500万吨/年
        out.append(_Number(value, value_max, full_unit, suffix, m.start(), end, unit == "%", chinese))
    for share, suffix, start, end in grammar.fractions(flat):
        if not any(n.start <= start < n.end for n in out):
            # a percentage to two places: marked for review as a Chinese numeral is
            out.append(_Number(share, None, "%", suffix, start, end, True, True))
    for m in _PROPORTION.finditer(flat):
        # 之比达到2.5:1: a proportion to one is how many times the one the other is (倍)
        out.append(_Number(Decimal(m["a"]), None, "倍", "", m.start(), m.end(), False, False))
    return sorted(out, key=lambda n: n.start)


def _comparator_word(before: str) -> str:
    for words in (_AT_LEAST_PRE, _AT_MOST_PRE, _MORE_PRE, _LESS_PRE, _ABOUT_PRE, ("达到", "达")):
        for w in words:
            if before.endswith(w):
                return w
    return ""


def _comparator(before: str, suffix: str) -> tuple[str, str]:
    """The comparator and the prefix word that gave it ('' when it came from the suffix or none)."""
    word = _comparator_word(before)
    if suffix:
        if word in ("控制在", "约", "大约") and suffix in ("左右", "上下"):
            return "about", word
        return _SUFFIX[suffix], word
    if word in _AT_LEAST_PRE:
        return "at-least", word
    if word in _MORE_PRE:
        return "more-than", word
    if word in _AT_MOST_PRE:
        return "at-most", word
    if word in _LESS_PRE:
        return "less-than", word
    if word in _ABOUT_PRE:
        return "about", word
    return "exactly", word


_LEAD = re.compile(
    r"^(?:(?:到|至|在)?20\d\d年(?:底|末|前)?|今年|全年|年内|明年|力争|确保|争取|努力|要|将|预计|预期|全年|并|同时|实现|保持|逐步|逐年|稳步|以|"
    r"推动|推进|促进|其中|使|让|主要预期目标是|主要目标是|目标是|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|"
    r"[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．](?!\d))+"
)
_TRAIL = re.compile(
    r"(?:要|将|力争|确保|争取|预计|实现|保持|继续|持续|稳定|较去年|较上年|比上年|比去年|同比|的|总体|再|新增|净增)+$"
)


_BASELINE = re.compile(r"(?:由|从)(?:(?P<y>20\d\d)年(?:底|末)?的?)?(?P<v>\d+(?:\.\d+)?)[^\d，,；;]*?$")


def _clean(subject: str) -> str:
    subject = re.sub(r"(?:由|从)(?:20\d\d年(?:底|末)?的?)?\d.*$", "", subject)
    subject = _LEAD.sub("", subject)
    subject = _TRAIL.sub("", subject)
    return _PUNCT.sub("", subject)


def _against(text: str) -> str | None:
    m = re.search(r"(?:较|比)(上年|去年|上一年|\d{4}年)", text)
    return m.group(1) if m else None


@dataclass
class _State:
    plan_year: int | None
    next_programme: int = 1
    stack: list[tuple[str, DraftProgramme | None]] = field(default_factory=list)  # open headings; None: not drafted
    roots: list[DraftProgramme] = field(default_factory=list)
    general: DraftProgramme | None = None
    past_level: int | None = None  # depth of the review heading, -1 for a review paragraph
    targets: list[DraftTarget] = field(default_factory=list)
    excluded: list[DraftExclusion] = field(default_factory=list)


class _Extractor:
    def __init__(self, plan_year: int | None, ocr: bool, max_quoted: int | None = None) -> None:
        self.s = _State(plan_year)
        self.ocr = ocr
        self.max_quoted = max_quoted
        self.quoted = 0  # UTF-8 bytes quoted by the targets and exclusions counted so far
        self.counted = (0, 0)
        self.past_paragraph = False
        self.summary = False  # a year-end summary says 今年 of the year under review
        self.last_subject: str | None = None
        self.named: DraftProgramme | None = None
        self.list_no = 0  # the number of the last numbered paragraph (1. 2. 3.)
        self.marker = 0  # length of the list number opening the paragraph being read
        self.past_run = False  # the sentences before in this paragraph report the past
        self.run_depth = 0  # headings open when a paragraph opened the review run (past_level -1)
        self.dues: list[int | None] = []  # the year each open heading states for its section
        self.section_max: int | None = None  # the latest year a heading states
        self.tables = tables.Table({}, {})  # the rows of indicator tables (stage 1)

    # ── programmes ──
    def _new_programme(
        self, title: str, quote: str | None, family: str | None, review: str | None = None
    ) -> DraftProgramme:
        s = self.s
        prog = DraftProgramme(s.next_programme, title, quote, review=review)
        s.next_programme += 1
        if family is not None:
            self._enter(family)
        parent = self._parent()
        (parent.children if parent else s.roots).append(prog)
        if family is not None:
            s.stack.append((family, prog))
        return prog

    def _enter(self, family: str) -> int:
        """Close the headings at the level of `family` and below; return its depth."""
        families = [f for f, _ in self.s.stack]
        if family in families:
            del self.s.stack[families.index(family) :]
        return len(self.s.stack)

    def _parent(self) -> DraftProgramme | None:
        return next((p for _, p in reversed(self.s.stack) if p is not None), None)

    def _current(self) -> int:
        if self.named:
            return self.named.number
        parent = self._parent()
        if parent is not None:
            return parent.number
        if self.s.general is None:
            self.s.general = DraftProgramme(
                0, "", None, review="targets before the first heading: give this programme a title"
            )
        return 0

    # ── section state ──
    def _is_review_heading(self, title: str) -> bool:
        if _REVIEW_HEADING.search(title):
            return True
        years = [int(y) for y in _YEAR.findall(title)]
        return bool(
            years
            and self.s.plan_year
            and max(years) < self.s.plan_year
            and "工作" in title
            and not _PLAN_HEADING.search(title)
        )

    def heading(self, para: str, family: str, marker: str) -> str:
        """Handle a heading paragraph's first sentence; return the rest of the paragraph."""
        first = _SENTENCE_END.search(para)
        head = para[: first.start()] if first else para
        end = first.end() if first else len(para)
        title = _PUNCT.sub("", head[len(marker) :]) or _PUNCT.sub("", head)
        families = [f for f, _ in self.s.stack]
        depth = families.index(family) if family in families else len(families)
        level = self.s.past_level
        result_like = bool(_RESULT_HEADING.search(title))
        if level == -1 and self.summary and not result_like:
            self.s.past_level = None
        elif level == -1 and not self.summary and past.run_ends(self.run_depth, depth, family, result_like):
            self.s.past_level = None  # a run of the past never outlives its section
        elif level is not None and level >= 0 and depth <= level:
            self.s.past_level = None
        if self._is_review_heading(title) and (level is None or level < 0 or self.s.past_level is None):
            self.s.past_level = depth  # inside a review, a result-headed item does not move its end deeper
        self.named = None
        if self.s.past_level is not None:
            self._enter(family)
            self.s.stack.append((family, None))
            self.excl(head, "heading of a review section (past results)")
            self.dues = [*self.dues[: len(self.s.stack) - 1], None]
            return para[end:]
        self._new_programme(title, head, family)
        self._section_due(title)
        return para[end:]

    def _section_due(self, title: str) -> None:
        """The year a heading states for its section (到2025年, 今后五年, “十五五”), kept by depth."""
        plan_year = self.s.plan_year
        year = periods.due_year(title, plan_year)
        stated = periods.stated_period(title, plan_year)
        bare = re.match(r"^(20\d\d)年", title)
        if year is None and stated is not None:
            year = stated.end
        if year is None and bare and plan_year and int(bare.group(1)) >= plan_year:
            year = int(bare.group(1))  # 2025年工作安排
        depth = len(self.s.stack)
        self.dues = [*self.dues[: depth - 1], year]
        if year is not None:
            self.section_max = max(year, self.section_max or year)

    def section_year(self) -> int | None:
        return next((y for y in reversed(self.dues[: len(self.s.stack)]) if y is not None), None)

    # ── exclusions ──
    def excl(self, quote: str, reason: str, review: str | None = None) -> None:
        quote = _PUNCT.sub("", quote) if _PUNCT.sub("", quote) else quote
        if not re.search(r"\w", quote):
            return
        self.s.excluded.append(DraftExclusion(quote, reason, review))

    # ── the body ──
    def _list_marker(self, para: str) -> int:
        """Length of the list number opening `para`: 3. 17、 and also 6.2023年 or 11.65岁 when
        a year follows or the paragraph before was numbered one less."""
        m = _LIST_NUMBER.match(para)
        if not m:
            return 0
        n = int(m["n"])
        rest = para[m.end() :]
        glued = rest[:1].isdigit()
        if glued and not (re.match(r"(?:19|20)\d\d年", rest) or n == self.list_no + 1):
            return 0  # 3.5%…: a decimal, not a list number
        self.list_no = n
        return m.end()

    def paragraph(self, para: str) -> None:
        if para in self.tables.rows:
            self.s.targets.append(tables.to_target(self.tables.rows[para], para, self._current()))
            return
        if para in self.tables.excluded:
            self.excl(para, self.tables.excluded[para])
            return
        self.marker = self._list_marker(para)
        self.past_run = False
        found = [(f, m.group()) for f, p in _MARKERS if (m := p.match(para))][:1]
        if not found and self.marker:
            found = [("arabic", para[: self.marker])]
        for family, marker in found:
            first = _SENTENCE_END.search(para)
            head = para[: first.start()] if first else para
            content = head[len(marker) :]
            if (
                len(head) <= 40
                and not find_numbers(content)
                and not _ENUM.match(content)
                and not re.search(r"翻[一两三]番|正增长|同步", content)
            ):
                para = self.heading(para, family, marker)
                self.marker = 0
        if not found:
            first = _SENTENCE_END.search(para)
            head = para[: first.start()] if first else para
            rest = para[first.end() :] if first else ""
            single = not re.search(r"[，,；;：:]", head)
            shaped = (rest and self.ocr) or not first
            if single and len(head) <= 30 and shaped and not _PAST_OPENER.match(head) and not _PRINCIPLE.match(head):
                if _BYLINE.search(head):
                    self.excl(head, "byline: who wrote or compiled the text")
                    para = rest
                elif self._heading_like(head):
                    para = self.heading(para, "plain", "")
        five = past.five_year_opener(para[self.marker :], self.s.plan_year)
        if (five or (five is None and _PAST_OPENER.match(para[self.marker :]))) and self.s.past_level is None:
            self.s.past_level = -1
            self.run_depth = len(self.s.stack)
        elif (five is False or _PLAN_OPENER.match(para)) and self.s.past_level == -1 and not self.summary:
            self.s.past_level = None
        lead = CLAUSE_END.split(para[self.marker :], maxsplit=1)[0]
        self.past_paragraph = bool(re.search(r"以来$|来$", lead)) and not re.search(r"将来|未来|带来|原来", lead)
        lead_year = re.match(r"(20\d\d)年(?:以来|来|上半年|前三季度)?$", lead)
        if lead_year and self.s.plan_year and int(lead_year.group(1)) < self.s.plan_year:
            self.past_paragraph = True  # 2024年，全市…: the whole paragraph reports the year before
        self.named = None
        for i, m in enumerate(re.finditer(r"[^。！？!?]+(?:[。！？!?]”?|$)", para)):
            self.sentence(m.group(), self.marker if i == 0 else 0)
        self.named = None

    @staticmethod
    def _heading_like(head: str) -> bool:
        return not (_EXHORT.search(head) or _PAST_STRONG.search(head) or find_numbers(head))

    def sentence(self, sentence: str, marker: int = 0) -> None:
        """One sentence; `marker` is the length of a list number opening it (6.2023年…)."""
        parts = _join_proportions([c for c in clauses(sentence) if re.search(r"\w", c.text)])
        if not parts:
            return
        past_section = self.s.past_level is not None
        body = sentence
        if _EXHORT.search(body) and not find_numbers(body):
            self._exclude_all(parts, "exhortation: no commitment of its own")
            return
        row = _INDICATOR_ROW.match(sentence) if len(parts) == 1 and not past_section else None
        if row:
            self._indicator(row, parts[0].text)
            return
        first = parts[0].text[marker:] if parts[0].start == 0 else parts[0].text
        sentence_past = bool(
            re.search(r"以来|来$", first) and not re.search(r"(?:将来|未来|带来|原来|以来自)", first)
        ) or bool(_PAST_OPENER.match(first))
        if re.search(r"初步统计|初步核算|据统计|超额完成|圆满完成|较好完成", sentence):
            sentence_past = True  # the words of a report on results
        if self.past_paragraph and not _FUTURE_STRONG.search(sentence):
            sentence_past = True
        if re.search(r"预计", sentence) and not re.search(r"到20\d\d年|力争|确保|(?<![主重])要|将|目标", sentence):
            sentence_past = True
        # a run of past clauses: opened by a past time, it lasts until a clause names the future again
        past = sentence_past or self.past_run
        opened_past = False
        carried: dt.date | None = None
        self.last_subject = None
        future = bool(_FUTURE.search(sentence))
        produced: list[DraftTarget] = []
        first_target = len(self.s.targets)
        pending_adverbial: list[_Clause] = []
        for clause in parts:
            if self.max_quoted is not None:
                self._check_quoted()
            orig = clause.text
            text = orig[marker:] if marker and clause.start == 0 else orig
            if self._opens_past(text, future):
                past = True
                opened_past = opened_past or not produced  # no target before it: the sentence reports
            elif past and _FUTURE_STRONG.search(text) and not _GAP.search(text):
                past = False
            due = self._due(text) or carried
            carried = due
            open_ended = bool(_OPEN.search(text)) and due is None
            numbers, rule = grammar.screen(half_width(text), find_numbers(text))
            masked = rule if rule is not None and not numbers else None  # its numbers are names, not targets
            if masked is not None and masked.clause:
                self.excl(orig, masked.reason)
                continue
            if past_section or past:
                reason = (
                    "review section: a past result, not a target"
                    if past_section
                    else "context: what has happened so far (…以来, past year)"
                )
                self.excl(
                    orig,
                    reason,
                    "a number in a past statement: check it is not a target" if numbers and not past_section else None,
                )
                continue
            if numbers and _GAP.search(text):
                self.excl(orig, "a gap still to close, not a goal (仍差…)")
                continue
            if numbers and _RULE_PARAMETER.search(text):
                self.excl(orig, "a parameter of a support rule (给予, 奖励, 最高…), not a commitment")
                continue
            if numbers and text.endswith("的") and clause is not parts[-1]:
                self.excl(orig, "the condition of a rule (…的，由…), not a commitment")
                continue
            if _BYLINE.search(text) and re.search(r"整理|报道|摄$|^（", clause.full + text):
                self.excl(orig, "byline: who wrote or compiled the text")
                continue
            strong = _PAST_STRONG.search(text)
            weak = _PAST_WEAK.search(text)
            if strong and not (strong.group().endswith("了") and strong.group() in ("为了", "除了")):
                self.excl(orig, f"past achievement or context ({strong.group()})", None)
                continue
            if numbers and weak and not (future or _FUTURE.search(text)):
                self.excl(orig, f"past result or current state ({weak.group()})")
                continue
            named = _NAMED.search(text)
            if (
                named
                and len(text) - len(named.group()) <= 8
                and not _NAMED_BAD.search(named["name"])
                and not _PREFIX_BAD.search(text[: named.start()])
            ):
                name = named["name"]
                quote = text[named.start() :]
                self.named = self._new_programme(_PUNCT.sub("", name) if name[0] not in '“"' else name, quote, None)
                self._flush_adverbial(pending_adverbial, None)
                pending_adverbial = []
                continue
            if numbers and _CONTEXT_NUMBER.search(text) and not _FUTURE.search(text):
                self.excl(
                    orig,
                    "context: a count of what exists or is relied on, not a target",
                    "a number not drafted as a target: check",
                )
                continue
            if numbers:
                made = self.numeric(text, numbers, due, open_ended, bool(weak))
                for t in made:
                    t.quote = orig if t.quote == text else t.quote
                if made:
                    self._flush_adverbial(pending_adverbial, None)
                    pending_adverbial = []
                    produced.extend(made)
                    continue
            kind = self._qualitative(text)
            if (
                kind is None
                and re.match(r"^(?:按照|围绕|依托|通过|以|针对|聚焦|立足|对|在|面对|根据|结合|借助|坚持以)", text)
                and clause is not parts[-1]
            ):
                pending_adverbial.append(clause)
                continue
            if kind is None and _DUE.fullmatch(text) and clause is not parts[-1]:
                self.excl(orig, "time frame of the targets that follow")
                continue
            if kind is None and re.search(r"(?:预期)?目标(?:任务)?(?:是|为)$", text):
                self.excl(orig, "introduces the targets that follow")
                continue
            if kind is None:
                if numbers:
                    self.excl(orig, "a number not recognised as a target", "a number not drafted as a target: check")
                else:
                    self._flush_adverbial(pending_adverbial, "context: no commitment of its own")
                    pending_adverbial = []
                    self.excl(orig, masked.reason if masked else "context: no commitment of its own")
                continue
            quote = orig
            if pending_adverbial:
                quote = sentence[pending_adverbial[0].start : clause.start + len(clause.text)]
                pending_adverbial = []
            self._qualitative_target(kind, quote, text, due, open_ended, produced)
        self._flush_adverbial(pending_adverbial, "context: no commitment of its own")
        self._checkpoints(produced, sentence)
        section = self.section_year()
        for t in self.s.targets[first_target:]:
            if section and t.due is None and not t.open_ended and t.kind != "principle":
                t.due = dt.date(section, 12, 31)  # no year of its own: its section's
        self.past_run = past and (opened_past or self.past_run)

    def _check_quoted(self) -> None:
        targets, excluded = self.s.targets, self.s.excluded
        self.quoted += sum(len(t.quote.encode()) for t in targets[self.counted[0] :])
        self.quoted += sum(len(e.quote.encode()) for e in excluded[self.counted[1] :])
        self.counted = (len(targets), len(excluded))
        if self.max_quoted is not None and self.quoted > self.max_quoted:
            raise DraftTooLarge(f"its draft would quote more than {self.max_quoted} bytes")

    def _indicator(self, row: re.Match[str], quote: str) -> None:
        """A row of an indicator table: the target value, its year and its unit in the row's name."""
        name, unit = row["name"], row["unit"]
        value, due = Decimal(row["v"]), dt.date(int(row["y"]), 12, 31)
        comparator = "about" if row["about"] else "exactly"
        title = _PUNCT.sub("", name) or quote
        review = "a row of an indicator table: check the value and the unit"
        if row["open"]:
            review = "[…] in an indicator table is a total over the plan period: check"
        g = _GROWTH.search(name)
        if unit == "%" and g:
            t = DraftTarget("growth", quote, title, self._current(), comparator=comparator, value=value, due=due)
            t.of = _clean(name[: g.start()]) or title
            t.annual = bool(g["annual"])
            t.direction = "decrease" if g["verb"].startswith(_DECREASE) else "increase"
        else:
            t = DraftTarget(
                "quantity",
                quote,
                title,
                self._current(),
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
        self.s.targets.append(t)

    def _opens_past(self, text: str, future: bool) -> bool:
        """Whether a clause opens with a time already past: 去年, 今年1—2月, 截至…, or a year before the plan's."""
        if _PAST_CLAUSE.match(text) or _PAST_OPENER.match(text):
            return True
        lead = re.match(r"(20\d\d)年", text)
        if not lead or _DUE.match(text):
            return False
        year = self.s.plan_year
        return int(lead.group(1)) < year if year else not future

    def _flush_adverbial(self, pending: list[_Clause], reason: str | None) -> None:
        for c in pending:
            self.excl(c.text, reason or "context: circumstance of the target that follows")

    def _exclude_all(self, parts: list[_Clause], reason: str) -> None:
        for c in parts:
            self.excl(c.text, reason)

    def _due(self, clause: str) -> dt.date | None:
        month = _DUE_MONTH.search(clause)
        if month:
            year, number = int(month["y"]), int(month["m"])
            if 1 <= number <= 12:
                after = dt.date(year + number // 12, number % 12 + 1, 1)
                return after - dt.timedelta(days=1)
        m = _DUE.search(clause)
        if m:
            return dt.date(int(m["y"] or m["y2"]), 12, 31)
        lead = re.match(r"(20\d\d)年(?!以来|来|的)", clause)
        if lead and self.s.plan_year and int(lead.group(1)) >= self.s.plan_year:
            return dt.date(int(lead.group(1)), 12, 31)  # 2024年完成90公里: that year's share of the work
        if self.summary:
            return None  # a year-end summary's 今年 is the year under review
        stated = periods.due_year(clause, self.s.plan_year)  # “十四五”末, 明年, 今年, 年内
        return dt.date(stated, 12, 31) if stated else None

    def _qualitative(self, text: str) -> str | None:
        if _RELATION.search(text) and not find_numbers(text):
            return "relation"
        if re.search(r"翻(?:一|两|三)番", text):
            return "doubling"
        if _PRINCIPLE.match(text) and not find_numbers(text):
            return "principle"
        if re.match(r"^(?:[^，。]{0,6}?)(?:保持|实现)正增长", text) or re.search(r"保持正增长|实现正增长", text):
            return "positive-growth"
        if _BYLINE.search(text):
            return None
        if _COMMIT_AFTER_PREP.match(text):
            return "milestone"
        if _COMMIT.match(text) or re.match(r"^(?:[^，。]{0,10})(?:逐步实现|全面完成|基本建成|基本实现)", text):
            return "milestone"
        return None

    def _qualitative_target(
        self, kind: str, quote: str, text: str, due: dt.date | None, open_ended: bool, produced: list[DraftTarget]
    ) -> None:
        title = _title(quote)
        prog = self._current()
        if kind == "relation":
            m = _RELATION.search(text)
            assert m is not None
            reference = m["reference"] or m["faster"] or m["sync"] or ""
            t = DraftTarget(
                "relation",
                quote,
                title,
                prog,
                subject=_clean(m["subject"]) or title,
                reference=_clean(reference) or title,
                due=due,
            )
        elif kind == "positive-growth":
            subject = _clean(re.split(r"保持正增长|实现正增长", text)[0])
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
            subject = _clean(re.split(r"翻(?:一|两|三)番", text)[0])
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
        self.s.targets.append(t)

    def numeric(
        self, text: str, numbers: list[_Number], due: dt.date | None, open_ended: bool, weak: bool
    ) -> list[DraftTarget]:
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
        if "分别" in flat:
            head = flat.split("分别")[0]
            verb = _GROWTH.search(head) or re.search(r"(达到|新增|净增|引进)$", head)
            head = head[: verb.start()] if verb else head
            subjects = shared = subject_words.share_noun([s for s in re.split(r"[、和及与]", _clean(head)) if s])
            if len(shared) != len(numbers):
                subjects = []
        made: list[DraftTarget] = []
        last_end = 0
        verb_context = ""
        for i, num in enumerate(numbers):
            before = flat[last_end : num.start]
            whole_before = flat[: num.start]
            if i > 0 and subjects and re.fullmatch(r"[、和及与]?", before):
                before = verb_context
            t = self._one(text, flat, before, whole_before, num, due, open_ended)
            if t is None:
                last_end = num.end
                continue
            if t.of:
                t.of = subject_words.refine(t.of, before[: len(before) - len(_comparator_word(before))])
            if subjects:
                if t.kind == "growth" or t.kind == "quantity":
                    t.of = subjects[i]
                t.title = f"{subjects[i]}：{_title(text)}"
            if i == 0:
                verb_context = before
            self.last_subject = t.of or t.numerator or self.last_subject
            base = _BASELINE.search(
                whole_before.split("增加到")[0].split("提高到")[0].split("下降到")[0].split("降至")[0]
            )
            if base and t.kind in ("quantity", "share"):
                year = int(base["y"]) if base["y"] else None
                t.baseline = (Decimal(base["v"]), dt.date(year, 12, 31) if year else None)
            if t.review is None and _SUPPORT.search(text):
                t.review = "an amount of support (给予…资助): check it is a commitment, not a rule's parameter"
            if weak and t.review is None and not re.search(r"(?:较|比)(?:上年|去年)(?:增长|提高|下降|降低)", text):
                t.review = "the clause names a past period (上年, 同比, 累计…): check it is a target, not a result"
            made.append(t)
            last_end = num.end
        for t in made:
            self.s.targets.append(t)
        return made

    def _one(
        self, text: str, flat: str, before: str, whole_before: str, num: _Number, due: dt.date | None, open_ended: bool
    ) -> DraftTarget | None:
        prog = self._current()
        title = _title(text)
        comparator, word = _comparator(before, num.suffix)
        stem = before[: len(before) - len(word)] if word else before
        review: str | None = None
        if num.chinese:
            review = "number written in Chinese numerals: check the value"
        if num.percent and re.match(r"(?:左右)?的?(?:增长|增速|增幅)", flat[num.end :]):
            # 实现8%左右的增长: the growth word follows the number
            subject = _clean(re.sub(r"(?:实现|保持|完成)$", "", stem))
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
        if num.percent:
            g = _GROWTH.search(stem) or _GROWTH.search(before)
            if g and not re.search(r"占", whole_before):
                subject = _clean(before[: g.start()] if _GROWTH.search(before) else stem[: g.start()])
                against = _against(whole_before)
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
                t.direction = "decrease" if g["verb"].startswith(_DECREASE) else "increase"
                if not subject and self.last_subject:
                    t.of = self.last_subject
                    t.review = "what grows is taken from the clause before: check 'of'"
                elif not subject:
                    t.of = title
                    t.review = "what grows is not named in the clause: fill in 'of'"
                if g["annual"] and t.review is None:
                    t.review = "average annual growth: fill in base_year"
                return t
            share = re.search(r"(?P<num>[^，。]*?)占(?P<den>[^，。]*?)(?:的)?(?:比重|比例|比率|份额|比)", whole_before)
            if share:
                numerator = _clean(share["num"]) or title
                t = DraftTarget(
                    "share",
                    text,
                    title,
                    prog,
                    comparator=comparator if num.value_max is None else "about",
                    value=num.value,
                    numerator=numerator,
                    denominator=_clean(share["den"]) or title,
                    due=due,
                    open_ended=open_ended,
                    review=review,
                )
                if num.value_max is not None:
                    t.review = "a share given as a range: check the comparator"
                return t
            premium = re.search(r"(?P<a>.+?)(?:高于|超过)(?P<b>[^\d]+)$", stem if word == "" else before)
            if premium and word not in _MORE_PRE and _clean(premium["b"]):
                return DraftTarget(
                    "ratio",
                    text,
                    title,
                    prog,
                    comparator=comparator,
                    value=num.value,
                    numerator=_clean(premium["a"]),
                    denominator=_clean(premium["b"]),
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
                of=_clean(stem) or None,
                due=due,
                open_ended=open_ended,
                review=review or ("the range is approximate (左右)" if num.suffix in ("左右", "上下") else None),
            )
        cumulative = _CUMULATIVE.search(stem)
        level = _LEVEL.search(before)
        if num.percent or num.unit in ("个百分点", "倍"):
            measure = "cumulative" if num.unit == "个百分点" else "level"
        elif level and (not cumulative or level.start() >= cumulative.start()):
            measure = "level"
        elif cumulative:
            measure = "cumulative"
        else:
            measure = "level"
        points = _GROWTH.search(stem) if num.unit == "个百分点" else None
        if points:
            subject = _clean(stem[: points.start()])
        elif cumulative and measure == "cumulative":
            last = list(_CUMULATIVE.finditer(stem))[-1]
            subject = _clean(stem[last.end() :]) or _clean(re.sub(r"(?:工作|任务|目标)$", "", flat[num.end :]))
            subject = subject or _clean(stem[: last.start()])
        else:
            verb = _LEVEL_VERB.search(stem)
            subject = _clean(stem[: verb.start()] if verb else stem)
        if num.unit == "个百分点" and re.search(r"(下降|降低|减少)", stem):
            review = "a fall in percentage points: the model counts it as an amount; check"
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

    def _checkpoints(self, produced: list[DraftTarget], sentence: str) -> None:
        """到2023年达到40家，到2025年达到60家: the later clause is the target, the earlier its checkpoint."""
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
                    b.title = _title(b.quote)
                b.checkpoints = [*a.checkpoints, (a_due, a.value)]
                b.of = b.of or a.of
                b.due = b_due
                self.s.targets.remove(a)
                del produced[i - 1]
                continue
            i += 1


def _join_proportions(parts: list[_Clause]) -> list[_Clause]:
    """2.5:1 is one number, though trace cuts a clause at its colon."""
    out: list[_Clause] = []
    for c in parts:
        prev = out[-1] if out else None
        if (
            prev
            and re.search(r"\d[:：]$", prev.full)
            and re.match(r"1(?![\d.])", c.text)
            and c.start == prev.start + len(prev.full)
        ):
            out[-1] = _Clause(prev.full + c.text, prev.full + c.full, prev.start)
        else:
            out.append(c)
    return out


@lru_cache(maxsize=256)  # every number of a clause asks for the same clause's title
def _title(quote: str) -> str:
    title = re.sub(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．](?!\d))", "", quote)
    title = re.sub(r"^(?:对此|同时|并|此外|另外|其中)", "", title)
    return _PUNCT.sub("", title) or quote


def infer_year(paras: list[str]) -> tuple[int | None, tuple[int, int] | None]:
    """The plan's year (or stated span of years) from its title, headings and review section."""
    head = "".join(paras[:3])[:300]
    span = _RANGE_YEARS.search(head)
    if span and int(span["a"]) <= int(span["b"]):
        return int(span["a"]), (int(span["a"]), int(span["b"]))
    for n, para in enumerate(paras):
        numbered = any(p.match(para) for _, p in _MARKERS)
        first = _SENTENCE_END.search(para)
        line = para[: first.start()] if first else para
        if len(line) > 40 or not (numbered or n == 0 or (first is None and not CLAUSE_END.search(para))):
            continue
        years = [int(y) for y in _YEAR.findall(line)]
        if years and _PLAN_HEADING.search(line):
            return max(years), None
        if years and _REVIEW_HEADING.search(line):
            return max(years) + 1, None
        if years and n == 0:
            return years[0], None
    dateline = re.search(r"(20\d\d)年\d{1,2}月\d{1,2}日", "".join(paras[:2])[:80])
    if dateline:
        return int(dateline.group(1)), None  # a news item: the year it is dated
    body = _RANGE_YEARS.search("".join(paras))
    if body and int(body["a"]) <= int(body["b"]) <= int(body["a"]) + 10:
        return int(body["a"]), (int(body["a"]), int(body["b"]))  # 2023年至2025年，全区计划完成…
    return None, None


class DraftTooLarge(ValueError):
    """The draft's quotes alone pass `max_quoted` bytes: drafting stops there."""


def extract(
    text: str,
    *,
    default_year: int,
    period: tuple[dt.date, dt.date] | None = None,
    ocr: bool | None = None,
    max_quoted: int | None = None,
) -> Draft:
    """Draft a plan from the plain text of a Chinese policy document. `ocr`: whether lines are
    broken inside sentences (None: judge by the text; False for a Word document's paragraphs).
    Raises DraftTooLarge as soon as the quotes pass `max_quoted` bytes in UTF-8 (a plan that
    holds them could not be read back)."""
    prep = prepare(text)  # the document's structure first: furniture out, the title from its lines
    ocr = broken_lines(prep.body) if ocr is None else ocr
    paras = paragraphs(prep.body, ocr)
    year, span = infer_year(([prep.title] if prep.title else []) + paras)
    if prep.period is not None and span is None:
        year, span = prep.period.start, (prep.period.start, prep.period.end)
    from_issue = year is None and prep.issue_year is not None
    if from_issue:
        year = prep.issue_year  # a dated document is never drafted as "no year"
    stated = period is not None or year is not None
    title = prep.title
    first = paras[0] if paras else ""
    numbered = any(p.match(first) for _, p in _MARKERS)
    if (
        title is None
        and len(paras) > 1
        and len(first) <= 60
        and not re.search(r"[。！？!?；;，,：:]", first)
        and not numbered
    ):
        title = paras[0].strip("。，；：,;:")
    ex = _Extractor(period[0].year if period else year, ocr, max_quoted)
    if title and "总结" in title:
        ex.s.past_level, ex.summary = -1, True  # a year-end summary: 今年 is the year under review until a plan heading
    ex.s.excluded.extend(DraftExclusion(quote, reason) for quote, reason in prep.excluded)
    ex.tables = prep.tables
    body = paras[1:] if title is not None and prep.title is None else paras
    if title is not None and prep.title is None:
        ex.s.excluded.append(DraftExclusion(paras[0], "the document's title (recorded as the plan title)"))
    for para in body:
        ex.paragraph(para)
    s = ex.s
    if period is None:
        # a work report for one year keeps its year; only a text that names no year of its own
        # takes its period from the years its targets are due
        start_year = year or default_year
        end_year = span[1] if span else start_year
        dues = [t.due.year for t in s.targets if t.due]
        if (year is None or from_issue) and dues and max(dues) > end_year:
            end_year = max(dues)
        if ex.section_max and ex.section_max > end_year:
            # a section with a longer horizon (今后五年 in a work report): the rest keep the year
            for t in s.targets:
                if t.due is None and not t.open_ended and t.kind != "principle":
                    t.due = dt.date(end_year, 12, 31)
            end_year = max([ex.section_max, *dues])
        period = (dt.date(start_year, 1, 1), dt.date(end_year, 12, 31))
        guess = None
        if from_issue:
            guess = f"the period starts in {start_year}, the year the document was issued: check it"
        elif not stated:
            guess = f"the text states no year: due in {end_year} is an assumption to check"
        if guess:
            for t in s.targets:
                t.review = t.review or (guess if t.due is None and t.kind != "principle" else None)
    _fit_dates(s.targets, period)
    programmes = s.roots
    # without a title line, the words the document starts with stand in until a person edits them
    opening = _title(clauses(paras[0])[0].text)[:40] if paras else ""
    if title is None:
        title = s.roots[0].title if s.roots else opening or None
    if s.general is not None:
        s.general.title = title or opening
        programmes = [s.general, *programmes]
    note = "the period is taken from the year of issue (成文日期, 发文字号)" if from_issue and stated else None
    return Draft(title, period, stated, programmes, s.targets, s.excluded, period_note=note)


def _fit_dates(targets: list[DraftTarget], period: tuple[dt.date, dt.date]) -> None:
    """Dates outside the plan period would not validate: keep them as review marks instead."""
    for t in targets:
        if t.due and not period[0] <= t.due <= period[1]:
            t.review = f"the text gives {t.due.year} as the year, outside the plan period: check the period or the date"
            t.due = None
        kept = [(d, v) for d, v in t.checkpoints if period[0] <= d <= period[1] and (t.due is None or d < t.due)]
        if len(kept) != len(t.checkpoints):
            t.review = t.review or "a checkpoint year outside the plan period was left out"
        t.checkpoints = kept
