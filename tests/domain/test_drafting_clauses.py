"""Paragraphs of a printed text (drafting.clauses.paragraphs): our own texts."""

from __future__ import annotations

from decimal import Decimal

from targetctl.domain.drafting.clauses import paragraphs
from targetctl.domain.drafting.extract import extract

# a printed page with no indent: the goal for 2024 fills its last line, the one for 2027 follows
GOALS = (
    "（二）发展目标。\n"
    "到2024年，全市农机总动力达到120万千瓦，主要农作物耕种收综合机械化率达\n"
    "到80%，设施农业和畜牧养殖机械化取得明显进展，丘陵山区机械化水平大提高。\n"
    "到2027年，全市农机总动力稳定在130万千瓦左右，综合机械化率达到85%，丘陵\n"
    "山区县综合机械化率达到60%。\n"
)


def test_a_new_time_frame_after_a_sentence_that_ended_at_the_margin_opens_a_paragraph() -> None:
    paras = paragraphs(GOALS, True)
    assert paras[-1].startswith("到2027年，")
    assert "到2027年" not in paras[-2]


def test_each_time_frame_gives_its_targets_their_year() -> None:
    d = extract("青川市农机发展实施意见\n" + GOALS, default_year=2030)
    dues = {t.value: t.due.year if t.due else None for t in d.targets if t.numeric}
    assert dues[Decimal(120)] == 2024
    assert dues[Decimal(130)] == 2027


def test_a_printed_heading_whose_phrases_a_comma_joins_stands_alone() -> None:
    # 二、…，…工作 short of the margin: a heading, never run on into the sentence below it
    wide = "我们将始终坚持党的全面领导，把初心写在行动上，把使命落在岗位上，坚定信心决心，深化"
    text = "\n".join(
        [
            "一、2019年工作回顾",
            wide,
            wide,
            "有解思维，加快实现建设新突破。",
            "二、稳稳地做、实实地干，扎实做好2020年工作",
            "2020年是全面建成小康社会和“十三五”规划收官之年。收官之年要打好决胜之战，",
            wide,
            "思维。",
        ]
    )
    assert "二、稳稳地做、实实地干，扎实做好2020年工作" in paragraphs(text, True, printed=True)
