"""The words and signs that give a number its comparator when they stand just before it
(不少于, 控制在, 达到, ≥ …), and the one function that finds which of them ends a text. Pure."""

from __future__ import annotations

import re

# 不得低于/不得超过: a bound the rule forbids passing, read before the 低于/超过 inside it
AT_LEAST_PRE: tuple[str, ...] = (
    "达到或超过",
    "达到或高于",
    "不少于",
    "不低于",
    "不小于",
    "至少",
    "最少",
    "最低",
    "不得低于",
    "不得少于",
    # what should be (耕地保有量不应低于N万亩): a floor, as 不得低于 is
    "不应低于",
    "不应少于",
    "不宜低于",
    "不宜少于",
    *"≥≧⩾≮",  # the signs as plans and their tables write them (≮: not less than)
)
_MORE_SIGNS = (">", "＞")
# 跨越千亿台阶: crossed; 过 only right after a measure's name (资产总额过500亿元), never 通过, 经过, 不过
MORE_PRE = ("超过", "高于", "多于", "大于", "突破", "跨越", "逾", "超", *_MORE_SIGNS, "过")
AT_MOST_PRE: tuple[str, ...] = (
    "不得超过",
    "不得高于",
    "不宜超过",
    "不应超过",
    "不应高于",
    "不宜高于",
    "最高",
    "最多",
    "上限",
    "不超过",
    "不高于",
    "不多于",
    "不大于",
    "控制在",
    "降至",
    "降到",
    "降低到",
    "下降到",
    "减少到",
    "压缩至",
    "压缩到",
    "缩短至",
    "缩短到",
    "压减至",
    "压降至",
    "低至",
    "缩小到",
    "缩小至",
    *"≤≦⩽≯",  # ≯: not more than
)
_LESS_SIGNS = ("<", "＜")
LESS_PRE = ("低于", "少于", "小于", *_LESS_SIGNS)
ABOUT_PRE = ("约", "大约")
# 达到X is a level to reach: at least X (reached at X, still reached above it)
REACH_PRE = ("达到", "达", "迈上", "跨上", "站上")  # 迈上3万亿元台阶: a level stepped onto
# a level raised to (研发投入强度提高到1.8%): reached, at least, as 达到 is
RAISE_PRE = (
    *("提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增长到", "增长至", "扩大到", "扩大至"),
    *("发展到", "发展至"),  # 外贸企业发展到200家: a number of firms grown to
)

_SIGNS = frozenset([*"≥≧⩾≮≤≦⩽≯", *_MORE_SIGNS, *_LESS_SIGNS])
SPACE = " \u3000\u00a0"


# 达 that ends another verb reaches no level: 下达 (allocated), 送达, 传达, 直达, 抵达 …; never after
# 转, 发 or 表, which end a word far more often before a number (流转达, 开发达, 代表达: 达 reaches)
_NOT_REACH = re.compile(r"(?:下|送|传|直|抵)达$")
# 约 that ends a word is no "about": 签约 (signed), 节约, 集约, 履约, 预约 …; but 集, 合 may end another
# word before 约 (筹集约N套, 聚集约N家, 整合约N个): 约 is "about" there
_NOT_ABOUT = re.compile(
    r"(?:签|节|(?<![聚募筹征收采汇云召密搜])集|履|预|(?<![整综融配结符联复组适混])合|契|制|公|条|守|违|特|邀)约$"
)
# a measure passes a mark (总额过500亿元, 营收过千亿), or a clause opens so (过半数乡镇)
_PASSED = re.compile(r"(?:额|值|量|收|入|模|数|次|^|[，,；;：:、])过$")


def comparator_word(before: str) -> str:
    for words in (AT_LEAST_PRE, AT_MOST_PRE, MORE_PRE, LESS_PRE, ABOUT_PRE, REACH_PRE):
        for w in words:
            if before.endswith(w):
                if (
                    (w == "达" and _NOT_REACH.search(before))
                    or (w == "过" and not _PASSED.search(before))
                    or (w == "约" and _NOT_ABOUT.search(before))
                ):
                    return ""
                return w
    # a space typed after a sign (≥ 95%) still binds it; the word is the sign and that space
    kept = before.rstrip(SPACE)
    return before[len(kept) - 1 :] if kept[-1:] in _SIGNS else ""
