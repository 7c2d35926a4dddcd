"""A web page whose inline spans were each copied onto a line of their own: 到 / 2025 / 年，… /
28% / 以上. A clerk reads such a page as the paragraphs it shows, so its pieces are joined back
before anything else reads the lines: a number, a unit or a bound is never a line of its own,
and a clause broken around one is one clause again. Only a document with many such pieces is
touched; headings, dates and sentence ends still open their own lines, and every other text
passes through as it is. Joining removes only line breaks, so every quote still stands in the
source once white space is set aside (as trace matches it). Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.cell_lines import held_lines
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.lines import HEADING_RANKS, PAGE_SOURCE, RECORD_FIELD

# a piece this short is no paragraph, title or signature: a number, a unit, a bound, a bracket
PIECE_WIDTH = 4
# a page is read as broken into spans when this many of its lines, and this share, are pieces
# that a real line never is (a bare number, one or two characters)
MIN_BARE = 8
MIN_SHARE = 0.08

_MARKER_ONLY = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．])$")
_BARE = re.compile(r"^(?:[\d.%％]+|\S{1,2})$")
# a heading with its text: a marker, then words with no clause or number in them (一、主要目标)
_HEADING = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、．]|第[一二三四五六七八九十]+[章节])"
    r"[^，。；：,;:\d（(]{2,}$"
)
_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")

# a join between two lines: each pattern is matched against "line so far\nnext line\n"; its
# example is such a pair, which it must join
Join = Named

_PIECE = r"(?:[\d.%％]+|[^\n]{1," + str(PIECE_WIDTH) + "})"

JOINS: list[Join] = [
    Join(
        "continues with punctuation",
        re.compile(r"\n[，、；。：）)〕】》”%％]"),
        "a line that opens with a comma, a closing bracket or a unit sign continues the one above",
        "各街道镇\n、有关部门负责落实\n",
    ),
    Join(
        "opens a bracket or a list",
        re.compile(r"^[^\n]*[（(〔【《“、，]\n"),
        "a line that ends in an opening bracket, a comma or an enumeration mark runs on below",
        "推动城乡（\n社区）卫生服务站标准化建设\n",
    ),
    Join(
        "a bracket left open",
        re.compile(r"^[^\n]*[（(〔【][^）)〕】\n]*\n"),
        "a bracket opened and not closed on its line closes on a line below",
        "（牵头单位：\n区卫生健康委、区民政局）\n",
    ),
    Join(
        "a piece after words",
        re.compile(r"^[^\n]*[^\n。！？!?；;：:]\n" + _PIECE + r"\n$"),
        "a number, a unit or a bound on its own line belongs to the clause it stands in",
        "到2026年，全区老年助餐点达到\n36\n",
    ),
    Join(
        "words after a piece",
        re.compile(r"^(?:[\d.%％]+|[^\n]{0," + str(PIECE_WIDTH - 1) + r"}[^\n。！？!?；;：:])\n[^\n]"),
        "the text after a number or a unit on its own line is the rest of its clause",
        "5\n名，家庭医生签约率稳步提高\n",
    ),
]


def _pieces(lines: list[str]) -> int:
    return sum(1 for ln in lines if _BARE.match(ln.strip()) and not _MARKER_ONLY.match(ln.strip()))


def spans_broken(text: str) -> bool:
    """Whether a page's inline spans stand on lines of their own (many bare numbers and pieces)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    bare = _pieces(lines)
    return bare >= MIN_BARE and bare >= MIN_SHARE * len(lines)


def _joins(before: str, after: str, joined: str = "") -> bool:
    """Whether `after` runs on from `before`, the last line as it stood (both stripped, neither
    blank); `joined` is that line with what was joined before it (a bracket may open there)."""
    if any(p.match(after) for _, p in HEADING_RANKS) or "\t" in before or "\t" in after:
        return False  # a heading opens its line; a table row stays a row
    if RECORD_FIELD.match(after) or PAGE_SOURCE.match(after):
        return False  # a field of the page's record (发布时间：, 文号：) opens its line, after a cut title too
    if _MARKER_ONLY.match(before):
        return True  # a heading's marker takes its text
    if _HEADING.match(joined or before):
        return bool(JOINS[0].pattern.search(f"{before}\n{after}\n"))  # a heading's text ends its line
    joints = (f"{before}\n{after}\n", f"{joined or before}\n{after}\n")
    return any(rule.pattern.search(joint) for rule in JOINS for joint in joints)


# a joined line is read by the joins only at its start, its end, which bracket it left open, and
# whether it holds a digit, a clause mark or any other text: a long one is read in that short form,
# kept as lines join (each character passes into its middle once), so joining stays linear
_ENDS = 24
_MARKS = re.compile(r"[，。；：,;:（(]")
_DIGIT = re.compile(r"\d")
_NUMERAL = re.compile(r"[\d.%％]")


class _Joined:
    def __init__(self, line: str) -> None:
        self.head, self.tail, self.long = "", line, False
        self.digit = self.mark = self.other = False
        self.bracket = ""
        self._settle()

    def add(self, piece: str) -> None:
        self.tail += piece
        self._settle()

    def _settle(self) -> None:
        if len(self.tail) <= 2 * _ENDS and not self.long:
            return
        if not self.long:
            self.head, self.tail, self.long = self.tail[:_ENDS], self.tail[_ENDS:], True
        moved, self.tail = self.tail[:-_ENDS], self.tail[-_ENDS:]
        for ch in moved:
            self.digit = self.digit or _DIGIT.match(ch) is not None
            self.mark = self.mark or _MARKS.match(ch) is not None
            self.other = self.other or _NUMERAL.match(ch) is None
            if ch in "（(〔【）)〕】":
                self.bracket = ch

    def form(self) -> str:
        """The line as the joins read it: the same answer from every rule as the whole line."""
        if not self.long:
            return self.tail
        middle = ("0" if self.digit else "") + ("，" if self.mark else "") + ("字" if self.other else "")
        return self.head + middle + self.bracket + self.tail


def rejoin_spans(text: str) -> str:
    """The text with a span-broken page's pieces joined back into its lines; else unchanged."""
    if not spans_broken(text):
        return text
    split = text.split("\n")
    lines = _dates(split, held_lines(split))
    out: list[str] = []
    last = ""  # the last line as it stood: whether a piece ran on is judged on it, not on the join
    joined = _Joined("")  # out[-1] stripped, in the short form the joins read
    for line, alone in lines:
        flat = line.strip()
        if out and flat and last and not alone and _joins(last, flat, joined.form()):
            out[-1] = out[-1].rstrip() + flat
            joined.add(flat)
        else:
            out.append(line)
            joined = _Joined(flat)
        last = "" if alone else flat  # a date set out one part a line stands alone
    return "\n".join(out)


def _dates(lines: list[str], held: set[int]) -> list[tuple[str, bool]]:
    """A signing date set out one part a line (2025 / 年 / 3 / 月 / 9 / 日) is one line, alone;
    so is each line of a table pasted one cell a line (`held`: cell_lines reads its rows)."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(lines):
        if i in held:
            out.append((lines[i], True))
            i += 1
            continue
        j = i
        joined = ""
        while j < len(lines) and j - i < 8 and j not in held and _BARE.match(lines[j].strip() or " "):
            joined += lines[j].strip()
            j += 1
            if _DATE.match(joined):
                break
        if _DATE.match(joined):
            out.append((joined, True))
            i = j
        else:
            out.append((lines[i], False))
            i += 1
    return out
