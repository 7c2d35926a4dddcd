"""A clause that only states a level (…，达到110亿元; …，年底前达到45条) measures what the clause
before it names: its quote and title carry that clause (our own text)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from targetctl.domain.drafting.draft import DraftTarget
from targetctl.domain.drafting.extract import extract
from targetctl.domain.drafting.subjectless import LEVEL_ONLY, lend, level_only

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def drafted(text: str) -> dict[Decimal, str]:
    d = extract(text, default_year=2026, period=PERIOD)
    return {t.value: t.quote for t in d.targets if t.numeric and t.value is not None}


def test_the_rule_matches_its_own_example() -> None:
    assert LEVEL_ONLY.pattern.search(LEVEL_ONLY.example)
    assert LEVEL_ONLY.reason


@pytest.mark.parametrize(
    "clause",
    ["达到86亿元", "年底前达到30条", "到2028年达到1200家", "稳定在5万吨以上", "比例不低于30%", "同比增长6%以上"],
)
def test_a_clause_with_a_level_alone_has_no_subject(clause: str) -> None:
    assert level_only(clause)


@pytest.mark.parametrize("clause", ["粮食产量达到5万吨", "新建口袋公园30个", "税收收入增长6%"])
def test_a_clause_that_names_its_thing_has_one(clause: str) -> None:
    assert not level_only(clause)


def test_the_level_is_quoted_with_the_thing_it_measures() -> None:
    got = drafted("全区的目标是：地区生产总值年均增长6%，达到86亿元；税收收入年均增长5%，达到9.2亿元。")
    assert got[Decimal(86)] == "地区生产总值年均增长6%，达到86亿元"
    assert got[Decimal("9.2")] == "税收收入年均增长5%，达到9.2亿元"
    assert got[Decimal(6)] == "地区生产总值年均增长6%"


def test_a_work_and_its_count_by_the_year_end() -> None:
    got = drafted("加快美丽河湖建设，年底前达到30条。")
    assert got[Decimal(30)] == "加快美丽河湖建设，年底前达到30条"


def test_a_clause_that_introduces_lends_nothing() -> None:
    got = drafted("发展目标是，达到86亿元。")
    assert got[Decimal(86)] == "达到86亿元"


def test_a_share_with_no_noun_is_of_the_clause_before() -> None:
    got = drafted("青川市2026年就业工作方案\n市属国有企业新招聘岗位定向招用高校毕业生，比例不低于35%。")
    assert got[Decimal(35)] == "市属国有企业新招聘岗位定向招用高校毕业生，比例不低于35%"


def test_a_growth_with_no_noun_is_of_the_amount_before() -> None:
    got = drafted("青川区2026年外贸工作方案\n货物贸易进出口总额完成120亿元以上，增长5%以上。")
    assert got[Decimal(5)] == "货物贸易进出口总额完成120亿元以上，增长5%以上"
    assert got[Decimal(120)] == "货物贸易进出口总额完成120亿元以上"


def test_the_years_amount_after_the_half_years_is_of_the_same_thing() -> None:
    got = drafted("青川区2026年投资工作方案\n确保交通投资上半年完成40亿元，全年完成90亿元。")
    assert got[Decimal(90)] == "确保交通投资上半年完成40亿元，全年完成90亿元"
    assert got[Decimal(40)] == "确保交通投资上半年完成40亿元"
    d = extract("青川区2026年投资工作方案\n确保交通投资上半年完成40亿元，全年完成90亿元。", default_year=2026)
    assert [t.of for t in d.targets if t.numeric] == ["交通投资", "交通投资"]
    assert level_only("全年完成90亿元") and level_only("实现12亿元")
    assert not level_only("完成投资12亿元")  # it names its thing


def test_each_checkpoint_of_the_year_is_of_the_thing_the_first_names() -> None:
    text = "青川区2026年投资工作方案\n一季度完成投资20亿元，上半年完成50亿元，前三季度完成70亿元，全年完成100亿元。"
    d = extract(text, default_year=2026)
    assert [(t.value, t.of) for t in d.targets if t.numeric] == [
        (Decimal(20), "投资"),
        (Decimal(50), "投资"),
        (Decimal(70), "投资"),
        (Decimal(100), "投资"),
    ]


def test_a_level_after_a_past_result_never_takes_the_verb_as_its_subject() -> None:
    d = extract("青川区2026年投资工作方案\n去年全市完成投资80亿元，今年完成100亿元。", default_year=2026)
    assert [(t.value, t.of) for t in d.targets if t.numeric] == [(Decimal(100), None)]


class _Counted(DraftTarget):
    """A target that counts how often its quote is read."""

    reads = 0

    def __getattribute__(self, name: str) -> object:
        if name == "quote":
            _Counted.reads += 1
        return super().__getattribute__(name)


def test_a_run_of_levels_is_lent_in_one_pass() -> None:
    # 一季度完成投资20亿元，全年完成0亿元，全年完成1亿元，…: each level looks at the clause before, never at all
    n = 400
    parts = ["一季度完成投资20亿元", *(f"全年完成{i}亿元" for i in range(n))]
    produced = [_Counted("quantity", parts[0], parts[0], 0, value=Decimal(20), of="投资")]
    produced += [_Counted("quantity", p, p, 0, value=Decimal(i), of="完成") for i, p in enumerate(parts[1:])]
    _Counted.reads = 0
    lend(list[DraftTarget](produced), "，".join(parts))
    assert [t.of for t in produced] == ["投资"] * (n + 1)
    assert _Counted.reads < 10 * n
