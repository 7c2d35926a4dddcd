"""io.wordtext under hostile packages (break-it review of issue 19): whatever a .docx declares,
it is read or refused with the reason, never an internal error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from targetctl.io.wordtext import Refused, docx_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一、目标</w:t></w:r></w:p></w:body></w:document>'
_NUMBERING = f'<w:numbering xmlns:w="{W}"/>'


def _package(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-32", "x-no-such"])
@pytest.mark.parametrize("part", ["word/document.xml", "word/numbering.xml", "word/styles.xml"])
def test_an_encoding_expat_cannot_read_is_refused_naming_it(tmp_path: Path, encoding: str, part: str) -> None:
    declared = f'<?xml version="1.0" encoding="{encoding}"?>'.encode("ascii")
    parts = {"word/document.xml": _BODY.encode("utf-8"), part: declared + _NUMBERING.encode("ascii")}
    if part == "word/document.xml":
        parts[part] = declared + _BODY.encode("gb18030" if encoding != "utf-32" else "ascii", "replace")
    with pytest.raises(Refused, match=f"encoding '{encoding}'"):
        docx_text(_package(tmp_path / "a.docx", parts))


def test_a_single_byte_encoding_expat_knows_is_read(tmp_path: Path) -> None:
    body = '<?xml version="1.0" encoding="iso-8859-1"?>' + _BODY.replace("一、目标", "caf\xe9")
    assert docx_text(_package(tmp_path / "a.docx", {"word/document.xml": body.encode("latin-1")})) == "caf\xe9"
