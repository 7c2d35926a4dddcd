"""Numbers that are not targets, as data: each rule has a name, what it matches, the reason a
drafted plan gives when it excludes a clause by it, and a sentence of our own that it must match
(tests/domain/test_drafting_grammar.py checks every example).

A rule covers a span of the clause; a number inside that span is not a target. A clause left
with no number by a clause rule (a rule's parameter, an outline of the work) is excluded with its
reason; by another rule (a name with a number in it) it is read as words, and excluded with the
rule's reason only if it commits to nothing. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from targetctl.domain.drafting.extra_units import EXTRA_UNITS as EXTRA_UNITS
from targetctl.domain.drafting.numbers import BEYOND_MEASURE, MAX_DIGITS

# read from a number's first digit: from inside a long run a rule re-read it from every digit (quadratic)
_N = r"(?:(?<!\d)\d+(?:\.\d+)?|(?<![一二三四五六七八九十百千两])[一二三四五六七八九十百千两]+)"


@dataclass(frozen=True)
class Named:
    """A rule of the grammar as data: its name, what it matches, the reason a draft gives, and a
    sentence of our own that it must match (each table's tests check every example)."""

    name: str
    pattern: re.Pattern[str]
    reason: str
    example: str


@dataclass(frozen=True)
class Rule(Named):
    clause: bool  # the whole clause is not a commitment (a rule, an outline); else only its number
    # characters of which every match holds one: a clause with none is not searched (drafting stays fast)
    hint: re.Pattern[str] | None = None


def _rule(
    name: str,
    pattern: str,
    reason: str,
    example: str,
    *,
    clause: bool = False,
    hint: str = "",
) -> Rule:
    return Rule(name, re.compile(pattern), reason, example, clause, re.compile(f"[{hint}]") if hint else None)


# a plant's yearly capacity as a list of projects names it (30万吨, 15万千瓦/年, 300MW)
_CAPACITY = rf"{_N}[十百千万亿]*(?:吨|千瓦|吉瓦时|兆瓦时|吉瓦|兆瓦|GWh|MWh|GW|MW)(?:/年)?"

NOT_TARGETS: tuple[Rule, ...] = (
    _rule(
        "beyond-measure",
        rf"(?<!\d)\d{{{MAX_DIGITS + 1},}}(?:\.\d+)?[\u4e00-\u9fff%‰/]{{0,12}}",  # with its unit, as a number is read
        BEYOND_MEASURE,
        "全县粮食产量达到12345678901234567890万吨",
        hint="0-9",
    ),
    _rule(
        "party-congress",
        rf"第?{_N}届(?:{_N}中[、，和及]*)*(?:全会|全体会议|代表大会|人大|党代会|委员会|政协)|(?:党的)?{_N}大(?:精神|报告|以来|提出)"
        # without 第 and with the place between: 十五届县人大二次会议
        rf"|{_N}届[\u4e00-\u9fff]{{0,6}}?(?:人大|政协|党代会|全会|代表大会|会议|党委|省委|市委|县委|区委)"
        rf"|{_N}届{_N}次"  # 十二届六次全会: the session of a congress
        rf"|{_N}届(?:人民)?政府",  # 市十六届政府第N次常务会议: the term of a government
        "an ordinal of a congress or plenary session (十九届五中全会), not a count",
        "深入学习贯彻党的十九届五中全会精神",
    ),
    _rule(
        "work-areas",
        # the outline's aims counted as its tasks are (N个方面主要目标); the areas it centres on (紧盯N个重点领域)
        rf"{_N}个(?:方面|领域)(?:的)?(?:重点|保障|政策|主要)?(?:工作|任务|内容|举措|措施|目标|方向|(?=[:：]|$))"
        rf"|(?:紧盯|聚焦|围绕|紧扣|瞄准|突出){_N}个(?:重点|关键|主要)?(?:方面|领域)",
        "a count of the work itself (N个方面工作), not a target",
        "重点做好以下12个方面工作",
        clause=True,
    ),
    _rule(
        "work-scope",
        rf"{_N}(?:个)?(?:方面|大类|类|大项|领域|板块|维度)[^，。；]{{0,3}}?(?:共|计)?{_N}(?:项|件|个)",
        "a scope count of the work itself (N个方面共N项事项), not a target",
        "实施方案涵盖7个方面共30项重点任务",
        clause=True,
        hint="面类项域块维",
    ),
    _rule(
        "task-count",
        rf"(?:明确|提出|部署|包括|涵盖|列出|梳理|细化)了?{_N}(?:项|条)(?:重点|主要|具体)?(?:任务|举措|措施|改革事项|事项)"
        rf"|^聚焦{_N}(?:项|个|大)(?:重点|重大|主要)?(?:工程|任务|领域|行动|方向)",  # 聚焦20项重大工程: its tasks
        "a count of the document's own tasks (明确了N项重点任务), not a target",
        "实施方案共提出16项主要任务",
        clause=True,
        hint="明提部包涵列梳细聚",
    ),
    _rule(
        "actions-and-projects",
        # the plan's own make-up, its actions and its projects counted together (组织实施6个专项行动、
        # 20项重点工程): its sections are the targets
        rf"{_N}(?:个|大)(?:专项)?行动[、和及]{_N}(?:项|个|大)(?:重点|重大)?工程",
        "a count of the plan's own actions and projects (实施N个专项行动、N项重点工程), not a target",
        "组织实施5个专项行动、18项重点工程",
        clause=True,
        hint="行",
    ),
    _rule(
        "document-nickname",
        # the short name of a document just named, in brackets after its title (《…的通知》(国家二十条))
        rf"[》”][(（](?:(?![至到达为减增])[^()（）]){{0,4}}?{_N}条[)）]",
        "the short name of a document just named (《…》(国家二十条)): a name, not a count",
        "按照《关于进一步优化防控工作的通知》(新十条)要求",
        hint="条",
    ),
    _rule(
        "speed-class",
        # a train or a line named by its design speed (时速250公里城际市域列车, 时速350公里高铁)
        rf"时速{_N}(?:公里|千米)(?:级)?(?:的)?[\u4e00-\u9fff]{{0,6}}?(?:列车|动车组|高铁|磁浮|铁路|车辆|电车)",
        "a design speed that names a train or a line (时速N公里城际列车): a name, not a target",
        "加快时速200公里城际动车组研制",
        hint="速",
    ),
    _rule(
        "results-consolidated",
        # results already won, kept (巩固368个经济薄弱村扶持成效): how many there are, not a count to reach
        rf"巩固(?:提升)?{_N}(?:个|家|项|所|条|处|万)[^，。；\d]{{0,16}}?(?:成效|成果)",
        "results already won, consolidated (巩固N个…成效): how many there are, not a target",
        "巩固120个帮扶村帮扶成效",
        hint="巩",
    ),
    _rule(
        "under-way",
        # the projects already under way, sped up (加快11个在建高速公路项目建设进度, 9条在建高速公路有序推进):
        # how many exist, not a count to reach; a clause that completes them (竣工, 投产) counts what it completes
        rf"{_N}(?:个|条|座|项|处)在建(?=[^，。；]*?(?:建设|推进))(?![^，。；]*?(?:竣工|投产|建成|完工|通车|完成))",
        "the projects already under way, sped up (加快N个在建项目建设): how many exist, not a target",
        "加快6个在建高速公路项目建设进度",
        hint="建",
    ),
    _rule(
        "work-listed",
        # the count of what a list below it holds (重点做好以下9项工作：): the list's items are the targets
        rf"(?:以下|如下|下列){_N}(?:项|个|件|条)(?:重点|主要|具体)?(?:工作|任务|举措|措施|事项)",
        "a count of the work listed below (做好以下N项工作), not a target",
        "重点做好以下8项工作",
        clause=True,
        hint="以如下",
    ),
    _rule(
        "tasks-set-above",
        # the tasks a higher body set, carried out (推进省委确定的N项重点改革任务落地): its list, not a target
        rf"(?:党中央|中央|国务院|国家|省委|省政府|市委|市政府|县委|区委|上级)(?:确定|部署|明确|下达|提出|交办)的{_N}(?:项|条|件)"
        # or the tasks a named document sets (推进《…规划纲要》N项重点任务)
        rf"|》(?:[^，。；\d《》]{{0,4}}?的)?{_N}(?:项|条)(?:重点|主要|重大)?(?:任务|举措|措施)",
        "a count of the tasks a higher body set (省委确定的N项改革任务): that body's list, not a target",
        "稳步推进市委确定的120项重点改革任务落地",
        hint="确部明下提交》",
    ),
    _rule(
        "measures-carried-out",
        # a package's measures put into effect (推动…N项具体举措落地落实): the package's size, carried out whole
        rf"{_N}(?:项|条)[^，。；\d]{{0,8}}?(?:举措|措施|政策)(?:全面|加快|尽快)?(?:落地|落实|见效)",
        "a count of a package's measures put into effect (推动N项举措落地): the package's size, not a target",
        "全力推动营商环境改革36项具体举措落地落实",
        hint="落见",
    ),
    _rule(
        "list-count",
        # the year's list of 实事, or of works for the people counted like it (办好N项民生工程)
        rf"^(?:共|计|合计){_N}(?:项|件|条)$|{_N}(?:件|项|个?方面的?)(?:重点)?(?:民生|为民办|为民)?实事|{_N}(?:件|项|类)(?:重点)?民生工程"
        # the list's size as its sentence states it before the items (…民生实事项目为10项，分别是：)
        rf"|(?:实事|实事项目|民生工程|事项)(?:共|确定为|为){_N}(?:件|项)$",
        "a count of the list itself (共N项, 十件实事): its items are the targets",
        "今年要为群众办好八件实事",
        clause=True,
        hint="共计实民",
    ),
    _rule(
        "list-vote",
        rf"{_N}(?:件|项|个)[^，。；]{{0,12}}?候选项目|(?:选出|选定|票决(?:出|产生)?)了?{_N}(?:件|项|个)",
        "how the list was chosen (N项候选项目中选出N件), not a target",
        "代表们从12项候选项目中票决出8件民生实事",
        clause=True,
        hint="候选票",
    ),
    _rule(
        "price-preference",
        rf"给予[^，。；]{{0,12}}?{_N}%(?:以上|以下)?(?:至{_N}%)?的?(?:价格扣除|优惠|折扣|贴息)",
        "a parameter of a support rule (给予N%价格扣除), not a commitment",
        "对小型企业给予6%的价格扣除",
        clause=True,
        hint="给",
    ),
    _rule(
        "target-group",
        rf"以[^，。；]{{0,20}}?{_N}(?:多|余)?(?:万)?(?:名|人|户|家)[^，。；]{{0,12}}?为(?:主要|重点|服务)?对象",
        "whom the work is for (以N名…为对象), not a target",
        "以辖区800余户困难家庭为重点对象",
        hint="象",
    ),
    _rule(
        "sized-name",
        rf"{_N}?[十百千万亿]*(?:吨|千瓦|瓦|标箱|立方米|平方米|亩|人|床)级"
        # a national programme named by the grain it adds (新增千亿斤粮食…工程, 千亿斤粮食产能提升行动)
        r"|(?<![\d.])[百千万亿]{1,2}斤粮食(?=[\u4e00-\u9fff]{0,8}?(?:工程|行动|规划|计划|项目))",
        "a project named by its size (百万吨级…), not a target",
        "推进百万吨级乙烯项目前期工作",
    ),
    _rule(
        "capacity-name",
        # or its daily one (日供水N万吨…水厂); not what is added (新增日处理能力N万吨) or raised to
        rf"(?<!新增)(?<!增加)(?<!提升)[年日](?:产|处理|加工|吞吐|供水)(?:能力)?{_N}[十百千万亿]*"
        r"(?:吨|件|辆|台|套|片|平方米|立方米|千瓦|头|只|标箱)"
        r"[^，。；]{0,14}?(?:项目|工程|生产线|工厂|水厂|水源|煤矿|矿井|矿山|电厂)",
        "a project named by its yearly capacity (年产N万吨…项目), not a target",
        "开工建设年产30万吨再生铝项目",
        hint="年日",
    ),
    _rule(
        "named-capacity",
        # after a company's or a place's name, not after a verb that sets it (建成30万吨…等项目); the list
        # may close on a longer kind (…等新兴产业和传统优势产业项目)
        # (…、10万吨负极材料等项目 after a 、 too, where the list opens on a name, not on a verb that sets its
        # first capacity: 建成30万吨合成氨、10万吨尿素等项目 keeps both; the list's count may stand before its
        # kind: …等26个项目)
        r"(?:(?<=[\u4e00-\u9fff]{2})(?<!建成)(?<!新建)(?<!新增)(?<!建设)(?<!达到)(?<!完成)(?<!实现)(?<!形成)"
        # nor after 等, which totals the projects listed before it (A扩建等540万千瓦煤电项目)
        r"(?<!突破)(?<!超过)(?<![达到至为超增在等])|(?:^|(?<=[，。；：]))[^\d，。；：]*、)"
        rf"{_CAPACITY}(?:[^，。；\d]*?、{_CAPACITY})*"
        rf"(?=[^，。；]{{0,80}}?等(?:\d+个)?[\u4e00-\u9fff]{{0,16}}?项目"
        # one project named so, its product after its capacity (中化青川50万吨/年聚乙醇酸（PGA）项目)
        r"|[^，。；、\d]{0,20}?项目)"
        # a size in Chinese magnitudes that names a base: 千万吨炼化基地
        r"|(?<![\d一二三四五六七八九两])[十百千]万?吨[\u4e00-\u9fff]{0,8}?基地",
        "a capacity that is part of a project's name in a list of projects (某化工30万吨合成氨…等项目), not a target",
        "推动青川化工30万吨合成氨、远山新材5万吨碳纤维原丝等项目建设",
        hint="吨瓦W",
    ),
    _rule(
        "size-class",
        rf"{_N}[十百千万亿]*元(?:及)?以上(?:的)?(?:重大|重点|产业|工业|续建|新开工)?(?:项目|企业)"
        # a plant's size that names the class worked on (产能120万吨及以上煤矿智能化改造)
        rf"|{_N}[十百千万亿]*(?:吨(?:标准?煤)?|千瓦|千伏)(?:及)?以上(?:的)?(?:重点)?(?:煤矿|矿井|电站|机组|港口|泊位|企业|项目|用能单位)"
        # a machine's rating that names the kind supported (单枪功率480千瓦及以上的液冷超充; 以上 without 及 after
        # 功率 only) (not a level reached: 装机达到300万千瓦及以上的水平, 新增装机80万千瓦以上的任务)
        rf"|(?<!达到)(?<!达)(?<!稳定在)(?<!保持在)(?<!突破)(?<!超过)(?<!到)(?<!至)(?:(?<=功率)|(?=[^，。；以]{{1,12}}及以上))"
        rf"{_N}[十百千万亿]*(?:千瓦|兆瓦|千伏|千伏安|吨)及?以上(?:[（(][^（）()]{{0,16}}[）)]|[）)])?的(?!水平|目标|规模|能力|产能|总量)"
        # plants picked out by their size in a list (120万吨/年以下球团设备、1200立方米以下高炉、100吨
        # （合金钢50吨）以下电弧炉): the kinds to upgrade, each bounded
        rf"|{_N}[十百千万亿]*(?:吨|立方米|平方米|千瓦|兆瓦|蒸吨|千伏安)(?:/(?:年|小时))?(?:[（(][^（）()]{{1,10}}[）)])?"
        rf"(?:及)?以[上下](?:的)?(?:[\u4e00-\u9fff]{{0,8}}?(?:设备|机组|高炉|转炉|电炉|电弧炉|锅炉|烧结机|焦炉|窑炉|装置)"
        # or any kind, in its list (150万吨/年以下催化裂化、); sized from below only in a list of
        # projects or plants (200万吨/年以上炼油、…等项目): 新增50万千瓦以上风电、… is what to build
        rf"|(?:(?<=下)|(?<=下的))[\u4e00-\u9fff]{{1,10}}?(?=[、等])"
        rf"|[\u4e00-\u9fff]{{1,10}}?(?=[、等])(?=[^，。；]{{0,60}}?等[^，。；\d]{{0,10}}?(?:项目|装置|设备|企业)))",
        "an amount that names a class of projects (N个10亿元以上项目: the count is the target), not a target",
        "推动40个10亿元以上项目加快建设",
        hint="以",
    ),
    _rule(
        "catalogue-item",
        r"^\d{1,2}(?:\.\d{1,2}){1,3}(?![\d.万亿千百%])[\u4e00-\u9fff（）()、]{1,24}$",
        "the number of an item in a catalogue (1.1.2旋耕机), a marker, not a value",
        "1.1.2旋耕机",
        clause=True,
    ),
    _rule(
        "voltage-class",
        rf"[±]?{_N}千伏(?=[\u4e00-\u9fff]{{0,6}}?(?:变电站|输变电|线路|电网|主变|开关站|换流站))",
        "a voltage class that names a kind of substation or line (110千伏变电站), not a target",
        "建成110千伏变电站3座",
        hint="伏",
    ),
    _rule(
        "funded-by",
        rf"{_N}[十百千万亿]*元(?=[^，。；\d]{{0,20}}?支持的)",
        "the funds that back the projects counted (20亿元专项债券支持的项目), not a target",
        "加快推进20亿元专项债券支持的在建项目建设",
        hint="元",
    ),
    _rule(
        "ranked-among",
        rf"在(?:全[国省市区县])?{_N}个[^，。；\d]{{1,16}}?中(?=[，,]|排|位|居|名|处|的|率先|领先|争先|脱颖|前列|第|保持|综合|考核|进入|跻身|走在|$)",
        "the group a place is ranked among (在全省16个县区中), not a target",
        "力争在全省16个县区中排位进入前列",
        hint="中",
    ),
    _rule(
        "cohort",
        r"(?<!\d)20\d\d届",
        "a cohort of graduates (2026届高校毕业生) names who is counted, not a target",
        "吸纳2026届高校毕业生就业",
        hint="届",
    ),
    _rule(
        "minute-circle",
        rf"{_N}(?:[~～\-—－至到]{{1,2}}{_N})?(?:分钟|小时)[”\"]?[\u4e00-\u9fff]{{0,10}}圈",
        "a name: the N-minute circle of a service (15分钟生活圈, 5-10分钟…圈), not a target",
        "打造15分钟便民生活圈",
    ),
    _rule(
        "age-group",
        rf"{_N}(?:[~～\-—－至到]{{1,2}}{_N})?(?:周)?岁(?:及?以[上下])?(?:的)?(?:失业|在校|农村|城镇|适龄|困难|登记|残疾|留守|孤残|困境){{0,2}}"
        r"(?:儿童|幼儿|婴幼儿|老年人|老人|人口|青少年|青年|劳动力|学生|女性|妇女|人群|群体)"
        rf"|{_N}(?:周)?岁及?以[上下](?:的)?[\u4e00-\u9fff]{{0,8}}?(?:村医|医生|医师|教师|职工|干部|人员|农民工|居民|患者)"
        rf"|{_N}[~～\-—－至到]{{1,2}}{_N}(?:周)?岁(?![\d])",  # qualifiers stack (登记失业青年); a band of ages: people
        "an age group (3~6岁儿童, 50岁以下在岗村医) names who is counted, not a target",
        "3~6岁儿童毛入园率达到95%",
    ),
    _rule(
        "cadence",
        rf"每(?:隔)?{_N}[年月]+(?:至少)?(?:修订|修编|评估|更新|调整|开展|组织|考核|检查|复核|举办)?[^，。；]{{0,6}}?{_N}次"
        # 每年至少主持召开N次…会: how often a body meets, a rule of its work
        rf"|每(?:年|季度|月)至少[^，。；]{{0,6}}?(?:召开|举行|主持)[^，。；]{{0,2}}?{_N}次"
        # 每年调整1次专业: how often a list is revised, a rule of the process
        rf"|每(?:年|学年|季度|月)(?:至少)?(?:修订|修编|调整|评估|更新|复核)[^，。；]{{0,2}}?{_N}次"
        # N天完成1次, 15/30天1次: once in so many days, the 每 left off (not 30天内完成1次, a time limit)
        rf"|(?<![\d.]){_N}(?:/{_N})?(?:天|日|周|个月)(?:完成|开展|进行|实施|组织)?[1一]次",
        "a cadence of the rule (每N年修订1次), not a target",
        "规划每5年修订1次",
        clause=True,
    ),
    _rule(
        "support-eligibility",
        rf"对[^，。；]{{0,30}}?{_N}(?:万|亿)?(?:元|人|户|家|岁|%|亩|吨|平方米)?(?:及以下|及以上|以下|以上|以内)"
        r"[^。；]{0,40}?给予",
        "who qualifies for a support rule (对…N万元及以下的…给予), a parameter of the rule, not a target",
        "对年营业收入2000万元及以下、吸纳就业不少于10人的小型企业给予一次性稳岗补贴",
        clause=True,
        hint="给",
    ),
    _rule(
        "heading-item-count",
        rf"[（(](?:共|计)?{_N}(?:项|条|件)[）)]$",
        "a heading's count of the items under it (…牵头工作（8项）): its items are the targets",
        "二、县农业农村局牵头工作（12项）",
    ),
    _rule(
        "project-capacity",
        # a company's or a place's name, then the capacity, the product and 项目: the project's name
        # (not after 等, which totals the projects listed before it: A扩建等540万千瓦煤电项目)
        r"(?:(?<=[\u4e00-\u9fff]{2})(?<!建成)(?<!新建)(?<!新增)(?<!建设)(?<!达到)(?<!完成)(?<!实现)(?<!形成)(?<!突破)"
        r"(?<!超过)(?<![达到至为超增在过等])"
        # or opening its clause as the subject of what is done to it (50万吨甲醇制乙醇项目建成投产)
        r"|(?:^|(?<=[，。；：]))(?=[^，。；]{2,30}?项目(?:建成|投产|开工|竣工|落地|签约|达产)))"
        rf"{_N}[十百千万亿]*(?:吨|千瓦)[\u4e00-\u9fff]{{1,8}}?项目",
        "a project named by its capacity (某化工80万吨乙烯项目), not a target",
        "释放青化80万吨乙烯升级项目产能",
        hint="吨瓦",
    ),
    _rule(
        "inspection-scope",
        rf"对[^，。；]{{0,6}}?{_N}(?:处|个|家|座|所|栋)[^。；]{{0,60}}?(?:逐项|逐一|逐个|逐处)(?:进行|开展)?[\u4e00-\u9fff]{{0,4}}?"
        r"(?:排查|检查|普查|摸底|评估|核查)",
        "the existing sites a check goes through one by one (对N处…逐一排查): its scope, not a target",
        "对全县12处列入县级文物保护单位的古建筑逐一开展消防排查",
        clause=True,
        hint="逐",
    ),
    _rule(
        "longest-term",
        rf"(?:最长|最多|期限)(?:不超过)?{_N}(?:个)?(?:年|月|天|个工作日)",
        "a parameter of a rule (最长N年), not a commitment",
        "补贴期限最长3年",
        clause=True,
    ),
    _rule(
        "allowance",
        rf"(?:每[人户家个亩]|按)[^，。；]{{0,10}}?(?:补助|补贴|奖励|资助){_N}(?:万)?元",
        "a parameter of a support rule (每人补助N元), not a commitment",
        "对新录用的人员每人补助500元",
        clause=True,
    ),
    _rule(
        "procedure-time-limit",
        rf"(?:应|须|需|于|为|后)[^，。；]{{0,6}}?{_N}个工作日|^在?{_N}个工作日内(?!(?:完成|办结|办理|办完)[^，。；]{{0,4}}$)"
        # a notice's days (经5个工作日公示后); a body's days to act (在5个工作日内审查), not 控制在, nor 审批在…完成
        rf"|经{_N}个工作日|{_N}个工作日的?公示|公示期?为?{_N}个工作日|(?<=[^制缩])在{_N}个工作日内(?!(?:完成|办结|办完)$)",
        "a time limit of a procedure (应于N个工作日内), a rule of the process, not a target",
        "县级财政部门应于10个工作日内拨付资金",
        clause=True,
        hint="工",
    ),
    _rule(
        "subsidy-parameter",
        r"(?:补贴|补助|奖补)(?:额|资金)?(?:测算)?(?:比例|标准|限额|上限|额度)[^，。；]*",
        "how much a subsidy pays (补贴额测算比例, 单机补贴限额), a parameter of the rule, not a target",
        "单台设备补贴限额不超过8万元",
        clause=True,
        hint="补",
    ),
    _rule(
        "grant-cap",
        rf"(?:不超过|不高于|最高|最多)[^，。；\d]{{0,16}}?{_N}[十百千万亿]*(?:%|元)的[^，。；\d]{{0,8}}?(?:补贴|补助|奖补|奖励|资助)"
        rf"|(?:补贴|补助|奖补|奖励)资金(?:总额|总量)?(?:每年)?(?:不超过|不高于|最高|最多){_N}[十百千万亿]*元",
        "the most a grant pays (给予不超过设备成本30%的补贴, 奖补资金总额不超过500万元), a parameter of the rule",
        "给予不超过设备投资30%的建设补贴，每年奖补资金总额不超过500万元",
        hint="补奖助",
    ),
    _rule(
        "payment-tranche",
        rf"(?:兑付|拨付|支付|预拨|按照?)[^，。；]{{0,8}}?{_N}%的?(?:补贴|补助|奖补)?资金"
        # paid ahead, the subsidy named by its kind (预拨不超过N%的一次性…补贴)
        rf"|(?:拨付|预拨)[^，。；\d]{{0,8}}?{_N}%的?[^，。；\d]{{0,10}}?(?:补贴|补助|奖补)"
        rf"|(?:补贴|补助|奖补)资金的{_N}%(?:[、和及]{_N}%)*",
        "a share of the money paid at a stage (拨付N%的补助资金), how the rule pays, not a target",
        "验收合格后拨付60%的补助资金",
        clause=True,
        hint="付拨资",
    ),
    _rule(
        "catalogue-scope",
        rf"{_N}(?:个)?大类[^，。；]{{0,3}}?{_N}(?:个)?(?:小类|品目)(?:[^，。；]{{0,3}}?{_N}(?:个)?品目)?",
        "the size of a catalogue's own scope (N大类N个小类N个品目), not a target",
        "补贴范围为12大类30个小类75个品目",
        clause=True,
        hint="类",
    ),
    _rule(
        "per-head-aid",
        rf"(?:每[人户生]|一次性)(?:每[年月])?(?:补助|补贴|奖励|资助|救助|发放)?{_N}(?:万)?元"
        rf"(?:[^，。；]{{0,4}}?(?:提高|增加|提升|调整)(?:至|到|为){_N}(?:万)?元)?",
        "aid per head or paid once (一次性补助N元, 每人N万元救助), a parameter of a support rule, not a target",
        "对考入本科院校的学生一次性补助5000元",
        clause=True,
        hint="每次",
    ),
    _rule(
        "visa-free-hours",
        rf"{_N}小时(?:过境)?(?:免签|便利签证|签证便利)",
        "the name of a visa policy (144小时过境免签), not a target",
        "用好144小时过境免签政策",
        hint="签",
    ),
    _rule(
        "altitude",
        rf"海拔{_N}米(?:及?以[上下])?",
        "an altitude that says which places are meant (海拔N米以上), not a target",
        "为海拔2000米以上的学校建设供暖设施",
        hint="拔",
    ),
    _rule(
        "jurisdictions",
        # a place's make-up, its districts, cities and counties counted one after another (1区2市10个县)
        rf"{_N}(?:区|市|县|旗){_N}个?(?:区|市|县|旗)(?:{_N}个?(?:区|市|县|旗|乡|镇|街道)){{0,2}}",
        "the make-up of a jurisdiction (1区2市10个县), not a target",
        "本规划范围为全市所辖2区1市7个县",
        hint="区市县旗",
    ),
    _rule(
        "return-period",
        # a design standard named by how rarely its event comes (防洪标准达到100年一遇, 3～5年一遇): its class
        rf"{_N}(?:[~～\-—－至到]{{1,2}}{_N})?年一遇",
        "a design standard's return period (N年一遇) names the standard's class, not a count",
        "城区防洪标准达到50年一遇",
        hint="遇",
    ),
    _rule(
        "water-class",
        # a water quality class to reach or keep (达到国家五类以上标准): a grade of the standard, no count;
        # the share of sections that reach it (达到或好于Ⅲ类比例达到80%) is read as the share it is
        rf"(?:水质|水体|断面)[^，。；\d]{{0,12}}?(?:国家|地表水)?(?:{_N})类(?:及?以上|及?以下)?(?:水质)?(?:标准)?",
        "a water quality class (水质达到国家N类标准) is a grade of the standard, not a count",
        "确保出境断面水质达到国家四类标准",
        hint="类",
    ),
    _rule(
        "team-size",
        rf"{_N}人制",
        "the kind of a game (5人制足球场), not a count",
        "建设一批5人制足球场",
        hint="制",
    ),
    _rule(
        "slogan",
        # a count in Chinese numerals inside the marks names the slogan too (“实现十个新突破”, “千名干部服务千家企业”)
        r"“[^“”]{0,20}?(?:\d|(?<![一二三四五六七八九十两百千万亿])[一二三四五六七八九十两百千万]{1,3}(?:个|大|项|条|张|名|家))[^“”]{0,20}?”",
        "a slogan or a brand in quotation marks (“1小时交通圈、3天办结”): its numbers are its own",
        "擦亮“3天办结、5个工作日交付”服务品牌",
    ),
    _rule(
        "support-rate",
        rf"(?:按照?)?每[人户家个亩月年][^，。；]{{0,6}}?{_N}(?:万)?元(?:/[人户亩月年])?的?标准",
        "a rate of a support rule (每亩N元标准), not a commitment",
        "按每人每月150元标准发放护理补贴",
        clause=True,
    ),
    _rule(
        "indicator-count",
        rf"{_N}(?:个|项)(?:主要|预期性|约束性|核心|关键|具体)?(?:指标|目标)(?!值)"
        rf"|(?:主要|预期性|约束性|核心)指标{_N}(?:个|项)",  # 其中预期性指标21项
        "a count of a plan's indicators (设置了N项主要指标), not a target: the indicators are",
        "规划纲要共设置了20项主要指标",
        hint="指目",
    ),
    _rule(
        "measure-count",
        rf"{_N}条[\u4e00-\u9fff]{{0,4}}?(?:措施|举措|政策|意见|规定)",
        "a count of a document's own measures (十条支持措施), not a target",
        "出台促进消费的十二条政策措施",
        hint="条",
    ),
    _rule(
        "distance-bound",
        rf"{_N}(?:米|公里|千米)(?:范围)?内(?=[\u4e00-\u9fff])",
        "a distance that bounds what is counted (50米内换乘), not a target",
        "地铁站点800米内公交接驳比例达到90%",
        hint="内",
    ),
    _rule(
        "numeral-pair",
        r"(?<![一二三四五六七八九十百千万零〇两])(?:一二|二三|两三|三四|四五|五六|六七|七八|八九)(?![一二三四五六七八九十百千万零〇])[\u4e00-\u9fff]?",
        "two numerals side by side (三四轮车, 五六成) name a kind or a rough guess, not a target",
        "规范低速电动三四轮车管理",
        hint="一二两三四五六七八九",
    ),
    _rule(
        "document-title",
        r"《[^》]{1,80}》",
        "a quoted title of another document: its numbers are its own",
        "贯彻落实《支持100家企业上市的若干措施》",
    ),
)


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=Span)


def screen(clause: str, numbers: Sequence[T]) -> tuple[list[T], Rule | None]:
    """The numbers of `clause` no rule covers, and the first rule that covered one (or None)."""
    spans = [
        (m.start(), m.end(), rule)
        for rule in NOT_TARGETS
        if rule.hint is None or rule.hint.search(clause)
        for m in rule.pattern.finditer(clause)
    ]
    return uncovered(numbers, spans)


def uncovered(numbers: Sequence[T], spans: Sequence[tuple[int, int, Rule]]) -> tuple[list[T], Rule | None]:
    """The numbers no span covers, and the rule of the first span that covered one (or None)."""
    if not spans:
        return list(numbers), None
    kept: list[T] = []
    first: Rule | None = None
    for n in numbers:
        hit = next((r for a, b, r in spans if a <= n.start and n.end <= b), None)
        if hit is None:
            kept.append(n)
        elif first is None:
            first = hit
    return kept, first


def clause_rule(clause: str) -> Rule | None:
    """The first rule for a whole clause (a cadence, a rule's parameter, an outline of the work)
    that `clause` matches, even where its numbers were never read as counts (每3年开展一次评估)."""
    return next(
        (r for r in NOT_TARGETS if r.clause and (r.hint is None or r.hint.search(clause)) and r.pattern.search(clause)),
        None,
    )


# Units a plan writes that the base list of the extractor lacks; a drafted plan declares each one
# the registry (domain/units) does not know, rather than dropping its number.
# what 优于/好于 (better than) means, by what is measured: more of a share of good days or of passes,
# less of a concentration, of energy used or of deaths; neither said, the number is kept as it is
BETTER = re.compile(
    r"(?:(?P<up>优良|达标率|合格率|覆盖率|比率|比例)|(?P<down>浓度|PM2\.5|PM10|能耗|排放|失业率|死亡率|发生率))"
    r"[^，。；\d]{0,8}(?:优于|好于)$"
)
# a measure word that begins a noun of two characters is no measure there (超百亿项目, 100家庭, 条例):
# the characters after it that make the noun; after an amount it still is (500万元项目 names a kind);
# not 10家具有, 5项目标; 组 counts sets (路灯6000组), never where it starts a word (组织, 组建); 担保 no 担
NOUN_AFTER_MEASURE = {
    "项": "目(?!标)",
    "家": "庭",
    "条": "例",
    "组": "织|建|团|合|成|网|队",
    "周": "边|期|年|岁|末|转|围|密|全|到|知|刊|报",
    "担": "保|当|任|负|心|忧|纲",
    "台": "阶",  # 迈上千亿台阶: the step, no machines
}
# a unit counted per period or per unit of something: 万吨/年, 立方米/日, 万元/亩, 元/吨
PER_PERIOD = re.compile(
    r"^/(?:年|日|天|月|小时|秒|分钟|周|人|户|亩|吨|平方米|立方米|毫升|升|千克|公斤|千瓦时|辆|床|[十百千]?[万亿]?元)"
)
