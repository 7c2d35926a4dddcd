"""The Chinese of every exclusion reason and review mark that `draft` writes, for the Chinese
review page (render/review.py): a plan keeps the English it was drafted with, and a clerk reads
the page in Chinese. Keyed by the exact English text; a mark that carries a value (a year, a
number) is matched by a pattern that keeps the value. Text that matches neither (a reason a
person wrote by hand) is shown as written. Pure.

Every rule of the grammar has its Chinese here: tests/domain/test_drafting_said_zh.py collects
the rules by introspection, so a rule added without it fails that test with its name.
"""

# ruff: noqa: E501  # a table of one English text and its Chinese a line: each pair reads on one line

from __future__ import annotations

import re

from targetctl.domain.messages import chinese_of

SAID: dict[str, str] = {
    # grammar.py: numbers that are not targets
    "a number of more than 15 digits is no quantity a plan sets (a typing or conversion slip)": "超过15位的数字不是规划设定的数量（录入或转换错误）",
    "an ordinal of a congress or plenary session (十九届五中全会), not a count": "会议届次（十九届五中全会），不是数量",
    "a count of the work itself (N个方面工作), not a target": "工作本身的条目数（N个方面工作），不是目标",
    "the preamble: why and on what basis the text is made (为…，制定本方案), no commitment of its own": "开头语：说明制定本文件的目的和依据（为…，制定本方案），未作承诺",
    "a scope count of the work itself (N个方面共N项事项), not a target": "工作范围的条目数（N个方面共N项事项），不是目标",
    "a count of the document's own tasks (明确了N项重点任务), not a target": "文件自身任务的条数（明确了N项重点任务），不是目标",
    "a count of the list itself (共N项, 十件实事): its items are the targets": "清单本身的条数（共N项、十件实事）：清单各项才是目标",
    "how the list was chosen (N项候选项目中选出N件), not a target": "清单的产生方式（N项候选项目中选出N件），不是目标",
    "a parameter of a support rule (给予N%价格扣除), not a commitment": "扶持政策的参数（给予N%价格扣除），不是承诺",
    "whom the work is for (以N名…为对象), not a target": "工作对象（以N名…为对象），不是目标",
    "a project named by its size (百万吨级…), not a target": "以规模命名的项目（百万吨级…），不是目标",
    "a project named by its yearly capacity (年产N万吨…项目), not a target": "以年产能命名的项目（年产N万吨…项目），不是目标",
    "a capacity that is part of a project's name in a list of projects (某化工30万吨合成氨…等项目), not a target": "项目清单中项目名称里的产能（某化工30万吨合成氨…等项目），不是目标",
    "an amount that names a class of projects (N个10亿元以上项目: the count is the target), not a target": "界定项目类别的金额（N个10亿元以上项目：个数才是目标），不是目标",
    "the number of an item in a catalogue (1.1.2旋耕机), a marker, not a value": "目录条目的编号（1.1.2旋耕机），是序号，不是数值",
    "a name: the N-minute circle of a service (15分钟生活圈, 5-10分钟…圈), not a target": "名称：服务的N分钟圈（15分钟生活圈、5-10分钟…圈），不是目标",
    "a voltage class that names a kind of substation or line (110千伏变电站), not a target": "命名变电站或线路类别的电压等级（110千伏变电站），不是目标",
    "the funds that back the projects counted (20亿元专项债券支持的项目), not a target": "所计项目的支持资金（20亿元专项债券支持的项目），不是目标",
    "the group a place is ranked among (在全省16个县区中), not a target": "排名所在的范围（在全省16个县区中），不是目标",
    "the most a grant pays (给予不超过设备成本30%的补贴, 奖补资金总额不超过500万元), a parameter of the rule": "补助的最高额度（给予不超过设备成本30%的补贴、奖补资金总额不超过500万元），是政策参数",
    "a cohort of graduates (2026届高校毕业生) names who is counted, not a target": "毕业生届别（2026届高校毕业生）说明统计对象，不是目标",
    "an age group (3~6岁儿童, 50岁以下在岗村医) names who is counted, not a target": (
        "年龄段（3~6岁儿童、50岁以下在岗村医）说明统计对象，不是目标"
    ),
    "a cadence of the rule (每N年修订1次), not a target": "制度的执行频次（每N年修订1次），不是目标",
    "who qualifies for a support rule (对…N万元及以下的…给予), a parameter of the rule, not a target": "扶持政策的适用条件（对…N万元及以下的…给予），是政策参数，不是目标",
    "a heading's count of the items under it (…牵头工作（8项）): its items are the targets": "标题下所列事项的条数（…牵头工作（8项））：各项才是目标",
    "a project named by its capacity (某化工80万吨乙烯项目), not a target": "以产能命名的项目（某化工80万吨乙烯项目），不是目标",
    "the existing sites a check goes through one by one (对N处…逐一排查): its scope, not a target": "逐一排查的现有点位（对N处…逐一排查）：是排查范围，不是目标",
    "a parameter of a rule (最长N年), not a commitment": "制度参数（最长N年），不是承诺",
    "a parameter of a support rule (每人补助N元), not a commitment": "扶持政策的参数（每人补助N元），不是承诺",
    "a time limit of a procedure (应于N个工作日内), a rule of the process, not a target": "办理时限（应于N个工作日内），是程序规定，不是目标",
    "how much a subsidy pays (补贴额测算比例, 单机补贴限额), a parameter of the rule, not a target": "补贴标准（补贴额测算比例、单机补贴限额），是政策参数，不是目标",
    "a share of the money paid at a stage (拨付N%的补助资金), how the rule pays, not a target": "分阶段拨付资金的比例（拨付N%的补助资金），是拨付方式，不是目标",
    "the size of a catalogue's own scope (N大类N个小类N个品目), not a target": "目录自身的范围（N大类N个小类N个品目），不是目标",
    "aid per head or paid once (一次性补助N元, 每人N万元救助), a parameter of a support rule, not a target": "按人或一次性发放的补助（一次性补助N元、每人N万元救助），是扶持政策参数，不是目标",
    "the name of a visa policy (144小时过境免签), not a target": "签证政策的名称（144小时过境免签），不是目标",
    "the kinds of people a service covers (9类困难群众): who is meant, not a target": "服务或政策覆盖的人群类别（9类困难群众）：说明对象，不是目标",
    "things just named, counted again (上述5个园区): not a new target": "对前文已列事物的再次计数（上述5个园区）：不是新目标",
    "an altitude that says which places are meant (海拔N米以上), not a target": "界定地区的海拔（海拔N米以上），不是目标",
    "the kind of a game (5人制足球场), not a count": "赛制类别（5人制足球场），不是数量",
    "a water quality class (水质达到国家N类标准) is a grade of the standard, not a count": "水质类别（水质达到国家N类标准）是标准的等级，不是数量",
    "a design standard's return period (N年一遇) names the standard's class, not a count": "设计标准的重现期（N年一遇）是标准的等级，不是数量",
    "the make-up of a jurisdiction (1区2市10个县), not a target": "行政区划的构成（1区2市10个县），不是目标",
    "a slogan or a brand in quotation marks (“1小时交通圈、3天办结”): its numbers are its own": "引号中的口号或品牌（“1小时交通圈、3天办结”）：其中数字属于名称",
    "a rate of a support rule (每亩N元标准), not a commitment": "扶持政策的标准（每亩N元标准），不是承诺",
    "a count of a plan's indicators (设置了N项主要指标), not a target: the indicators are": "规划指标的项数（设置了N项主要指标），不是目标：各项指标才是",
    "a count of a document's own measures (十条支持措施), not a target": "文件自身措施的条数（十条支持措施），不是目标",
    "a distance that bounds what is counted (50米内换乘), not a target": "限定统计范围的距离（50米内换乘），不是目标",
    "two numerals side by side (三四轮车, 五六成) name a kind or a rough guess, not a target": "相邻的两个数字（三四轮车、五六成）表示类别或约数，不是目标",
    "a quoted title of another document: its numbers are its own": "引用的其他文件名称：其中数字属于名称",
    # grant_terms.py
    "a schedule of grants, one amount for each class (分别给予A、B万元): a support rule's term, not a target": "按类别分档的奖补金额（分别给予A、B万元）：是扶持政策条款，不是目标",
    "a band a grant is sized in (给予N-M万元): a support rule's term, not a target": "奖补金额的区间（给予N-M万元）：是扶持政策条款，不是目标",
    "a grant alone in its clause, after the class it goes to (对…的企业，给予N万元资金支持): a rule's term": "单独成句的奖补金额，紧随受益对象之后（对…的企业，给予N万元资金支持）：属政策条款",
    "a grant paid once to each who qualifies (一次性奖补N万元): a support rule's term, not a target": "对符合条件者的一次性奖补（一次性奖补N万元）：是扶持政策条款，不是目标",
    # descriptors.py
    "a formula (得分=A（N%）+B…): how a score is computed, its weights are not targets": "计分公式（得分=A（N%）+B…）：说明如何计分，权重不是目标",
    "the weight of a part in an assessment (日常考核占40%, 权重为30%): how a score is made, not a target": "考核中某部分的权重（日常考核占40%、权重为30%）：说明如何计分，不是目标",
    "a cadence of routine oversight (每季度开展1次检查, 每月调度1次): how often, not an amount to reach": "日常督查的频次（每季度开展1次检查、每月调度1次）：是频次，不是要达到的数量",
    "a service mode (24小时自助, 7×24小时, 365天不打烊): round the clock, not an amount to reach": "服务方式（24小时自助、7×24小时、365天不打烊）：指全天候，不是要达到的数量",
    "durations listed as kinds (2小时、4小时游产品) name products, not targets": "作为种类列出的时长（2小时、4小时游产品）是产品名称，不是目标",
    "a set of projects' total investment (项目N个，总投资M亿元) describes them; the year's is the target": "一批项目的总投资（项目N个，总投资M亿元）是对项目的说明；当年投资才是目标",
    "a named place's area in brackets after its name (城东片区（3.25平方公里）) says which place, not a target": "地名后括号中的面积（城东片区（3.25平方公里））说明是哪块地方，不是目标",
    "the stage of the projects on a list (在建, 续建, 储备, 前期项目N个) describes the list, not a target": "清单中项目所处阶段（在建、续建、储备、前期项目N个）是对清单的说明，不是目标",
    "a count of a batch issued before (出台的第一批N个…) names what is already listed, not a target": "此前公布批次的数量（出台的第一批N个…）指已列入的事项，不是目标",
    "a length in digits or bits (12位密码, 16位浮点): a technical parameter, not a target": "位数（12位密码、16位浮点）：技术参数，不是目标",
    "a process node (14nm工艺) names a technology generation, not a target": "工艺制程（14nm工艺）指技术代际，不是目标",
    "the condition a measure is taken under (3米远场识别率): part of the indicator, not a target": "测量条件（3米远场识别率）：属于指标名称，不是目标",
    "a count of the documents just named (《…》等N件文件), not a target": "前面所列文件的件数（《…》等N件文件），不是目标",
    "a slogan of short items in quotation marks (“一核、两带、多点”): its numbers are its own": "引号中的口号（“一核、两带、多点”）：其中数字属于口号",
    "a date written with figures (2026-02-25): a date, not a target": "用数字写的日期（2026-02-25）：是日期，不是目标",
    "a catalogue code (索引号 1144…XK/2025-00012) names the page, not a number": "索引号（索引号 1144…XK/2025-00012）是网页编号，不是数值",
    "a class named by its scale (百亿亿次级计算): a name, not a count": "以量级命名的类别（百亿亿次级计算）：是名称，不是数量",
    "a kind of equipment named by its size (十万吨以上…成套装备), not a target": "以规格命名的装备类别（十万吨以上…成套装备），不是目标",
    "what a thing is made of (涵盖…3大系统、12类模块) describes it, not a target": "事物的构成（涵盖…3大系统、12类模块）是说明，不是目标",
    "the share a support pays (贴息比例为50%, 按投资额的10%给予补助): a support rule's term, in any document": "扶持资金的支付比例（贴息比例为50%、按投资额的10%给予补助）：扶持政策的条款",
    "a clause that only caps a grant (最高不超过N万元): a support rule's term, not a target": "仅规定补助上限的分句（最高不超过N万元）：扶持政策的条款，不是目标",
    "the make-up of a body (领导小组下设N个专班) describes it, not a target": "机构的组成（领导小组下设N个专班）是说明，不是目标",
    "a cap or floor a rule sets, raised or lowered (比例上限由7%提高到15%): a rule's term, not a target": "政策设定的上限或下限的调整（比例上限由7%提高到15%），是政策条款，不是目标",
    "a share of a grant's amount (最高补贴额的N%): how a grant is sized, a rule's term": "以补贴额的比例表示的幅度（最高补贴额的N%）：补贴的核定方式，属政策条款",
    "entries of a subsidy catalogue (不超过N个品目, N个档次): the scope of a rule, not a target": "补贴目录的品目或档次数（不超过N个品目、N个档次）：政策的适用范围，不是目标",
    "a heading that asks for a summing-up (开展总结评估, 总结推广经验): a measure, not a review": "要求开展总结的标题（开展总结评估、总结推广经验）：是工作措施，不是回顾",
    "a size that names the class counted after it (10亿元企业达N家, N亿元园区各1个): the count is the target": "用规模界定所计数的类别（10亿元企业达N家、N亿元园区各1个）：数量才是目标",
    "projects named as the lead of a chain (以N万吨…项目为龙头): their sizes are names, not targets": "作为龙头的项目名称（以N万吨…项目为龙头）：其中的规模是名称，不是目标",
    "the assessed sections of rivers (N个国考断面): a set the state monitors, not a target": "考核断面（N个国考断面）：是国家监测的既定断面，不是目标",
    "a bound a rule lets a party relax to (利用率可降低至N%): a rule's allowance, not a target": "政策允许放宽到的限值（利用率可降低至N%）：是政策许可，不是目标",
    "a class picked out by an indicator's threshold (峰谷差率超过N%的地区): a condition, not a target": "以指标门槛界定的对象（峰谷差率超过N%的地区）：是条件，不是目标",
    "a size band that picks out the homes a rule covers (N平方米以上住房): a rule's term, not a target": "界定政策适用住房的面积档（N平方米以上住房），是政策条款，不是目标",
    "a design norm's bound (阳台进深不应大于N米, 层高不宜大于N米): a standard's term, not a target": "设计规范的限值（阳台进深不应大于N米、层高不宜大于N米），是标准条款，不是目标",
    "the basis a quantity is computed on, revised (测算由每户平均N人降至M人): a rule's term, not a target": "测算依据的调整（测算由每户平均N人降至M人），是政策条款，不是目标",
    "the case a rule applies in (当层高大于N米时): a condition, not a target": "规则适用的情形（当层高大于N米时），是条件，不是目标",
    "a class picked out by a threshold it has not reached (未达到投资总额N%的土地): a condition, not a target": "以未达到的门槛界定的对象（未达到投资总额N%的土地），是条件，不是目标",
    "a term's scope in brackets (团购（N套及以上）): what the term covers, not a target": "括号中对术语范围的界定（团购（N套及以上）），不是目标",
    "a share a rule forbids passing (不得超过备案均价的N%): a rule's term, not a target": "政策禁止超出的比例（不得超过备案均价的N%），是政策条款，不是目标",
    "the most a rule may grant or cut (最高可优惠N%): a rule's offer, not a target": "政策最多可给予的优惠或减免（最高可优惠N%），是政策条款，不是目标",
    "a radius or a ratio a rule sets (以N米为半径, 按N个/户): a rule's term, not a target": "政策设定的半径或配比（以N米为半径、按N个/户），是政策条款，不是目标",
    "how long or how often a person does something a day, a week or at a stretch (每天睡眠N小时, 单次不宜超过N分钟): a norm of conduct, not a target": "个人每天、每周或每次做某事的时长或次数（每天睡眠N小时、单次不宜超过N分钟）：是行为规范，不是目标",
    "the level the units of a share pass (N%的村集体年收入超M万元): which units count, not a target": "所占比例中各单位须达到的水平（N%的村集体年收入超M万元）：说明哪些单位计入，不是目标",
    "a share that picks out the kind of thing supported (支持绿电占比超过N%的算力设施): which, not a target": "界定所支持对象类别的比例（支持绿电占比超过N%的算力设施）：说明支持哪类对象，不是目标",
    "the things covered in full (14个地区全覆盖): how many there are, not a target": "全覆盖的对象数量（14个地区全覆盖）：是现有数量，不是目标",
    "a band of sizes that picks out whom a rule covers (面积在N至M平方米的): a condition, not a target": "界定适用对象的规模区间（面积在N至M平方米的）：适用条件，不是目标",
    "how far a rule lets a price rise or fall (租金上浮至市场租金的N%): a rule's term, not a target": "政策允许价格上浮或下浮的幅度（租金上浮至市场租金的N%）：政策条款，不是目标",
    "how far apart or how close a facility may stand (服务半径不少于N公里, 每百公里不超过N座): a siting standard": "设施布点的距离标准（服务半径不少于N公里、每百公里不超过N座）：是布局标准，不是目标",
    "a count of the plan's own actions and projects (实施N个专项行动、N项重点工程), not a target": "方案自身行动和工程的计数（实施N个专项行动、N项重点工程），不是目标",
    "the projects already under way, sped up (加快N个在建项目建设): how many exist, not a target": "加快推进的在建项目数（加快N个在建项目建设），是已有数量，不是目标",
    "a newspaper's page header where the text turns to another page (下转/上接第N版): furniture": "报纸转版处的页眉（下转/上接第N版），属于版面内容，不是正文",
    "a design speed that names a train or a line (时速N公里城际列车): a name, not a target": "以设计时速命名的列车或线路（时速N公里城际列车），是名称，不是目标",
    "results already won, consolidated (巩固N个…成效): how many there are, not a target": "巩固已取得的成效（巩固N个…成效），是已有数量，不是目标",
    "the short name of a document just named (《…》(国家二十条)): a name, not a count": "紧随文件名称的简称（《…》(国家二十条)），是名称，不是数量",
    "a count of the work listed below (做好以下N项工作), not a target": "对下文所列工作的计数（做好以下N项工作），不是目标",
    "a count of the tasks a higher body set (省委确定的N项改革任务): that body's list, not a target": "上级确定的任务数（省委确定的N项改革任务），是上级的清单，不是目标",
    "a count of a package's measures put into effect (推动N项举措落地): the package's size, not a target": "政策包措施条数的落实（推动N项举措落地）：是政策包的规模，不是目标",
    "a share a rule allows (持股比例可在N%以上): a rule's term, not a target": "政策允许的比例（持股比例可在N%以上），是政策条款，不是目标",
    "the size of one dwelling or room a rule sets (宿舍型人均使用面积不少于N平方米): a rule's term, not a target": "政策规定的单套（间）面积标准（宿舍型人均使用面积不少于N平方米），是政策条款，不是目标",
    "the number of departments that issued a document (等4部门印发): who issued it, not a target": "发文部门的数量（等4部门印发）：说明发文单位，不是目标",
    "the distance a stop serves, naming its coverage (公交站点500米全覆盖): a name, not a target": "站点的服务半径，用于命名覆盖指标（公交站点500米全覆盖）：是名称，不是目标",
    "a norm kept in principle (担保费率原则上不超过1%, 原则上…比例不低于20%): a rule's term, not a target": "原则上须遵守的标准（担保费率原则上不超过1%、原则上…比例不低于20%），是政策条款，不是目标",
    "a kind of place or body named by its size (2000人以上中心村, 20户以上自然村): which are meant, not a target": "以规模界定的地点或单位类别（2000人以上中心村、20户以上自然村）：说明所指范围，不是目标",
    "what each of the things counted must measure (30条（每条5公里以上）): a specification, not a target": "所计每一项应达到的规格（30条（每条5公里以上）），是规格要求，不是目标",
    "the deputies or members a meeting counts (532名人大代表投票, 应到代表N名): a fact of the meeting, not a target": "会议的代表或委员人数（532名人大代表投票、应到代表N名），是会议情况，不是目标",
    "a threshold a beneficiary must pass (营业收入N万元以上) in a book of support rules: a condition, not a target": "扶持政策中受益对象须达到的门槛（营业收入N万元以上）：是条件，不是目标",
    "the unit a grant is paid for (每认定1家给予…): a support rule's term, not a target": "补助的计发单位（每认定1家给予…）：扶持政策的条款，不是目标",
    "the share of a beneficiary's sales or cost paid back (按…销售额（…）的N%): a support rule's term": "按受益对象销售额或成本返还的比例（按…销售额（…）的N%）：扶持政策的条款",
    # rule_terms.py
    "a bound that picks out the parties meant (持股比例高于50%的上市公司): a condition, not a target": (
        "限定所指主体的门槛（持股比例高于50%的上市公司）：是条件，不是目标"
    ),
    "a threshold that picks out whom a measure serves (对年产值超过N亿元的企业): a condition, not a target": "确定政策适用对象的门槛（对年产值超过N亿元的企业）：是条件，不是目标",
    "the standard a benefit is paid at (按照初级N元、高级N元的标准): what each beneficiary gets, a rule's term": "补贴发放标准（按照初级N元、高级N元的标准）：每个受益者所得，属政策条款",
    "an amount granted per unit (给予N元/美元奖励, N元/千瓦的补贴): the rate each unit is paid, a rule's term": "按单位给予的金额（给予N元/美元奖励、N元/千瓦的补贴）：每单位的支付标准，属政策条款",
    "the share of a beneficiary's cost a benefit pays (按…金额的N%，给予; 补贴…费用的N%): a rule's term": "补贴占受益者费用的比例（按…金额的N%，给予；补贴…费用的N%）：属政策条款",
    # benefit_terms.py
    "a grant sized per event or per unit (给予每场N万元补助): what each is paid, a rule's term": "按场次或单位计发的补助（给予每场N万元补助）：每次所得，属政策条款",
    "a share of a beneficiary's contract or cost granted (给予…合同金额N%的预付款): a rule's term": "按受益者合同或费用的比例给予（给予…合同金额N%的预付款）：属政策条款",
    "a share of a base that support is paid at (对…余额增量的N%提供资金支持): a rule's term": "按基数一定比例提供的支持（对…余额增量的N%提供资金支持）：属政策条款",
    "a share named as the benefit (N%的配套奖励): how much of a sum is paid, a rule's term": "以比例表示的优惠（N%的配套奖励）：支付多少，属政策条款",
    "a class served, bounded inclusive from below (…占比N%及以上的企业): a condition, not a target": "以“及以上”划定的适用对象（…占比N%及以上的企业）：是条件，不是目标",
    "a number that names a policy carried on (…提高至N%政策延续到…): a rule's term, not a target": "延续政策名称中的数字（…提高至N%政策延续到…）：政策条款，不是目标",
    "a procedure's time standard (…的货物N小时内放行): how the rule is applied, not a target": "办理程序的时限标准（…的货物N小时内放行）：政策执行方式，不是目标",
    "the kinds of goods a measure is aimed at (针对…的N种商品): its scope, not a target": "措施针对的商品种数（针对…的N种商品）：是适用范围，不是目标",
    "the days of a leave granted or extended (延长婚假至N天): an entitlement the measure sets, a rule's term": "给予或延长的假期天数（延长婚假至N天）：是措施规定的待遇，属规则条款",
    "a cap on what a scheme pays raised or set (…待遇标准上限上调至N元): a rule's term, not a target": "待遇支付上限的设定或提高（…待遇标准上限上调至N元）：是规则条款，不是目标",
    "what a buyer is paid per purchase, or per threshold passed (购买…补贴N元, 每达N万元): a subsidy's standard": "按每次购买或每达到一定额度给予的补贴（购买…补贴N元、每达N万元）：是补贴标准",
    "a condition the beneficiary must meet (且需…不低于N): who qualifies, not a target": "享受政策须满足的条件（且需…不低于N）：界定适用对象，不是目标",
    "the amount each level of government pays (中央补助N元、省级补助M元): how a standard is split, a rule's term": "各级政府各自承担的补助额（中央补助N元、省级补助M元）：是标准的分担方式，属规则条款",
    "the kinds of goods a measure covers (将…等N类产品纳入补贴范围, 购买…等N类产品给予补贴): not a target": "措施适用的商品类数（将…等N类产品纳入补贴范围、购买…等N类产品给予补贴）：是适用范围，不是目标",
    "a price ceiling that picks out the goods a measure pays for ((单件售价不超过N元)): a condition, not a target": "界定补贴商品的价格上限（（单件售价不超过N元））：是适用条件，不是目标",
    # openings.py, periods.py, present_year.py
    "a clause that introduces the targets names nothing": "引出目标的分句不作领域名称",
    "an opening that cites the document the text carries out (为贯彻落实《…》) names another document": "引用所贯彻文件的开头（为贯彻落实《…》）所称是另一份文件",
    "a news item's dateline (3月9日，记者…) says when it was reported, not what the targets are": "新闻开头的日期（3月9日，记者…）只说明报道时间，不是领域名称",
    "a horizon (到2027年，…) says when the targets are due, not what they are": "时间节点（到2027年，…）只说明目标到期时间，不是领域名称",
    "a window counted from a person's event (毕业五年内) names whom a measure serves, not a due year": "自个人事件起算的期限（毕业五年内）说明政策适用对象，不是到期年份",
    "how long a benefit lasts (三年内免租) is a rule's term, not a due year": "优惠的持续期限（三年内免租）属政策条款，不是到期年份",
    "an undated text's standing quotas (每年新增…) are due at the year it sets most of its goals for": "无日期文本中的常年任务（每年新增…）按其设定目标最多的年份到期",
    # lone_magnitude.py, subjectless.py, task_headings.py
    "万 alone before a measure word and a bound (万场以上) is ten thousand: one 万 of them": "量词和上下限前单独的“万”（万场以上）即一万",
    "a clause that states a level alone (…，达到110亿元) measures what the clause before it names": "只写水平值的分句（…，达到110亿元）所衡量的是前一分句所说的事项",
    "a heading whose review word a task verb governs (夯实…发展基础, 优化…发展环境): a task, not a review": "任务动词支配“基础、环境”等词的标题（夯实…发展基础、优化…发展环境）：是任务，不是回顾",
    "a heading that asks for watching how things run or solving the problems found (加强…运行情况监测, 解决…存在的问题): a task, not a review": "要求监测运行情况或解决存在问题的标题（加强…运行情况监测、解决…存在的问题）：是任务，不是回顾",
    # conditions.py
    "a line of a section that sets the conditions an applicant meets (申报条件, 准入条件): a threshold, not a target": "规定申报者须满足条件的章节（申报条件、准入条件）中的一行：是门槛，不是目标",
    "the share a benefit pays, the object of 给予 (给予…N%的补贴): a rule's term, not a target": "“给予”的优惠比例（给予…N%的补贴）：政策条款，不是目标",
    "a share paid back, cut or subsidised (返还N%, 补贴至N%, N%优惠): a rule's term, not a target": "返还、减免或补贴的比例（返还N%、补贴至N%、N%优惠）：政策条款，不是目标",
    "a rate a sum is computed by (按…的N%给予, 按N%减征, 按N元/平方米): a rule's term, not a target": "计算金额的费率（按…的N%给予、按N%减征、按N元/平方米）：政策条款，不是目标",
    "the rate of a tax (适用N%征收率, 减按N%): a rule's term, not a target": "税率（适用N%征收率、减按N%）：政策条款，不是目标",
    "the condition a beneficiary meets (对营业收入N亿元以上的企业，…): a rule's term, not a target": "受益对象须满足的条件（对营业收入N亿元以上的企业，…）：政策条款，不是目标",
    "the condition of a rule (年销售额达到N万元的，给予…): a rule's term, not a target": "政策的适用条件（年销售额达到N万元的，给予…）：政策条款，不是目标",
    "the terms of a loan or a payment (贷款额度, 首付款比例, 贷款期限): a rule's term, not a target": "贷款或付款条件（贷款额度、首付款比例、贷款期限）：政策条款，不是目标",
    "a scope a rule covers, bounded inclusive (单户金额N万元及以下的业务): a rule's term, not a target": "政策适用范围（单户金额N万元及以下的业务）：政策条款，不是目标",
    "a time limit counted from an event (自受理之日起N个工作日, 备案后N天内): a procedure's term, not a target": "自某事项起算的时限（自受理之日起N个工作日、备案后N天内）：程序规定，不是目标",
    "a number that names the policy carried on (继续实施N%暂退…政策): a rule's term, not a target": "延续政策名称中的数字（继续实施N%暂退…政策）：政策条款，不是目标",
    "an amount per head or per unit in a book of support rules (N元/亩, N万元/人): what each beneficiary is paid, a rule's term": "扶持政策中按人或按单位的金额（N元/亩、N万元/人）：每个受益对象的补助额，是政策条款",
    "a size that names a class of firms or projects (N亿元以上龙头企业): not a target, their count is": "界定企业或项目类别的规模（N亿元以上龙头企业）：不是目标，数量才是",
    # screening.py
    "a count that only totals the names listed before it (A、B、C3个…): a label, not a target": "仅汇总前面所列名称的数量（A、B、C3个…）：是标注，不是目标",
    "the size of each plant counted before it (2座30万千瓦…): part of its name, not a target": "前面所计每座设施的规模（2座30万千瓦…）：属于名称，不是目标",
    "a plant's configuration (2×35万千瓦: units of that size) names the project, not a target": "机组配置（2×35万千瓦：该规模的机组）是项目名称，不是目标",
    "a capacity that is part of a project's name in a list of projects, not a target": "项目清单中项目名称里的产能，不是目标",
    "a count of the work itself (抓好N件事, 办好N件…实事): its items are the targets": "工作本身的件数（抓好N件事、办好N件…实事）：各项才是目标",
    "a tax rate (20%的税率) is a parameter of a tax policy, not a target": "税率（20%的税率）是税收政策的参数，不是目标",
    "an allowance standard per head raised (生均标准从N元提高至M元): the rate of a support rule, not a target": "提高人均补助标准（生均标准从N元提高至M元）：扶持政策的标准，不是目标",
    "the share by which a fund is split (按…的N%安排): how the money is allocated, not a target": "资金分配比例（按…的N%安排）：说明资金如何分配，不是目标",
    "a norm for each unit (各县…N个): how the work is shared out, the plan states no total": "各单位的分配数（各县…N个）：说明任务如何分解，规划未给出总数",
    "a count of what was made before (此前签约的N个项目) names those things, not a target": "此前已完成事项的数量（此前签约的N个项目）是指代，不是目标",
    "where the work is done (在N个乡镇…): the target is what is done there": "工作地点（在N个乡镇…）：在那里做的事才是目标",
    "an idiom of many (千家万户, 千方百计): no count": "表示“多”的成语（千家万户、千方百计）：不是数量",
    "a round magnitude before a noun (千亩花海, 万人…行动) names a place or a programme, not a count": "名词前的整数量级（千亩花海、万人…行动）是地名或活动名，不是数量",
    "the size of a base that exists (巩固…N万亩…基地) names it, not a target": "现有基地的规模（巩固…N万亩…基地）是指代，不是目标",
    "the rate a grant is paid at (按每名游客N元给予奖补): a support rule's term, not a target": "补贴规则按单位计算的标准（按每名游客N元给予奖补），不是目标",
    "how much a grant is raised for a class (奖励金额上浮N%): a support rule's term, not a target": "补贴规则对某类对象的上浮幅度（奖励金额上浮N%），不是目标",
    "the step a grant is counted in (营业收入每增加N万元，奖励M万元): a support rule's term": "补贴规则的计奖步长（营业收入每增加N万元，奖励M万元）",
    "how levels of government share a cost (市和区各承担N%): a rule's term, not a target": "各级财政分担费用的比例（市和区各承担N%），不是目标",
    "a share of public purchasing set aside for small firms (预留N%…面向中小企业): a procurement rule": "政府采购预留给中小企业的份额（预留N%…面向中小企业），是采购规则",
    "the part of a grant each level of government pays (其中省级N元、市县M元): a rule's term, not a target": "补助中各级财政各自承担的部分（其中省级N元、市县M元）：政策条款，不是目标",
    "a signing date runs on into the title of the plan below it on one line: the date ends there": "成文日期与其下方案的标题连在同一行：日期在此结束",
    "a magnitude alone after a bound (规模超万亿元, 突破千亿元) is that amount: one 万亿, a thousand 亿": "约束词后单独的数量级（规模超万亿元、突破千亿元）即该数额：一万亿、一千亿",
    "a title runs on into its dispatch number, date or addressees on one line: the title ends there": "标题与其后的发文字号、日期或主送机关连在同一行：标题到此为止",
    "an amount each beneficiary is granted (给予最高N万元, 一等奖N万元): a support rule's term, not a target": "补贴规则的参数（给予最高N万元、一等奖N万元），不是目标",
    "an amount named as the grant (N万元一次性奖励): a support rule's term, not a target": "作为奖补的金额（N万元一次性奖励）：扶持政策的条款，不是目标",
    "the share of a beneficiary's cost that is paid back (按实际投入的N%): a support rule's term, not a target": "按受益对象实际投入返还的比例（按实际投入的N%）：扶持政策的条款，不是目标",
    "how many are chosen in each round of a support rule (每年遴选不超过N个): its term, not a target": "扶持政策每轮遴选的数量（每年遴选不超过N个）：是政策条款，不是目标",
    # structure.py: the parts of an official document (GB/T 9704-2012)
    "document furniture: 份号 (copy number)": "公文格式要素：份号",
    "document furniture: 密级 (security classification)": "公文格式要素：密级",
    "document furniture: 紧急程度 (urgency)": "公文格式要素：紧急程度",
    "document furniture: 发文机关标志 (issuing authority's mark)": "公文格式要素：发文机关标志",
    "document furniture: 发文字号 (dispatch number)": "公文格式要素：发文字号",
    "document furniture: 签发人 (signed off by)": "公文格式要素：签发人",
    "document furniture: 题注 (where and when it was delivered)": "公文格式要素：题注（报告的时间和场合）",
    "document furniture: who delivered the report": "公文格式要素：报告人",
    "document furniture: 主送机关 (addressees)": "公文格式要素：主送机关",
    "document furniture: 附件说明 (list of attachments)": "公文格式要素：附件说明",
    "document furniture: 附件 mark": "公文格式要素：附件标识",
    "document furniture: 发文机关署名 (issuing authority's signature)": "公文格式要素：发文机关署名",
    "document furniture: 成文日期 (date of signing)": "公文格式要素：成文日期",
    "document furniture: 附注 (annotation)": "公文格式要素：附注",
    "document furniture: 抄送机关 (copied to)": "公文格式要素：抄送机关",
    "document furniture: 印发机关和印发日期 (printed by, on)": "公文格式要素：印发机关和印发日期",
    "document furniture: page number": "公文格式要素：页码",
    "document furniture: a reposting site's marker": "公文格式要素：转载网站的标记",
    "document furniture: the publishing site's record of it (索引号, 发文字号, 成文日期)": "公文格式要素：发布网站的信息栏（索引号、发文字号、成文日期）",
    "document furniture: the copying site's buttons, links and footer (打印, 字号, 当前位置, 版权所有)": "公文格式要素：转载网站的按钮、链接和页脚（打印、字号、当前位置、版权所有）",
    "document furniture: a photo's caption (…记者 … 摄)": "公文格式要素：图片说明（…记者 … 摄）",
    "document furniture: what the site shows after the document (editor, related pages, buttons)": "公文格式要素：网站在正文后显示的内容（责任编辑、相关链接、按钮）",
    "document furniture: the month the plan was compiled, under its title": "公文格式要素：标题下的编制年月",
    "document furniture: the table of contents (目录)": "公文格式要素：目录",
    "notes on the report's terms (名词解释): definitions, not commitments": "报告的名词解释：是释义，不是承诺",
    "the forwarding notice: it hands the plan on and sets no target of its own": "印发通知：只转发规划，本身不设目标",
    # prepare.py, extract.py, tables.py, notes.py: exclusions
    "the document's title (recorded as the plan title)": "文件标题（已记为规划标题）",
    "the title of the forwarding notice": "印发通知的标题",
    "a news report's lead before the document it quotes in full (…原文如下：), not the document": "新闻报道在全文引用文件之前的导语（…原文如下：），不是文件本身",
    "a note (注：…): it explains a figure above and sets nothing": "注释（注：…）：解释上文数字，不设目标",
    "heading of a review section (past results)": "回顾部分的标题（以往成绩）",
    "a figure of a section that projects (需求预测, 测算): what is expected, not a commitment": "预测部分（需求预测、测算）的数字：是预期，不是承诺",
    "review section: a past result, not a target": "回顾部分：以往成绩，不是目标",
    "context: what has happened so far (…以来, past year)": "背景信息：已取得的进展（…以来、上一年）",
    "worded 预计 (expected) under the plan's own dated frame: check it is a goal the plan sets": "规划自身时限下写作“预计”：请核对是否为规划设定的目标",
    "the size a single item must have to count (单个项目装机超过N兆瓦): a threshold, not a target": "单个项目须达到的规模（单个项目装机超过N兆瓦）：是门槛，不是目标",
    "a duration in brackets that says how a measure is taken (削峰能力（2小时左右）达到N): not a target": "括号中的时长说明指标的口径（削峰能力（2小时左右）达到N）：不是目标",
    "a forecast (预计, 经测算, 有可能…): what is expected, not a commitment": "预测（预计、经测算、有可能…）：是预期，不是承诺",
    "the condition of a rule (…的，由…), not a commitment": "规定的适用条件（…的，由…），不是承诺",
    "byline: who wrote or compiled the text": "署名：撰稿或编制者",
    "time frame of the targets that follow": "下文目标的时间范围",
    "a column or a cell of a table of tasks (序号, 牵头单位, a unit or a leader named), not a programme": "任务分解表的表头或单元格（序号、牵头单位、单位名或领导姓名），不是规划的篇章",
    "introduces the targets that follow": "引出下文目标",
    "context: circumstance of the target that follows": "背景信息：下文目标的背景",
    "context: no commitment of its own": "背景信息：未作承诺",
    "a number in a past statement: check it is not a target": "以往情况中的数字：请核实不是目标",
    "a number not recognised as a target": "未识别为目标的数字",
    "a number not drafted as a target: check": "未起草为目标的数字：请核实",
    "the header of an indicator table": "指标表的表头",
    "a category in an indicator table": "指标表中的类别",
    "a row of a table of the last period's planned and actual values (past results)": "上一规划期计划值与实际值表中的一行（以往成绩）",
    "a category or a row without a number in an indicator table": "指标表中的类别或无数值的行",
    "a table of one column a year whose years are all before the plan's: results or a base, no target": "逐年列值的指标表，各年份均早于规划期：是已完成值或基数，不是目标",
    # classify.py: clause rules ({word} is the words that matched)
    "a gap still to close, not a goal (仍差…)": "尚待弥补的差距（仍差…），不是目标",
    "a parameter of a support rule (给予, 奖励, 最高…), not a commitment": "扶持政策的参数（给予、奖励、最高…），不是承诺",
    "exhortation: no commitment of its own": "号召性表述：未作承诺",
    "context: what the number is now (…为N), not a target": "背景信息：现状数值（…为N），不是目标",
    "context: a count of what exists or is relied on, not a target": "背景信息：现有或依托事物的数量，不是目标",
    "context: where counted things are now (…分布在), not a target": "背景：所计事物目前的分布（…分布在），不是目标",
    # review marks
    "targets before the first heading: give this programme a title": "第一个标题之前的目标：请为此领域填写标题",
    "an amount of support (给予…资助): check it is a commitment, not a rule's parameter": "扶持金额（给予…资助）：请核实是承诺，而不是政策参数",
    "the clause names a past period (上年, 同比, 累计…): check it is a target, not a result": "该句提到过去的时期（上年、同比、累计…）：请核实是目标，而不是已有成绩",
    "number written in Chinese numerals: check the value": "数字以汉字书写：请核对数值",
    "what grows is not named in the clause: fill in 'of'": "句中未写明增长的对象：请填写 of",
    "what grows is taken from the clause before: check 'of'": "增长的对象取自上一句：请核对 of",
    "average annual growth: fill in base_year": "年均增长：请填写 base_year（基期年份）",
    "the share's part or whole is not named in the clause: fill in numerator and denominator": "句中未写明比例的分子或分母：请填写 numerator 和 denominator",
    "the share's part is taken from the clause before: check numerator": "比例的分子取自上一句：请核对 numerator",
    "the range is approximate (左右)": "数值为约数（左右）",
    "a fall in percentage points: the model counts it as an amount; check": "下降若干个百分点：系统按数量处理；请核实",
    "what is counted is taken from the clause before: check 'of'": "计数的对象取自上一句：请核对 of",
    "what grows is not named: fill in 'of'": "未写明增长的对象：请填写 of",
    "翻番 (doubling) drafted as growth in percent over the whole period: check the base": "翻番已按整个规划期的百分比增长起草：请核对基数",
    "a row of an indicator table: check the value and the unit": "指标表中的一行：请核对数值和单位",
    "a unit's task in a table that shares tasks out: check the value, the unit and who takes it on": "任务分解表中某单位的任务：请核对数值、单位和承担单位",
    "[…] in an indicator table is a total over the plan period: check": "指标表中的［…］是规划期累计值：请核实",
    "约束性 (binding) indicator": "约束性指标",
    "a checkpoint year outside the plan period was left out": "规划期外的节点年份已略去",
    "a scale written as N亿级: check the unit": "量级写作N亿级：请核对单位",
    "两位数 (double-digit) growth read as at least 10%: an inference, check it": "“两位数增长”按至少10%读取：属推断，请核实",
    "no title found in the text: give it one": "文中未找到标题：请填写标题",
    "read the clause again: its figures may have run together (a table's cells without spaces)": "请重读该句：其中数字可能连在一起（表格单元格之间没有空格）",
    "the period is taken from the year of issue (成文日期, 发文字号)": "规划期取自发文年份（成文日期、发文字号）",
    "the text states no year; the period is the current year": "文中未写明年份；规划期按当年计",
    # layout and reading rules (bandwidth, bounds, tables, years, titles, lines): they explain how
    # the text was read; every Named rule has its Chinese
    "N兆 before 到/进/入 a place is the bandwidth to bring there, a level to reach": "“N兆”后接“到/进/入”某处，指要通达的带宽，是要达到的水平",
    "a table's header names its columns with these words, one cell each": "表头用这些词说明各列，每格一词",
    "an indicator's attribute closes its row: expected (预期性), binding (约束性) or advocated (倡导性)": (
        "指标属性位于行末：预期性、约束性或倡导性"
    ),
    "the unit cell stands between an indicator's name and its values": "单位格位于指标名称和数值之间",
    "a cell of a table's header: its column's words, a year or unit in brackets after them": "表头单元格：列名，后面括号中为年份或单位",
    "a cell of a value column: a number, its bound, brackets, a unit or a note in brackets after it": "数值列单元格：数字、上下限、括号、单位或括号中的说明",
    "a year written in Chinese numerals (二〇二五年) is the same year as 2025年 to every rule that reads years": "汉字书写的年份（二〇二五年）与2025年视为同一年",
    "a scale reached (达到N亿级) with no noun after it is a level: N亿 at least": "达到某量级（达到N亿级）且后面无名词，是要达到的水平：至少N亿",
    "a place to hold among others (稳居全国前三) is a rank no lower than the Nth": "保持的位次（稳居全国前三）：名次不低于第N",
    "the lead dates the year's list of projects: each item is due in that year": "导语写明清单年份：各项均在该年内完成",
    "an announcement is titled by its number (…公告〔2026〕第10号), which is not a dispatch number": "公告以编号为标题（…公告〔2026〕第10号），不是发文字号",
    "a title ends with its genre (方案, 计划, 通知…) or its span of years in brackets": "标题以文种（方案、计划、通知…）或括号中的起止年份结尾",
    "a line that opens a sentence of the text (为深入贯彻…) is the text, not a title": "以正文句子开头的行（为深入贯彻…）是正文，不是标题",
    "a clause opened by a named five-year period (某县“十五五”期间…) is due at that period's end": "以五年规划期开头的分句（某县“十五五”期间…）在该期末到期",
    "a year the text sets work in (力争2023年, 2024年底前) is not before its present": "文中安排工作的年份（力争2023年、2024年底前）不早于成文当年",
    "a clause opened by its year (2025年新增…) sets that year's work": "以年份开头的分句（2025年新增…）安排该年的工作",
    "in an undated text, 年底前 and 全年 with no year written are its present year's, as 今年 is": "无日期的文本中，未写年份的“年底前”“全年”与“今年”一样指成文当年",
    "two ideographic spaces indent a paragraph: where a page kept them, each opens a new line": "两个全角空格表示段首缩进：保留缩进处各起一行",
    "a paragraph that is only a date (成文日期) ends there: the forwarded plan's title follows it": "仅有日期的段落（成文日期）到此结束：其后是所转发规划的标题",
    "a sentence ends its line, so a heading after it opens the next": "句子在此行结束，其后的标题另起一行",
    "a list of headed items introduced by a colon starts on the next line": "冒号引出的分项列表从下一行开始",
    "where and when a report was delivered (——20XX年M月D日在…会议上) stands under its title, on its own line": "报告的时间和场合（——20XX年M月D日在…会议上）单独成行，位于标题下",
    "a part's heading names its part with a section noun (回顾, 安排, 任务); its text follows it": "部分标题以“回顾、安排、任务”等词命名；正文在其后",
    "a dispatch number (发文字号) that opens a page stands on its own line, apart from the addressees": "页首的发文字号单独成行，与主送机关分开",
    "the addressees (主送机关) end at their colon: the text of the document starts after it": "主送机关到冒号为止：其后是正文",
    "a heading set apart by a space (三、主要任务 （一）…) opens its own line": "以空格隔开的标题（三、主要任务 （一）…）另起一行",
    "a sub-part's heading that names a part of a plan (（二）主要目标) ends before its text": "点明规划组成部分的小标题（（二）主要目标）在正文前结束",
    "a sub-part's heading runs on into its first numbered item (（一）完善服务网络1.建设…): it ends there": "小标题连着第一个编号条目（（一）完善服务网络1.建设…）：标题到此为止",
    "a plan's title set apart by a space from its first sentence (…规划 为推动…) stands on its own line": "规划标题与首句以空格隔开（…规划 为推动…）：标题单独成行",
    "the issuer's signature runs on into the signing date (…管委会2026年3月2日, or a space between):\n"
    "each its own line": "发文机关署名连着成文日期（…管委会2026年3月2日，或中间隔一个空格）：各自成行",
    "a notice's title runs on into its addressees (…的通知各片区管理局，…：): the title ends there": "通知标题连着主送机关（…的通知各片区管理局，…：）：标题到此为止",
    "the plan's title after a signing date runs on into its first sentence (…方案为进一步…): the title ends there": "成文日期后的规划标题连着首句（…方案为进一步…）：标题到此为止",
    "a paragraph opened by 今年 speaks of the year of issue: it and what follows in its section are this year's": "以“今年”开头的段落指发文当年：该段及本节其后内容都属当年",
    "a paragraph opened by the year of issue (2026年是…, 2026年经济社会发展的主要预期目标是) turns to that year": "以发文年份开头的段落（2026年是…、2026年经济社会发展的主要预期目标是）转入该年",
    "the report presents the coming five-year plan's outline: its goals follow, not past results": "报告介绍下一个五年规划纲要：其后是目标，不是以往成绩",
    "a line that opens with a comma, a closing bracket or a unit sign continues the one above": "以逗号、右括号或单位符号开头的行接续上一行",
    "a line that ends in an opening bracket, a comma or an enumeration mark runs on below": "以左括号、逗号或顿号结尾的行接续到下一行",
    "a bracket opened and not closed on its line closes on a line below": "本行未闭合的括号在下文闭合",
    "a number, a unit or a bound on its own line belongs to the clause it stands in": "单独成行的数字、单位或上下限属于所在分句",
    "the text after a number or a unit on its own line is the rest of its clause": "单独成行的数字或单位之后的文字是该分句的其余部分",
    "a measure's level set with its comparator inside a noun phrase is the specification to reach": "名词短语中带比较词的指标水平是要达到的规格",
    "a measure's level with 以内/以上 after it, inside a noun phrase, is the specification to keep to": "名词短语中后接“以内/以上”的指标水平是要保持的规格",
    "N家以上的X after a verb that brings X about counts X: a count to reach, not a kind of X": "动词后的“N家以上的X”是X的数量：是要达到的数量，不是X的类别",
    # own_verbs.py
    "a list item with a verb of its own (完成A、新增B以上) is a statement of its own: a bound after the last item is not the others'": "带有自身动词的列举项（完成A、新增B以上）各自成句：末项后的上下限不属于其他各项",
    # value_lists.py
    "values in one unit listed to the end of their clause (超300万吨、40万吨) are values, not sizes that name kinds": "同一单位的数值列到分句末尾（超300万吨、40万吨）是各项数值，不是界定类别的规模",
    # listed_objects.py, from_to.py
    "a clause opening with a verb that builds, changes or removes (整治A、B等N公里河道) counts the listed things it works on": "以建设、改造或拆除类动词开头的分句（整治A、B等N公里河道）所列事物的数量是工作要达到的数量",
    "对A、B等N个X进行改造: the listed things are what the work is done on, and their count is its target": "对A、B等N个X进行改造：所列事物是工作对象，其数量是目标",
    "由当前的N…达到M: the current level is where a change starts, the level it reaches is the target": "由当前的N…达到M：当前水平是变化的起点，达到的水平才是目标",
}

# marks that carry a value: (the English as a pattern with named groups, the Chinese template)
VALUED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(f"^{english}$"), chinese)
    for english, chinese in (
        (r"past achievement or context \((?P<w>.+)\)", "以往成绩或背景（{w}）"),
        (
            r"past result: 累计, 已 or 了 with a time already past \((?P<w>.+)\)",
            "以往成绩：“累计、已、了”与过去的时间连用（{w}）",
        ),
        (r"past result or current state \((?P<w>.+)\)", "以往成绩或现状（{w}）"),
        (
            r"a note under a figure marked (?P<m>.+?) above: it explains the figure and sets nothing",
            "上文标有{m}的数字的注释：解释该数字，不设目标",
        ),
        (
            r"the text gives (?P<y>\d+) as the year, outside the plan period: check the period or the date",
            "文中年份为{y}年，超出规划期：请核对规划期或日期",
        ),
        (
            r"a baseline of (?P<v>.+?) \((?P<y>\d+)\) is after the plan period and was left out",
            "基期值{v}（{y}年）晚于规划期，已略去",
        ),
        (
            r"the period is inferred from the due years the text states \((?P<a>\d+)–(?P<b>\d+)\)",
            "规划期根据文中写明的到期年份推定（{a}–{b}年）",
        ),
        (
            r"no year of its own: due at the end of the period inferred from the text \((?P<y>\d+)\): check it",
            "本句未写年份：按文中推定的规划期末（{y}年）到期，请核实",
        ),
        (
            r"the period starts in (?P<y>\d+), the year the document was issued: check it",
            "规划期从发文年份{y}年开始：请核实",
        ),
        (
            r"the text states no year: due in (?P<y>\d+) is an assumption to check",
            "文中未写明年份：{y}年到期是推定，请核实",
        ),
        (r"its draft would quote more than (?P<n>\d+) bytes", "起草后的引文将超过{n}字节"),
        (
            r"the period is inferred from the year of the list of projects \((?P<x>.+)\)",
            "规划期根据项目清单的年份推定（{x}）",
        ),
        (
            r"the period is inferred from the year that introduces the targets \((?P<x>.+)\)",
            "规划期根据引出目标的年份推定（{x}）",
        ),
        (
            r"the period is inferred from the year its lead gives the list of projects \((?P<x>.+)\)",
            "规划期根据导语为项目清单写明的年份推定（{x}）",
        ),
        (
            r"the text is undated: the period is (?P<y>\d+), the year it names most: check it",
            "文本无日期：规划期按文中提及最多的{y}年计，请核实",
        ),
        (
            r"the text is undated: the period starts in (?P<y>\d+), the first year it sets work due in: check it",
            "文本无日期：规划期从文中最早安排工作的{y}年开始，请核实",
        ),
        (
            r"no year of its own: due in (?P<y>\d+), the year the text sets most goals for: check it",
            "本身未写年份：按文中设定目标最多的{y}年到期，请核实",
        ),
        (r"(?P<n>\S+) with no unit written: check the unit", "{n}未写单位：请核对单位"),
        (
            r"the ratio (?P<r>\S+) drafted as (?P<x>\S+) times \(倍\), to two places: check",
            "比值{r}已按{x}倍起草（保留两位小数）：请核实",
        ),
        (r"an indicator table's target column to (?P<y>\d+)", "指标表的目标值列至{y}年"),
        (
            r"a text over (?P<n>\d+) characters was cut to its start: check where it should end",
            "文本超过{n}个字符，只保留了开头：请核对应在何处截止",
        ),
        (r"not a valid target as read: (?P<why>.+)", "按现有读法不是有效目标：{why}"),
    )
)


def _one(text: str) -> str | None:
    if text in SAID:
        return SAID[text]
    for pattern, chinese in VALUED:
        m = pattern.match(text)
        if m:
            fields = m.groupdict()
            if "why" in fields:  # the model's own words, kept in English in the plan
                fields["why"] = chinese_of(fields["why"]) or fields["why"]
            return chinese.format(**fields)
    return None


def chinese(text: str) -> str | None:
    """The Chinese of a reason or mark `draft` writes, or None where it wrote no such text."""
    found = _one(text)
    if found is not None or "; " not in text:
        return found
    # marks are joined with "; " (a row's 约束性 and its check, a date and a baseline left out)
    parts = [_one(p) for p in text.split("; ")]
    if all(p is None for p in parts):
        return None
    return "；".join(c if c is not None else p for c, p in zip(parts, text.split("; "), strict=True))


def said_zh(text: str) -> str:
    """The text in Chinese where `draft` wrote it, else as written (a person's own words)."""
    return chinese(text) or text


def said(text: str, lang: str) -> str:
    """A reason or mark in the reader's language: what `draft` wrote, in Chinese for a Chinese
    reader; a person's own words as written."""
    return said_zh(text) if lang == "zh" else text
