"""Break-it review of round 43's drafting changes (our own sentences and pages)."""

from __future__ import annotations

from decimal import Decimal

import pytest

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
