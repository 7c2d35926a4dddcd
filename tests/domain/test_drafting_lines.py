"""Whether a text's lines break inside sentences, as a page's or a column's width breaks them
(drafting/lines.broken_lines; our own paragraphs)."""

from __future__ import annotations

from targetctl.domain.drafting.lines import broken_lines

LONG = "各地要统筹做好农机购置补贴资金使用工作，加强对补贴机具的核验和监管，做好补贴信息公开和档案管理，确保资金安全。"
ITEM = "补贴对象为农民。对购买目录内机具的给予补贴。"


def _page(text: str, first: int, width: int = 20) -> list[str]:
    """`text` as a page prints it: its first line `first` characters wide (a marker and an
    indent take the rest), the others `width`."""
    return [text[:first], *(text[i : i + width] for i in range(first, len(text), width))]


def test_numbered_paragraphs_broken_at_the_page_width_are_broken_lines() -> None:
    """Most paragraphs are numbered, and their first lines are narrower by what their markers
    and indents take, each by its own amount: the column's width is read from the other lines."""
    items = [line for n in range(12) for line in _page(f"（{'一二三四五六七八九十'[n % 10]}）{ITEM}", 11 + n)]
    plain = [line for _ in range(2) for line in _page(LONG, 20)]
    assert broken_lines("\n".join(["某县农机购置补贴实施方案", *items, *plain]))


def test_a_list_of_short_items_is_not() -> None:
    items = ["（一）抓好粮食生产", "（二）推进农机更新", "（三）加强资金监管", "（四）优化服务流程"]
    text = "\n".join(["重点任务", *items])
    assert not broken_lines(text)
