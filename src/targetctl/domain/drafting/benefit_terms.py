"""A fifth table of numbers that are not targets, beside rule_terms.RULES: the terms of a measure,
read by the grammar of the sentence that lays it down, in any document. A clerk reads each as what
the measure offers, to whom, or how fast a procedure runs, never as what the government will reach:

- a grant sized per event or per unit of work (给予每场N万元补助);
- a share of a beneficiary's contract or cost granted (给予…合同金额N%的预付款);
- a share named as the benefit itself (…N%的配套奖励);
- a class of beneficiaries bounded inclusive from below (…N%及以上的企业);
- a policy named by its number and carried on (…提高至N%政策延续到…);
- a procedure's time standard (…的N小时内放行), where no bound is set on an existing time
  (审批时间控制在N个工作日内 and 压缩至N个工作日 stay targets);
- the kinds of goods a measure is aimed at, each picked out by a condition (针对…的N种商品);
- how levels of government share a cost (市和区各承担N%), and the part of a grant each pays
  (其中省级N元、市县M元);
- a share of public purchasing set aside for small firms (预留N%…面向中小企业);
- the days of a statutory leave granted or extended (延长婚假至N天);
- a cap on what a scheme pays (…待遇标准上限上调至N元);
- the kinds of goods brought into a measure's scope (…等N类产品纳入补贴范围), and the price ceiling
  in brackets that picks out the goods it pays for ((单件售价不超过N元)).

Each rule is a screening.Screen (name, pattern, reason, a sentence of our own it must match:
tests/domain/test_drafting_benefit_terms.py). `screen` applies the table to a clause. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from targetctl.domain.drafting import grammar, screening
from targetctl.domain.drafting.grammar import T
from targetctl.domain.drafting.screening import Screen
from targetctl.domain.drafting.screening import screen_rule as _rule

_NUM = screening.DECIMAL
_BENEFIT = r"补贴|补助|奖励|奖补|贴息|资助|扶持|支持"
# what a beneficiary spends or contracts for, of which a grant pays a share
_COST = r"费用|费|投入|金额|价款|投资额|成本|总额"
# who a measure serves, as a class (…N%及以上的企业)
_SERVED = r"企业|单位|项目|主体|机构|商户|个人|园区|平台"
# a level of government that pays a grant
_PAYER = r"中央|省级|市级|县级|区级|乡级|镇级|市县|县区|县市区|市区|省|市|县|区"
# a procedure that runs within a time limit
_PROCEDURE = r"放行|办结|审结|验放|通关|答复|给出|作出|出具|反馈|到场|响应|处置"


RULES: tuple[Screen, ...] = (
    _rule(
        "grant-per-event",
        # the grant is counted per event or per thing (每场, 每次, 每家): it sizes each payment, and
        # the number of events the plan will hold, written elsewhere, stays a target
        rf"(?:给予|予以|奖励|补助|补贴)[^，。；\d]{{0,4}}?每(?:场|次|届|期|批|家|个|项|人|户|名)"
        rf"(?:最高)?(?:不超过)?{_NUM}[万]?元"
        # or 单 before the unit (给予业主单位单站补助50万元, 单个充电桩补助不超过2万元)
        rf"|单(?:站|台|个|家|项|户|套|座)[^，。；\d]{{0,8}}?(?:补助|补贴|奖励|资助)(?:上限|额度)?(?:最高)?(?:不超过|为)?{_NUM}[万]?元",
        "a grant sized per event or per unit (给予每场N万元补助): what each is paid, a rule's term",
        "对符合条件的产销对接会给予每场3万元补助",
        hint="每单",
    ),
    _rule(
        "cost-share-granted",
        # the object of 给予 is a share of what the beneficiary contracts for or spends
        rf"给予[^，。；\d]{{0,20}}?(?:{_COST})[^，。；\d]{{0,3}}?{_NUM}%"
        # or the grant's size named first (直接补助额度原则上不超过项目投资额的5%)
        rf"|(?:{_BENEFIT})(?:额度|金额|资金)[^，。；\d]{{0,12}}?(?:{_COST})的?{_NUM}%",
        "a share of a beneficiary's contract or cost granted (给予…合同金额N%的预付款): a rule's term",
        "采购人可给予小微企业不低于合同价款40%的预付款",
        hint="给",
    ),
    _rule(
        "share-granted",
        # a share of a base (…余额增量的N%) whose verb is the grant itself: the rate support is paid at
        rf"的{_NUM}%(?:给予|予以|提供)[^，。；\d]{{0,6}}?(?:{_BENEFIT}|资金)",
        "a share of a base that support is paid at (对…余额增量的N%提供资金支持): a rule's term",
        "对合作银行新增涉农贷款的1%提供资金支持",
        hint="%",
    ),
    _rule(
        "share-as-benefit",
        # a share named as the benefit (市级财政N%的配套奖励, N%的补贴): how much of a sum is paid
        rf"{_NUM}%的(?:配套|一次性)?(?:{_BENEFIT})",
        "a share named as the benefit (N%的配套奖励): how much of a sum is paid, a rule's term",
        "申报省级奖励的企业同时享受县财政30%的配套奖励",
        hint="%",
    ),
    _rule(
        "served-at-least",
        # a lower bound written inclusive (N及以上, N（含）以上) before whom it picks out (…的企业): a
        # class served; a target's floor is written N以上 after its noun (新增企业N家以上), or counts
        # the served themselves (招引N个及以上的亿元项目, 新增N家及以上的企业)
        rf"(?P<mask>{_NUM}(?![个家项])(?:%|[万亿]?[\u4e00-\u9fff]{{0,3}}?)(?:及以上|[(（]含[^)）]{{0,4}}[)）]以上|以上[(（]含[^)）]{{0,4}}[)）]))"
        # (a second bound may stand between, joined by 或: …N万元及以上或占比N%及以上的企业)
        rf"(?=(?:[或和][^，。；的]{{0,30}}?)?的(?:[\u4e00-\u9fff]{{0,8}}?)(?:{_SERVED}))",
        "a class served, bounded inclusive from below (…占比N%及以上的企业): a condition, not a target",
        "对研发投入占营业收入5%及以上的企业给予奖励",
        hint="上",
    ),
    _rule(
        "policy-carried-on",
        # a policy named by its number, the subject of 延续/延长: the commitment is to keep the policy
        rf"{_NUM}[^，。；]{{0,12}}?的?政策(?:继续)?(?:延续|延长|执行)(?:至|到)",
        "a number that names a policy carried on (…提高至N%政策延续到…): a rule's term, not a target",
        "将小微企业担保费率降至1%以下政策延续到年底",
        hint="策",
    ),
    _rule(
        "procedure-time-standard",
        # a time within which a procedure is done, with no bound set on an existing time before it: 控制在,
        # 压缩至, 缩短到 bring a time down and stay targets
        rf"(?<!控制在)(?<!压缩[至到在为])(?<!缩短[至到在为])(?<!精简[至到为])(?<![降减][至到为])"
        rf"(?P<mask>{_NUM}(?:个)?(?:工作日|小时|日|天))(?:以)?内(?:即可|即予|予以|完成)?(?:{_PROCEDURE})",
        "a procedure's time standard (…的货物N小时内放行): how the rule is applied, not a target",
        "对符合条件的鲜活农产品实行12小时内验放",
        hint="内",
    ),
    _rule(
        "cost-split",
        # levels of government sharing a cost (市和区各承担N%, 按N:M比例分担): how a bill is split
        rf"(?:[省市区县州镇]级?(?:财政)?[和与及、])+[省市区县州镇]级?(?:财政)?[^，。；\d]{{0,6}}?(?:各|分别)?(?:承担|负担|分担)"
        rf"[^，。；\d]{{0,4}}?(?P<mask>{_NUM}%(?:[、和]{_NUM}%)*)"
        rf"|按(?P<ratio>{_NUM}[:：∶]{_NUM})的?比例(?:分担|承担|负担|配套)"
        # one level's share, named alone (一般县中央财政负担60%)
        rf"|(?:{_PAYER})(?:两级)?财政(?:各|分别)?(?:承担|负担|分担)[^，。；\d]{{0,4}}?{_NUM}%",
        "how levels of government share a cost (市和区各承担N%): a rule's term, not a target",
        "所需经费由市、县两级财政各承担50%",
        hint="担配",
    ),
    _rule(
        "procurement-reserved",
        # a share of public purchasing set aside for small firms: a procurement rule, however it is worded
        rf"预留[^，。；\d]{{0,30}}?(?P<mask>{_NUM}%(?:以上)?)[^。；]{{0,24}}?(?:中小企业|小微企业)"
        # or the share set aside raised, the small firms named before it (…适宜由中小企业提供的，预留份额提高至N%)
        rf"|预留(?:采购)?(?:份额|比例)(?:由{_NUM}%)?(?:提高|提升|调整)(?:至|到){_NUM}%(?:以上)?",
        "a share of public purchasing set aside for small firms (预留N%…面向中小企业): a procurement rule",
        "对适宜由中小企业提供的采购项目，预留该部分预算总额的45%以上专门面向中小企业",
        hint="留",
    ),
    _rule(
        "payer-split",
        # a grant's amount split between the levels that pay it (每吨补贴800元，其中省级500元、市县300元);
        # a plan's revenue, investment or fund split by level (其中省级800亿元, 其中市级安排30亿元) is
        # counted in 亿 and set up (安排): its parts stay targets
        rf"(?:其中|[、，,])(?:{_PAYER})(?:财政)?(?:承担|负担|补助|补贴|出资)?(?P<mask>{_NUM}万?元)",
        "the part of a grant each level of government pays (其中省级N元、市县M元): a rule's term, not a target",
        "每吨补贴600元，其中省级400元、市县200元",
        hint="其中",
    ),
    _rule(
        "leave-days",
        # the days of a statutory leave granted or extended (延长婚假至N天, 产假增加N天): an
        # employee's entitlement the measure sets, however it is worded
        rf"(?:婚假|产假|陪产假|护理假|育儿假|哺乳假|探亲假)[^，。；\d]{{0,8}}?{_NUM}(?:天|日|周|个月)",
        "the days of a leave granted or extended (延长婚假至N天): an entitlement the measure sets, a rule's term",
        "职工在法定产假基础上，增加产假60天",
        hint="假",
    ),
    _rule(
        "benefit-cap",
        # a cap on what a scheme pays, raised or set (待遇标准上限上调至N元): the most one claim is paid
        rf"(?:标准|额度|限额|支付)上限[^，。；\d]{{0,8}}?(?:至|到|为){_NUM}万?元",
        "a cap on what a scheme pays raised or set (…待遇标准上限上调至N元): a rule's term, not a target",
        "将职工门诊统筹待遇标准上限提高至3000元",
        hint="限",
    ),
    _rule(
        "payers-listed",
        # two or more levels of government, each with the amount it pays per head (中央补助348元、省级补助
        # 116元、市县两级补助不低于116元): how a subsidy's standard is split, every part a rule's term
        # (not funds sought: 力争争取中央补助3000万元、省级补助1000万元 is the plan's to raise)
        rf"(?:(?:^|[、，,；;])(?![^，。；、\d]{{0,12}}?(?:争取|获得|筹集|申请|到位))[^，。；、\d]{{0,12}}?(?:{_PAYER})(?:两级|三级)?(?:财政)?(?:补助|补贴|负担|承担|出资)"
        rf"(?:不低于|不少于)?{_NUM}万?元){{2,}}",
        "the amount each level of government pays (中央补助N元、省级补助M元): how a standard is split, a rule's term",
        "一般县中央补助300元、省级补助100元、市县两级补助不低于100元",
        hint="、",
    ),
    _rule(
        "per-purchase",
        # what a buyer is paid for each purchase (购买符合条件的新能源乘用车补贴N元), or each time a
        # threshold is passed (零售额增量每达N万元，给予…奖励): a subsidy's standard
        rf"购买[^，。；\d]{{0,30}}?(?:补贴|补助|奖励)(?P<mask>{_NUM}万?元)|每(?:达|满|新增|增加)到?(?:{_NUM}[万亿]?元)",
        "what a buyer is paid per purchase, or per threshold passed (购买…补贴N元, 每达N万元): a subsidy's standard",
        "对消费者购买符合条件的新能源汽车补贴8000元",
        hint="购每",
    ),
    _rule(
        "condition-to-qualify",
        # a condition the beneficiary must meet (且需单个充电桩功率不低于40千瓦): who qualifies, no target
        rf"(?:且|并)(?:需|须|应)[^，。；\d]{{0,12}}?(?:不低于|不少于|达到|不超过|不高于){_NUM}[^，。；\d]{{0,4}}",
        "a condition the beneficiary must meet (且需…不低于N): who qualifies, not a target",
        "对新建公交场站充电设施给予补助且需单桩功率不低于60千瓦",
        hint="需须应",
        # what the plan itself keeps (并须确保…不低于N万亩, 并应将…控制在N): a target, not a condition
        unless=r"确保|控制|保持|稳定在|力争|将",
    ),
    _rule(
        "kinds-brought-in",
        # the kinds of goods a measure brings into its scope (将A、B等N类产品纳入补贴范围): its reach, as
        # the rule that lists them counts them
        rf"{_NUM}(?:类|种)[^，。；\d]{{0,12}}?纳入[^，。；\d]{{0,6}}?(?:补贴|支持|补助|奖励|报销|支付|保障)范围"
        # or the goods a buyer is paid for buying (对…购买A、B等N类产品…给予补贴)
        rf"|购买[^，。；\d]{{0,40}}?(?P<mask>{_NUM}(?:类|种))[^，。；]{{0,40}}?给予[^，。；]{{0,8}}?(?:补贴|补助|奖励)",
        "the kinds of goods a measure covers (将…等N类产品纳入补贴范围, 购买…等N类产品给予补贴): not a target",
        "将洗碗机、净水器等3类产品纳入补贴范围",
        hint="类种",
    ),
    _rule(
        "eligible-price",
        # a price ceiling in brackets after the goods a measure pays for: which goods qualify
        rf"[（(][^）)]{{0,8}}?(?:价格|售价|单价)(?:不超过|不高于|低于|在)?{_NUM}万?元(?:及?以下|以内)?[）)]",
        "a price ceiling that picks out the goods a measure pays for ((单件售价不超过N元)): a condition, not a target",
        "对居民购买节能冰箱（单台售价不超过5000元）的给予补贴",
        hint="价",
    ),
    _rule(
        "aimed-kinds",
        # the object of 针对: kinds of goods, each picked out by a condition (…的N种): the scope of
        # the measure, counted as the rules that define it count them
        rf"针对(?:[^，。；]{{0,24}}?的{_NUM}(?:种|类)[^，。；、和及]{{0,8}}?[、和及]?)+",
        "the kinds of goods a measure is aimed at (针对…的N种商品): its scope, not a target",
        "针对降税幅度较大的860种进口商品开展推介",
        hint="针",
    ),
)


def screen(clause: str, numbers: Sequence[T], book: bool = False) -> tuple[list[T], grammar.Rule | None]:
    """screening.screen_table of this table."""
    return screening.screen_table(RULES, clause, numbers, book)


__all__ = ["RULES", "screen"]
