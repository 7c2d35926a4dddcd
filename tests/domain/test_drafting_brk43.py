"""Break-it review of round 43's drafting changes (our own sentences and pages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.drafting import structure
from targetctl.domain.drafting.extract import extract

_PLAN = """青川市教育设施建设三年行动方案

一、主要目标

到2028年，全市新建学校12所。

![](https://example.gov.cn/plan/W0301.png)

二、保障措施

各部门要明确责任，全年新增学位3000个。

{tail}
"""


@pytest.mark.parametrize(
    "tail",
    [
        # the site's previous and next links, each the headline of another page
        "[上一篇：青川市新增5G基站1200个](https://example.gov.cn/a.html)\n\n"
        "[下一篇：我市新建公园30个](https://example.gov.cn/b.html)",
        # the site's own links, then its address and a figure of its own
        "[网站地图](https://example.gov.cn/map) | [联系我们](https://example.gov.cn/lx)\n\n"
        "地址：青川市人民路88号，全年接待来访群众2000人次。",
        # a button's icon and its link
        "![](https://example.gov.cn/images/print.png)[打印本页](javascript:print())\n\n相关新闻：全市新建充电桩800个",
    ],
    ids=["previous-and-next", "site-links-then-address", "print-button"],
)
def test_a_line_of_the_sites_links_after_the_document_is_still_its_tail(tail: str) -> None:
    # only a line of images is a figure of the document; a line with a link on it is the site's
    draft = extract(_PLAN.format(tail=tail), default_year=2026)
    assert [t.value for t in draft.targets if t.numeric] == [Decimal(12), Decimal(3000)]


def _values(text: str) -> list[Decimal | None]:
    return [t.value for t in extract(text, default_year=2026).targets if t.numeric]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the things listed, built by the verbs after them: two verbs, a longer name, 完成 before the verb
        ("2026年，青石中学、东湖小学等8所学校开工建设。", [Decimal(8)]),
        ("2026年，城东、城西等3座污水处理厂建成投用。", [Decimal(3)]),
        ("2026年，青石、东湖等5个乡镇卫生院改建。", [Decimal(5)]),
        ("2026年，青石、东湖等4个社区服务中心改建。", [Decimal(4)]),
        ("2026年，北环路、南岭路等12条道路改造提升。", [Decimal(12)]),
        ("2026年，青石、东湖等15个老旧小区完成改造。", [Decimal(15)]),
        # the work done in them (their facilities, their networks) is no count of what is built
        ("2026年，青石、东湖等6个景区基础设施改造。", []),
        ("2026年，青石、东湖等4个乡镇污水管网改造。", []),
        ("2026年，青石、东湖等6个镇村人居环境改造提升。", []),
    ],
)
def test_things_listed_and_built_by_the_verbs_after_them_are_a_target(text: str, kept: list[Decimal]) -> None:
    assert _values(text) == kept


class _Counted(list[str]):
    """The lines, counting each one read (a slice reads every line it copies)."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        _Counted.reads += len(got) if isinstance(key, slice) else 1
        return got


def _reads(lines: list[str], front: bool) -> int:
    _Counted.reads = 0
    flat = _Counted(lines)
    parts = ["body" if line else "blank" for line in lines]
    if front:
        structure._front_matter(flat, parts, 0)
    else:
        structure._head(flat, parts)
    return _Counted.reads


@pytest.mark.parametrize("front", [False, True], ids=["over-the-title", "under-the-title"])
def test_many_image_lines_around_the_title_are_read_in_linear_work(front: bool) -> None:
    # each line looked ahead for the next by copying the rest of the page: n lines, n^2 reads
    image = "![](https://example.gov.cn/plan/W0301.png)"
    reads = [_reads([image, ""] * (200 * k) + ["青川市教育设施建设三年行动方案"], front) for k in (1, 4, 16)]
    assert reads[2] <= 20 * reads[0]
