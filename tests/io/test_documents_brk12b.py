"""A text with stray NUL bytes, met by a careless user: where its UTF-8 is broken is said in
the file's own bytes, not in the bytes left once the NULs were dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from targetctl.domain.problems import TargetctlError
from targetctl.io.documents import read_document

TEXT = "青川县城区供水提质方案\n一、主要目标\n到2027年，城区供水管网漏损率控制在9%以内。\n改造老旧管网120公里。\n"


def test_a_broken_byte_after_stray_nuls_is_placed_in_the_file_as_it_is(tmp_path: Path) -> None:
    good = (TEXT * 4).encode("utf-8").replace("。".encode(), "。".encode() + b"\x00")
    broken_at = len(good) + 3
    path = tmp_path / "plan.txt"
    path.write_bytes(good + TEXT.encode("utf-8")[:3] + b"\xff" + TEXT.encode("utf-8"))
    assert path.read_bytes()[broken_at] == 0xFF
    with pytest.raises(TargetctlError) as caught:
        read_document(path)
    message = str(caught.value)
    assert f"byte {broken_at} " in message, message
    line = good.count(b"\n") + 1
    assert f"plan.txt:{line}:" in message, message
