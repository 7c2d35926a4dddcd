"""A fourth table of numbers that are not targets, beside grammar.NOT_TARGETS, screening.RULES and
descriptors.RULES: the terms of a rule the document lays down, read by the grammar of the sentence
rather than by its words. A clerk reads these as what the rule offers or demands, never as what the
government will achieve:

- the share a benefit pays, as the object of 给予 (给予…N%的补贴);
- a rate a sum is computed by (按…的N%给予/收取/减征, 按N%减征);
- the rate of a tax (适用N%征收率, 减按N%);
- the condition a beneficiary meets, in a clause that only names it (对…N…的企业，; …达到N万元的，),
  and in any document a threshold in the object of 对 (对年产值超过N亿元的企业) or a bound share or sum
  before the party it picks out (持股5%及以上的投资者);
- the terms of a loan or a payment (贷款额度, 首付款比例, 保证金比例, 贷款期限);
- the standard a benefit is paid at (按照初级N元、高级N元的标准), an amount granted per unit (给予N元/美元),
  the share of a beneficiary's cost a benefit pays (按…金额的N%，给予).

Each rule is a screening.Screen (name, pattern, reason, a sentence of our own it must match:
tests/domain/test_drafting_rule_terms.py). `screen` applies the table to a clause. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from targetctl.domain.drafting import grammar, screening
from targetctl.domain.drafting.bounds import NEW_PREDICATE, NOT_A_RATE
from targetctl.domain.drafting.grammar import T
from targetctl.domain.drafting.screening import Screen
from targetctl.domain.drafting.screening import screen_rule as _rule

_NUM = screening.DECIMAL
# a share, as a benefit is sized (N%, N倍): an amount granted (给予N万元) is a term only in a book of
# support rules (screening's grant-amount), for a plan may commit to a grant it pays
_SHARE = rf"{_NUM}(?:%|‰|倍|个百分点|个基点)"
_BENEFIT = r"补贴|补助|奖励|奖补|贴息|优惠|价格扣除|资助|减免|激励|扶持"
# what a rate a sum is computed by does: pays it, levies it, keeps it back
_APPLIED = r"给予|予以|补助|补贴|奖励|奖补|贴息|减征|征收|收取|抵减|返还|留存|确定|扣除|激励|计征|提供|计算|执行|实施"

# what a beneficiary spends or earns, of which a benefit pays a share
_COST = r"费用|投入|金额|投资额|成本|销售额|收入|总额"


_NORM_BOUND = r"不低于|不高于|不超过|不少于|不大于|不小于|低于|高于"
# the unit after a norm's number, up to the next item of its list (30套或…, 3年、…)
_NORM_UNIT = r"(?:%|‰|倍|个百分点|[万亿]?元|[^\s，。；、\d或和及]{1,5})?"

# a facility provided per what it serves (1.1个/户, 1泊/100平方米)
_PER_UNIT = rf"{_NUM}(?:个|辆|台|套|间|位|泊|平方米)/(?:户|人|套|间|百户|千人|{_NUM}平方米)"

RULES: tuple[Screen, ...] = (
    _rule(
        "norm-in-principle",
        # 原则上 and a bound on a number in the same clause: the norm a fee, a share of risk or a cap
        # is kept at; a share the work itself reaches (使用比例, 覆盖率, 占比) stays a target
        r"原则上(?:(?!使用|覆盖|占比|达标)[^，。；\d]){0,24}?"
        rf"(?:{_NORM_BOUND})[^，。；\d]{{0,12}}?{_NUM}{_NORM_UNIT}"
        # a second bound of the same norm (不少于30套或建筑面积不少于1500平方米, 不少于半年、不超过3年)
        rf"(?:[或、和及][^，。；\d]{{0,8}}?(?:{_NORM_BOUND})[^，。；\d]{{0,4}}?{_NUM}{_NORM_UNIT})*",
        "a norm kept in principle (担保费率原则上不超过1%, 原则上…比例不低于20%): a rule's term, not a target",
        "单户担保金额500万元以下的，收取的担保费率原则上不超过1%",
        hint="原",
        # a rate the work reaches (县域内就诊率, 配建比例): a target, though its bound is in principle
        # (not a rate of money the rule pays or charges: 贴息率, 补助率, 贴现率, 利润率, 收益率)
        unless=r"(?<![费利税汇息贴助现润益报])率|配建|就诊|入学|入园",
    ),
    _rule(
        "benefit-share",
        # a share is never a fund's size, so a fund named before it (统筹…资金) does not lift it
        rf"给予[^，。；]{{0,20}}?{_SHARE}[^，。；]{{0,16}}?(?:{_BENEFIT})"
        # a second share for a second beneficiary, after 、 or 和 (分别给予…N%的A和…N%的B)
        rf"(?:[、和及][^，。；、]{{0,8}}?{_SHARE}[^，。；、]{{0,10}}?(?:{_BENEFIT}))*",
        "the share a benefit pays, the object of 给予 (给予…N%的补贴): a rule's term, not a target",
        "对购置新能源农机的农户，给予不超过售价15%的补贴",
        hint="给",
    ),
    _rule(
        "share-paid",
        # the share paid back, cut or subsidised down to; a discount
        rf"(?:返还|补贴|补助|减免|减征|减收)(?:至|到)?{_SHARE}(?:[、或和]{_SHARE})*"
        rf"|{_SHARE}的?(?:优惠|折扣)(?!率)",
        "a share paid back, cut or subsidised (返还N%, 补贴至N%, N%优惠): a rule's term, not a target",
        "对当年未裁员的小微企业返还45%",
        hint="返补减优折",
    ),
    _rule(
        "cap-changed",
        # the cap or floor a rule sets, raised or lowered (比例上限由7%提高到15%): the rule's new term
        rf"(?:上限|下限|限额)(?:由[^，。；]{{0,12}}?)?(?:提高|提升|调整|放宽|上调|降低|下调)(?:到|至|为)(?P<mask>{_NUM}%?)",
        "a cap or floor a rule sets, raised or lowered (比例上限由7%提高到15%): a rule's term, not a target",
        "配套用地面积占总用地面积的比例上限由7%提高到15%",
        hint="限",
    ),
    _rule(
        "rate-applied",
        # or a band of rates (按照N%到M%实施)
        rf"按(?:照)?[^，。；]{{0,30}}?{_NUM}(?:%|‰|倍)(?:[到至—~－-]{_NUM}(?:%|‰|倍))?[^，。；\d]{{0,6}}?(?:{_APPLIED})"
        # or a base cut or raised before it is applied (参照…标准下浮N%执行)
        rf"|(?:下浮|上浮|下调|上调){_NUM}%(?:执行|实施|计算|确定)"
        # a rate per unit (按N元/平方米): what each unit is charged, kept or paid
        rf"|按(?:照)?(?:每[\u4e00-\u9fff]{{1,3}})?{_NUM}[万]?元/[\u4e00-\u9fff]{{1,3}}"
        # the band of a schedule a rate applies to (N万平方米以下按…)
        rf"|{_NUM}[万亿]?[\u4e00-\u9fff]{{0,4}}?(?:[(（]含[)）])?(?:及)?(?:以下|以上)(?=按)",
        "a rate a sum is computed by (按…的N%给予, 按N%减征, 按N元/平方米): a rule's term, not a target",
        "对小微商户按当月租金的40%予以减免",
        hint="按",
    ),
    _rule(
        "tax-rate",
        rf"{_NUM}%的?(?:征收率|预征率|税率|扣除率)|减按{_NUM}%",
        "the rate of a tax (适用N%征收率, 减按N%): a rule's term, not a target",
        "小规模纳税人适用5%征收率的销售收入减按2%征收",
        hint="率按",
    ),
    _rule(
        "beneficiary-condition",
        # a clause that only names whom a rule serves (对…的企业), the rule following after a comma;
        # it may open with its item's number, (一) or 1.
        # a threshold word before the 的 (达到, 以上, 首次…), and no bound in the noun after it: 对N座X的
        # 地坪进行修补 is work on things, and …的担保费率不超过N% sets a bound
        r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?(?:对|凡)(?=[^，。；]*\d)"
        r"[^，。；]{0,50}?(?:达到?|超过|突破|以上|以下|不低于|不少于|增长|首次)[^，。；]{0,30}的"
        r"(?:(?!不超过|不高于|不低于|低于|高于|达到|控制|降至|降低|提高|提升)[^，。；的]){0,16}$",
        "the condition a beneficiary meets (对营业收入N亿元以上的企业，…): a rule's term, not a target",
        "对年销售额达3000万元且增速达12%以上的商贸企业",
        hint="对凡",
        book=True,
    ),
    _rule(
        "condition-clause",
        # a clause ending in 的 after a threshold: the condition of the rule that follows (…的，给予)
        rf"^[^，。；]*?(?:达到?|超过|突破|不低于|不少于|低于|高于){_NUM}[^，。；]{{0,16}}?的$",
        "the condition of a rule (年销售额达到N万元的，给予…): a rule's term, not a target",
        "年度线上销售额首次达到3000万元的",
        hint="达超突低少高",
    ),
    _rule(
        "loan-terms",
        r"(?:贷款|公积金)[^，。；\d]{0,8}?(?:额度|限额|上限)[^，。；]{0,30}"
        r"|(?:首付款?|保证金|缴纳|缴存|发放|贴息|补贴|补助|奖补)比例[^，。；]{0,30}|预付款(?:比例)?(?:应|须|不得|不低于|为|提高至|提高到|由)[^，。；]{0,20}"
        # (not a share a kind of payment takes of them all: 移动支付方式占全部交易的N%)
        rf"|(?:缴纳|缴清|缴付|支付)(?:(?!占)[^，。；\d]){{0,12}}?的{_NUM}%"
        r"|(?:贷款|缴款|还款)期限[^，。；]{0,12}"
        # what a fund member may draw (提取额度增加N元), a deposit's share released (释放…保证金的N%)
        rf"|提取(?:额度|限额)[^，。；]{{0,20}}|保证金的{_NUM}%",
        "the terms of a loan or a payment (贷款额度, 首付款比例, 贷款期限): a rule's term, not a target",
        "二套住房的公积金贷款最高额度调整为80万元",
        hint="额限比期付缴保",
        # the credit the plan wins or lends out as a whole (争取新增贷款额度N亿元) is a target
        unless=r"争取|新增|投放|授信|累计",
    ),
    _rule(
        "scope-bound",
        # an upper bound written inclusive (N及以下, N（含）以下, N以下（含本数）) draws a scope: whom or
        # what a rule covers; a target's ceiling is written 控制在N以下, 降至N以下
        rf"(?P<mask>{_NUM}[万亿]?[\u4e00-\u9fff]{{0,3}}?(?:[(（]含[^)）]{{0,4}}[)）]以下|及以下|以下[(（]含[^)）]{{0,8}}[)）]))",
        "a scope a rule covers, bounded inclusive (单户金额N万元及以下的业务): a rule's term, not a target",
        "报装容量80千瓦及以下采用低压方式接入",
        hint="下",
    ),
    _rule(
        "time-limit-from-event",
        rf"(?:之日起|[\u4e00-\u9fff]后)(?P<mask>{_NUM}(?:个)?(?:工作日|日|天|小时))内?",
        "a time limit counted from an event (自受理之日起N个工作日, 备案后N天内): a procedure's term, not a target",
        "自材料齐全之日起3个工作日内办结",
        hint="起后",
    ),
    _rule(
        "policy-named",
        # or used (用好…N亿元贷款额度政策: another body's policy the plan draws on)
        rf"(?:实施|执行|延续|落实|用好|用足)[^，。；]{{0,30}}?{_NUM}[^，。；]{{0,30}}?的?政策(?!性|体系|工具)"
        # the measures another body laid down, carried out (落实…“十个常态化”30项措施); not the
        # plan's own, drawn up and carried out (制定并落实10项举措)
        rf"|(?<![定台订并])(?:落实|执行)[^，。；\d]{{0,24}}?{_NUM}(?:项|条)(?:措施|举措)",
        "a number that names the policy carried on (继续实施N%暂退…政策): a rule's term, not a target",
        "继续实施养老保险单位缴费比例16%的政策",
        hint="策措举",
    ),
    _rule(
        "per-unit-amount",
        # screening's grant-amount reads 100元 of 100元/亩 and leaves the number, which ends after /亩
        rf"{_NUM}[万]?元/(?:人|亩|户|头|只|辆|台|套|次|家|平方米)",
        "an amount per head or per unit in a book of support rules (N元/亩, N万元/人): what each beneficiary "
        "is paid, a rule's term",
        "高校毕业生见习补贴标准为2000元/人",
        hint="元",
        book=True,
    ),
    _rule(
        "served-threshold",
        # in any document: the object of 对 (not 针对, 对标, 对接…) holds a threshold word right before a
        # number, and the phrase ends at its first 的: every number in it picks out the class served.
        # The share of things worked on (对全县N%以上的小区) has no threshold word and stays a target
        rf"(?<![针面相应绝反])对(?![标接口外象比照])[^，。；]{{0,40}}?"
        # the level named as the goal (实现对…覆盖率达到N%的目标) is the target itself
        rf"(?:达到?|超过|低于|高于|不低于|不少于|不高于|不超过|在){_NUM}[^，。；]{{0,40}}?的(?!目标|要求|水平)",
        "a threshold that picks out whom a measure serves (对年产值超过N亿元的企业): a condition, not a target",
        "对综合担保费率低于1.2%的担保机构给予奖补",
        hint="对",
    ),
    _rule(
        "party-threshold",
        # a share held or a sum earned, named and bounded, right before 的 and the party it picks out
        # (持股比例高于50%的上市公司, 持股5%及以上的投资者): which parties are meant. A share of the
        # parties themselves (超过80%的规上企业) and a count of them (100家以上的企业) stay targets
        rf"(?:持股|比例|收入|营收|销售额|产值|资产|市值)(?:高于|超过|低于|不低于|不少于|达到)?{_NUM}(?:%|[万亿]?元)"
        r"(?:及?以上)?的[\u4e00-\u9fff]{0,10}?(?:企业|公司|投资者|股东|机构|主体)"
        # or a stock held or run (持有或经营租赁住房N套及以上或…N平方米及以上的租赁企业)
        rf"|(?:持有|经营|拥有|运营)[^，。；\d]{{0,10}}?{_NUM}万?[^，。；\d]{{1,5}}?及?以上(?:或[^，。；]{{0,24}}?及?以上)?"
        r"的[\u4e00-\u9fff]{0,10}?(?:企业|公司|机构|主体)",
        "a bound that picks out the parties meant (持股比例高于50%的上市公司): a condition, not a target",
        "引入持股5%及以上的战略投资者作为积极股东",
        hint="的",
    ),
    _rule(
        "benefit-standard",
        # 按 opens the standard a payment is made at and 标准 closes it; every amount of money between
        # (one per grade of beneficiary) is what each is paid. A standard with no money in it (按N年一遇
        # 标准) is what work is built to, and what follows it stays a target
        rf"按(?:照)?[^，。；]{{0,40}}?{_NUM}[万]?元[^，。；]{{0,40}}?标准",
        "the standard a benefit is paid at (按照初级N元、高级N元的标准): what each beneficiary gets, a rule's term",
        "按照每人每年1.5万元（硕士）、0.8万元（本科）的标准发放生活补贴",
        hint="标",
    ),
    _rule(
        "per-unit-granted-any",
        # in any document: the object of 给予/予以 an amount per unit (元/X), or such an amount named as
        # the grant; what a plan commits to per unit (电价降至N元/千瓦时) is neither, and stays a target
        rf"(?:给予|予以)[^，。；\d]{{0,6}}?(?P<mask>{_NUM}[万]?元/[\u4e00-\u9fff]{{1,3}})"
        rf"|(?P<named>{_NUM}[万]?元/[\u4e00-\u9fff]{{1,3}})(?=的?[\u4e00-\u9fff]{{0,4}}(?:{_BENEFIT}))",
        "an amount granted per unit (给予N元/美元奖励, N元/千瓦的补贴): the rate each unit is paid, a rule's term",
        "对新购新能源公交车给予3000元/辆的运营补贴",
        hint="元",
    ),
    _rule(
        "cost-share-any",
        # in any document: 按 a beneficiary's cost 的N% as a clause of its own (the grant follows after
        # the comma), or a cost's share as the object of a benefit verb (补贴…费用的N%). A plan's share
        # of its own spending (占…支出的比重) has neither and stays a target
        rf"按(?:照)?[^，。；]{{0,40}}?(?:{_COST})[^，。；\d]{{0,4}}?的{_NUM}%$"
        rf"|(?:{_BENEFIT})[^，。；\d]{{0,30}}?(?:{_COST})[^，。；\d]{{0,4}}?的{_NUM}%",
        "the share of a beneficiary's cost a benefit pays (按…金额的N%，给予; 补贴…费用的N%): a rule's term",
        "省级按设备购置金额的15%",
        hint="%",
    ),
    _rule(
        "prohibited-share",
        # what a rule forbids, as a share of a base it names (不得超过项目备案均价的15%, 不得低于…价款的50%):
        # a limit the parties keep; a floor on a stock (耕地保有量不得低于N万亩) names no base and stays
        # nor a stock's floor as a share of the land (生态保护红线面积不得低于国土面积的25%)
        rf"(?<!面积)(?<!保有量)(?<!覆盖率)不得(?:超过|高于|低于|少于|大于|小于)[^，。；\d]{{1,20}}?的{_NUM}%",
        "a share a rule forbids passing (不得超过备案均价的N%): a rule's term, not a target",
        "单套住房备案价上下浮动不得超过项目备案均价的10%",
        hint="得",
    ),
    _rule(
        "offered-at-most",
        # the most a rule may grant or cut (土地出让底价最高可优惠N%, 最高可补助N万元): its offer
        rf"最[高多]可(?:[^，。；\d]{{0,4}}?)(?:{_BENEFIT}|减征|下浮|享受)[^，。；\d]{{0,6}}?{_NUM}(?:%|‰|[万亿]?元)?",
        "the most a rule may grant or cut (最高可优惠N%): a rule's offer, not a target",
        "项目土地出让底价最高可优惠20%",
        hint="最",
    ),
    _rule(
        "radius-or-ratio",
        # a radius a rule draws (以N米为半径) and a ratio it sets per household or head (按N个/户配建), or
        # per floor area, a bound before it, a second ratio after 或 (按不少于1泊/户或1泊/N平方米配建)
        rf"以{_NUM}(?:米|公里|千米)为半径|按(?:照)?(?:{_NORM_BOUND})?{_PER_UNIT}(?:[或、和及](?:{_NORM_BOUND})?{_PER_UNIT})*",
        "a radius or a ratio a rule sets (以N米为半径, 按N个/户): a rule's term, not a target",
        "地下停车位按1.1个/户配建",
        hint="半按",
    ),
    _rule(
        "siting-distance",
        # how far apart or how close a facility may stand (服务半径不少于0.9公里, 出入口距离应在50米以上,
        # 每百公里原则上不超过6对): a siting standard, however it is worded
        rf"(?:距离|间距|半径|外侧|边缘)[^，。；\d]{{0,10}}?(?:应|须|不得|宜)?(?:在|不少于|不小于|不低于|不超过|大于|小于)?"
        rf"{_NUM}(?:米|公里|千米)(?:以上|以内|以下)?|每[百千]?公里[^，。；\d]{{0,8}}?(?:不超过|不少于|不宜超过){_NUM}"
        r"[^，。；\d（(]{0,2}(?:[（(][^（）()]{0,8}[）)])?",
        "how far apart or how close a facility may stand (服务半径不少于N公里, 每百公里不超过N座): a siting standard",
        "城区加油站的服务半径不少于1.2公里",
        hint="距间径侧缘公",
        # a clause that only sets it (服务半径不少于1公里) commits to nothing, though it opens with 服务
        clause=True,
        # a length the work builds or a distance it cuts (在城市边缘新建绿道50公里, 距离缩短至3公里), or a
        # network's average radius aimed at (平均服务半径力争小于1公里): a target
        unless=r"新建|建设|建成|改造|新增|修建|铺设|打造|营造|种植|完成|实施|缩短|缩小|延长|提升|力争|确保|平均",
    ),
    _rule(
        "share-allowed",
        # what a rule allows a party's share to be (民间资本持股比例可在N%以上, 出资比例可放宽至N%); not
        # 比例可达到N%, a share the plan expects to reach (到2025年，…国产化比例可达到90%)
        rf"比例可(?:在|提高至|提高到|放宽至|放宽到|为){_NUM}%(?:以[上下内])?",
        "a share a rule allows (持股比例可在N%以上): a rule's term, not a target",
        "支持符合条件的项目社会资本持股比例可在20%以上",
        hint="可",
    ),
    _rule(
        "unit-size",
        # the size of one dwelling or room a rule sets (宿舍型人均使用面积不少于N平方米, 每套建筑面积
        # 控制在N平方米以内), and a cap on a bare area as a clause of its own (…三居室，建筑面积不超过N平方米):
        # what each unit may be, never how much is built (新建…建筑面积N万平方米, 人均…面积达到N平方米)
        rf"(?:宿舍型|住宅型|户型|套型|每套|每户|单套|每间|单间)[^，。；\d]{{0,8}}?(?:人均)?(?:使用|建筑|套内|居住)?面积"
        rf"(?:原则上)?(?:{_NORM_BOUND}|控制在|为)?{_NUM}平方米(?:及?以[内下上])?"
        rf"|^(?:使用|建筑|套内|居住)面积(?:原则上)?(?:不超过|不大于|不高于|控制在){_NUM}平方米(?:以[内下])?$",
        "the size of one dwelling or room a rule sets (宿舍型人均使用面积不少于N平方米): a rule's term, not a target",
        "宿舍型房源人均使用面积不少于6平方米",
        hint="面",
    ),
    _rule(
        "size-class",
        # not after 总投资 (A、B等总投资N亿元以上的项目 totals the projects listed), not before 的
        # (N亿元以上的项目 is quantities' to read)
        rf"(?P<mask>(?<![达到至为超过])(?<!突破)(?<!总投资){_NUM}[万亿]?元以上"
        # or 超N亿元, with an amount in another currency in brackets (超N亿元（或N亿美元）项目)
        rf"|(?<=超){_NUM}[万亿]?元[(（]或[^)）]{{1,12}}[)）])"
        # (not an amount that goes to projects: 争取资金N亿元以上支持…项目)
        r"(?=(?:(?!的|支持|用于|投向|保障|带动)[\u4e00-\u9fff]){0,6}(?:企业|项目))",
        "a size that names a class of firms or projects (N亿元以上龙头企业): not a target, their count is",
        "重点服务20亿元以上工业企业",
        hint="上超",
    ),
    _rule(
        "grant-share",
        # a grant's rise or cut sized as a share of a grant's amount (幅度控制在最高补贴额的N%以内)
        rf"(?:补贴|补助|奖补|奖励)(?:额|金额|标准)的{_NUM}%(?:以[内下上])?",
        "a share of a grant's amount (最高补贴额的N%): how a grant is sized, a rule's term",
        "通用类机具可高于最高补贴额，幅度控制在最高补贴额的15%以内",
        hint="额标",
    ),
    _rule(
        "catalogue-entries",
        # the entries of a subsidy catalogue a rule picks or caps (不超过N个品目, N个档次)
        rf"{_NUM}个(?:品目|档次)",
        "entries of a subsidy catalogue (不超过N个品目, N个档次): the scope of a rule, not a target",
        "选择不超过8个品目且不超过16个档次的产品提高补贴额",
        hint="品档",
    ),
    _rule(
        "relaxed-bound",
        # a bound a rule lets a party relax to (…地区的利用率可降低至N%, 可放宽至N%): lowered for a class
        # it names; the plan's own indicator lowered (全市物流成本…比重可降低至N%) is its target
        r"(?:(?:地区|区域|企业|项目|单位|主体|机组|园区|城市|省份|县)的[^，。；\d]{0,12}?可(?:降低|下调|降)|可放宽)"
        rf"(?:至|到)(?P<mask>{_NUM}%?)",
        "a bound a rule lets a party relax to (利用率可降低至N%): a rule's allowance, not a target",
        "资源条件较好地区的新能源利用率可降低至88%",
        hint="可",
    ),
    _rule(
        "indicator-class",
        # a class of places or firms picked out by an indicator's threshold (峰谷差率超过N%的地区)
        rf"[率额量值比度](?:超过|高于|低于|达到|不足|大于|小于)(?P<mask>{_NUM}%?)(?:以上|以下)?的"
        r"(?:地区|城市|省份|企业|项目|行业|园区|县|区)",
        "a class picked out by an indicator's threshold (峰谷差率超过N%的地区): a condition, not a target",
        "年度最大负荷峰谷差率超过35%的地区",
        hint="的",
    ),
    _rule(
        "home-size-class",
        # a dwelling's size band that picks out the homes a rule treats alike (144平方米以上房屋补贴…)
        rf"(?P<mask>{_NUM}平方米(?:[(（]含[)）])?及?以[上下])的?(?:房屋|住房|住宅|商品房|户型|套型)",
        "a size band that picks out the homes a rule covers (N平方米以上住房): a rule's term, not a target",
        "120平方米以上住房购房补贴标准为每套6000元",
        hint="米",
    ),
    _rule(
        "norm-worded",
        # a design norm's bound, worded as what should be (不应大于N米, 不宜大于N米): a standard's term,
        # a length or a storey; a stock's floor so worded (耕地保有量不应低于N万亩) is the plan's goal
        rf"不[应宜](?:大于|小于|超过|低于|高于|少于)[^，。；\d]{{0,6}}?{_NUM}(?:[厘毫]?米|层)",
        "a design norm's bound (阳台进深不应大于N米, 层高不宜大于N米): a standard's term, not a target",
        "高层住宅主阳台进深由不应大于1.6米调整为不应大于2.2米",
        hint="应宜",
    ),
    _rule(
        "basis-revised",
        # the basis a quantity is computed on, revised (人口规模测算由每户平均N人降至M人)
        # (not an indicator named by how it is counted: 按常住人口计算的城镇化率, 恩格尔系数)
        rf"(?:测算|核算|计算标准|配建标准|设计标准)[^，。；\d]{{0,6}}?由[^，。；\d]{{0,8}}?{_NUM}"
        rf"[^，。；\d]{{0,4}}?(?:调整|下降|降低|下调|上调|提高|降|升)(?:为|到|至)[^，。；\d]{{0,8}}?{_NUM}"
        r"(?:%|[\u4e00-\u9fff]{1,3})?",
        "the basis a quantity is computed on, revised (测算由每户平均N人降至M人): a rule's term, not a target",
        "新建小区人口规模测算由每户平均3.2人降至3.0人",
        hint="由",
    ),
    _rule(
        "when-condition",
        # a clause that only says when a rule applies (当层高大于N米时，…)
        # (not 当场/当年/当日… ending in 小时: 当场办结…压缩至N小时)
        rf"^当(?![场年日天月地期即])[^，。；]{{0,30}}?{_NUM}[^，。；\d]{{0,20}}?(?<!小)时$",
        "the case a rule applies in (当层高大于N米时): a condition, not a target",
        "当住宅层高大于3.3米时",
        hint="当",
    ),
    _rule(
        "short-of-threshold",
        # a class picked out by what it has not reached (未达到…投资总额N%的土地)
        rf"未(?:达到|满|超过)[^，。；\d]{{0,16}}?(?P<mask>{_NUM}(?:%|[万亿]?元)?)[^，。；\d]{{0,12}}?的",
        "a class picked out by a threshold it has not reached (未达到投资总额N%的土地): a condition, not a target",
        "允许未达到开发投资总额20%的出让土地办理预告登记",
        hint="未",
    ),
    _rule(
        "size-band",
        # a band of sizes or ages that picks out whom a rule treats alike (面积在N至M平方米（含）的)
        rf"(?:面积|年龄|年限|期限|规模|容量|排量|功率)在{_NUM}(?:至|到|—|－|-|~|～){_NUM}"
        r"[^，。；\d的]{0,6}?(?:[(（]含[)）])?(?:以[上下])?的",
        "a band of sizes that picks out whom a rule covers (面积在N至M平方米的): a condition, not a target",
        "面积在90至120平方米（含）的住房给予契税补贴",
        hint="在",
    ),
    _rule(
        "price-allowed",
        # how far a rule lets a price rise or fall (租金上浮至市场租金的N%): its term, not a level reached
        rf"(?:上浮|下浮)(?:至|到)[^，。；\d]{{0,10}}?{_NUM}%(?:[、和及或]{_NUM}%)*",
        "how far a rule lets a price rise or fall (租金上浮至市场租金的N%): a rule's term, not a target",
        "人才公寓租金上浮至市场租金的70%",
        hint="浮",
    ),
    _rule(
        "bracketed-scope",
        # a term's scope set out in brackets after it (团购（N套房屋及以上）活动); brackets that end the
        # clause hold the count the plan reaches (培育…企业（N家以上）)
        rf"[(（](?P<mask>{_NUM}[\u4e00-\u9fff]{{0,4}}?及?以[上下])[)）](?!$)",
        "a term's scope in brackets (团购（N套及以上）): what the term covers, not a target",
        "鼓励房地产开发企业开展团购（10套房屋及以上）活动",
        hint="上下",
    ),
    _rule(
        "conduct-time",
        # how long or how often a person does a thing in a day, a week, a term or at a stretch
        # (每天睡眠10个小时, 单次不宜超过15分钟, 每学期2次): a norm of conduct, never a level reached;
        # a rate of the work (每年降低0.5个百分点, 每年开展检查覆盖率达90%) has no span of time, and a
        # duration reached or cut to (放电时长达到4小时, 单次充电时间缩短至) is a level, not a norm
        rf"(?:每天|每日|每晚|每周|每学期|每节课?|单次)(?:(?!达|提|缩|延|增|降|压)[^，。；\d]){{0,20}}?"
        rf"{_NUM}(?:\s*[—－\-~～至一]\s*{_NUM})?(?:个)?(?:分钟|小时|课时|次)(?:以上|以下|以内|左右)?"
        # and the norms of the others listed after it (小学生10个小时、初中生9个小时)
        rf"(?:[、和及][^，。；、\d]{{0,10}}?{_NUM}(?:个)?(?:分钟|小时|课时|次)(?:以上|以下|以内|左右)?)*"
        # a span of time a person must or should not pass (作业完成时间不得超过60分钟)
        rf"|(?:不得|不宜|不应|不准)(?:超过|少于|低于|多于|长于)\s*{_NUM}(?:个)?(?:分钟|小时|课时|次)",
        "how long or how often a person does something a day, a week or at a stretch (每天睡眠N小时, "
        "单次不宜超过N分钟): a norm of conduct, not a target",
        "小学生每天睡眠时间不少于10个小时",
        hint="每单不",
        # the time a service takes or keeps people waiting, how often it runs (急救反应时间不得超过12分钟,
        # 等候时间, 发车间隔, 每日开行班次): a level of the service, a target
        unless=r"响应|反应|到达|等候|等待|候车|办理|办结|审批|处置|排除|抢修|发车|间隔|班次|开行|通勤",
    ),
    _rule(
        "share-of-units-threshold",
        # a share of the units that pass a level (20%的村集体年收入超30万元, 80%以上的村…): the share is the target,
        # the level only says which units count; not a rate (在增长8%的基础上…突破500亿元, 以年均10%的增速
        # 推动…达到): the level after it is a target of its own (bounds.share-reaching reads them alike)
        rf"{_NUM}%(?:及?以上)?的{NOT_A_RATE}(?:{NEW_PREDICATE}[^，。；\d]){{1,16}}?"
        rf"(?:达到|达|超过|超|突破|不低于|不少于)(?P<mask>{_NUM}[万亿]?[^\s，。；\d]{{0,4}})",
        "the level the units of a share pass (N%的村集体年收入超M万元): which units count, not a target",
        "力争实现30%的村集体经济年收入超过20万元",
        hint="%",
    ),
    _rule(
        "supported-kind-share",
        # the share that picks out the kind of thing supported first (优先支持绿电占比超过80%的算力设施): a
        # measure of the kind, named or compared, right before it; not a share of the units supported
        # (引导全市80%以上的企业开展…, 支持30%的行政村创建…: how many of them, a target)
        rf"(?:支持|鼓励|引导|优先)[^，。；\d]{{1,20}}?(?:占比|比例|比重|率|达到|超过|高于|不低于|大于)"
        rf"(?P<mask>{_NUM}%(?:及以上|以上)?)"
        r"的(?!目标|水平|任务|比例|比重)",
        "a share that picks out the kind of thing supported (支持绿电占比超过N%的算力设施): which, not a target",
        "优先支持可再生能源用电比例达到60%及以上的数据中心建设",
        hint="%",
    ),
    _rule(
        "single-item-size",
        # the size each single thing must have to count, to the clause's end (其中单个储能项目装机超过N兆瓦、
        # 光伏项目装机超过M兆瓦); a count of things of that size, after 的, stays a target
        r"单(?:个|体|台|座|项)[^，。；\d的]{0,12}?(?:超过|不低于|不少于|大于|高于)[^，。；的]*$",
        "the size a single item must have to count (单个项目装机超过N兆瓦): a threshold, not a target",
        "其中单个风电项目装机超过5万千瓦、单个光伏项目装机超过2万千瓦",
        hint="单",
    ),
)


def screen(clause: str, numbers: Sequence[T], book: bool = False) -> tuple[list[T], grammar.Rule | None]:
    """screening.screen_table of this table."""
    return screening.screen_table(RULES, clause, numbers, book)


__all__ = ["RULES", "screen"]
