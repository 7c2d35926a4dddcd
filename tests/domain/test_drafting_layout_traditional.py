"""A table laid out by columns in traditional characters (a PDF from Hong Kong or Taiwan) is found
as in simplified ones: the text is read in simplified characters only after the table is laid
out, so its header words are looked for in both (our own rows)."""

from __future__ import annotations

import pytest

from targetctl.domain.drafting.layout_tables import tabulate
from targetctl.io.script import simplified

from .test_drafting_layout_tables import LAID


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t.json").convert(text))


def test_a_traditional_laid_out_table_is_laid_out_as_the_simplified_one() -> None:
    laid = tabulate(_traditional(LAID))
    assert laid != _traditional(LAID)  # found as a table
    assert simplified(laid) == tabulate(LAID)


@pytest.mark.parametrize(
    "header",
    [
        "名稱         單位         2020年       2025年      屬性",
        "項目         單位         基期值       目標值      屬性",
        "序號   指標         單位         2020年       2025年      屬性",
    ],
)
def test_traditional_header_words_start_a_table(header: str) -> None:
    text = _traditional(LAID).replace("指標         單位         2020年       2025年      屬性", header)
    assert tabulate(text) != text
