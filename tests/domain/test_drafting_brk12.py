"""Break-it review of round 12's drafting changes (our own sentences): a forwarding notice whose
plan is pasted inside it, before the notice's signature and date."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting.extract import extract

NOTICE = (
    "{title}\n"
    "各企业：\n"
    "{hands_on}，请认真贯彻执行。\n"
    "一、全年规上工业增加值增长8%。\n"
    "二、新增规上企业30家。\n"
    "某县工信局\n"
    "2026年2月1日\n"
)


@pytest.mark.parametrize(
    ("title", "hands_on"),
    [
        ("某县工信局印发《关于工业稳增长的若干措施》的通知", "我局制定了《关于工业稳增长的若干措施》，现印发给你们"),
        ("某县工信局关于印发《关于工业稳增长的若干措施》的通知", "现将《关于工业稳增长的若干措施》印发给你们"),
    ],
)
def test_a_plan_pasted_before_the_notices_signature_is_read(title: str, hands_on: str) -> None:
    draft = extract(NOTICE.format(title=title, hands_on=hands_on), default_year=2026)
    assert sorted(t.value for t in draft.targets if t.value is not None) == [Decimal(8), Decimal(30)]
    assert draft.title == "关于工业稳增长的若干措施"
    assert not any("印发给你们" in t.quote for t in draft.targets)


@pytest.mark.parametrize("title", ["某局印发《甲方案》和《乙办法》的通知", "某局关于印发《甲方案》、《乙办法》的通知"])
def test_a_notice_forwarding_two_documents_names_the_first_as_the_plan(title: str) -> None:
    text = f"{title}\n各单位：\n请认真贯彻执行。\n某局\n2026年1月5日\n甲方案\n一、全年新增企业30家。\n"
    assert extract(text, default_year=2026).title == "甲方案"


def test_a_forwarded_title_that_quotes_another_keeps_it_whole() -> None:
    text = "某局关于印发《关于《乡村振兴规划》的实施意见》的通知\n各单位：\n请认真贯彻执行。\n某局\n2026年1月5日\n"
    text += "一、全年新增企业30家。\n"
    assert extract(text, default_year=2026).title == "关于《乡村振兴规划》的实施意见"


def test_a_notice_forwarding_a_forwarding_notice_names_the_plan_inside_both() -> None:
    text = (
        "区政府办公室关于转发市教育局关于印发《教育强市行动方案》的通知的通知\n各街道：\n"
        "现将《市教育局关于印发〈教育强市行动方案〉的通知》转发给你们，请认真贯彻执行。\n"
        "区政府办公室\n2026年1月5日\n教育强市行动方案\n一、全年新建学校3所。\n"
    )
    draft = extract(text, default_year=2026)
    assert draft.title == "教育强市行动方案"
    assert [t.value for t in draft.targets] == [Decimal(3)]
