"""Stage 3 of `draft`: what a clause is, by its words: a target, the past, context, a label,
a rule or an exhortation.

The clause rules that exclude a clause are data (CLAUSE_RULES): each has a name, the kind of
clause it finds, what it matches, the reason a drafted plan gives, and a sentence of our own that
it must match (tests/domain/test_drafting_classify.py checks every example). Numbers that are
names rather than counts are grammar.NOT_TARGETS. Pure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from targetctl.domain.drafting import past
from targetctl.domain.drafting.from_to import NOT_AFTER_FROM
from targetctl.domain.drafting.lines import RANKS
from targetctl.domain.drafting.listed_objects import WORKED_ON
from targetctl.domain.drafting.periods import FIVE_YEAR, five_year
from targetctl.domain.drafting.quantities import YEAR, find_numbers

PAST_STRONG = re.compile(
    # (获批, 获评, 入选: the past-award rule, lifted where the sentence says what is to be done)
    # (66个已签约项目开工建设, 推动已签约项目开工: 已 picks out a kind of the noun after a count or a push,
    # the work on it to come says when; 目前全县已签约项目开工建设45个 is the state now)
    r"(已经|已(?!有规划)(?!(?:(?<=[个项家宗批]已)|(?<=(?:推动|促进|推进|加快|力争|确保|督促)已))(?:签约|开工|批复|批准|立项|出让|征收|收储)的?(?:项目|工程|地块|用地|土地)[^，。；]{0,4}?(?:开工|建设|投产|竣工|完工|落地|达产))|以来|过去[一二三四五十几]*年|[一二三四五十]年来|荣获|"
    # (a rank to get into, 排名150名以内, is a target: where the place is to stand)
    r"位居|位列|居全[省市国]|排名(?![^，。；\d]{0,6}(?:\d+名?(?:以内|之内)|前\d+[名位]))|"
    r"初步统计|初步核算|据统计|超额完成|圆满完成|较好完成|共收到|累计收到|"
    r"(?<![为除])(?:增长|完成|引进|实现|达到|建成|新增|净增|突破|取得|获得|形成|提高|提升|下降|降低|减少|培育|开展|举办|建设|"
    r"打造|创建|签约|落地|开工|投产|招引|吸引|增加|超过|认定|培训|发放|投入|改造|整治|培养|帮助|解决|带动|安置|出台|制定|推出|"
    r"精选|组建|成立|设立|接待|累计|分别|同比|共|上涨|回落|攀升)了)"
)
# a change to make on last year's level (在上年基础上提高2个百分点) looks ahead, unlike 比上年增长7.3%;
# the 目前 read across 项目前期 (a project's early stage) is no word of the present
# a part of a year (上半年, 一季度) is the past only in a year gone by: 2025年第一季度 in a plan for 2025 lies ahead
PAST_WEAK = re.compile(
    r"(累计|同比|比上年|较上年|比去年|较去年|(?<!在)(?:上年|去年)(?!基础上)|(?:(?P<year>20\d\d)年第?)?(?:上半年|前三季度|一季度)"
    # 由目前的N提高到M: 目前 dates where the change starts (from_to), it reports no present state
    rf"|截至|截止|(?<!项){NOT_AFTER_FROM}目前|现有(?![^，。；\d]{{0,12}}?(?:建设|改造|改建|新建|打造|建成))|共有)"
)
FUTURE = re.compile(
    r"((?<![主重])要|将|力争|确保|争取|预期|目标|计划|拟|努力|力求|今年|全年|明年|年内|到\d{4}年|至\d{4}年|\d{4}年(?:前(?!三季度)|底前)|以上|以内|左右|"
    r"不低于|不少于|不超过|控制在|逐步|必须|务必)"
)
EXHORT = re.compile(
    r"(让我们|同志们|各位代表|奋力谱写|努力奋斗|而奋斗|凝心聚力|砥砺前行|开拓进取|再创新辉煌|新篇章|新的更大贡献|新的更大胜利|"
    r"踔厉奋发|勇毅前行|奋勇争先|撸起袖子|不懈奋斗)"
)
# where counted things are now (300余户央企90%以上分布在实体经济): a fact, whatever bound the count carries
# (not where the work is to bring them: 新增企业50家集中在高新区, 确保新建项目100%位于园区内)
LOCATED = re.compile(
    r"^(?![^，。；]*?(?:新增|新建|引进|招引|培育|推动|引导|促进|确保|力争|争取|实现|达到))[^，。；]*?"
    r"(?<=[\d%])(?:以上|左右)?[^，。；\d]{0,6}?(?:分布在|分布于|集中在|集中于|位于)"
)
BUILT_ON = re.compile(
    r"在(?=[^，。；\d]{0,80}\d+(?:\.\d+)?(?:个|家|条|项|座|所|处|类|种|万亩|亩)[^，。；]{0,40}?基础上[^，。；\d]*$)"
)
# a clause that builds or gives out what it counts is no context: 围绕…布局建设3条专用线, 围绕…发放2亿元消费券,
# 推动A等9条高速公路项目加快建设; 围绕…打造的6个产业集群 names what was built, the
# work turns to it (的 makes the verb a qualifier)
_BUILDS = r"(?:建设|新建|建成|续建|实施|布局|开工|完成|打造|培育|发放|投放|举办)"
_ACTS = r"(?:推动|推进|加快|建设|新建|建成|实施|开工|完成|打造|启动|消除|(?:全力|大力|着力)?抓[好实])"
CONTEXT_NUMBER = re.compile(
    rf"(依托|围绕(?![^，。；\d]{{0,24}}?{_BUILDS}[^，。；\d的]{{0,4}}\d)(?![^，。；\d]{{0,16}}?开展[^，。；\d]{{0,8}}\d)"
    # 由当前的N家达到M家: 当前 dates a change's starting level (from_to)
    rf"|共有|现有(?![^，。；\d]{{0,12}}?(?:建设|改造|改建|新建|打造|建成))|(?<!项){NOT_AFTER_FROM}目前|{NOT_AFTER_FROM}当前|现阶段|全[区市县省州镇乡旗]有(?!效|序|力|关|机|望|利|色|特)|(?<!直)辖(?!区)"
    # a jurisdiction's own facts (辖区面积12平方公里, 辖区内有…8所): the number follows them; not 市辖区, the
    # city's districts, nor 辖区内新增…, 辖区内常住人口…建档率达到90%, 辖区内有条件的20个小区
    r"|辖区(?:总?面积|内?(?:常住|户籍)?人口)(?:总数)?(?:约|为|达|共|有)?\d"
    r"|辖区内(?:共|现)?有(?![条意能需])[^，。；\d]{0,12}\d"
    # things that exist already, put to use: 发挥N家…企业作用, 提升N条…线创建水平
    # (a number after 作用 in the clause is what the work adds)
    r"|发挥(?=[^，。；\d]{0,6}\d[^，。；]{0,30}?(?:作用|优势|效应)[^，。；\d]*$)"
    r"|提升(?=\d+(?:个|条|家|所|座|处)[^，。；\d]{0,30}?(?:水平|质量|成效|能级|品质)$)"
    # 我市4个国家级、13个省级开发区是…: the place's own count now
    # (not what the place is to do: 我市新建学校5所, 我区完成投资100亿元)
    r"|^我[省市县区州旗盟](?=(?:(?!新|建|增|完成|实现|培育|引进|创|改造|打造|开工|达|突破|力争|确保)[^，。；\d]){0,4}\d)"
    # 投资N亿元建设A、B等3个园区: what the clause builds is counted, not relied on
    # 在A、B等5个县建设…3万亩: the places are counted, what is built there is the target
    # A、B等N个项目建成竣工 (加快前期工作, 意向项目签约落地): the listed projects' count is what the work is to reach
    # 整治A、B等N公里河道, 对A、B等N条道路进行改造: the listed things are worked on (listed_objects)
    rf"|^(?!{_ACTS})(?!{WORKED_ON})(?![^，。；]*?(?<!加快)(?<!推进){_BUILDS}[^，。；]*?等\d)(?![^，。；]*?等\d[^，。；]*?{_BUILDS}[^，。；]*?\d)"
    r"(?![^，。；]*?等\d+个[^，。；\d]{0,8}?项目(?:加快|建成|竣工|开工|完工|投产|落地|启动|签约|建设$))"
    # A、B等10所学校新建, 等3座污水处理厂建成投用, 等15个老旧小区完成改造: the verbs after the things
    # listed build them (not 等6个景区基础设施改造, 等4个乡镇污水管网改造: the work is done in them)
    r"(?![^，。；]*?等\d+[个所座条家处][^，。；\d]{1,6}?(?<!设施)(?<!管网)(?<!环境)(?<!风貌)(?<!面貌)"
    r"(?:完成|实施)?(?:新建|改建|扩建|迁建|改造|建成|开工|竣工|完工|投用)(?:建设|投用|投运|提升)?$)"
    r"[^，。；]*?(?:等$|等\d))"
)
# a forecast (预计到2030年…将达到, 经测算, 有可能达到): what is expected, not what is committed to; a
# clause that says so makes the rest of its sentence a forecast until one commits (力争, 确保, 要)
# a forecast, or an estimate of what the work will cost (经初步测算，…共需资金约N亿元); 估算 alone is
# a noun (投资估算和评审机制), no estimate made
FORECAST = re.compile(
    # 预测 as a verb that states (据预测，…; 预测到2030年…), not in a noun (学位预测预警机制, 预测模型)
    r"预计|预测(?=$|[，,：:]|到|显示|表明|今年|明年|全年|未来|\d|增长|下降|将|可达|达到)|(?:[经据](?:初步)?|初步)(?:测算|估算|匡算)|有望|(?<!尽)有?可能(?=达|超|突破|增|减|降)"
    # 或达, 或超 (may reach): a guess, never the 或 of 达到或超过
    # (nor the 或 of 实现或超过, 持平或超过, 相当或超过; nor 或达标, a standard met)
    r"|(?<![到达于过现成平当近])或(?=达(?!标)|超(?!额)|突破)"
    r"|共需(?:投入)?(?:建设)?(?:资金|投资|经费)"
)
# 计划 as a verb (计划新建): a plan's name (两年行动计划, 年度计划) commits to nothing by itself
COMMITS = re.compile(r"力争|确保|争取|(?<![主重需])要(?!求)|目标|(?<!行动)(?<!工作)(?<!发展)(?<!年度)计划")

# a section that projects (需求预测, 投资规模测算, 实施效果预测): its figures are what is expected, not
# commitments, unless a clause commits (计划建成…, 力争…); a task to forecast (加强监测预测) is no such
# section, nor one that also sets the goals or tasks (发展目标与需求预测)
FORECAST_HEADING = re.compile(
    r"^(?!加强|完善|健全|建立|提升|开展|做好|强化|推进|提高)(?![^，,；;]*(?:目标|任务))[^，,；;]{0,24}?(?<!监测)(?<![和与及、])(?:预测|测算|估算)(?:分析|结果)?$"
)
FORECAST_SECTION = "a figure of a section that projects (需求预测, 测算): what is expected, not a commitment"
FORECAST_CLAUSE = "a forecast (预计, 经测算, 有可能…): what is expected, not a commitment"
# what a sentence in such a section commits the plan to: its own plan (计划建成, 规划在…设置, 力争)
PLANS = re.compile(rf"{COMMITS.pattern}|规划(?:在|新建|建设|建成|布局)")


# an unnumbered heading of the plan's own parts (发展目标, 重点任务, 保障措施): the forecast is over
_OWN_PART = re.compile(r"^[^，,；;]{0,12}(?:目标|任务|措施|举措|保障)$")
# a heading whose last word is a plan's (交通运输发展规划, 水厂建设安排, 布局方案)
_PLANS_PART = re.compile(r"(?:规划|布局|安排|目标|任务|重点|措施|举措|计划|方案|部署|工程|行动|项目|保障|要求)$")


def projects(open_rank: int | None, family: str, title: str) -> int | None:
    """The rank of the section that projects (需求预测) open after a heading of `family`: a heading
    of its rank or a higher one ends it, by the heading's rank, so a caption (表2-1…预测) never does;
    an unnumbered heading does where it names the plan's own part (发展目标)."""
    rank = RANKS.get(family)
    if rank is None:
        return None if _OWN_PART.search(title) else open_rank
    if FORECAST_HEADING.search(title):
        return open_rank if open_rank is not None and rank > open_rank else rank
    # a part of it that plans (第二节 交通运输发展规划 under 第三章 需求预测) commits again: the plan's
    # word heads it, not 规划期人口规模, 重点行业用水需求, 预测思路 (the forecast's frame, sector, method)
    planned = _PLANS_PART.search(title)
    return None if open_rank is not None and (rank <= open_rank or planned) else open_rank


# 预计超N in a plan's own tasks, its clause dated in the plan's period (到2025年，集群营业收入预计超
# 1500亿元): the level the plan expects its work to reach, drafted with a mark to check; 预计 with
# no bound after it (预计全年增长6%) and an estimate made (据测算, 有可能) still forecast
PROJECTED = re.compile(r"预计(?:将)?(?:超过?|突破|达到?)(?=\d)")
# what a project of the plan is to add (建设某某学校，预计可新增学位300个): its expected yield, the plan's
# own, never a report's estimate of the year (预计全年新增就业5000人)
_YIELD = r"预计(?:可|将|能)?(?:新增|增加|提供)[^，。；\d]{0,12}?(?=\d)"
# …once built (建成后预计可新增…), or when it is to be done and then what it adds (预计2027年建成，新增…)
_DONE = r"预计[^，。；]{0,8}?(?:建成|竣工|完工|投用|投产|投入使用)(?:投用|投产|运营|使用)?"
_OUTCOME = re.compile(
    # the plan itself or a policy carried out (实施本规划，预计…) is no project: its benefits stay forecast
    rf"(?:建设|新建|改扩建|扩建|改建|实施)[^。；]{{2,40}}?(?<!规划)(?<!方案)(?<!计划)(?<!政策)(?<!战略)(?<!措施)"
    rf"[，,]\s*(?:[^，。；\d]{{0,8}}?后)?"
    rf"(?:{_YIELD}|{_DONE}[，,]\s*(?:可|将|能)?(?:新增|增加|提供)[^，。；\d]{{0,12}}?\d)"
)


_YIELDS, _DONE_ALONE = re.compile(_YIELD), re.compile(_DONE)


def yields(sentence: str) -> bool:
    """A sentence that builds something and says what it is to add (…，预计新增学位300个)."""
    return _OUTCOME.search(sentence) is not None


PROJECTED_REVIEW = "worded 预计 (expected) under the plan's own dated frame: check it is a goal the plan sets"


# an estimate made (据测算, 有可能, 或达): what follows it in the sentence is a forecast, never projected
ESTIMATED = re.compile(r"测算|估算|有可能|或[达超]")


def forecasts(
    text: str,
    estimated: bool,
    due: dt.date | None,
    plan_year: int | None,
    tasks: bool,
    before: bool,
    yielding: bool = False,
) -> bool:
    """The clause forecasts (预计, 经测算, 有可能…) rather than projects a goal of the plan's tasks, or
    runs on from a clause that did (`before`), until one commits (力争, 确保, 要). `estimated`: its
    sentence says an estimate was made (ESTIMATED), read once a sentence; `yielding`: its sentence
    builds something and says what it is to add (yields)."""
    dated = due is not None and plan_year is not None and due.year >= plan_year
    projected = tasks and dated and not estimated and PROJECTED.search(text) is not None
    yielded = (
        yielding and not estimated and (_YIELDS.search(text) is not None or _DONE_ALONE.fullmatch(text) is not None)
    )
    projected = projected or yielded
    return (before or (FORECAST.search(text) is not None and not projected)) and COMMITS.search(text) is None


# a population or an area after 为 states what is (全市常住人口为380万人), unless the sentence looks
# ahead; a rate after 为 under a goals heading is a goal (城镇化率为70%)
STATE_IS = re.compile(r"(?:常住人口|户籍人口|总人口|人口总量|总面积|国土面积|辖区面积)为\d")
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
COMMIT = re.compile(
    r"^(?:[一二三四五六七八九十]+是)?(?:[^，。]{0,8}?(?:将|要))?" + _ADVERBS + "(?:" + _VERBS + r")(.{2,})"
)
COMMIT_AFTER_PREP = re.compile(
    r"^(?:在|对|围绕|按|按照|以|通过|针对|依托|向|为|从|与|利用|结合|借助|面向|聚焦)[^，。]{1,30}?"
    + _ADVERBS
    + "(?:"
    + _VERBS
    + r")(.{2,})"
)
PRINCIPLE = re.compile(r"^(?:[^，。]{0,6}?)(坚持|始终|一以贯之|毫不动摇)")
RELATION = re.compile(
    r"^(?P<subject>.+?)(?:(?:与|同)(?P<reference>.+?)(?:基本)?同步|快于(?P<faster>[^，。\d]+)$|(?:基本)?同步于(?P<sync>.+)$)"
)
OPEN = re.compile(r"逐步|逐年|稳步")
NAMED = re.compile(
    r"(?:实施|开展|启动|发起|打好|打赢|打响|推进|组织实施|组织开展|深入实施|深入开展|全面实施|全面发起|全面开展|全力打好|"
    r"坚决打好|坚决打赢|深入推进)"
    r"(?P<name>[“\"]?[^，。、；：“”\"]{1,12}?[”\"]?(?:三年行动计划|专项行动|行动计划|计划|工程|行动|攻坚战|大会战|战役|专项))$"
)
BYLINE = re.compile(r"(?:本报记者|记者|通讯员|本报讯|责任编辑|编辑)")
NAMED_BAD = re.compile(r"(支持|帮助|推动|引导|鼓励|实施|开展|依托)")
PREFIX_BAD = re.compile(r"(支持|帮助|推动|引导|鼓励|依托|企业|单位)")
DUE = re.compile(r"(?:到|至|在|于|争取|力争)(?P<y>20\d\d)年(?:底|末|前|年底)?|(?P<y2>20\d\d)年(?:底前|前|底)")
# a sentence's own time frame that names no year: the plan's end or its span (到规划期末, "十四五"期间)
# the plan's own period as a frame (规划期内, 到本方案期末): what follows is the plan's
_OWN_PERIOD = r"(?:到|至|在)?本?(?:规划|方案|实施|行动|计划)期(?:末|内|期末|期间)"
PERIOD_FRAME = re.compile(
    rf"^(?:{_OWN_PERIOD}|(?:到|至|在)?“?十[一二三四五六]五”?(?:末|内|期末|时期末|期间|时期))$|^(?:到|至)?(?:远期|中长期)$"
)


def frames_ahead(clause: str, plan_year: int | None) -> bool:
    """A sentence's frame of the plan's own period (规划期内, 到规划期末, “十五五”时期), not of a
    five-year period ended before the plan's year (“十四五”时期 in a plan of 2026 reports)."""
    if not PERIOD_FRAME.match(clause):
        return False
    five = FIVE_YEAR.search(clause)
    return five is None or plan_year is None or five_year(five["n"])[1] >= plan_year


ENUM = re.compile(r"^(?:一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|其一|其二|首先|其次|再次|最后)")
PAST_OPENER = re.compile(
    r"^(?:过去一年|过去的一年|过去[两二三四五六七八九十几\d]+年|过去的五年|一年来|五年来|近年来|近几年|这一年|这五年|"
    r"“十[一二三四]五”以来|“十[一二三]五”(?:期间|时期))|" + past.RUN_OPENERS
)
# a clause opened by a time already past: 去年, 上年, 今年以来, 今年1—2月, 一季度, 截至…, 初步核算
PAST_CLAUSE = re.compile(
    r"^(?:特别是|尤其是)?(?:去年|上年|上一年|前年|过去[一两二三四五六七八九十几\d]*年|今年以来|年初以来|今年(?:[1-9\d]{1,2}|[一二三四五六七八九十]{1,2})"
    r"(?:[—\-－~～至到]+(?:\d{1,2}|[一二三四五六七八九十]{1,2}))?月(?!底|末|前)|"
    r"截至|截止|初步核算|初步统计|据统计|据初步|经过(?:多年|长期)的?(?:努力|奋斗|建设|发展))"  # 经过3年努力 looks ahead
)
# a clause that starts a commitment again after a past run: 今年, 明年, 到2025年, 力争, 确保, 将, 要, 目标
FUTURE_STRONG = re.compile(
    r"(?<!以)来年|明年|今年(?!以来|[\d一二三四五六七八九十]{1,2}(?:[—\-－~～至到]+[\d一二三四五六七八九十]{1,2})?月|[一上前]季度|上半年)"
    r"|(?:到|至)20\d\d年|20\d\d年(?:底前|前(?!三季度))|力争|确保|争取|(?<![主重需])要(?!闻)|将(?!来)|(?<!完成)(?<!规划)目标(?!任务)|计划|预期|拟"
    r"|下一步|下阶段|接下来|今后|未来"
)
# words of FUTURE_STRONG a review says of what was done: 确保了…, 围绕年初确定的目标, 要素市场, 将…作为生命线 (将 that
# takes its object first and says what it was made, no future)
_DONE_WORDS = re.compile(
    r"确保了|要[素求点]|纲要|(?:确定|既定|提出|下达|明确)的?目标|将[^，。；\d]{1,16}?(?:作为|列为|列入|纳入|摆在|放在|融入|贯穿)"
)


def intends(sentence: str) -> bool:
    """Whether a sentence says what is to be done (力争, 确保, 计划 …), not only what was done."""
    return FUTURE_STRONG.search(_DONE_WORDS.sub("", sentence)) is not None


# a title that names a text of what is to be done (工作要点, 实施方案, 行动计划, 民生实事 …), not a
# report on what was done: an award its tasks name (获批…10家以上) is one to win
_PLANS_AHEAD = re.compile(r"要点|计划|方案|规划|意见|措施|安排|实事|任务|清单")
_REPORTS = re.compile(r"报告|总结|回顾|成效|情况")


def plans_ahead(title: str | None) -> bool:
    """Whether the document's title names a text of what is to be done."""
    return title is not None and _PLANS_AHEAD.search(title) is not None and _REPORTS.search(title) is None


# a number measured against a goal that is not yet met: 距离…目标仍差2微克
GAP = re.compile(r"(?:仍|还|尚)差|差距(?:为|是)?\d")
# the parameters of a support rule, not commitments: 给予最高1亿元资助, 每新增1家奖励10万元, 补贴期限不超过2年
RULE_PARAMETER = re.compile(
    r"(?:奖励|补贴期限|补助期限|最长|最多给予)(?:不超过)?[\d一二三四五六七八九十两百千万]|"
    r"每(?:人|户|家|个|张|床|台|辆|套|亩|平方米|千瓦|吨|新增|引进)[^，。；]{0,12}(?:给予|奖励|补贴|补助|资助)"
)
# an amount a support policy grants: a target only if the plan commits to the total
SUPPORT = re.compile(r"给予|资助|补贴|补助")
# the plan's own period framing what follows (规划期内，/到规划期末，): the text turns to the plan
OWN_PERIOD_FRAME = _OWN_PERIOD + "[，,]"
PLAN_OPENER = re.compile(
    r"^(?:今年|明年|新的一年|(?:20\d\d)年(?:是|的)|做好今年|今年政府工作|今年工作|今后五年|未来五年|“十[四五六]五”时期|"
    + OWN_PERIOD_FRAME
    + ")"
)

# headings: one that opens a review of results, one that reports a result, one that plans
# results to keep or raise (巩固成效, 扩大成效) are a task, not a review of them, unless the heading
# reports them (提升成效显著)
REVIEW_HEADING = re.compile(
    # 总结阶段, 总结验收: a step of the timetable ahead, not a look back
    r"(回顾|总结(?!(?:评估|验收|提升|推广|考核)?阶段|验收|推广)|(?<!巩固)(?<!扩大)(?<!提升)(?<!放大)(?<!确保)(?<!注重)成效|成效(?:显著|明显|突出|初显|凸显|斐然)|"
    r"成绩|成就|进展情况|完成情况|执行情况|过去一年|过去五年|基本情况|发展基础|发展现状|现状|取得的|主要做法|"
    # what was done and how things stand (实施情况, 社会经济发展情况), and the problems found there
    r"(?:实施|发展|建设|运营|经营|运行)情况|存在的问题|"
    # 发展环境 is a review's; with a verb before it (完善产业发展环境) it is a task
    r"开展情况|工作情况|(?<!完善|优化|营造|改善|提升|打造|构建|净化)(?<!完善..|优化..|营造..|改善..|提升..|打造..|构建..)发展环境|"
    r"面临的形势|形势分析)"
)
# a heading that reports a result (产业转型步伐加快, 经济运行稳中向好), unlike one that asks for it (加快产业转型)
RESULT_HEADING = re.compile(
    r"(?:取得|实现|迈出|开创|呈现|展现|彰显)|(?:加快|改善|向好|提升|增强|突破|成效|进展|台阶|提高|优化|加强|明显|显著|平稳|有力|扎实|"
    r"巩固|深化|完善|发展|落实|提质|增效|跃升|壮大|稳定|好转|见效|显现|成果|新高|新局|活力|有效|有序|有为|稳健|更强|更优|更好|更高|"
    r"更大|更美|更实|更足|更多|持续|稳固|健全|充分|良好|提速|加速|增进)$"
)
PLAN_HEADING = re.compile(
    r"(安排|目标|任务|打算|思路|重点|措施|要求|部署|举措|展望|方向|路径|保障|计划|建议|意见|行动|工程|战略|攻坚)"
)


def review_heading(title: str, plan_year: int | None) -> bool:
    """A heading over past results: a review's words, a past period's name, or a past year's 工作."""
    if REVIEW_HEADING.search(title):
        return not (past.mixed_heading(title) or past.asks_for_results(title))
    if past.behind_title(title, plan_year):
        return True
    years = [int(y) for y in YEAR.findall(title)]
    return bool(years and plan_year and max(years) < plan_year and "工作" in title and not PLAN_HEADING.search(title))


# the words of a report on results (初步统计, 超额完成), and what names an aim in a sentence with 预计
_REPORT_WORDS = re.compile(r"初步统计|初步核算|据统计|超额完成|圆满完成|较好完成")
_AIMS = re.compile(r"到20\d\d年|力争|确保|(?<![主重])要|将|目标")


def reports(first: str, sentence: str, *, planned: bool, reviewing: bool = False) -> bool:
    """Whether a sentence reports results: its first clause looks back or opens on a past time, it
    uses a report's words, it stands in a paragraph about the past (`reviewing`) and intends
    nothing (确保了…, 将…作为…: still the review), or it estimates a year's results with 预计 and
    names no aim. In a plan's tasks (`planned`) 预计 only forecasts its own clause (共42个项目，预计总投资…)."""
    if past.looks_back(first, anywhere=True) or PAST_OPENER.match(first) or _REPORT_WORDS.search(sentence):
        return True
    if reviewing and not intends(sentence):
        return True
    return "预计" in sentence and not planned and not _AIMS.search(sentence) and not yields(sentence)


# a sentence inside a paragraph about the past that turns to what comes: 今年，合作社计划…
TURNS_TO_PLAN = re.compile(
    r"^(?:今年(?!以来|上半年|前|[一二三四五六七八九十\d]+月)|明年|下一步|下阶段|接下来|今后|未来[一二三四五两几\d]*年)[，,]?"
    r"[^。！？]{0,12}?(?:计划|将(?!来)|力争|确保|争取|(?<![主重需])要|拟)|^" + OWN_PERIOD_FRAME
)
# a clause that is a time frame since something: 自2018年挂牌以来, 运营8年来 (not 将来, 未来, 带来)
SINCE = re.compile(r"(?:以来|(?:(?<!\d)\d+|[一二三四五六七八九十两几]+)(?:周)?年来)$")


def opens_past(text: str, future: bool, plan_year: int | None) -> bool:
    """Whether a clause opens with a time already past: 去年, 今年1—2月, 截至…, or a year before the
    plan's; or is one, a time frame since something (该中心自2018年挂牌以来, 运营8年来) that the
    clauses after it report on."""
    if PAST_CLAUSE.match(text) or PAST_OPENER.match(text) or SINCE.search(text):
        return True
    lead = re.match(r"(20\d\d)年", text)
    if not lead or DUE.match(text):
        return False
    year = plan_year
    return int(lead.group(1)) < year if year else not future


def qualitative(text: str) -> str | None:
    if RELATION.search(text) and not find_numbers(text):
        return "relation"
    if re.search(r"翻(?:一|两|三)番", text):
        return "doubling"
    if PRINCIPLE.match(text) and not find_numbers(text):
        return "principle"
    if re.match(r"^(?:[^，。]{0,6}?)(?:保持|实现)正增长", text) or re.search(r"保持正增长|实现正增长", text):
        return "positive-growth"
    if BYLINE.search(text):
        return None
    if COMMIT_AFTER_PREP.match(text):
        return "milestone"
    if COMMIT.match(text) or re.match(r"^(?:[^，。]{0,10})(?:逐步实现|全面完成|基本建成|基本实现)", text):
        return "milestone"
    return None


_AGO = r"[一二三四五六七八九十两几\d]+"


@dataclass(frozen=True)
class ClauseRule:
    name: str
    kind: Literal["past", "context", "rule", "exhortation"]
    pattern: re.Pattern[str]
    reason: str  # {word}: the words that matched
    example: str
    needs_number: bool = True  # a clause without a number is context anyway
    no_number: bool = False  # only where there is no number (a sentence with one may still commit)
    # a future word in the clause (or sentence) lifts it; "strong": a word of intent in the sentence
    unless: Literal["", "clause", "sentence", "strong"] = ""
    review: str | None = None


CLAUSE_RULES: tuple[ClauseRule, ...] = (
    ClauseRule(
        "gap",
        "context",
        GAP,
        "a gap still to close, not a goal (仍差…)",
        "距省定目标仍差3个百分点",
    ),
    ClauseRule(
        "rule-parameter",
        "rule",
        RULE_PARAMETER,
        "a parameter of a support rule (给予, 奖励, 最高…), not a commitment",
        "每引进1名博士奖励10万元",
    ),
    ClauseRule(
        "past-strong",
        "past",
        PAST_STRONG,
        "past achievement or context ({word})",
        "全区新增了就业岗位3000个",
        needs_number=False,
    ),
    ClauseRule(
        "past-award",
        "past",
        # 获批企业达到30家: approved as a kind of the noun counted, not what has happened
        re.compile(r"(?:获评|获批|入选)(?!的?(?:企业|单位|项目|主体))"),
        "past achievement or context ({word})",
        "成功获批国家级创新平台3个",
        unless="strong",
    ),
    ClauseRule(
        "past-tense",
        "past",
        re.compile(
            rf"(?:近{_AGO}年|{_AGO}年来|(?<![比较在])(?:去年|上年|前年)|此前|(?P<year>20\d\d)年(?!底前|前|以前|以后))"
            r"[^，。；]{0,12}?(?:累计|已|了)"
        ),
        "past result: 累计, 已 or 了 with a time already past ({word})",
        "近三年累计培育科技型企业50家",
        needs_number=False,
    ),
    ClauseRule(
        "past-weak",
        "past",
        PAST_WEAK,
        "past result or current state ({word})",
        "截至上年末全区共有规上企业80家",
        unless="sentence",
    ),
    ClauseRule(
        "exhortation",
        "exhortation",
        EXHORT,
        "exhortation: no commitment of its own",
        "让我们踔厉奋发、勇毅前行，为建设美丽家园而奋斗",
        needs_number=False,
        no_number=True,
    ),
    ClauseRule(
        "state-is",
        "context",
        STATE_IS,
        "context: what the number is now (…为N), not a target",
        "全市户籍人口为210万人",
        unless="sentence",
    ),
    ClauseRule(
        # what the work builds on (在N个…基地创建基础上; a list before its count: 将在继续支持A、B…等N个
        # 领域的基础上): the clause ends at 基础上, so a future word before it (将) looks at what follows;
        # a number after 基础上 is what the work adds (在15个…基础上新创建10个)
        "built-on",
        "context",
        BUILT_ON,
        "context: a count of what exists or is relied on, not a target",
        "在全市12个产业园区建设的基础上",
        review="a number not drafted as a target: check",
    ),
    ClauseRule(
        "located",
        "context",
        LOCATED,
        "context: where counted things are now (…分布在), not a target",
        "全市80%以上的规上企业分布在开发区",
        review="a number not drafted as a target: check",
    ),
    ClauseRule(
        "context-count",
        "context",
        CONTEXT_NUMBER,
        "context: a count of what exists or is relied on, not a target",
        "依托全区12个产业园区",
        unless="clause",
        review="a number not drafted as a target: check",
    ),
)
_BY_NAME = {r.name: r for r in CLAUSE_RULES}


def first_past(pattern: re.Pattern[str], text: str, plan_year: int | None) -> re.Match[str] | None:
    """The first match of `pattern` in `text` whose year, where it names one, is before the plan's:
    2025年累计建成…, 2025年第一季度… in a plan for 2025 lie ahead, not in the past."""
    for m in pattern.finditer(text):
        year = m.groupdict().get("year")
        if year is None or (plan_year is not None and int(year) < plan_year):
            return m
    return None


def judge(
    text: str, has_number: bool, future: bool, plan_year: int | None, names: Sequence[str], intent: bool = False
) -> tuple[ClauseRule, str] | None:
    """The first of the rules `names` (in table order) that excludes the clause `text`, and the
    reason it gives; `future`: whether the sentence names the future; `intent`: whether it says
    what is to be done (力争, 确保, 计划 …): 获批 there is to be approved (力争…，获批…平台10个)."""
    for name in names:
        rule = _BY_NAME[name]
        if (rule.needs_number and not has_number) or (rule.no_number and has_number):
            continue
        m = first_past(rule.pattern, text, plan_year)
        if m is None:
            continue
        plain = re.sub(r"(?<=[级岁])及?以[上下]", "", text)  # 省级以上开发区: a qualifier, no bound set
        if rule.unless == "strong":
            if intent or intends(text):
                continue
        elif rule.unless and (FUTURE.search(plain) or (rule.unless == "sentence" and future)):
            continue
        return rule, rule.reason.format(word=m.group())
    return None


def heading_like(head: str) -> bool:
    """Whether an unnumbered short line can be a heading: no exhortation, no past, no number."""
    return not (EXHORT.search(head) or PAST_STRONG.search(head) or find_numbers(head))
