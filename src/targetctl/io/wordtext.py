"""The text of a .docx, read as a stream with every size bounded before and while it is read.

python-docx builds the whole tree (a 950 KB file took 6.6 GB), repeats a merged cell once per
column it spans, drops text boxes and nested tables, and puts every table after the body. This
reader checks the zip's central directory first, inflates only word/document.xml with a byte
count, and walks it with expat: no DTD or entity is accepted, and depth and element counts
are bounded. Body paragraphs and tables come out in document order.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.parsers import expat

from targetctl.domain.messages import Msg
from targetctl.io.wordnumbering import PART as NUMBERING_PART
from targetctl.io.wordnumbering import STYLES as STYLES_PART
from targetctl.io.wordnumbering import Numbering, NumberingRefused, read_numbering, unreadable_encoding, watch_encoding

MAX_ZIP_MEMBERS = 5000
MAX_MEMBER_BYTES = 50 * 1024 * 1024  # uncompressed, for any part of the package
MAX_RATIO = 100  # uncompressed / compressed, for a part over RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
MAX_XML_ELEMENTS = 2_000_000
MAX_XML_DEPTH = 256
MAX_TEXT_CHARS = 4 * 1024 * 1024  # a longer text could not be kept as a source copy anyway

_W = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
}
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_BODY = "word/document.xml"
# signs Word draws from the Symbol font (w:sym) instead of writing the character: a bound's
# comparator (≥ 95%) would be lost without them
_SYMBOL_SIGNS = {0xB3: "≥", 0xA3: "≤", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xBB: "≈", 0xB9: "≠", 0xB0: "°"}


class Refused(Exception):
    """The document breaks one of the limits, or is not a Word document: the message says which."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class _Cell:
    lines: list[str] = field(default_factory=list)
    continued: bool = False  # vMerge continue: the text belongs to the cell above
    span: int = 1  # gridSpan: the layout columns the cell covers


@dataclass
class _Reader:
    lines: list[str] = field(default_factory=list)
    containers: list[list[str]] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    cells: list[_Cell] = field(default_factory=list)
    depth: int = 0
    elements: int = 0
    chars: int = 0
    skip_until: int = 0  # inside mc:Fallback (a copy of the mc:Choice before it), down to this depth
    in_text: bool = False
    in_run: bool = False
    embedded: bool = False  # a w:altChunk: text in another format (HTML, RTF) only Word converts
    in_mark: bool = False  # inside a paragraph's properties (w:pPr), where w:del deletes its mark
    runs_on: list[bool] = field(default_factory=list)  # per open paragraph: its mark was deleted
    carried: str = ""  # a paragraph whose mark was deleted, shown as the start of the next
    hidden: bool = False  # the run is hidden text (w:vanish): Word neither shows nor prints it
    numbering: Numbering = field(default_factory=Numbering)
    numbered: list[list[str]] = field(default_factory=list)  # per open paragraph: its numId, ilvl

    def __post_init__(self) -> None:
        self.containers.append(self.lines)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_XML_DEPTH:
            raise Refused(Msg("word.too_deep", limit=MAX_XML_DEPTH))
        if self.elements > MAX_XML_ELEMENTS:
            raise Refused(Msg("word.too_many", limit=MAX_XML_ELEMENTS))
        if self.skip_until:
            return
        uri, _, local = name.rpartition(" ")
        if uri == _MC and local == "Fallback":
            self.skip_until = self.depth
            return
        if uri not in _W:
            return
        if local in ("moveFrom", "rt"):  # text moved away under tracked changes (read at its moveTo); a ruby's guide
            self.skip_until = self.depth
            return
        if local == "altChunk":
            self.embedded = True
        elif local == "p":
            self.paragraphs.append([])
            self.numbered.append(["", "0", ""])
            self.runs_on.append(False)
        elif local == "pPr":
            self.in_mark = True
        elif local == "del" and self.in_mark and self.runs_on:
            self.runs_on[-1] = True
        elif local in ("numId", "ilvl", "pStyle") and self.numbered:
            value = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "val"), "")
            self.numbered[-1][("numId", "ilvl", "pStyle").index(local)] = value
        elif local == "t":
            self.in_text = True
        elif local == "r":
            self.in_run, self.hidden = True, False
        elif local == "vanish" and self.in_run:
            value = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "val"), "true")
            self.hidden = value.lower() not in ("0", "false", "off")
        elif local == "tab" and self.paragraphs:
            self.paragraphs[-1].append("\t")
        elif local == "noBreakHyphen" and self.paragraphs and not self.hidden:
            self.paragraphs[-1].append("-")  # 3‑5%: a range kept on one line
        elif local == "sym" and self.paragraphs and not self.hidden:
            self.paragraphs[-1].append(_symbol(attrs))
        elif local in ("br", "cr") and self.paragraphs:
            kind = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "type"), "textWrapping")
            if kind == "textWrapping":
                self.paragraphs[-1].append("\n")
        elif local == "tbl":
            self.flush()  # a paragraph never runs on into a table
        elif local == "tr":
            self.rows.append([])
        elif local == "tc":
            self.cells.append(_Cell())
            self.containers.append(self.cells[-1].lines)
        elif local == "vMerge" and self.cells:
            value = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "val"), "continue")
            self.cells[-1].continued = value != "restart"
        elif local == "gridSpan" and self.cells:
            value = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "val"), "1")
            self.cells[-1].span = min(int(value), 64) if value.isdigit() and int(value) > 0 else 1

    def end(self, name: str) -> None:
        depth = self.depth
        self.depth -= 1
        if self.skip_until:
            if depth == self.skip_until:
                self.skip_until = 0
            return
        uri, _, local = name.rpartition(" ")
        if uri not in _W:
            return
        if local == "t":
            self.in_text = False
        elif local == "r":
            self.in_run, self.hidden = False, False
        elif local == "pPr":
            self.in_mark = False
        elif local == "p" and self.paragraphs:
            text = "".join(self.paragraphs.pop())
            if self.runs_on and self.runs_on.pop():  # tracked changes deleted its mark: Word shows it run on
                self.carried += text
                self.numbered.pop()
                return
            text, self.carried = self.carried + text, ""
            num_id, level, style = self.numbered.pop() if self.numbered else ("", "0", "")
            by_style = self.numbering.of_style(style) if not num_id and style else None
            if by_style is not None:
                num_id, level = by_style[0], str(by_style[1])
            if num_id and num_id != "0" and level.isdigit():
                # the number Word shows before the paragraph: counted even where the text is empty
                label = self.numbering.label(num_id, int(level))
                text = label + text if text.strip() else text
            self.containers[-1].append(text)
        elif local == "tc" and self.cells:
            self.flush()
            cell = self.cells.pop()
            self.containers.pop()
            # one entry per layout column, so that an indicator table's columns line up
            # (domain/drafting/tables.py): a merged cell's text once, at its first column and row
            text = "" if cell.continued else "".join("\n".join(cell.lines).split())
            if self.rows:
                self.rows[-1] += [text] + [""] * (cell.span - 1)
        elif local == "tr" and self.rows:
            cells = self.rows.pop()
            if any(cells):
                self.containers[-1].append(CELL_SEPARATOR.join(cells))

    def flush(self) -> None:
        """A paragraph whose mark was deleted, with no paragraph after it in its cell or body."""
        if self.carried:
            self.containers[-1].append(self.carried)
            self.carried = ""

    def text(self, data: str) -> None:
        if self.in_text and not self.skip_until and not self.hidden and self.paragraphs:
            self.chars += len(data)
            if self.chars > MAX_TEXT_CHARS:
                raise Refused(Msg("doc.text_4mib"))
            self.paragraphs[-1].append(data)


def _symbol(attrs: dict[str, str]) -> str:
    """The sign a w:sym draws from the Symbol font (F0B3 or 00B3: ≥), else nothing."""
    found = {k.rpartition(" ")[2]: v for k, v in attrs.items()}
    code = found.get("char", "")
    if found.get("font", "").lower() != "symbol" or not code or any(c not in "0123456789abcdefABCDEF" for c in code):
        return ""
    return _SYMBOL_SIGNS.get(int(code, 16) & 0xFF, "")


def _refuse_dtd(*_: object) -> None:
    raise Refused(Msg("word.dtd"))


def _check_package(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise Refused(Msg("word.parts", limit=MAX_ZIP_MEMBERS))
    body = None
    for info in members:
        if info.file_size > MAX_MEMBER_BYTES:
            raise Refused(Msg("word.inflates", part=info.filename[:80], limit=MAX_MEMBER_BYTES // 2**20))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Refused(Msg("word.ratio", part=info.filename[:80], ratio=MAX_RATIO))
        if info.filename == _BODY:
            body = info
    if body is None:
        raise Refused(Msg("word.no_body", body=_BODY))
    return body


def _feed(stream: IO[bytes], parser: expat.XMLParserType) -> None:
    inflated = 0
    while chunk := stream.read(1 << 16):
        inflated += len(chunk)
        if inflated > MAX_MEMBER_BYTES:  # the central directory can lie about the size
            raise Refused(Msg("word.inflates", part=_BODY, limit=MAX_MEMBER_BYTES // 2**20))
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


CELL_SEPARATOR = "\t"
"""Between a table row's cells, one per column of the layout grid."""


def docx_text(path: Path) -> str:
    """The paragraphs and table rows of the document's body, one a line, in document order; a
    row's cells are joined with tabs, one per layout column. Raises Refused, or OSError when the file cannot be read."""
    reader = _Reader()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text
    parser.buffer_text = True
    declared = watch_encoding(parser)
    try:
        with zipfile.ZipFile(path) as archive:
            body = _check_package(archive)
            for part in (NUMBERING_PART, STYLES_PART):
                if part in archive.namelist():
                    with archive.open(part) as numbering:
                        reader.numbering = read_numbering(numbering, reader.numbering)
            with archive.open(body) as stream:
                _feed(stream, parser)
    except NumberingRefused as exc:
        raise Refused(exc.message) from None
    except expat.ExpatError as exc:
        raise Refused(Msg("word.malformed", reason=expat.ErrorString(exc.code), line=exc.lineno)) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise Refused(Msg("word.damaged", reason=" ".join(str(exc).split())[:120])) from None
    except (ValueError, LookupError):
        if (encoding := unreadable_encoding(declared)) is None:
            raise
        raise Refused(Msg("word.encoding", encoding=encoding)) from None
    if reader.embedded:  # its text would be missing unsaid, or the document called a scan
        raise Refused(Msg("word.alt_chunk"))
    reader.flush()
    return "\n".join(reader.lines)
