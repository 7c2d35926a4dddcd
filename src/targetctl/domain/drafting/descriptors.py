"""A third table of numbers that are not targets, beside grammar.NOT_TARGETS and screening.RULES:
numbers that describe a thing rather than commit to an amount of it. A scoring formula, a service
mode (24小时…), durations that name products, a set of projects' total investment and the stages
of the projects on a list, a batch issued before, a length in digits or bits, a process node, a
condition a measure is taken under, the count of documents just named, a quoted slogan, a date
and a catalogue code of the page; and, in a book of support rules, the thresholds a beneficiary
must pass and the unit a grant is paid for.

Each rule is a screening.Screen (name, pattern, reason, a sentence of our own it must match:
tests/domain/test_drafting_descriptors.py). `screen` and `clause_rule` apply screening's tables,
then this one. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from targetctl.domain.drafting import benefit_terms, grammar, grant_terms, rule_terms, screening
from targetctl.domain.drafting.grammar import T
from targetctl.domain.drafting.screening import Screen
from targetctl.domain.drafting.screening import screen_rule as _rule

_N = r"(?:(?<!\d)\d+(?:\.\d+)?|(?<![一二三四五六七八九十百千两])[一二三四五六七八九十百千两]+)"
# a commitment in a book of support rules: what the government itself will build by a year
# and the work it will deliver, led by the verb of delivery (实施…项目N个以上, 提供岗位N个以上), never
# what a beneficiary must have done by a past year or to apply (上年度完成投资N万元以上, 申报…)
_DELIVERS = r"^(?:(?!上年|上一年|年度|申报|对|凡)[^，。；])*?(?:实施|完成|提供|开展|扩充至|带动|引留|建立)"
# a date within a year (2026年第一季度, 2026年6月末) is when work is due: a beneficiary's condition names none
_DUE_IN_YEAR = r"20\d\d年(?:第?[一二三四]季度|上半年|前三季度|\d{1,2}月(?:末|底)|年?底前?)"
_COMMITS = r"到20\d\d年|力争|争取|确保|建成|培育|打造|新增|引进|组建|" + _DUE_IN_YEAR + "|" + _DELIVERS


RULES: tuple[Screen, ...] = (
    _rule(
        "score-formula",
        r"[\u4e00-\u9fff）)]\s*[=＝][^，。；]*[+＋÷×][^，。；]*",
        "a formula (得分=A（N%）+B…): how a score is computed, its weights are not targets",
        "综合得分=过程评价（40%）+结果评价（60%）",
        clause=True,
        hint="=＝",
    ),
    _rule(
        "score-weight",
        rf"(?:考核|考评|评价|评估|测评|评分|得分|成绩|分值)[^，。；、\d]{{0,8}}?(?:占比?|权重(?:为|占|是)?)\s*{_N}%"
        rf"|权重(?:为|占|是)?\s*{_N}%",
        "the weight of a part in an assessment (日常考核占40%, 权重为30%): how a score is made, not a target",
        "年度考评中日常考核占40%、年终考核占60%",
        hint="占权",
    ),
    _rule(
        "routine-cadence",
        # beside grammar's cadence: how often routine oversight is done, whatever the verb's place
        rf"每(?:年|季度|季|月|半月|周|旬|半年)(?:至少|不少于)?"
        rf"(?:(?:召开|调度|通报|听取|会商|研判|分析|报送|巡查|督查|督导)[^，。；\d]{{0,8}}?{_N}次"
        rf"|(?:开展|组织|进行)?{_N}次[^，。；\d]{{0,6}}?(?:检查|巡查|督查|督导|调度|会商|研判|分析|例会|会议))",
        "a cadence of routine oversight (每季度开展1次检查, 每月调度1次): how often, not an amount to reach",
        "各街道每季度开展1次安全生产检查",
        hint="每",
    ),
    _rule(
        "round-the-clock",
        # not 缩短至24小时, 24小时内办结: a time limit to meet
        r"(?<![至到为在达过于超\d])(?:(?:7\s*[×xX*]\s*)?(?:24|二十四)小时|365天)(?![内以之])(?=[\u4e00-\u9fff“\"])",
        "a service mode (24小时自助, 7×24小时, 365天不打烊): round the clock, not an amount to reach",
        "推动政务服务大厅实现24小时自助办理",
        hint="时天",
    ),
    _rule(
        "durations-listed",
        # not 分别压缩至2小时、1.5小时以内: time limits to meet
        rf"(?<![至到为在达内\d.]){_N}(?:小时|天|日)(?:[、和]{_N}(?:小时|天|日))+(?![以之内左])(?=[\u4e00-\u9fff])",
        "durations listed as kinds (2小时、4小时游产品) name products, not targets",
        "推出2小时、4小时、8小时城市微游产品",
        hint="、和",
    ),
    _rule(
        "total-investment",
        # 总投资N亿元以上 (a floor the projects must reach) and 总投资超N亿元 stay targets
        rf"总投资{_N}[万亿]*元(?!以上|以下|左右|多)",
        "a set of projects' total investment (项目N个，总投资M亿元) describes them; the year's is the target",
        "实施市重点项目120个，总投资860亿元",
        hint="投",
    ),
    _rule(
        "size-of-named-place",
        r"(?<=[\u4e00-\u9fff\w])[（(](?P<mask>\d+(?:\.\d+)?(?:平方公里|平方千米|公顷|万平方米|亩))[）)]",
        "a named place's area in brackets after its name (城东片区（3.25平方公里）) says which place, not a target",
        "2026年推进城东片区（3.25平方公里）海绵城市达标建设",
        hint="（(",
    ),
    _rule(
        "project-stage",
        rf"(?<!新增)(?<!谋划)(?<!策划)(?<!新建)(?:在建|续建|储备|前期)项目(?P<mask>{_N}[项个])",
        "the stage of the projects on a list (在建, 续建, 储备, 前期项目N个) describes the list, not a target",
        "其中续建项目45个、储备项目30个",
        hint="建备期",
    ),
    _rule(
        "issued-batch",
        rf"(?:出台|下达|公布|确定|印发)的第[一二三四五六七八九十\d]+批[^，。；\d]{{0,10}}?"
        rf"(?P<mask>{_N}(?:个|项|批)(?:[^，。；\d]{{0,6}}?{_N}(?:个|项))?)",
        "a count of a batch issued before (出台的第一批N个…) names what is already listed, not a target",
        "继续推进市里出台的第一批6个专项行动",
        hint="批",
    ),
    _rule(
        "digits-or-bits",
        r"\d+位(?=浮点|整型|整数|定点|字符|编码|二进制|精度)|(?:密码|口令|编码|代码|字符)[^，。；\d]{0,6}?\d+位",
        "a length in digits or bits (12位密码, 16位浮点): a technical parameter, not a target",
        "登录密码长度不少于12位",
        hint="位",
    ),
    _rule(
        "process-node",
        r"(?<!\d)\d+(?:\.\d+)?\s*(?:nm|纳米)(?:及以下|及以上|以下|工艺|制程|节点|及)?",
        "a process node (14nm工艺) names a technology generation, not a target",
        "支持14nm及以下先进工艺产线建设",
        hint="n纳",
    ),
    _rule(
        "measured-at",
        rf"{_N}(?:米|厘米|公里)(?:远场|近场)",
        "the condition a measure is taken under (3米远场识别率): part of the indicator, not a target",
        "3米远场语音唤醒率超过95%",
        hint="场",
    ),
    _rule(
        "documents-named",
        rf"[》）)]\s*等?(?P<mask>{_N}(?:件|份|部|个))(?:规范性|政策|制度)?文件",
        "a count of the documents just named (《…》等N件文件), not a target",
        "废止《青川区科技奖励办法》（青政发〔2019〕8号）等3件规范性文件",
        hint="文",
    ),
    _rule(
        "quoted-list",
        r"“(?:[^“”、，。]{1,6}、){2,}[^“”、，。]{1,6}”",
        "a slogan of short items in quotation marks (“一核、两带、多点”): its numbers are its own",
        "推进“一镇、百家、千户”示范创建",
        hint="“",
    ),
    _rule(
        "written-date",
        r"(?<![\d.])(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.])[\u4e00-\u9fff]?",
        "a date written with figures (2026-02-25): a date, not a target",
        "发布日期：2025-03-18名称：青川区数字经济若干措施",
        hint="-/.",
    ),
    _rule(
        "catalogue-code",
        r"(?<![\w])\d{6,}[A-Za-z][\w/-]*",
        "a catalogue code (索引号 1144…XK/2025-00012) names the page, not a number",
        "索引号：1144030011223344XK/2025-00012分类",
        hint="0-9",
    ),
    _rule(
        "scale-class",
        r"[十百千万亿]{1,4}次级",
        "a class named by its scale (百亿亿次级计算): a name, not a count",
        "建设百亿亿次级超级计算平台",
        hint="级",
    ),
    _rule(
        "equipment-size",
        # a round magnitude in words, then a kind of equipment: what kind is meant, not how much
        r"(?<![\d达到超过至为])[十百千万]{1,3}(?:吨|千瓦|立方米|吨/年)级?(?:及)?以上"
        r"(?=[\u4e00-\u9fff/]{0,12}?(?:装备|装置|机组|设备|生产线))",
        "a kind of equipment named by its size (十万吨以上…成套装备), not a target",
        "攻关十万吨以上智能化合成氨成套装备",
        hint="装置机设生",
    ),
    _rule(
        "make-up",
        rf"(?:涵盖|包含|分为|划分为)[^，。；]{{0,30}}?{_N}(?:大|类|种)[\u4e00-\u9fff]{{1,8}}"
        rf"(?:[、和及]{_N}(?:大|类|种|个)[\u4e00-\u9fff]{{1,8}})*",
        "what a thing is made of (涵盖…3大系统、12类模块) describes it, not a target",
        "平台涵盖受理、办理和监督3大系统、12类业务模块",
        hint="涵含分",
    ),
    _rule(
        "support-share",
        rf"(?:贴息|补助|补贴|奖励|资助|扶持|返还|减免|分担|担保|补偿)(?:的)?比例(?:为|按|不超过|不高于|最高)?\s*{_N}%"
        rf"|按[^，。；]{{0,30}}?的(?P<mask>{_N}%)(?:给予|予以)(?:补助|补贴|奖励|资助|扶持|贴息)",
        "the share a support pays (贴息比例为50%, 按投资额的10%给予补助): a support rule's term, in any document",
        "对符合条件的技改项目，按设备投资额的8%给予补助",
        hint="比按",
    ),
    _rule(
        "grant-cap",
        rf"^(?:单个|每个|每家|每项|每年)?[^，。；\d]{{0,6}}?最高(?:不超过|可达|限额)?{_N}[万亿]?元$",
        "a clause that only caps a grant (最高不超过N万元): a support rule's term, not a target",
        "最高不超过300万元",
        clause=True,
        hint="最",
    ),
    _rule(
        "size-class-of-places",
        # people or households and a bound right before the kind of place: which villages, schools or
        # firms are meant (2000人以上中心村), never how many of them (企业家 are people, not firms)
        rf"(?P<mask>{_N}(?:人|户|名)(?:（含）|\(含\))?(?:及)?以上)的?"
        r"(?=中心村|行政村|自然村|村庄|村落|村组|社区|小区|乡镇|集镇|居民点|聚居点|学校|幼儿园|医院|企业(?!家)|单位)",
        "a kind of place or body named by its size (2000人以上中心村, 20户以上自然村): which are meant, not a target",
        "实现2000人以上中心村卫生室全覆盖",
        hint="以",
    ),
    _rule(
        "named-above",
        # things the text has just named, counted again (推动上述5个园区建设): no new count; 以上 only
        # where it opens its clause or follows a verb (对以上3个), never a bound's (三级以上5家医院)
        rf"(?:上述|前述|(?:^|(?<=[，,；;：:对将把推进动抓做好施快成]))以上|这|该)(?P<mask>{_N}[个项家所座条])",
        "things just named, counted again (上述5个园区): not a new target",
        "推动上述3个园区基础设施建设",
        hint="述上这该",
    ),
    _rule(
        "kinds-of-people",
        # the kinds of people a service or a rule covers (9类困难群众, 12类重点人群): who, not how many
        rf"(?P<mask>{_N}类)(?:[\u4e00-\u9fff]{{0,6}}?)(?:群众|人员|人群|对象|群体)",
        "the kinds of people a service covers (9类困难群众): who is meant, not a target",
        "做好9类困难群众救助保障",
        hint="类",
    ),
    _rule(
        "whole-set-covered",
        # the things a service will cover, all of them (实现7大产业和14个地区全覆盖): how many there are,
        # not how many to make; the coverage is the commitment. Not what a verb makes to reach it, the
        # coverage a second predicate (新建10个服务站实现全覆盖, 打造12个中心全覆盖): how many to make
        r"(?<!新建|建成|建设|新增|打造|培育|创建|改造|引进|新开|开通|组建|设立)"
        rf"(?P<mask>{_N}(?:个|家|所|座|条|项|大))(?:(?!实现|达到|做到)[\u4e00-\u9fff（）()]){{1,12}}?(?:全覆盖|全部覆盖)",
        "the things covered in full (14个地区全覆盖): how many there are, not a target",
        "实现全市9个区县和120个乡镇全覆盖",
        hint="覆",
    ),
    _rule(
        "each-one-must-be",
        # in brackets after a count: what each (每条, 单个) of the things counted must measure
        r"(?<=[\u4e00-\u9fff\d])[（(](?:每|单)[条个处座所家栋间台套块项片][^（()）]{0,20}[）)]",
        "what each of the things counted must measure (30条（每条5公里以上）): a specification, not a target",
        "新建登山健身步道30条（每条5公里以上）",
        hint="每单",
    ),
    _rule(
        "bracketed-duration",
        # a duration in brackets after a measure's name, before its bound: how the measure is taken
        # (短时削峰能力（2小时左右）达到100万千瓦), never the level it is to reach
        rf"(?<=[\u4e00-\u9fff])[（(]{_N}(?:个)?(?:小时|分钟|秒|天|日|周|月)(?:左右|以上|以内|及以上)?[）)]"
        r"(?=(?:力争)?(?:达到|超过|突破|不低于|不少于|保持|提升|提高))",
        "a duration in brackets that says how a measure is taken (削峰能力（2小时左右）达到N): not a target",
        "聚合虚拟电厂短时削峰能力（2小时左右）达到100万千瓦",
        hint="（(",
    ),
    _rule(
        "deputies-of-a-meeting",
        # the deputies or members who sit, vote or elect at a meeting, and a meeting's roll call
        rf"(?P<mask>{_N}名)(?:全国|省|市|县|区|镇)?(?:人大代表|党代表|政协委员|代表|委员)"
        r"(?=[^，。；]{0,24}?(?:出席|列席|参加会议|投票|票决|表决|选举|选出|审议))"
        rf"|(?:应到|实到|出席|列席)(?:会议)?(?:代表|委员|人员)?(?P<roll>{_N}名?)",
        "the deputies or members a meeting counts (532名人大代表投票, 应到代表N名): a fact of the meeting, "
        "not a target",
        "532名人大代表通过差额票决的方式选出十件实事",
        hint="名到",
    ),
    _rule(
        "coverage-radius",
        # the distance a stop or an outlet serves names the coverage it is a share of (站点500米覆盖率)
        rf"(?:站点|车站|站|网点|点位)(?P<mask>{_N}米)(?:全)?覆盖",
        "the distance a stop serves, naming its coverage (公交站点500米全覆盖): a name, not a target",
        "设区市中心城区公交站点500米全覆盖",
        hint="覆",
    ),
    _rule(
        "issuing-bodies",
        # the departments that issued a document (国家卫生健康委等4部门制定的《…》, 中宣部等5部门印发)
        rf"等(?P<mask>{_N}(?:个)?部(?:门|委))(?=[^，。；]{{0,4}}?(?:制定|印发|出台|发布|联合|起草|修订))",
        "the number of departments that issued a document (等4部门印发): who issued it, not a target",
        "依据国家卫生健康委等4部门制定的《托育机构登记和备案办法》",
        hint="部",
    ),
    _rule(
        "sub-units",
        rf"下设(?P<mask>{_N}个)",
        "the make-up of a body (领导小组下设N个专班) describes it, not a target",
        "成立工作领导小组，下设6个工作专班",
        hint="设",
    ),
    _rule(
        "threshold-in-book",
        rf"(?P<mask>{_N}[万亿]?(?:元|家|款|个|项|人|次|台|套|件)?(?:[(（]含[)）])?以上)",
        "a threshold a beneficiary must pass (营业收入N万元以上) in a book of support rules: a condition, not a target",
        "申报企业上年度营业收入达2000万元（含）以上",
        hint="上",
        unless=_COMMITS,
        book=True,
    ),
    _rule(
        "per-unit-granted",
        rf"每(?:新|新认定|认定|新增|引进|建成|培育|获评|获批)?{_N}(?:家|个|项|人|名|件|台|套)"
        r"[^，。；]{0,12}?(?:给予|奖励|补助|资助|补贴)",
        "the unit a grant is paid for (每认定1家给予…): a support rule's term, not a target",
        "每新认定1家规上工业企业给予5万元奖励",
        hint="每",
        book=True,
    ),
    _rule(
        "cost-share-bracketed",
        r"按[^，。；]{0,40}?(?:销售额|投入|费用|金额|收入)[（(][^）)]{0,16}[）)][^，。；\d]{0,4}?的"
        r"(?P<mask>\d+(?:\.\d+)?%)",
        "the share of a beneficiary's sales or cost paid back (按…销售额（…）的N%): a support rule's term",
        "按首年销售额（100万元以上部分）的10%给予奖励",
        hint="按",
        book=True,
    ),
    _rule(
        "size-named-class",
        # a size that names the class counted after it (10亿元企业达18家, 200亿元园区、…各1个)
        rf"(?P<mask>{_N}[万亿]元级?)(?:企业|园区|产业园)(?=达|超过|突破|[^，。；]{{0,30}}?各{_N})",
        "a size that names the class counted after it (10亿元企业达N家, N亿元园区各1个): the count is the target",
        "力争10亿元企业达18家",
        hint="元",
    ),
    _rule(
        "leading-projects",
        # the projects a plan leads with, named with their sizes (以80万吨…项目为龙头); not a count of
        # them (以实施100个重点项目为抓手: how many it carries out is its target)
        rf"以(?![^，。；]{{0,50}}?{_N}(?:个|项|批|家|座|处)[^，。；]{{0,40}}?为)"
        r"[^，。；]{1,50}?(?:项目|基地|园区|企业)为(?:龙头|依托|核心|引领|牵引|抓手)",
        "projects named as the lead of a chain (以N万吨…项目为龙头): their sizes are names, not targets",
        "以80万吨不锈钢冷轧项目、30万吨铜杆项目为龙头",
        hint="以",
    ),
    _rule(
        "assessed-sections",
        # the sections of rivers the state or the province assesses (N个国考断面): a set that exists
        rf"{_N}个(?:国考|省考|市考|国控|省控|市控)(?:断面|点位|站点)",
        "the assessed sections of rivers (N个国考断面): a set the state monitors, not a target",
        "持续提升18个国考断面水质",
        hint="考控",
    ),
)


def screen(clause: str, numbers: Sequence[T], book: bool = False) -> tuple[list[T], grammar.Rule | None]:
    """screening.screen, then this table, then rule_terms', benefit_terms' and grant_terms': the numbers
    of `clause` no rule covers, and the first rule that covered one (or None)."""
    kept, first = screening.screen(clause, numbers, book)
    out, hit = screening.screen_table(RULES, clause, kept, book)
    out, term = rule_terms.screen(clause, out, book)
    out, benefit = benefit_terms.screen(clause, out, book)
    out, grant = grant_terms.screen(clause, out, book)
    return out, first or hit or term or benefit or grant


def clause_rule(clause: str) -> grammar.Rule | None:
    """screening.clause_rule, then this table's rules for a whole clause."""
    found = screening.clause_rule(clause)
    return found if found is not None else screening.first_clause_rule(RULES, clause)


__all__ = ["RULES", "clause_rule", "screen"]
