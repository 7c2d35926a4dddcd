"""The extractor on sentences written in the grammar of Chinese plans (our own sentences)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from targetctl.domain.drafting.extract import Draft, DraftTarget, clauses, extract, paragraphs
from targetctl.domain.sources import normalise, sentences, trace

PERIOD = (dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def draft(text: str, period: tuple[dt.date, dt.date] | None = PERIOD) -> Draft:
    return extract(text, default_year=2024, period=period)


def numeric(text: str, period: tuple[dt.date, dt.date] | None = PERIOD) -> list[DraftTarget]:
    return [t for t in draft(text, period).targets if t.numeric]


def only(text: str) -> DraftTarget:
    found = numeric(text)
    assert len(found) == 1, [(t.kind, t.value, t.quote) for t in found]
    return found[0]


def traced_clean(text: str, d: Draft) -> bool:
    """Every clause of `text` is quoted or excluded, as `trace --strict` demands."""
    plan: Any = SimpleNamespace(
        targets=[SimpleNamespace(id=f"t{i}", quote=t.quote) for i, t in enumerate(d.targets)],
        excluded=[SimpleNamespace(quote=e.quote, reason=e.reason) for e in d.excluded],
        all_programmes=lambda: [((0,), SimpleNamespace(id=f"p{p.number}", quote=p.quote)) for p in d.all_programmes()],
    )
    flat = normalise(text)
    quotes = [t.quote for t in d.targets] + [e.quote for e in d.excluded]
    assert all(q in flat for q in quotes), [q for q in quotes if q not in flat]
    return all(s.status != "unmapped" for s in trace(plan, text))


D = Decimal
Y25 = dt.date(2025, 12, 31)

FORMS = [
    # sentence, kind, comparator, value, unit, extra fields
    ("全区新建口袋公园不少于15个。", "quantity", "at-least", "15", "个", {"measure": "cumulative", "of": "口袋公园"}),
    ("规上工业企业总数达到800家以上。", "quantity", "at-least", "800", "家", {"measure": "level"}),
    ("新培育专精特新企业至少30家。", "quantity", "at-least", "30", "家", {}),
    ("空气质量优良天数比率不低于85%。", "quantity", "at-least", "85", "%", {"measure": "level"}),
    ("每万人高价值发明专利拥有量超过12件。", "quantity", "more-than", "12", "件", {"of": "每万人高价值发明专利拥有量"}),
    ("农村自来水普及率高于98%。", "quantity", "more-than", "98", "%", {}),
    ("城镇登记失业率控制在4%以内。", "quantity", "at-most", "4", "%", {"of": "城镇登记失业率"}),
    ("一般性支出不超过3.2亿元。", "quantity", "at-most", "3.2", "亿元", {}),
    ("细颗粒物平均浓度降至32微克/立方米以下。", "quantity", "at-most", "32", "微克/立方米", {}),
    ("居民消费价格涨幅3%左右。", "quantity", "about", "3", "%", {}),
    ("粮食总产量控制在52万吨左右。", "quantity", "about", "52", "万吨", {}),
    ("净增市场主体2万户。", "quantity", "exactly", "2", "万户", {"measure": "cumulative", "of": "市场主体"}),
    ("新增城镇就业6500人。", "quantity", "exactly", "6500", "人", {"measure": "cumulative"}),
    (
        "实际使用外资达到1.2亿美元。",
        "quantity",
        "at-least",
        "1.2",
        "亿美元",
        {"measure": "level", "of": "实际使用外资"},
    ),
    ("森林覆盖率达37.5%。", "quantity", "at-least", "37.5", "%", {"measure": "level"}),
    ("审批时限压缩至5个工作日以内。", "quantity", "at-most", "5", "个工作日", {}),
    ("引进培育专精特新企业二十家以上。", "quantity", "at-least", "20", "家", {}),
    ("常住人口城镇化率提高1.5个百分点。", "quantity", "exactly", "1.5", "个百分点", {"of": "常住人口城镇化率"}),
    ("每个产业园区规划面积1000-2000亩。", "range", None, "1000", "亩", {"value_max": D(2000)}),
    ("税收收入增长6%。", "growth", "exactly", "6", None, {"of": "税收收入", "direction": "increase"}),
    ("地区生产总值增长5.5%左右。", "growth", "about", "5.5", None, {"of": "地区生产总值"}),
    ("固定资产投资增长8%以上。", "growth", "at-least", "8", None, {"of": "固定资产投资"}),
    ("单位产值水耗下降4%。", "growth", "exactly", "4", None, {"direction": "decrease", "of": "单位产值水耗"}),
    ("单位地区生产总值能耗降低3.5%。", "growth", "exactly", "3.5", None, {"direction": "decrease"}),
    ("化肥使用量减少2%以上。", "growth", "at-least", "2", None, {"direction": "decrease", "of": "化肥使用量"}),
    ("工业投资增长5.5-6%。", "growth", "between", "5.5", None, {"value_max": D(6)}),
    ("社会消费品零售总额增长5～7%。", "growth", "between", "5", None, {"value_max": D(7)}),
    ("进出口总额增长4至6%。", "growth", "between", "4", None, {"value_max": D(6)}),
    ("出口保持正增长。", "growth", "more-than", "0", None, {"of": "出口"}),
    ("到2025年，数字经济核心产业增加值年均增长9%。", "growth", "exactly", "9", None, {"annual": True, "due": Y25}),
    ("人才总量较去年增长10%以上。", "growth", "at-least", "10", None, {"of": "人才总量", "against": "去年"}),
    ("外贸进出口额增长百分之八。", "growth", "exactly", "8", None, {}),
    (
        "研发投入占营业收入比重3%以上。",
        "share",
        "at-least",
        "3",
        None,
        {"numerator": "研发投入", "denominator": "营业收入"},
    ),
    (
        "高新技术产业产值占规上工业总产值的比例达到50%。",
        "share",
        "at-least",
        "50",
        None,
        {"numerator": "高新技术产业产值", "denominator": "规上工业总产值"},
    ),
    ("镇街干部收入高于区直部门同职级干部15%以上。", "ratio", "at-least", "15", None, {"numerator": "镇街干部收入"}),
    ("覆盖率达到95%。", "quantity", "at-least", "95", "%", {"of": "覆盖率"}),
    ("到2025年，全区高新技术企业达到600家。", "quantity", "at-least", "600", "家", {"due": Y25}),
    ("到2024年底建成5G基站1200个。", "quantity", "exactly", "1200", "个", {"due": dt.date(2024, 12, 31)}),
    ("新增城镇就业1万余人。", "quantity", "more-than", "1", "万人", {}),
    ("全区地区生产总值实现6%左右的增长。", "growth", "about", "6", None, {"of": "全区地区生产总值"}),
]


@pytest.mark.parametrize(("sentence", "kind", "comparator", "value", "unit", "extra"), FORMS)
def test_each_form_of_the_grammar(
    sentence: str, kind: str, comparator: str | None, value: str, unit: str | None, extra: dict[str, Any]
) -> None:
    t = only(sentence)
    assert (t.kind, t.comparator, t.value) == (kind, comparator, D(value))
    if unit is not None:
        assert t.unit == unit
    for name, expected in extra.items():
        assert getattr(t, name) == expected, name
    assert t.quote in normalise(sentence)


def test_this_year_leaves_the_due_date_to_the_period_end() -> None:
    t = only("全年引进高层次人才30名。")
    assert t.due is None and t.value == 30 and t.unit == "名"


def test_two_targets_from_respectively() -> None:
    found = numeric("进口、出口分别增长3%、5%。")
    assert [(t.kind, t.of, t.value) for t in found] == [("growth", "进口", D(3)), ("growth", "出口", D(5))]
    assert found[0].quote == found[1].quote == "进口、出口分别增长3%、5%"


def test_respectively_with_counts() -> None:
    found = numeric("新增规上工业企业、高新技术企业分别达到20家、15家。")
    assert [(t.of, t.value, t.unit) for t in found] == [("规上工业企业", D(20), "家"), ("高新技术企业", D(15), "家")]


def test_a_checkpoint_and_its_target_are_one_target() -> None:
    found = numeric("到2023年达到40家，到2025年达到60家。")
    assert len(found) == 1
    t = found[0]
    assert (t.value, t.due, t.checkpoints) == (D(60), Y25, [(dt.date(2023, 12, 31), D(40))])
    assert t.quote == "到2023年达到40家，到2025年达到60家"


def test_checkpoint_outside_the_period_is_dropped_with_a_review_mark() -> None:
    found = numeric("到2023年达到40家，到2025年达到60家。", period=(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))
    assert found[0].checkpoints == [] and found[0].review


def test_relation_principle_open_ended_and_milestone() -> None:
    d = draft("居民收入增长与经济增长基本同步。\n坚持生态优先。\n逐步实现城乡供水全覆盖。\n建成区域物流中心。\n")
    kinds = [(t.kind, t.open_ended) for t in d.targets]
    assert kinds == [("relation", False), ("principle", False), ("milestone", True), ("milestone", False)]
    relation = d.targets[0]
    assert relation.subject == "居民收入增长" and relation.reference == "经济增长"


def test_open_ended_numeric_target() -> None:
    t = only("逐步实现镇街干部收入高于区直部门同职级干部20%以上。")
    assert t.kind == "ratio" and t.open_ended and t.numerator == "镇街干部收入"


PAST = [
    "过去一年，全区地区生产总值增长6.1%。",
    "2023年，全区新增市场主体1.5万户。",
    "今年以来，新签约项目36个，同比增长20%。",
    "全区已建成5G基站2600个。",
    "累计完成投资320亿元。",
    "一般公共预算收入比上年增长7.3%。",
    "规上工业增加值同比增长8.5%。",
    "我们引进了高层次人才320名。",
    "全市地区生产总值增长了5.8%。",
    "“十三五”时期，地区生产总值年均增长7.2%。",
    "近年来，全区人才总量达到18万人。",
    "截至目前，全区共有高新技术企业410家。",
    "预计全年地区生产总值增长5.5%左右。",
    "依托现有的34家工业互联网服务商，帮助企业转型。",
    "初步核算，全年地区生产总值增长5.2%。",
    "超额完成年度目标任务，新增就业1.3万人。",
]


@pytest.mark.parametrize("sentence", PAST)
def test_past_achievements_and_context_are_never_targets(sentence: str) -> None:
    d = draft(sentence, period=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))
    assert not [t for t in d.targets if t.numeric]
    assert d.excluded and traced_clean(sentence, d)


def test_review_section_excludes_everything_until_the_plan_heading() -> None:
    text = (
        "某区2024年政府工作报告\n一、2023年工作回顾\n全区地区生产总值增长5.6%，新增城镇就业1.2万人。\n"
        "（一）产业转型步伐加快。高新技术企业达到410家。\n二、2024年工作安排\n（一）加快产业升级。"
        "规上工业增加值增长7%以上，新增高新技术企业50家。\n"
    )
    d = extract(text, default_year=2030)
    assert [(t.kind, t.value) for t in d.targets if t.numeric] == [("growth", D(7)), ("quantity", D(50))]
    assert d.period == (dt.date(2024, 1, 1), dt.date(2024, 12, 31)) and d.period_stated
    reasons = {e.reason for e in d.excluded}
    assert any("review section" in r for r in reasons)
    assert traced_clean(text, d)


def test_review_paragraph_without_a_numbered_heading() -> None:
    text = (
        "过去一年，我们主要做了以下工作：\n（一）经济运行稳中向好。全区地区生产总值增长5.6%。\n"
        "（二）民生福祉持续增进。新增城镇就业1.2万人。\n今年政府工作的总体要求是：坚持稳中求进。\n"
        "（一）加快产业升级。规上工业增加值增长7%以上。\n"
    )
    d = draft(text)
    assert [(t.kind, t.value) for t in d.targets if t.numeric] == [("growth", D(7))]


def test_year_end_summary_is_past_until_the_plan() -> None:
    text = (
        "科技局2024年工作总结和2025年工作计划\n今年，全市高新技术企业达到1860家。\n"
        "二、2025年工作计划\n新建创新平台10家以上。\n"
    )
    d = extract(text, default_year=2030)
    assert [(t.value, t.comparator) for t in d.targets if t.numeric] == [(D(10), "at-least")]
    assert d.period[0] == dt.date(2025, 1, 1)


def test_exhortation_is_excluded() -> None:
    text = "让我们团结一心，奋力谱写高质量发展新篇章！"
    d = draft(text)
    assert not d.targets and all("exhortation" in e.reason for e in d.excluded) and traced_clean(text, d)


@pytest.mark.parametrize(
    "sentence",
    [
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "聚焦十二大攻坚战，选优配强人员力量。",
        "围绕一个龙头企业打造一条产业链。",
        "在工委一届七次全体会议上提出要求。",
        "其中10亿元以上项目8个。",
        "全年引进培育省级以上高层次人才30名。",
    ],
)
def test_names_ordinals_and_qualifiers_are_not_numbers(sentence: str) -> None:
    found = numeric(sentence)
    assert all(t.value not in (D(4), D(2), D(12), D(1), D(7), D(10)) for t in found)


def test_baseline_from_the_starting_level() -> None:
    t = only("全市高新技术企业数量由2024年的1860家增加到2000家。")
    assert (t.value, t.baseline, t.of) == (D(2000), (D(1860), dt.date(2024, 12, 31)), "全市高新技术企业数量")


def test_doubling() -> None:
    t = only("新能源汽车产量翻一番。")
    assert (t.kind, t.value, t.of) == ("growth", D(100), "新能源汽车产量") and t.review


def test_programmes_from_headings_and_named_programmes() -> None:
    text = (
        "一、推动产业升级\n（一）实施制造业强链行动。新建产业园区3个。\n1.开展技改攻坚。完成技改项目50个。\n"
        "二、加强人才建设\n实施青苗计划，选派年轻干部挂职锻炼。\n"
    )
    d = draft(text)
    top = d.programmes
    assert [p.title for p in top] == ["推动产业升级", "加强人才建设"]
    assert [p.title for p in top[0].children] == ["实施制造业强链行动"]
    assert [p.title for p in top[0].children[0].children] == ["开展技改攻坚"]
    assert [p.title for p in top[1].children] == ["青苗计划"] and top[1].children[0].quote == "实施青苗计划"
    by_value = {t.value: t.programme for t in d.targets if t.numeric}
    assert by_value[D(3)] == top[0].children[0].number and by_value[D(50)] == top[0].children[0].children[0].number
    milestone = next(t for t in d.targets if t.kind == "milestone")
    assert milestone.programme == top[1].children[0].number
    assert traced_clean(text, d)


def test_ocr_lines_are_joined_inside_sentences() -> None:
    text = (
        "　　加快项目建设。全年新开工项目不少\n于40个，完成投资150亿\n元以上。\n"
        "　　优化营商环境。审批时限压缩至\n5个工作日以内。\n"
    )
    paras = paragraphs(text)
    assert paras == [
        "加快项目建设。全年新开工项目不少于40个，完成投资150亿元以上。",
        "优化营商环境。审批时限压缩至5个工作日以内。",
    ]
    d = extract(text, default_year=2024)
    assert [(t.value, t.unit, t.comparator) for t in d.targets if t.numeric] == [
        (D(40), "个", "at-least"),
        (D(150), "亿元", "at-least"),
        (D(5), "个工作日", "at-most"),
    ]
    # a lead sentence (优化营商环境。…) is no heading, as in the same text with its lines whole
    whole = extract("".join(paras_line + "\n" for paras_line in paras), default_year=2024)
    assert [p.title for p in d.programmes] == [p.title for p in whole.programmes]
    assert "优化营商环境" not in [p.title for p in d.programmes]
    assert traced_clean(text, d)


def test_clauses_are_cut_where_trace_cuts_them() -> None:
    text = normalise("规划建设3平方公里产业基地，面向全国开放应用场景；推进改革：一是……。二是“放管服”。")
    mine = [(c.start, c.full) for c in clauses(text)]
    theirs = [(s.start, s.text) for s in sentences(text)]
    assert mine == theirs


def test_period_from_a_span_of_years_and_unstated_period() -> None:
    d = extract("某市“十四五”规划（2021—2025年）\n到2025年，森林覆盖率达到40%。\n", default_year=2030)
    assert d.period == (dt.date(2021, 1, 1), Y25) and d.period_stated
    assert numeric("森林覆盖率达到40%。")[0].due is None
    bare = extract("森林覆盖率达到40%。\n", default_year=2030)
    assert bare.period == (dt.date(2030, 1, 1), dt.date(2030, 12, 31)) and not bare.period_stated


def test_due_outside_the_period_becomes_a_review_mark() -> None:
    t = numeric("到2027年，森林覆盖率达到40%。", period=(dt.date(2024, 1, 1), dt.date(2024, 12, 31)))[0]
    assert t.due is None and t.review and "2027" in t.review


def test_a_paragraph_opened_by_the_year_before_reports_it() -> None:
    text = (
        "市商务局2025年工作要点\n2024年，社会消费品零售总额增长4.6%。二是外贸结构不断优化，跨境电商交易额突破80亿元。\n"
        "2025年的主要目标是：跨境电商交易额增长20%。\n一是全力提振消费，全年举办促消费活动不少于100场。\n"
    )
    d = extract(text, default_year=2030)
    assert [(t.kind, t.value) for t in d.targets if t.numeric] == [("growth", D(20)), ("quantity", D(100))]
    assert [t.quote for t in d.targets if t.kind == "milestone"] == ["一是全力提振消费"]
    assert traced_clean(text, d)


def test_the_corpus_evaluation_meets_the_bar() -> None:
    from benchmarks.draft_eval import evaluate

    scores = evaluate()
    labelled, found = sum(s.labelled for s in scores), sum(s.found for s in scores)
    assert labelled >= 80 and found / labelled >= 0.95
    assert sum(s.achievements for s in scores) == 0


def test_yearly_shares_of_a_total_are_separate_targets_in_a_body_span() -> None:
    text = (
        "燃气管道更新改造攻坚行动方案\n一、工作目标\n2023年至2025年，全区完成燃气管道更新改造260公里。"
        "其中：2023年完成80公里；2024年完成90公里。\n二、重点任务\n2023年6月底前，完成全区燃气管道普查。"
        "对使用年限超过20年的管道，优先纳入改造计划。\n"
    )
    d = extract(text, default_year=2030)
    assert d.period == (dt.date(2023, 1, 1), Y25) and d.period_stated
    found = [(t.value, t.due, t.checkpoints) for t in d.targets if t.numeric]
    assert found == [(D(260), Y25, []), (D(80), dt.date(2023, 12, 31), []), (D(90), dt.date(2024, 12, 31), [])]
    survey = next(t for t in d.targets if t.quote == "完成全区燃气管道普查")
    assert survey.kind == "milestone" and survey.due == dt.date(2023, 6, 30)
    assert traced_clean(text, d)


def values(d: Draft) -> list[tuple[Decimal | None, str | None]]:
    return [(t.value, t.unit) for t in d.targets if t.numeric]


def test_a_past_time_opens_a_run_of_past_clauses_until_the_future_is_named() -> None:
    text = (
        "某区2025年民生实事方案\n"
        "2024年，全区新建社区食堂12个，养老服务床位达到2600张，农村居民人均收入分别增长6.2%和5.8%，"
        "今年力争新建社区食堂20个。\n"
        "去年全区举办的86场招聘会吸纳就业3100人，累计完成技能培训9000人次；"
        "今年城镇新增就业1.2万人以上。\n"
        "今年3—5月，全区商品房销售面积同比下降4.5%，已完成全年任务的38%。\n"
        "截至2024年底，全区污水处理率已提高到93%，距离规划目标仍差2个百分点。\n"
    )
    d = extract(text, default_year=2030)
    assert values(d) == [(20, "个"), (Decimal("1.2"), "万人")]
    assert traced_clean(text, d)


def test_a_past_run_opened_by_especially_last_year_carries_to_the_next_sentence() -> None:
    # 特别是去年，… opens the past as 去年 does; the next sentence's results stay the past
    text = (
        "青川县2026年政府工作报告\n各位代表：\n一、新的形势\n"
        "进入新阶段，我们具备了更加突出的优势。特别是去年，我们紧紧抓住政策机遇，办成了许多大事。"
        "我们坚持惠民生，全县85个村完成人居环境整治，1.6万户群众喝上放心水，今年将巩固提升。\n"
        "二、2026年工作安排\n新增城镇就业3000人。\n"
    )
    d = extract(text, default_year=2026)
    assert values(d) == [(D(3000), "人")]


def test_past_sentences_carry_on_in_a_news_item_until_a_plan_is_named() -> None:
    text = (
        "东川晚报\n2025年4月2日 第3版\n"
        "本报讯记者从县商务局获悉，过去三年，全县建成村级物流站310个。快递业务量达到2400万件，其中农村件占比增长9.1%。"
        "根据日前印发的方案，今年全县将新建村级物流站60个。\n"
    )
    d = extract(text, default_year=2030)
    assert values(d) == [(D(60), "个")]
    assert traced_clean(text, d)


def test_a_list_number_glued_to_a_year_or_a_number_is_not_read_as_one() -> None:
    text = (
        "某县2025年文旅工作要点\n"
        "1.全年接待游客突破900万人次。\n"
        "2.2024年全县星级民宿达到46家，今年力争增加到60家。\n"
        "3.60岁及以上老年人免费游览景区覆盖率达到100%。\n"
        "4.2025年重点文旅项目清单（共24个）\n"
        "5.新建旅游厕所30座。\n"
    )
    d = extract(text, default_year=2030)
    assert values(d) == [(D(900), "万人次"), (D(60), "家"), (D(100), "%"), (D(30), "座")]
    assert any(p.title.startswith("2025年重点文旅项目清单") for p in d.all_programmes())
    assert traced_clean(text, d)


def test_a_number_that_qualifies_a_noun_is_not_the_value() -> None:
    assert values(draft("到2025年，培育营收超五十亿元企业4家、超亿元企业36家。")) == [(D(4), "家"), (D(36), "家")]
    assert values(draft("全年营业收入超80亿元。")) == [(D(80), "亿元")]


def test_support_rules_and_conditions_are_parameters_not_commitments() -> None:
    text = (
        "某市2025年稳岗政策\n"
        "为新就业的退役军人提供最长30天免费技能实训。"
        "对吸纳就业困难人员的企业按照每新增1人奖励2000元的标准给予补助，补贴期限不超过3年。"
        "单笔贷款金额不超过500万元的，由区级审核；超过的，报市级审核。"
        "全年新增城镇就业1.5万人。\n"
    )
    d = extract(text, default_year=2030)
    assert values(d) == [(Decimal("1.5"), "万人")]
    reasons = " ".join(e.reason for e in d.excluded)
    assert "support rule" in reasons and "condition of a rule" in reasons
    assert traced_clean(text, d)


def test_per_mille_sessions_and_an_amount_with_its_purpose() -> None:
    assert values(draft("新生儿死亡率控制在3‰以内。")) == [(D(3), "‰")]
    assert values(draft("每年举办校企对接活动不少于12场次。")) == [(D(12), "场次")]
    assert values(draft("市财政每年安排三千万元扶持农村电商发展。")) == [(D(3000), "万元")]
    assert values(draft("新开工500万元项目42个。")) == [(D(42), "个")]


def test_a_proportion_to_one_is_a_number_of_times() -> None:
    text = "某县2025年工作要点\n到2025年，物流业产值与制造业产值之比达到1.6:1，冷链流通率超过四成。\n"
    d = extract(text, default_year=2030)
    assert values(d) == [(Decimal("1.6"), "倍"), (4, "成")]
    assert d.targets[0].quote == "物流业产值与制造业产值之比达到1.6:1"
    assert traced_clean(text, d)


def test_a_time_of_day_after_yu_is_no_proportion() -> None:
    # 于8:30: a clock time, never a ratio to one (小于2.5:1 is)
    d = extract("某县2025年工作要点\n全县政务服务大厅每天于8:30前开门办公。\n", default_year=2030)
    assert values(d) == []
    d = extract("某县2025年工作要点\n全县新能源汽车车桩比低于2:1。\n", default_year=2030)
    assert values(d) == [(Decimal(2), "倍")]


def test_rows_of_an_indicator_table_are_targets() -> None:
    text = (
        "某区“十四五”规划（2021—2025年）\n到2025年，经济实力明显增强。\n专栏一 主要指标\n"
        "序号1 规上工业增加值年均增长（%） 2020年基期值5.2 2025年目标值7左右 属性预期性\n"
        "序号2 人均公园绿地面积（平方米） 2020年基期值12.5 2025年目标值15 属性约束性\n"
        "序号3 单位地区生产总值用水量降低（%） 2020年基期值[11] 2025年目标值[12]* 属性约束性\n"
    )
    d = extract(text, default_year=2030)
    found = [(t.kind, t.comparator, t.value, t.unit, t.annual, t.direction, t.due) for t in d.targets if t.numeric]
    assert found == [
        ("growth", "about", D(7), None, True, "increase", Y25),
        ("quantity", "exactly", D(15), "平方米", False, "increase", Y25),
        ("growth", "exactly", D(12), None, False, "decrease", Y25),
    ]
    assert d.targets[1].baseline == (Decimal("12.5"), dt.date(2020, 12, 31))
    assert traced_clean(text, d)


def test_units_the_registry_lacks_are_declared_in_the_draft() -> None:
    from targetctl.render.plan_yaml import emit

    d = draft("全年举办非遗展演不少于40场次。")
    text = emit(d, "x", schema="s", source_file="x.txt", source_note="n")
    assert 'units:\n  "场次": {zh: "场次"}' in text


def test_a_reward_amount_is_a_parameter_and_a_grant_is_marked_for_review() -> None:
    assert values(draft("对首次获评的企业奖励50万元。")) == []
    assert values(draft("全年发放创业奖励资金2000万元。")) == [(D(2000), "万元")]
    granted = only("对新落户的研发机构给予最高800万元资助。")
    assert granted.value == 800 and granted.review and "support" in granted.review


def test_the_next_step_ends_a_past_run() -> None:
    text = "某镇2025年工作要点\n去年全镇改造农村公路18公里。下一步，新建农村公路25公里，2025年底前完成危桥改造6座。\n"
    d = extract(text, default_year=2030)
    assert values(d) == [(D(25), "公里"), (D(6), "座")]
    assert traced_clean(text, d)


def test_numbers_with_thousands_commas_are_read_whole() -> None:
    draft = extract("一、目标。\n全年新增就业岗位12,000个以上，新增企业1,234.5家以上。", default_year=2020)
    assert sorted(t.value for t in draft.targets if t.value is not None) == [Decimal("1234.5"), Decimal("12000")]


def printed(para: str) -> list[str]:
    """A paragraph as a page printed with no indent wraps it at its margin."""
    return [para[i : i + 36] for i in range(0, len(para), 36)]


def test_a_numbered_heading_alone_on_a_short_line_of_a_printed_page_ends_there() -> None:
    # a report printed with no indent: its paragraphs wrap at the margin, its headings stand alone
    review = "过去一年，全县生产总值完成124亿元，增长6.3%，新增城镇就业5200人，各项事业取得新进展。" * 3
    plan = "今年，全县地区生产总值增长6.5%左右，新增城镇就业5000人以上，新建改造农村公路120公里。" * 3
    lines = ["一、2025年工作回顾", *printed(review), "二、2026年目标任务", *printed(plan)]
    d = extract("\n".join(lines), default_year=2026)
    assert [p.title for p in d.programmes] == ["2026年目标任务"]  # the review holds no target
    assert {t.value for t in d.targets if t.numeric} == {D("6.5"), D(5000), D(120)}
