"""Stage 1 of drafting: the document's structure decides what the sentence rules read.

An official document's furniture and a forwarding notice's own text are excluded with their
reason, its title is taken from its title lines (joined when broken), and only the body goes
on to the sentence rules. The year of issue and a period stated in the title give the plan's
years when its text names none of its own. A plain text without furniture passes through
unchanged, so the news-style texts the rules were written on read as before. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from targetctl.domain.drafting.cell_lines import regroup
from targetctl.domain.drafting.conditions import condition_lines
from targetctl.domain.drafting.flat_tables import unflatten, with_flat
from targetctl.domain.drafting.lines import HEADING_RANKS, join_bare_markers
from targetctl.domain.drafting.notes import note_lines
from targetctl.domain.drafting.own_title import restore
from targetctl.domain.drafting.page_turns import page_headers
from targetctl.domain.drafting.periods import Period, stated_period
from targetctl.domain.drafting.structure import BLANK, BODY, FURNITURE, TITLE, Structure, read_structure
from targetctl.domain.drafting.tables import Table, read_tables


@dataclass
class Prepared:
    body: str  # the text the sentence rules read
    # None: the rules find the title as before; "": an official document whose text holds no
    # title (a repost that starts at its dispatch number): drafted untitled, never under a heading
    title: str | None
    structure: Structure
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (quote, reason)
    issue_year: int | None = None
    period: Period | None = None  # stated by the title (2023—2025年, 十四五, 三年行动)
    tables: Table = field(default_factory=lambda: Table({}, {}))  # indicator tables, by row


# a PDF's text layer may set a heading's quotation marks apart at its start: “ ”二、 十五五 时期…
_DETACHED_QUOTES = re.compile(
    r"^[ \t]*(?:[“”‘’][ \t]*){2,}"
    r"(?=[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节]|[（(][一二三四五六七八九十\d]+[）)])",
    re.MULTILINE,
)


# a news report that quotes a document in full after its lead (…的通知。文件提出，… 原文如下：); not a
# notice's own 通知如下：, broken onto a line of its own
_QUOTED_IN_FULL = re.compile(r"^[ \t\u3000]*(?:文件|通知|政策)?(?:全文|原文)如下[：:][ \t\u3000]*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[。；;！？]")
NEWS_LEAD = "a news report's lead before the document it quotes in full (…原文如下：), not the document"


def prepare(text: str) -> Prepared:
    lead = _QUOTED_IN_FULL.search(text[:5000])
    # what follows must be a document's text: a page whose 原文如下 is followed by an attachment's
    # link or its footer only (附件：….pdf, 责任编辑) quotes nothing, and is read as it stands
    if lead is not None and _SENTENCE_END.search(text[lead.end() :]):
        out = prepare(text[lead.end() :])
        head = text[: lead.end()].splitlines()
        if out.title:
            # the lead reports what the document sets (文件提出，…): read as its text, before it,
            # since a page may quote the document only in part; its date line and 原文如下 are not
            out.body = "\n".join([*head[1:-1], out.body])
            head = [head[0], head[-1]]
        out.excluded[:0] = [("".join(line.split()), NEWS_LEAD) for line in head if line.strip()]
        return out
    # what follows the title must be the document's text, not an attachment's link and the page's footer
    if (start := _quoted_title_line(text)) is not None and _SENTENCE_END.search(text[start:]):
        # a news page that names the document in its lead (…印发《X》，…) and then gives it, X on a line
        # of its own: the page's headline, source line and lead are the page's, the document starts at X
        out = prepare(text[start:])
        head = [line for line in text[:start].splitlines() if line.strip()]
        out.excluded[:0] = [("".join(line.split()), NEWS_LEAD) for line in head]
        return out
    text = join_bare_markers(text)  # 第一章 / 发展基础: one heading
    text, stacked = regroup(_DETACHED_QUOTES.sub("", text))  # a table pasted one cell a line, read in rows
    text, glued = unflatten(text)  # a table whose cells became text, read as a table
    glued = with_flat(glued, stacked)
    lines = text.lstrip("\ufeff").splitlines()
    st = restore(read_structure(lines), lines)  # then the own title, where a page put other lines above it
    # notes, the lines a conditions section sets, and a newspaper page's header where the text turns
    notes = note_lines(lines) | condition_lines(lines) | page_headers(lines)
    if not st.official and len(st.title_lines) < 2:
        found = with_flat(read_tables(lines), glued)
        out = Prepared(text, None, st, period=_through(stated_period(st.title or "", None), found), tables=found)
        if notes:
            out.body = "\n".join("" if i in notes else line for i, line in enumerate(lines))
            out.excluded = [("".join(lines[i].split()), reason) for i, reason in sorted(notes.items())]
        return out
    out = Prepared("", st.title or "", st, issue_year=st.issue_year, tables=with_flat(read_tables(lines), glued))
    body: list[str] = []
    heading_lines = _heading_lines(lines, st)
    notice_title = st.forwarded and len(st.title_lines) > 0
    plan_title_lines = _plan_title_lines(st) if st.forwarded else set(st.title_lines)
    dropped = False
    for i, (line, part) in enumerate(zip(lines, st.parts, strict=True)):
        flat = "".join(line.split())
        if part == BODY and i in notes:
            out.excluded.append((flat, notes[i]))
            part = "note"  # dropped from inside the body, as a page number is
        elif part == BODY:
            # after a heading line, a new paragraph: indented, so that lines broken at a page's
            # width (a PDF's text layer) are not joined onto the heading; after a line dropped from
            # inside a sentence (a page number, 此件公开发布) too, as a quote joined across it would
            # not stand in the source as written
            starts = i - 1 in heading_lines or dropped
            body.append(" " + line if starts and not line[:1].isspace() else line)
        elif part == TITLE:
            if i in plan_title_lines or not notice_title:
                out.excluded.append((flat, "the document's title (recorded as the plan title)"))
            else:
                out.excluded.append((flat, "the title of the forwarding notice"))
        elif part != BLANK:
            out.excluded.append((flat, FURNITURE.get(part, "document furniture")))
        dropped = part != BODY and (dropped or part != BLANK)
    out.body = "\n".join(body)
    # the plan's own title may stand in title marks (a notice that forwards it untitled)
    out.period = _through(
        stated_period((st.title or "").replace("《", "").replace("》", ""), st.issue_year), out.tables
    )
    return out


_NEWS_PAGE = re.compile(r"来源[：:]|发布时间|记者|\d{4}-\d{1,2}-\d{1,2}\d{1,2}:\d{2}")
_NOTICE = re.compile(r"印发给你们|〔\d{4}〕|\[\d{4}\]|各[^。]{0,30}：")
_HEAD_LINES = 12  # a news page's headline, source line and lead stand within its first lines


def _quoted_title_line(text: str) -> int | None:
    """Where a line stands that is the title a line above it quotes in title marks (《X》), as a news
    page gives a document after its lead; None where there is no such line."""
    offset, above = 0, ""
    for n, line in enumerate(text.split("\n")[:_HEAD_LINES]):
        flat = "".join(line.split())
        if n and 6 <= len(flat) <= 60 and not _SENTENCE_END.search(flat) and f"《{flat}》" in above:
            # a news page's source or time line above, never a forwarding notice's (印发给你们, 〔2023〕8号)
            return offset if _NEWS_PAGE.search(above) and not _NOTICE.search(above) else None
        if n and any(rank.match(flat) for _, rank in HEADING_RANKS):
            return None  # a part's heading (一、总体目标): the text has begun, a title quoted below is its own
        above += flat
        offset += len(line) + 1
    return None


def _through(period: Period | None, tables: Table) -> Period | None:
    """A stated period run on to the last year an indicator table's later target column sets
    (目标值（2035年） in a 十四五 plan): those targets are the plan's, and a due outside its
    period could not be kept."""
    last = max((r.year or 0 for rows in tables.more.values() for r in rows), default=0)
    if period is None or last <= period.end:
        return period
    return Period(period.start, last, f"{period.how}; an indicator table's target column to {last}")


def _heading_lines(lines: list[str], st: Structure) -> set[int]:
    """Lines that are a heading and nothing else: short beside the text's full lines, with no
    sentence in them (一、总体要求, not a paragraph that opens with its heading)."""
    widths = [len("".join(ln.split())) for ln, p in zip(lines, st.parts, strict=True) if p == BODY]
    full = max(widths, default=0)
    out: set[int] = set()
    for h in st.headings:
        flat = "".join(lines[h.line].split())
        if len(flat) < 0.75 * full and not re.search(r"[。；;，,：:]", flat):
            out.add(h.line)
    return out


def _plan_title_lines(st: Structure) -> set[int]:
    """In a forwarding notice, the title lines after the notice's date are the plan's own."""
    dates = [i for i, p in enumerate(st.parts) if p == "date"]
    first = dates[0] if dates else len(st.parts)
    return {i for i in st.title_lines if i > first}
