"""'Did you mean' for an id as a spreadsheet or an input method changes it (newcomer review):
capitals (Excel's autocorrect, caps lock) and full-width hyphens had no suggestion at all."""

from __future__ import annotations

import pytest

from targetctl.domain.suggest import suggest

IDS = ["huangdao-2026-t04", "huangdao-2026-t08", "huangdao-2026-p01"]


@pytest.mark.parametrize(
    "typed", ["HUANGDAO-2026-T08", "Huangdao-2026-t08", "huangdao－2026－t08", "ｈｕａｎｇｄａｏ-2026-t08"]
)
def test_an_id_changed_by_a_keyboard_or_a_sheet_is_suggested(typed: str) -> None:
    found = suggest(typed, IDS)
    assert found and found.fields["word"] == "huangdao-2026-t08"


def test_a_near_miss_is_still_suggested_and_nonsense_is_not() -> None:
    assert suggest("huangdao-2026-t4", IDS)
    assert suggest("zzz", IDS) == ""
