"""A list item with a verb of its own (全年完成培训3万人次、新增技能人才1.5万人以上) is a statement of
its own: a bound written after the last item (以上) is that item's only, as a clerk reads it. Items
that only name what is measured (茶园面积60万亩、茶叶产量12万吨以上) share it (bounds.list-trailing).
Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.grammar import Named

OWN_VERB = Named(
    "list item with a verb of its own",
    re.compile(
        r"新增|培养|培训|完成|投产|开工|建成|新建|改造|就业|引进|培育|招引|新开|开通|发放|举办|实施|推广|创建|认定|签约|盘活|打造|争创"
    ),
    "a list item with a verb of its own (完成A、新增B以上) is a statement of its own: "
    "a bound after the last item is not the others'",
    "全年完成技能培训3万人次、新增技能人才1.5万人以上",
)
