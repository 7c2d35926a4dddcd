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
