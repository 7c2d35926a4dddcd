"""The fifth table of numbers that are not targets (drafting.benefit_terms): a measure's terms, read by
the grammar of the sentence, and the targets beside them that stay targets (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.benefit_terms import RULES, screen
from targetctl.domain.drafting.screening import Screen
from tests.domain.rule_tables import covers_its_example, drafted


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_covers_a_number_of_its_own_example(rule: Screen) -> None:
    covers_its_example(rule, screen)


@pytest.mark.parametrize(
    "text",
    [
        # a grant sized per event or per thing
        "对县内企业举办的产品推介会给予每场2万元补助。",
        "对新认定的孵化载体奖励每家最高30万元。",
        "对符合条件的一体化示范站给予运营单位单站补助30万元。",
        # each level's part of a per-head subsidy standard
        "各级财政补助标准为：享受西部政策的县中央补助400元、省级补助50元、市县两级补助不低于50元。",
        # a buyer's grant per purchase, a reward per threshold passed, a grant's cap as a share of cost,
        # and a condition to qualify
        "对个人消费者报废旧车并购买新能源乘用车补贴12000元。",
        "对家电以旧换新零售额增量每达500万元的企业给予奖励。",
        "商贸企业零售额每达到1亿元给予一次性奖励。",
        "直接补助额度原则上不超过项目投资额的8%。",
        "单个充电桩补助不超过1万元且需单个充电桩功率不低于60千瓦。",
        # a share of what the beneficiary contracts for, granted
        "对参与政府采购的中小企业给予不低于合同金额30%的预付款。",
        # a share of a base at which support is paid
        "对今年符合条件的村镇银行小微贷款余额增量（含展期贷款）的1.5%提供资金支持。",
        # a share named as the benefit
        "获得省级奖励的项目，可申报县财政20%的配套奖励。",
        # a class served, bounded inclusive from below
        "对出口额占销售收入40%及以上的企业优先安排用地指标。",
        # a policy named by its number, carried on
        "将工程项目预留份额提高至35%以上政策延续到年底。",
        # a procedure's time standard
        "对符合条件的进口冷链货物实行24小时内放行。",
        "对低风险企业的申请须在3个工作日内作出答复。",
        # the kinds of goods a measure is aimed at
        "针对首年即降为零税率的1200种商品和十年内降税的900种商品，加大进口力度。",
        # a grant split between the levels of government that pay it
        "对收储的冬季蔬菜进行补贴，每吨补贴300元，其中省级200元、县区100元。",
        # a level of government as the payer of each beneficiary's amount
        "市级对年出栏1000头、3000头及5000头以上的养殖场改造粪污设施分别给予不超过20万元、40万元和80万元补助。",
        "茶园改造在国家每亩补助500元基础上，市级再补助300元。",
        "对每新增年加工5000吨茶叶、年产200吨速溶茶的生产线，市级分别支持500万元和300万元。",
        "支持合作社自建冷库，按照设计库容，每吨库容县级补助150元。",
        # the share set aside for small firms raised, the firms named before it
        "对适宜由中小企业提供的工程采购项目，将预留份额提高至45%以上。",
        "鼓励采购单位将合同预付款比例提高至合同金额的40%以上。",
        "中小企业采购份额预留比例由40%提高至50%，项目预付款比例由20%提高至40%。",
        # one level's share of a cost, named alone
        "一般县中央财政负担70%，省级和市县两级财政各负担15%。",
        # the share of purchases a grant pays, after 按照
        "按照企业当季收购量的8%，对滞销水果加工进行补贴。",
        # a statutory leave extended, and a scheme's cap raised
        "符合法律法规规定生育子女的夫妻，女方在法定产假基础上延长产假至158天。",
        "将居民医保门诊慢特病待遇支付上限统一调整至5000元。",
        # the kinds of goods a subsidy covers, and the price that qualifies them
        "将空气净化器、电饭锅等5类小家电纳入补贴范围。",
        "对消费者购买平板电脑等2类产品（单件售价不超过8000元）给予补贴。",
    ],
)
def test_a_measures_terms_are_not_drafted(text: str) -> None:
    assert drafted(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the number of events the plan holds stays a target beside the grant for each
        ("全年举办产销对接活动40场以上，对符合条件的给予每场2万元补助。", Decimal("40")),
        # an overall time brought down stays a target
        ("一般投资项目审批时间控制在30个工作日内。", Decimal("30")),
        ("企业开办时间压缩至1个工作日内办结。", Decimal("1")),
        # a plan's own share, and a floor after its noun, stay targets
        ("全县规上工业企业研发机构覆盖率达到50%以上。", Decimal("50")),
        ("新增高新技术企业30家及以上。", Decimal("30")),
        # the goods a plan commits to bring in, with no condition picking them out, stay targets
        ("全年新增进口商品品类200种。", Decimal("200")),
        # a fund a level of government sets up stays a target; so does a plan's own count after a grant
        ("市级安排专项资金5000万元，支持茶叶精深加工。", Decimal("5000")),
        ("每吨补贴300元，全年收储冬季蔬菜2万吨。", Decimal("2")),
        ("到2027年，全市生猪出栏达到300万头。", Decimal("300")),
        # 每年 after the payer says how often it funds, not what each beneficiary is paid
        ("市财政每年投入奖补资金3000万元，支持企业技术改造。", Decimal("3000")),
        # a plan's own count of childcare places stays a target beside the leave it grants
        ("全市新增普惠托位2000个，延长婚假至15天。", Decimal("2000")),
        # the goods a plan's subsidy reaches, counted, stay targets beside the scope
        ("全年补贴家电产品10万台以上，将洗碗机等3类产品纳入补贴范围。", Decimal("10")),
        ("每年市级奖补1500万元，支持农村公路养护。", Decimal("1500")),
        # a share of spending a government commits to, not a split of a cost
        ("县级财政教育支出占一般公共预算支出比例不低于20%。", Decimal("20")),
        # a plan's revenue or investment split by the level that raises it: each part is a target
        ("到2026年，全省一般公共预算收入达到3000亿元，其中省级800亿元、市县2200亿元。", Decimal("800")),
        ("全年计划完成投资150亿元，其中市级安排30亿元、区县120亿元。", Decimal("30")),
        # funds the plan commits to raise from each level: its own targets, not a standard's split
        ("力争全年争取中央补助2500万元、省级补助不少于800万元。", Decimal("800")),
        # whom a plan supports (对…给予补助) with no rate paid: the sentence's counts stay targets
        ("市级对每个示范村给予补助，每年创建示范村30个以上。", Decimal("30")),
        ("对考核优秀的乡镇给予奖励，全年新增城镇就业5000人以上。", Decimal("5000")),
        # what the plan itself keeps after 并须, 并应 is no condition on a beneficiary
        ("耕地保有量不低于50万亩，并须确保永久基本农田保护面积不低于40万亩。", Decimal("40")),
        ("开发边界扩展倍数不超过1.3，并应将人均城镇建设用地控制在不超过115平方米。", Decimal("115")),
    ],
)
def test_targets_beside_a_measures_terms_stay_targets(text: str, value: Decimal) -> None:
    assert value in drafted(text)
