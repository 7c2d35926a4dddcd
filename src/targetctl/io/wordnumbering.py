"""Word's automatic numbering, rendered as Word shows it: 一、 （一） 1． before a paragraph.

A heading that Word numbers itself holds no number in its text: the number comes from
word/numbering.xml (abstractNum → lvl: numFmt, lvlText, start; num → abstractNum) and a counter
per list and level. Without it a document's headings would read as plain lines and its
programme tree would be lost. Read with expat under the same bounds as the body. Numbering is
given on the paragraph itself (w:numPr) or by its style (标题 1 linked to a list: the style's
numPr in word/styles.xml, its level from the style's numPr or the list level that names the style).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO
from xml.parsers import expat

from targetctl.domain.messages import Msg

_W = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
PART = "word/numbering.xml"
STYLES = "word/styles.xml"
MAX_ELEMENTS = 200_000
MAX_DEPTH = 64
MAX_BYTES = 8 * 1024 * 1024

_CN = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"


_EXPAT_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "iso-8859-1", "us-ascii"}


def watch_encoding(xml: expat.XMLParserType) -> list[str]:
    """Keeps the encoding the XML declaration names, to say which one expat cannot read."""
    declared: list[str] = []
    xml.XmlDeclHandler = lambda _version, encoding, _standalone: declared.append(encoding or "")
    return declared


def unreadable_encoding(declared: list[str]) -> str | None:
    """The declared encoding, where expat hands it to Python's codecs: a multi-byte one such as
    GBK raises ValueError there and an unknown name LookupError, neither an ExpatError."""
    if declared and declared[0].lower() not in _EXPAT_ENCODINGS:
        return declared[0][:40]
    return None


class NumberingRefused(Exception):
    """numbering.xml breaks a limit or is not XML: the message says which."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


def _chinese(n: int, digits: str = _CN, ten: str = "十") -> str:
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else (ten if tens == 1 else digits[tens] + ten)
    return head + (digits[ones] if ones else "")


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = ""
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def formatted(n: int, fmt: str) -> str:
    """A counter as a numFmt shows it (chineseCounting 12 → 十二, decimalEnclosedCircle 3 → ③)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _LEGAL, "拾")
    if fmt == "ideographTraditional":
        return _STEMS[n - 1] if 0 < n <= len(_STEMS) else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalEnclosedParen":
        return _PAREN[n - 1] if 0 < n <= len(_PAREN) else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n).upper() if fmt == "upperLetter" else _letters(n)
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1


@dataclass
class Numbering:
    """The lists of a document and their counters, advanced paragraph by paragraph."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    styles: dict[str, list[str]] = field(default_factory=dict)  # styleId → [numId, ilvl] ('' unknown)
    style_levels: dict[tuple[str, str], int] = field(default_factory=dict)  # (abstractNumId, styleId) → ilvl

    def of_style(self, style: str) -> tuple[str, int] | None:
        """The list and level a paragraph style numbers its paragraphs with, if any."""
        num_id, level = self.styles.get(style, ["", ""])
        if not num_id or num_id == "0":
            return None
        if level.isdigit():
            return num_id, int(level)
        return num_id, self.style_levels.get((self.nums.get(num_id, ""), style), 0)

    def label(self, num_id: str, level: int) -> str:
        """The number of the next paragraph of list `num_id` at `level` ('' for a bullet or none)."""
        levels = self.abstract.get(self.nums.get(num_id, ""))
        if levels is None or level not in levels or not 0 <= level < 9:
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a higher level's next item restarts the levels under it
        own = levels[level]
        if own.fmt in ("bullet", "none") or not own.text:
            return ""
        text = own.text
        for k in range(9):
            if f"%{k + 1}" in text:
                lvl = levels.get(k, _Level())
                text = text.replace(f"%{k + 1}", formatted(counts.get(k, lvl.start), lvl.fmt))
        return text


@dataclass
class _Parser:
    numbering: Numbering = field(default_factory=Numbering)
    depth: int = 0
    elements: int = 0
    abstract_id: str | None = None
    level: tuple[int, _Level] | None = None
    num_id: str | None = None
    style_id: str | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_DEPTH or self.elements > MAX_ELEMENTS:
            raise NumberingRefused(Msg("word.numbering_deep"))
        uri, _, local = name.rpartition(" ")
        if uri not in _W:
            return
        values = {k.rpartition(" ")[2]: v for k, v in attrs.items()}
        if local == "abstractNum":
            self.abstract_id = values.get("abstractNumId")
            if self.abstract_id is not None:
                self.numbering.abstract.setdefault(self.abstract_id, {})
        elif local == "lvl" and self.abstract_id is not None:
            ilvl = values.get("ilvl", "")
            self.level = (int(ilvl), _Level()) if ilvl.isdigit() else None
        elif local == "style":
            self.style_id = values.get("styleId")
        elif self.style_id is not None and local in ("numId", "ilvl"):
            entry = self.numbering.styles.setdefault(self.style_id, ["", ""])
            entry[0 if local == "numId" else 1] = values.get("val", "")
        elif self.level is not None and local == "pStyle" and self.abstract_id is not None:
            self.numbering.style_levels[(self.abstract_id, values.get("val", ""))] = self.level[0]
        elif self.level is not None and local in ("numFmt", "lvlText", "start"):
            value = values.get("val", "")
            if local == "numFmt":
                self.level[1].fmt = value
            elif local == "lvlText":
                self.level[1].text = value
            elif value.isdigit():
                self.level[1].start = int(value)
        elif local == "num":
            self.num_id = values.get("numId")
        elif local == "abstractNumId" and self.num_id is not None:
            self.numbering.nums[self.num_id] = values.get("val", "")

    def end(self, name: str) -> None:
        self.depth -= 1
        uri, _, local = name.rpartition(" ")
        if uri not in _W:
            return
        if local == "lvl" and self.level is not None and self.abstract_id is not None:
            self.numbering.abstract[self.abstract_id][self.level[0]] = self.level[1]
            self.level = None
        elif local == "abstractNum":
            self.abstract_id = None
        elif local == "num":
            self.num_id = None
        elif local == "style":
            self.style_id = None


def _refuse_dtd(*_: object) -> None:
    raise NumberingRefused(Msg("word.numbering_dtd"))


def read_numbering(stream: IO[bytes], into: Numbering | None = None) -> Numbering:
    """The lists that numbering.xml defines, or the numbering that styles.xml gives its styles
    (read into the same Numbering). Raises NumberingRefused."""
    parser = _Parser(into or Numbering())
    xml = expat.ParserCreate(namespace_separator=" ")
    xml.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    xml.StartDoctypeDeclHandler = _refuse_dtd
    xml.EntityDeclHandler = _refuse_dtd
    xml.StartElementHandler = parser.start
    xml.EndElementHandler = parser.end
    declared = watch_encoding(xml)
    read = 0
    try:
        while chunk := stream.read(1 << 16):
            read += len(chunk)
            if read > MAX_BYTES:
                raise NumberingRefused(Msg("word.numbering_large", limit=MAX_BYTES // 2**20))
            xml.Parse(chunk, False)
        xml.Parse(b"", True)
    except expat.ExpatError as exc:
        raise NumberingRefused(Msg("word.numbering_malformed", reason=expat.ErrorString(exc.code))) from None
    except (ValueError, LookupError):
        if (encoding := unreadable_encoding(declared)) is None:
            raise
        raise NumberingRefused(Msg("word.encoding", encoding=encoding)) from None
    return parser.numbering
