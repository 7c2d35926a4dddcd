"""How a text's lines are laid out, before any clause is read: heading markers, indicator
table rows, and whether the lines break inside sentences (OCR'd newspaper columns). Pure, and
below `domain.sources`, which asks the last of these to know where a clause may end; it
imports nothing, so that reading a plan's sources does not load the drafting stages."""

from __future__ import annotations

import re
from collections import Counter

# headings, with their rank: a section ends at the next heading of its rank or a higher one
BODY = "body"  # the part of a line of the document's own text (structure names the others)

HEADING_RANKS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(r"^第[一二三四五六七八九十百]+[章篇部分]+")),
    ("section", re.compile(r"^第[一二三四五六七八九十百]+节")),
    # never a list of ordinals inside a sentence that a printed line happens to open with (一、二、三期)
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、．.](?![一二三四五六七八九十]+[、．.])")),
    ("cn-paren", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("arabic", re.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))(?!\d{1,2}[、．])")),
    ("arabic-paren", re.compile(r"^[（(]\d{1,2}[）)]")),
]
RANKS = {family: rank for rank, (family, _) in enumerate(HEADING_RANKS)}

# a government site's record of the document, above or under its title: 索引号：… 成文日期：…
RECORD_FIELD = re.compile(
    r"^[【\[]?(?:索引号|主题分类|发文机关|发布机构|发文字号|文号|字号|成文日期|发文日期|公布日期|发布日期|施行日期|"
    r"生效日期|有效性|时效性|效力级别|效力等级|主题词|制定机关|公文种类|体裁分类|信息来源|浏览次数|访问次数)[】\]]?[:：]?"
    # words that also open a title or a sentence (信息分类分级…方案, 统一编码体系…): a record's only with its colon
    r"|^[【\[]?(?:发布单位|公开方式|公开日期|公开范围|公开时限|信息分类|组配分类|所属机构|所属主题|统一编号|统一编码|登记号|归档时间|归档日期|更新时间|更新日期)"
    r"[】\]]?[:：]"
    r"|^[【\[]?(?:名称|标题|文件名称)[】\]]?[:：]"
    # a saved page's own record: the site's column, the page's address, the label over the text
    r"|^(?:栏目|原始链接|本地目录|来源)[:：]|^正文[:：]$"
    # a page's address alone on a line, or its end wrapped onto the next line in print (…/202603/ over t2026….htm)
    r"|^(?:https?://\S+|[A-Za-z0-9_./%?=&#~-]+\.(?:s?html?|aspx?|jsp|php))$"
)
# the source and time lines a copying site adds under the title (来源: with its value on the next line)
PAGE_SOURCE = re.compile(r"^(?:来源|时间|发布时间|作者|编辑|责任编辑|文章来源)[:：](?P<value>.*)$")


# headings: marker, nesting family (the document's ranks, above; a circled number
# only numbers items within a section)
MARKERS: list[tuple[str, re.Pattern[str]]] = [
    *HEADING_RANKS,
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
]

# a heading's marker printed on a line of its own, its name on the next (第一章 / 发展基础): a centred
# heading in a PDF or a web copy; the two lines are one heading
BARE_MARKER = re.compile(
    r"^[ \t\u3000]*(?:第[一二三四五六七八九十百]+[章篇部分节]|[一二三四五六七八九十]+[、．.]"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)])[ \t\u3000]*$",
    re.MULTILINE,
)
_NAME_LINE = re.compile(r"^\s*[^\s。；;！？!?]{2,40}\s*$")


def join_bare_markers(text: str) -> str:
    """`text` with each heading marker that stands alone on its line joined to the name on the
    next line (a blank line between them allowed): 第一章 / 发展基础 is the heading 第一章发展基础."""
    if BARE_MARKER.search(text) is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        if (
            nxt < len(lines)
            and BARE_MARKER.match(line)
            and _NAME_LINE.match(lines[nxt])
            and not any(p.match(lines[nxt].strip()) for _, p in MARKERS)
        ):
            out.append(line.rstrip() + lines[nxt].strip())
            i = nxt + 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


# a row of an indicator table: 名称（单位） 2020年基期值X 2025年目标值Y左右 — [Y] is a total over the period
INDICATOR_ROW = re.compile(
    r"^(?:序号)?\d{0,2}(?P<name>[^\d（(，。；]{2,30}?)[（(](?P<unit>[^）)\d]{1,8})[）)]"
    r"(?:(?P<by>20\d\d)年?基(?:期|准)?(?:年)?值?\[?(?P<base>\d+(?:\.\d+)?)\]?)?"
    r"(?P<y>20\d\d)年?(?:目标|预期)值?(?P<open>\[)?(?P<v>\d+(?:\.\d+)?)\]?\*?(?P<about>左右)?"
)


# a breadcrumb, a site record's 索引号: …, a date, an authority's name signing
_FURNITURE = re.compile(
    r"^[>＞»›]|^[^，。,：:]{2,8}[:：]|^\d{4}(?:年\d{1,2}月\d{1,2}日|[-./]\d{1,2}[-./]\d{1,2})$"
    r"|^[^，。,；;]{2,24}(?:人民政府|办公室|办公厅|委员会)$"
)


_SENTENCE = re.compile(r"[。；;！？!?]")  # a heading may hold commas, never a sentence's end
# a sentence's marks, commas and 、 among them: a name (a signer, a listed attachment) has none
SENTENCE_MARKS = r"[。，、；！？,;!?]"
_ENDED = re.compile(r"[。！？!?：:；;”」）)]\s*$")


def _heading_line(line: str) -> bool:
    """A marked line left out of the count: a heading, or an item that ends where its line does
    (as before). A marked line that ends a sentence inside it and then runs on unended
    (（1）抓好供水。到…就业2) is the first line of a paragraph broken at the page's width."""
    text = line.strip()
    if not any(p.match(text) for _, p in MARKERS):
        return False
    return not (_SENTENCE.search(text) and not _ENDED.search(text))


_ITEM_END = re.compile(r"\d+(?:\.\d+)?[万亿]?(?![年月日号])[\u4e00-\u9fff%]{1,4}?(?:以上|左右|以内)?\s*$")


def _width(line: str) -> float:
    """A line's width in characters: a digit or Latin letter is half of one; spaces take none."""
    return sum(1 if ord(ch) > 0x7F else 0.5 for ch in line if not ch.isspace())


def broken_lines(text: str) -> bool:
    """Whether most lines end inside a sentence, as in OCR'd newspaper columns."""
    # the first may be a title; a heading's marker alone on a line ends no sentence (第一章 / 发展基础)
    lines = [ln for ln in join_bare_markers(text).splitlines() if ln.strip()][1:]
    lines = [ln for ln in lines if not _heading_line(ln)]  # headings end unpunctuated
    lines = [ln for ln in lines if not INDICATOR_ROW.match(re.sub(r"\s+", "", ln)) and "\t" not in ln]  # table rows
    # a web page's furniture ends unpunctuated too: a signature, a date, a breadcrumb, a record's 索引号: …
    lines = [ln for ln in lines if not _FURNITURE.match(re.sub(r"\s+", "", ln))]
    unended = [ln for ln in lines if not _ENDED.search(ln)]
    if len(lines) < 3 or len(unended) / len(lines) < 0.5:
        return False
    # a column's lines are all about as wide (a digit is half a character); a list of short items is not.
    # A marked paragraph's first line is measured apart: its marker and indent make it narrower.
    column = [ln for ln in unended if not any(p.match(ln.strip()) for _, p in MARKERS)] or unended
    # a list of items each ending in its count (新增停车位1200个, 改造小区15个以上): each is whole
    if sum(1 for ln in unended if _ITEM_END.search(ln)) >= 0.6 * len(unended):
        return False
    widths = Counter(_width(ln) for ln in column)
    # the width most lines share is a column's, not a short heading's: a column is no narrower than
    # most of its paragraphs' last lines (a text of whole lines under many headings of about one
    # width is no column: its ended lines are whole paragraphs, far wider than the headings)
    ended = sorted(_width(ln) for ln in lines if _ENDED.search(ln))
    least = 0.3 * ended[len(ended) // 2] if ended else 0
    alike = max((widths[w - 0.5] + widths[w] + widths[w + 0.5] for w in widths if w >= least), default=0)
    # nor do the short headings count against it: two lines at least cut at one width, among the
    # lines as wide as a column's, make one (a short notice whose headings outnumber its wraps)
    wide = sum(1 for ln in column if _width(ln) >= least)
    return alike / len(column) >= 0.5 or (alike >= 2 and alike / wide >= 0.5)


# figures apart by spaces, as the cells of a table's row stand (地区生产总值 1552.36 1652.36)
_SPACED_FIGURES = re.compile(r"\d[\d.%]*\s+[\d.]+%?(?:\s|$)")


def _reach(lines: list[str]) -> tuple[float, float, list[float], list[float]]:
    """The widest line's width, the width from which a line reached the margin, each line's width
    and how far each line reaches."""
    widths = [_width(ln) for ln in lines]
    full = max(widths, default=0)
    near = _near(full)
    # a digit, a Latin letter or a mark set in a Latin font is printed wider than the half of a
    # character _width counts (2.5%, 48000元): a line of many of them reaches the margin short of it
    narrow = [sum(1 for ch in ln if ord(ch) <= 0x7F and not ch.isspace()) for ln in lines]
    return full, near, widths, [w + 0.25 * k for w, k in zip(widths, narrow, strict=True)]


def _near(margin: float) -> float:
    """The width from which a line reached a margin: digits, Latin letters and punctuation are narrower."""
    return margin - max(2.0, 0.08 * margin)


def _clearly_short(lines: list[str], reach: list[float], margin: float) -> list[int]:
    """The lines but the last short of `margin` by a quarter of it, or short of it at all where they
    end of themselves (`_ends_alone`)."""
    near = _near(margin)
    return [
        n
        for n in range(len(lines) - 1)
        if reach[n] < 0.75 * margin or (reach[n] < near and _ends_alone(lines[n], first=n == 0))
    ]


def short_lines(lines: list[str], clearly: bool = False) -> list[int]:
    """The lines but the last that stop short of the page's margin: a title's, a paragraph's end.
    `clearly`: by a quarter of the page's width at least, not by a mark the printer moved to the
    next line (”, 。 may not open a line) or by a run of digits set wider than counted."""
    full, near, _, reach = _reach(lines)
    if not clearly:
        return [n for n in range(len(lines) - 1) if reach[n] < near]
    # a line short of the margin that ends a sentence, opens a heading or, first, is a title (no
    # sentence's mark in it) ends there all the same: a mark the printer moved leaves a line cut
    # inside its sentence (四、…办好民生实事 at four fifths of the width is a heading)
    return _clearly_short(lines, reach, full)


def _ends_alone(line: str, *, first: bool) -> bool:
    """Whether a line ends where it does of itself: it ends a sentence, is a heading or is a title."""
    text = line.strip()
    if _ENDED.search(text) or any(p.match(text) for _, p in MARKERS):
        return True
    return first and re.search(SENTENCE_MARKS, text) is None


# what opens a line that goes on with the line before it: a count (5所, 40个), a comparator (不少于40个)
# or a mark; the text under a heading opens with none of them (a date it may open with: 2026年,
# 1-11月, 2026—2030年)
_GOES_ON = re.compile(
    r"^(?:\d+(?:\.\d+)?(?![\d.年月日\-—－~～至])|[，,、。；;：:）)%％]|不少于|不低于|不超过|不高于|达到|超过|以上|以内|左右|控制在)"
)
_INDENT = 2.0  # a paragraph's first line is indented two characters: OCR often drops the indent


def headings_alone(lines: list[str]) -> set[int]:
    """The lines that hold a numbered heading alone (no mark of a sentence in it) on a page whose lines
    break at its margin, printed with no indent: short of the margin by more than an indent OCR
    dropped (1.全年新开工重点项目 / 不少于40个 is an item's first line, cut at the margin), the next
    line not going on with it (3.新建学校 / 5所). Only where three lines at least show the margin: a
    headline over newspaper columns is wider than all of them."""
    _, near, _, reach = _reach(lines)
    if sum(1 for r in reach if r >= near) < 3:
        return set()
    return {
        n
        for n in range(len(lines) - 1)
        if reach[n] + _INDENT < near
        and any(p.match(flat := re.sub(r"\s+", "", lines[n])) for _, p in MARKERS)
        # a comma inside may join its phrases (二、稳稳地做、实实地干，扎实做好2020年工作), never end it
        and not re.search(r"[。；;：:！？!?]|[，,]$", flat)
        and not _GOES_ON.match(lines[n + 1].strip())
    }


_SENTENCE_END = re.compile(r"[。！？!?：:]\s*$")
_FULL_STOP = re.compile(r"[。！？!?]\s*$")
_UNENDED = re.compile(r"[。；;：:！？!?，,、]\s*$")


def _opens_alone(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None or any(p.match(text) for _, p in MARKERS)


def paragraph_ends(lines: list[str]) -> set[int]:
    """The lines of a page whose lines break at its margin, printed with no indent, that end their
    paragraph: short of the margin and ending a sentence (…请予审议。), or short, unpunctuated and
    after a line that ends a sentence, a heading alone with no number (2024年工作回顾 / 我们始终…，…新速度).
    Only where three lines at least show the margin, as `headings_alone`."""
    _, _, _, reach = _reach(lines)
    # the margin most lines reach, not the widest line's: a table's row or a heading run on into its
    # text may be far wider than the page's lines, and would make every line of it short
    ordered = sorted(reach)
    margin = ordered[(3 * (len(ordered) - 1)) // 4] if ordered else 0.0
    near = _near(margin)
    if sum(1 for r in reach if r >= near) < 3:
        return set()
    clearly = set(_clearly_short(lines, reach, margin))
    ends: set[int] = set()
    for n in range(len(lines) - 1):
        text = lines[n].strip()
        # a first line short of the margin with no sentence in it ends there over text that reaches the
        # margin (2025年工作回顾 over its text), or over a heading over it (a title, 2025年工作回顾, its
        # text); over two short lines it is a title's first line (2024—2026年某省 / …实施方案 / 一、…)
        first = n == 0 and not re.search(SENTENCE_MARKS, text) and near <= max(reach[1 : n + 3])
        # a bracket left open runs on below (…。（责任单位： / 市发展改革委）)
        open_bracket = text.count("（") + text.count("(") > text.count("）") + text.count(")")
        if n in clearly and (_SENTENCE_END.search(text) or first) and not open_bracket:
            ends.add(n)
        elif (
            # after a sentence's end (a colon's object runs on: （责任单位： / 市发展改革委）)
            (n - 1 in ends or (n > 0 and _FULL_STOP.search(lines[n - 1].strip())))
            and not re.search(r"[）)]$", text)
            and reach[n] + _INDENT < near
            and not _UNENDED.search(text)
            and not _GOES_ON.match(lines[n + 1].strip())
            and "\t" not in text
            # its text opens below it, at the margin or with a heading or a sentence of a line
            and (reach[n + 1] >= near or _opens_alone(lines[n + 1].strip()))
        ):
            ends |= {n - 1, n}  # the sentence before it ended its paragraph at the margin
    return ends


def wrapped(lines: list[str], opening: int | None = None) -> set[int]:
    """The lines that run on into the next because they reached the page's right margin, as a
    printed page (a PDF's text) breaks a paragraph: as wide as the text's widest lines (at least
    three of them), ending inside a sentence, the next line not opening an item. A heading that
    reaches the margin runs on too: a heading is one line only when it is short. `opening`: a
    line that opens a paragraph, its indent lost with the text's spaces."""
    full, near, widths, reach = _reach(lines)
    if full < 20 or sum(1 for w in widths if w >= near) < 3:
        return set()
    return {
        n
        for n in range(len(lines) - 1)
        if reach[n] + (_INDENT if n == opening else 0) >= near
        and not _ENDED.search(lines[n])
        and "\t" not in lines[n] + lines[n + 1]  # a table row stands alone
        and not _SPACED_FIGURES.search(lines[n])  # so does one whose cells stand apart by spaces
        and not lines[n + 1][:1].isspace()
        and not any(p.match(lines[n + 1].strip()) for _, p in MARKERS)
    }
