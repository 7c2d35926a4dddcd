"""The fourth table of numbers that are not targets (drafting.rule_terms): a rule's terms, read by
the grammar of the sentence; and the targets beside them that stay targets (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.rule_terms import RULES, screen
from targetctl.domain.drafting.screening import Screen
from tests.domain.rule_tables import PERIOD, covers_its_example, drafted

BOOK = "东坪县促进消费提质扩容若干政策措施\n"  # a title that makes the text a book of support rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_covers_a_number_of_its_own_example(rule: Screen) -> None:
    covers_its_example(rule, screen)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the share a benefit pays, as the object of 给予, in any document; an amount, in a book
        ("对新落户的总部企业，给予最高60%的租金补贴。", []),
        (BOOK + "对首次获评的示范街区，给予20万元的一次性奖励。", []),
        ("符合条件的个人申请创业担保贷款的，给予贷款利率40%的贴息。", []),
        # a rate a sum is computed by
        ("对社区商户按实际支付电费的30%给予补助。", []),
        ("对参展企业的展位费按标准的70%收取。", []),
        # a rate by which support is provided (按…的N%提供资金支持)
        ("按各银行涉农贷款余额增量的1.5%提供资金支持。", []),
        ("对个体工商户按50%减征房产税。", []),
        # the rate of a tax
        ("小规模纳税人适用5%征收率的销售收入，减按2%征收增值税。", []),
        # the condition a beneficiary meets, a clause that only names it, in a book of rules
        (BOOK + "对年销售额达3000万元且增速达12%以上的商贸企业，每户奖励8万元。", []),
        (BOOK + "对年度线上交易额达到800万元的电商企业，给予15万元奖励。", []),
        # an amount per head or per unit, in a book of rules: the rate each beneficiary is paid
        (BOOK + "引进的青年人才给予生活补贴，其中硕士不低于2万元/人。", []),
        (BOOK + "种植大户的耕地地力补贴提高至120元/亩。", []),
        # a clause ending in 的 after a threshold: the rule's condition, in any document
        ("新增服务企业营业额累计超过2000万元的，给予奖励。", []),
        # a bound share or sum before the party it picks out; a count of parties stays a target
        ("支持持股比例高于50%的国有控股公司引入持股5%及以上的战略投资者。", []),
        ("新培育营业收入超过5亿元的企业12家。", [Decimal(12)]),
        ("新培育300家以上的规上企业。", [Decimal(300)]),
        # the terms of a loan or a payment
        ("二套住房的公积金贷款最高额度调整为80万元，最长贷款期限为25年。", []),
        ("购买首套住房的首付款比例不低于25%。", []),
    ],
)
def test_a_rules_terms_are_not_drafted(text: str, kept: list[Decimal]) -> None:
    assert drafted(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # a share granted, with a cap after it, or a second share listed after 、
        "对家政企业给予不超过培训费用30%、最高不超过5万元的补贴。",
        "统筹各类资金对参展企业展位费给予最高70%的补助。",
        "并给予贷款利率40%的贴息、最高0.8%/年的担保费补贴。",
        # a second share for a second beneficiary after 和
        "对牵头单位和参展企业分别给予不高于费用总额10%的组织补助和不高于展位费60%的参展补助。",
        # a share paid back or cut, a subsidised rate, a discount
        "对未裁员的中小企业返还55%。",
        "融资担保业务的年化担保费率补贴至1.8%。",
        "集装箱货车通行费享受20%优惠。",
        # a rate per unit a sum is computed by
        "商品房监管资金按250元/平方米留存。",
        "监管资金5万平方米（含）以下按400元/平方米留存。",
        # the terms of a loan or a payment
        "住房公积金贷款上限提高至60万元。",
        "劳务报酬发放比例不低于项目资金的15%。",
        "出让合同签订后一个月内缴纳出让价款的40%。",
        "工程预付款应不低于合同价款的20%。",
        # a scope a rule covers, bounded inclusive
        "装机容量100千瓦及以下的用户采用低压接入。",
        "对年销售额50万元（含）以下的个体工商户免收检测费。",
        # a time limit counted from an event: a procedure's term
        "自受理之日起5个工作日内办结。",
        "企业提交申请后10天内完成审核。",
        # a number that names the policy carried on
        "延续实施失业保险费率阶段性降低至1%的政策。",
        "继续执行80%暂退质量保证金政策。",
        "用好政策性银行对我市新增500亿元中长期贷款额度政策。",
        # a size that names a class of firms or projects
        "推动10亿元以上龙头企业扩产。",
        "全年新引进超5亿元（或1亿美元）先进制造业项目。",
        # siting standards of facilities
        "高速公路服务区加油站每百公里不超过3对（6座）。",
        "加油站出入口与学校主要出入口的距离应在80米以上。",
        # a band of sizes that picks out whom a benefit pays, and the share it pays
        "面积在100至140平方米（含）的由财政补贴60%所缴纳契税。",
        # a rate or a band of rates a rule is applied at (按…执行, 按…实施)
        "控制性详细规划未明确商业比例的，可按照5%到12%实施。",
        "上限为40%及以下的，按不低于5%执行。",
        "契税补贴标准参照首套住房标准下浮10%执行。",
        # a ratio a facility is provided at (按1泊/N平方米配建)
        "住宅项目按1泊/户或1泊/120平方米进行配建。",
        "公寓项目按不少于1泊/250平方米进行配建。",
        # a price a rule lets rise, a share of a price to pay by a date
        "新就业1年、2年以内，租金分别上浮至市场租金的60%、80%。",
        "签订出让合同后1个月内缴清首付款的40%。",
        # a subsidised rate's share and cap, an inclusive scope written after its bound, a threshold not passed
        "对新增设施农业贷款，省级财政按贴息比例不高于同期同档次LPR的60%且不超过1.5%，单个主体不超过100万元的规定予以贴息。",
        "300万元以下（含300万元）的工程采购项目专门面向中小企业采购。",
        "季度销售额未超过25万元）的小规模纳税人免征增值税。",
        # a stock held or run that picks out the firms a tax rule covers
        "对持有或经营租赁住房300套(间)及以上或建筑面积2万平米及以上的租赁企业，减按4%征收房产税。",
    ],
)
def test_more_of_a_rules_terms_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("在城市边缘新建环城绿道50公里。", Decimal(50)),
        ("沿铁路外侧新建防护林带20公里。", Decimal(20)),
        ("农村居民到最近医疗机构的距离缩短至3公里以内。", Decimal(3)),
    ],
)
def test_a_length_built_or_a_distance_cut_is_no_siting_standard(text: str, value: Decimal) -> None:
    assert drafted(text) == [value]


def test_a_siting_standard_opening_with_a_verb_is_no_milestone() -> None:
    # 服务, 覆盖 open the clause as verbs would: the standard is still no commitment
    d = extract("新建社区养老服务中心20个，服务半径不少于1公里。", default_year=2026, period=PERIOD)
    assert [t.quote for t in d.targets] == ["新建社区养老服务中心20个"]
    d = extract("新建城区加油站3座，覆盖半径不少于1.2公里。", default_year=2026, period=PERIOD)
    assert [t.quote for t in d.targets] == ["新建城区加油站3座"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the government's own commitments in the same kinds of documents stay targets
        ("全年新增规模以上工业企业120家以上。", Decimal("120")),
        ("到2026年，全县社会消费品零售总额达到260亿元。", Decimal("260")),
        ("研发经费投入强度达到2.8%。", Decimal("2.8")),
        (BOOK + "全年培育限额以上商贸企业50家。", Decimal("50")),
        # in a book, work on things counted after 对, and a bound after the beneficiary, stay targets
        (BOOK + "对全县12座垃圾压缩站破损的地坪进行修补。", Decimal("12")),
        (BOOK + "对贷款额200万元以上的小微企业收取的担保费率不超过1.2%。", Decimal("1.2")),
        ("年内普惠小微贷款余额增长15%以上。", Decimal("15")),
        # a fund committed as a whole is a target even where it grants support
        ("县财政安排5000万元专项资金，给予重点项目补助。", Decimal("5000")),
        # outside a book of support rules a plan may commit to the amount it grants
        ("新引进的全职院士团队给予最高500万元资助。", Decimal("500")),
        # an overall time limit is a target; a procedure's limit counted from an event is not
        ("一般投资项目审批时间控制在45个工作日内。", Decimal("45")),
        # the count of projects of a size class stays a target, its size does not
        ("全年争取政策性银行新增贷款额度80亿元。", Decimal("80")),
        ("全年引进5亿元以上产业项目40个。", Decimal("40")),
        # a share of all payments a kind of payment takes (支付…占…的N%) is a level to reach, no term to pay
        ("全市移动支付方式占全部零售交易的80%。", Decimal("80")),
        # a ceiling the plan commits to stays a target
        ("城市细颗粒物平均浓度控制在30微克/立方米以下。", Decimal("30")),
        ("全年新引进超5亿元（或1亿美元）先进制造业项目30个。", Decimal("30")),
        # the total investment of the projects listed is a target
        ("开工东坪储能、远山光伏等总投资300亿元以上的新能源项目。", Decimal("300")),
        # what the plan itself buys, builds or holds to stays a target beside such rules
        ("支持市场主体收购2万套存量商品住房作为保障性租赁住房。", Decimal("2")),
        ("全市新建公共停车泊位5000个。", Decimal("5000")),
        ("严格按照规划要求，新建保障性租赁住房3000套。", Decimal("3000")),
        ("租赁住房租金涨幅控制在5%以内。", Decimal("5")),
        # an amount the plan raises for projects, not a size that names them
        ("全年争取各类资金800亿元以上支持全省重大项目建设。", Decimal("800")),
    ],
)
def test_targets_beside_a_rules_terms_stay_targets(text: str, value: Decimal) -> None:
    assert value in drafted(text)


@pytest.mark.parametrize(
    "text",
    [
        # the standard a benefit is paid at (按…N元…的标准): what each beneficiary gets, in any document
        "参训学员按照初级800元、高级1600元的标准申领培训补贴。",
        "按照每人每年2.4万元（硕士）、1.2万元（本科）的标准发放安家补贴。",
        "对参加技能培训的农民工，按不超过600元/人次的标准给予补助。",
        "按每人创业实训不低于300元的标准，给予培训机构补贴。",
    ],
)
def test_a_benefits_standard_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a standard of defence names no money: what is built to it is a target
        ("按照50年一遇标准建设城区防洪堤12公里。", Decimal("12")),
    ],
)
def test_what_is_built_to_a_standard_stays_a_target(text: str, value: Decimal) -> None:
    assert value in drafted(text)


@pytest.mark.parametrize(
    "text",
    [
        # a threshold inside the object of 对 picks out whom a measure serves, in any document
        "对年出口额超过500万美元的外贸企业给予物流补助。",
        "对平均担保费率低于1.2%的融资担保机构给予业务奖补。",
        "对每年通行次数在20次（含）以上的客运班车给予通行费优惠。",
    ],
)
def test_a_threshold_picking_out_the_served_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the share of things worked on after 对, with no threshold word, stays a target
        ("对全县80%以上的老旧小区完成改造。", Decimal("80")),
        # the count after the condition stays a target
        ("对排放浓度超过限值的企业开展整治，全年整治120家。", Decimal("120")),
    ],
)
def test_work_after_a_condition_stays_a_target(text: str, value: Decimal) -> None:
    assert value in drafted(text)


@pytest.mark.parametrize(
    "text",
    [
        # an amount per unit that is granted (给予N元/X): the rate each unit is paid, in any document
        "对外贸企业按当年进出口额给予0.02元/美元奖励。",
        "对新建充电桩给予600元/千瓦的建设补贴。",
    ],
)
def test_an_amount_granted_per_unit_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_price_per_unit_the_plan_brings_down_stays_a_target() -> None:
    # a level the plan commits to, written per unit, is not granted and stays a target
    assert Decimal("0.45") in drafted("到2026年，一般工商业平均电价降至0.45元/千瓦时。")


@pytest.mark.parametrize(
    "text",
    [
        # the share of a beneficiary's cost a benefit pays, in any document: a clause of its own that
        # ends at the share, before the grant, or the object of the benefit verb
        "市级按企业研发设备购置金额的20%，给予一次性补助。",
        "最高补助企业参加境外展会实际发生的展位费用的60%。",
    ],
)
def test_the_share_of_a_cost_a_benefit_pays_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_share_of_spending_the_plan_commits_to_stays_a_target() -> None:
    # a share the plan's own spending reaches is not what a beneficiary is paid back
    assert Decimal("15") in drafted("全年民生支出占一般公共预算支出的比重达到15%以上。")


@pytest.mark.parametrize(
    "text",
    [
        # a norm the parties to a rule keep, in principle: a fee, a share of risk, a cap on a grant
        "对单户担保金额300万元以下的农户，收取的担保费率原则上不超过0.8%。",
        "原则上合作银行承担的风险责任比例不低于25%。",
        "再担保业务收费原则上不高于承担风险责任的0.4%。",
        "每个项目补助资金原则上不超过150万元。",
        # a body's policy put to use, however long what it names (用足…N亿元…额度和…利率政策)
        "用好用足国家新增3000亿元再贷款再贴现额度和下调支农、支小再贷款利率政策。",
        "全面落实疫情防控“六个到位”20项措施。",
        "租赁住房项目建设规模原则上不少于50套或建筑面积不少于2000平方米。",
        "租赁合同期限原则上不少于半年、不超过5年。",
        "配套用地面积占总用地面积的比例上限由7%提高到12%。",
        # a rate of money the rule pays or charges is a norm, not a rate the work reaches
        "单个项目财政贴息率原则上不超过2%。",
        "项目合理利润率原则上不超过8%。",
    ],
)
def test_a_norm_kept_in_principle_or_a_policy_put_to_use_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("新增公务用车原则上新能源汽车使用比例不低于60%。", Decimal(60)),  # a share the work reaches
        ("到2026年，全县担保费率降至1%以下。", Decimal(1)),  # no norm: the plan's own level
        ("县域内就诊率原则上不低于90%。", Decimal(90)),  # a rate the work reaches, bound in principle
        ("新建住宅小区充电设施配建比例原则上不低于30%。", Decimal(30)),
    ],
)
def test_a_level_the_work_reaches_stays_a_target_beside_a_norm(text: str, value: Decimal) -> None:
    assert drafted(text) == [value]


def test_measures_the_plan_itself_rolls_out_stay_a_target() -> None:
    assert drafted("2026年出台惠企措施10项。") == [Decimal(10)]
    # drawn up and carried out by the plan's own body: not another body's measures
    assert drafted("制定并落实稳就业10项举措。") == [Decimal(10)]


@pytest.mark.parametrize(
    "text",
    [
        # the size of one dwelling or room a rule sets
        "宿舍型房源人均使用面积不少于6平方米。",
        "公租房以小户型为主，可适当配置两居室，建筑面积不超过90平方米。",
        "新建人才公寓每套建筑面积控制在120平方米以内。",
    ],
)
def test_the_size_of_one_dwelling_a_rule_sets_is_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # how much is built, and a level per head the plan reaches
        ("到2026年，城镇人均住房建筑面积达到42平方米。", Decimal(42)),
        ("新建保障性租赁住房建筑面积120万平方米。", Decimal(120)),
        ("人均体育场地面积不低于2.6平方米。", Decimal("2.6")),
    ],
)
def test_an_area_built_or_reached_per_head_stays_a_target(text: str, value: Decimal) -> None:
    assert drafted(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # what a rule forbids as a share of a base, the most it may grant, a radius and a ratio it sets
        "单套商品住宅备案价上下浮动不得超过项目备案均价的10%。",
        "土地出让价款首次缴纳比例不得低于全部价款的40%。",
        "对新引进的总部企业，土地出让底价最高可优惠20%。",
        "以被遮挡建筑为中心，以150米为半径进行日照分析。",
        "新建住宅项目地下停车位按1.1个/户配建。",
        "鼓励符合条件的项目民间资本持股比例可在15%以上。",
    ],
)
def test_a_rules_limits_offers_and_ratios_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_floor_on_a_stock_written_as_forbidden_stays_a_target() -> None:
    assert drafted("到2026年，全县耕地保有量不得低于52万亩。") == [Decimal(52)]


def test_a_share_the_plan_expects_to_reach_with_can_stays_a_target() -> None:
    # 比例可达到N% under a time frame is a share to reach, not what a rule allows
    assert drafted("到2026年，本地配套比例可达到60%以上。") == [Decimal(60)]


def test_a_stocks_floor_as_a_share_of_the_land_stays_a_target() -> None:
    assert drafted("到2026年，全市生态保护红线面积不得低于国土面积的22%。") == [Decimal(22)]


@pytest.mark.parametrize(
    "text",
    [
        # a building or computation standard revised, worded as a norm (不应大于, 不宜大于)
        "高层住宅主阳台进深由不应大于1.6米调整为不应大于2.2米。",
        "普通住宅标准层层高由不宜大于3.0米调整为不宜大于3.3米。",
        "新建小区人口规模测算由每户平均3.2人降至3.0人。",
        # a condition a rule applies under (当…时)
        "当住宅层高大于3.3米时，按该层水平投影面积的1.5倍计算建筑面积。",
        # a withdrawal quota a scheme allows, raised
        "多子女家庭每月租房提取额度增加600元。",
        # a deposit's share released
        "对保交楼项目，提前释放监管账户保证金的50%。",
        # a class picked out by size, by a share not reached, or in brackets
        "120平方米以上住房购房补贴标准为每套6000元。",
        "允许未达到开发投资总额20%的出让土地办理预告登记。",
        "鼓励房地产开发企业开展团购（10套房屋及以上）活动。",
        "购买单套面积60平方米及以上的存量公寓的业主，其子女可享受同等入学待遇。",
    ],
)
def test_a_housing_measures_standards_and_conditions_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a share the plan raises by a date stays a target, though it is revised 由…提高到
        ("到2026年，全市可再生能源消费比例由12%提高到18%。", Decimal(18)),
        # homes the plan builds, though they are sized
        ("到2026年，新建保障性租赁住房3000套以上。", Decimal(3000)),
    ],
)
def test_a_share_or_homes_the_plan_commits_to_stay_targets_beside_housing_terms(text: str, value: Decimal) -> None:
    assert drafted(text)[-1:] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an indicator revised 由…降至/提高到 whose name holds 系数 or 计算 is no computation basis
        ("到2026年，城镇居民恩格尔系数由32%降至30%。", Decimal(30)),
        ("到2026年，按常住人口计算的城镇化率由58.5%提高到65%。", Decimal(65)),
        # a stock's floor worded as what should be (不应低于N万亩) is no design norm of a dwelling
        ("到2026年，全县耕地保有量不应低于45.6万亩。", Decimal("45.6")),
        # a clause opening 当场 / 当年 and ending in 小时 is no condition 当…时
        ("到2026年，当场办结事项平均办理时间压缩至2小时。", Decimal(2)),
        ("到2026年，当年新建5G基站平均开通时间缩短至24小时。", Decimal(24)),
        # a count the plan reaches, in brackets at the end of its clause, is no scope of a term
        ("到2026年，培育国家级专精特新“小巨人”企业（10家以上）。", Decimal(10)),
    ],
)
def test_a_plans_own_goal_stays_a_target_beside_the_housing_terms(text: str, value: Decimal) -> None:
    assert drafted(text)[-1:] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a grant's rise sized as a share of a grant amount; the entries of a subsidy catalogue
        "通用类机具可高于最高补贴额，幅度控制在最高补贴额的15%以内。",
        "选择不超过8个品目且不超过16个档次的产品提高补贴额。",
        "创新产品补贴品目实行总量控制，年度总数量不超过8个品目。",
    ],
)
def test_a_subsidy_catalogues_terms_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_grant_the_plan_wins_as_a_share_stays_a_target() -> None:
    # a share of the plan's own spending is no share of a grant's amount
    assert drafted("到2026年，农业科技投入占财政支出的比重达到3%。") == [Decimal(3)]


@pytest.mark.parametrize(
    "text",
    [
        # a bound a rule lets a place relax to, and a class of places picked out by an indicator
        "在确保安全的前提下，资源条件较好地区的新能源利用率可降低至88%。",
        "年度最大负荷峰谷差率超过35%的地区，需求响应能力应适当提高。",
    ],
)
def test_a_relaxed_bound_and_a_class_picked_by_an_indicator_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


def test_a_share_of_firms_the_plan_moves_stays_a_target() -> None:
    assert drafted("到2026年，推动超过80%的规上企业实现数字化转型。") == [Decimal(80)]


def test_a_bound_the_plan_expects_to_reach_lowered_stays_a_target() -> None:
    # no class a rule relaxes a bound for: the plan's own indicator, lowered to its target
    assert drafted("到2027年，全市物流成本占地区生产总值比重可降低至13%。") == [Decimal(13)]


def test_the_size_a_single_item_must_have_is_no_target_but_a_count_of_such_items_is() -> None:
    assert drafted("到2027年，建设用户侧储能项目100个，其中单个储能项目装机超过0.5兆瓦、光伏项目装机超过1兆瓦。") == [
        Decimal(100)
    ]
    assert drafted("到2027年，建成单体规模超过10万千瓦的储能电站5座。") == [Decimal(5)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # how long or how often a person does a thing a day, a week, a term or at a stretch
        ("保证初中生每天睡眠9个小时。", []),
        ("小学三至六年级书面作业完成时间不得超过60分钟。", []),
        ("中小学生连续看屏幕时间不宜超过20分钟。", []),
        ("幼儿园每天安排户外活动2小时以上。", []),
        ("学校每学期开展视力筛查2次。", []),
        ("中小学每天安排30—40分钟的课间活动。", []),
        ("保证小学生每天睡眠10个小时、初中生9个小时。", []),
        # a rate of the work, a share reached, a time the service is cut to: targets
        ("全市青少年近视率每年降低1个百分点以上。", [Decimal(1)]),
        ("每年儿童眼健康检查覆盖率达到95%以上。", [Decimal(95)]),
        ("急救平均反应时间缩短到12分钟以内。", [Decimal(12)]),
        ("到2027年，新型储能电站每天连续放电时长达到4小时。", [Decimal(4)]),
        ("新建社区体育场地60个。", [Decimal(60)]),
    ],
)
def test_a_norm_of_conduct_in_time_is_not_drafted(text: str, kept: list[Decimal]) -> None:
    assert drafted(text) == kept


def test_the_level_the_units_of_a_share_pass_is_no_target() -> None:
    # the share is at least its value; the level says which units count
    assert drafted("力争实现25%的村集体经营性年收入超过15万元。") == [Decimal(25)]
    assert drafted("到2027年，40%的规上工业企业研发投入强度达到3%。") == [Decimal(40)]
    # a level reached by all of them is the target
    assert drafted("村集体经营性年收入全部超过15万元。") == [Decimal(15)]


def test_a_share_that_picks_out_the_kind_supported_is_no_target() -> None:
    assert drafted("优先支持绿电使用比例超过70%的新建数据中心。") == []
    assert drafted("鼓励可再生能源用电占比达到50%及以上的园区开展试点。") == []
    # a share the supported work reaches is a target
    assert drafted("支持园区绿电使用比例达到40%的目标。") == [Decimal(40)]
    assert drafted("到2027年，数据中心绿电使用比例超过60%。") == [Decimal(60)]
