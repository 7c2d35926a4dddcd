"""A text in traditional characters is read in simplified ones, character for character; a
simplified text is never touched (our own sentences)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from targetctl.io.script import simplified

TRADITIONAL = "某某縣今年將辦好十件實事：新增停車位500個以上，改造老舊小區20個，建設社區養老服務站3處。"
SIMPLIFIED = "某某县今年将办好十件实事：新增停车位500个以上，改造老旧小区20个，建设社区养老服务站3处。"


def test_a_traditional_text_is_read_in_simplified_characters_one_for_one() -> None:
    assert simplified(TRADITIONAL) == SIMPLIFIED


def test_a_simplified_text_is_not_read_again() -> None:
    # OpenCC alone would make 覆盖 复盖 and 乾 干: a simplified text keeps them
    text = "全区森林覆盖率达到45%，乾隆年间修建的古桥得到保护，新建口袋公园10个。"
    assert simplified(text) is None
    assert simplified(SIMPLIFIED) is None


def test_a_text_with_a_few_traditional_characters_is_simplified_text() -> None:
    text = SIMPLIFIED * 20 + "（轉載自某某日報）"
    assert simplified(text) is None


def test_a_text_with_no_han_characters_is_not_read() -> None:
    assert simplified("Annual plan 2025: 100 parks") is None


@given(st.text(alphabet=TRADITIONAL + SIMPLIFIED + " \n\t0123456789%、", max_size=200))
def test_the_reading_keeps_every_character_in_its_place(text: str) -> None:
    read = simplified(text)
    assert read is None or (
        len(read) == len(text) and all(a == b for a, b in zip(text, read, strict=True) if a.isspace() or b.isspace())
    )
