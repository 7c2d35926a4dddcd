"""The parts of an official document (公文), read before any sentence, per GB/T 9704-2012.

版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人), 主体 (标题, 主送机关, 正文, 附件说明,
发文机关署名, 成文日期, 附注, 附件) and 版记 (抄送, 印发机关和印发日期). Only the 正文 and an
attached plan can hold targets: every other part is furniture, never a programme, a target or a
title. A forwarding notice (关于印发《X》的通知 … 现将《X》印发给你们) wraps its plan: the plan's
title is X and its text is what follows the notice's signature and date.

Pure: lines in, a Structure out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from targetctl.domain.drafting import record_dates
from targetctl.domain.drafting.addressees import bodies_only, many_bodies
from targetctl.domain.drafting.front_pages import CONTENTS, ContentsIndex, mark_contents, mark_front_pages
from targetctl.domain.drafting.lines import BODY as BODY
from targetctl.domain.drafting.lines import HEADING_RANKS, PAGE_SOURCE, RECORD_FIELD, SENTENCE_MARKS, wrapped
from targetctl.domain.drafting.openings import tag_or_dateline
from targetctl.domain.drafting.page_tail import attachment_notes, page_tail
from targetctl.domain.drafting.periods import signing_date
from targetctl.domain.drafting.site_lines import FIGURES_ONLY, HEADLINE, LINKS_ONLY, PHOTO_CAPTION, SITE_CHROME

BLANK = "blank"
TITLE = "title"
NOTICE = "notice"  # the forwarding notice's own text: it hands the plan on, it sets no target

# part -> the reason a line of it is not drafted
FURNITURE: dict[str, str] = {
    "copy_number": "document furniture: 份号 (copy number)",
    "secrecy": "document furniture: 密级 (security classification)",
    "urgency": "document furniture: 紧急程度 (urgency)",
    "issuer_mark": "document furniture: 发文机关标志 (issuing authority's mark)",
    "dispatch_number": "document furniture: 发文字号 (dispatch number)",
    "signer": "document furniture: 签发人 (signed off by)",
    "subtitle": "document furniture: 题注 (where and when it was delivered)",
    "speaker": "document furniture: who delivered the report",
    "addressee": "document furniture: 主送机关 (addressees)",
    "attachment_note": "document furniture: 附件说明 (list of attachments)",
    "attachment_mark": "document furniture: 附件 mark",
    "signature": "document furniture: 发文机关署名 (issuing authority's signature)",
    "date": "document furniture: 成文日期 (date of signing)",
    "annotation": "document furniture: 附注 (annotation)",
    "copy_to": "document furniture: 抄送机关 (copied to)",
    "printing": "document furniture: 印发机关和印发日期 (printed by, on)",
    "page_number": "document furniture: page number",
    "repost_marker": "document furniture: a reposting site's marker",
    "metadata": "document furniture: the publishing site's record of it (索引号, 发文字号, 成文日期)",
    "site_chrome": "document furniture: the copying site's buttons, links and footer (打印, 字号, 当前位置, 版权所有)",
    "photo_caption": "document furniture: a photo's caption (…记者 … 摄)",
    "page_tail": "document furniture: what the site shows after the document (editor, related pages, buttons)",
    "compiled": "document furniture: the month the plan was compiled, under its title",
    "contents": "document furniture: the table of contents (目录)",
    "glossary": "notes on the report's terms (名词解释): definitions, not commitments",
    NOTICE: "the forwarding notice: it hands the plan on and sets no target of its own",
}

_TITLE_PUNCT = r"[。，；！？,;!?]"  # a title may list with 、: 关于促进就业、稳定岗位的…
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE = rf"(?:\d{{4}}|[〇○Ｏ零一二三四五六七八九]{{4}})年{_MD}月{_MD}日"
_DATE_LINE = re.compile(rf"^(?P<org>[^\d。，；：:（(]{{2,40}}?)?[（(]?(?P<date>{_DATE})[）)]?$")
_DISPATCH = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［【(（](?P<y>(?:19|20)\d\d)[〕\]］】)）]第?\d{1,4}号")
_BRACKETED_DISPATCH = re.compile(rf"[（(]{_DISPATCH.pattern}[）)]")
_HEAD_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("repost_marker", re.compile(r"^正文[:：]?$")),
    ("copy_number", re.compile(r"^(?:份号[:：]?)?\d{6}$")),
    ("secrecy", re.compile(r"^(?:绝密|机密|秘密)(?:[★☆*]\S{0,8})?$")),
    ("urgency", re.compile(r"^(?:特急|加急|特提|平急|紧急)$")),
    ("issuer_mark", re.compile(r"^[\u4e00-\u9fff]{2,40}(?:文件|公报)$")),
    ("dispatch_number", re.compile(rf"^{_DISPATCH.pattern}(?:签发人[:：]\S{{1,20}})?$")),
    ("signer", re.compile(r"^签发人[:：]\S{1,20}$")),
]
_RECORD_TITLE = re.compile(r"^[【\[]?(?:标题|文件名称)[】\]]?[:：](?P<t>\S{4,})$")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_ORGAN = re.compile(
    r"(?:国务院|人民政府|人民代表大会常务委员会|政府|办公厅|办公室|委员会|委|局|厅|部|署|院|中心|党委|党组|会|处|科|领导小组|指挥部)$"
)
# an authority's whole name on a line of its own (局, 部 would also end a title line: 格局, 西部)
_AUTHORITY = re.compile(r"^\S{0,20}(?:国务院|人民政府|办公厅|办公室|委员会)$")
_PAGE = re.compile(
    r"^[-—–－]?\d{1,4}[-—–－]?$|^第\d{1,4}页(?:[，,]?共\d{1,4}页)?$|^共\d{1,4}页[，,]?第\d{1,4}页$|^\d{1,4}/\d{1,4}$"
)
_ANNOTATION = re.compile(r"^[（(](?:此件|本件|此文|联系人|本文)[^）)]{0,60}[）)]$")
_COPY_TO = re.compile(r"^抄送[:：]")
_PRINTING = re.compile(rf"^\S{{2,40}}?{_DATE}印发$|^[（(]?共印\d+份[）)]?$")
_ATTACHMENT_MARK = re.compile(r"^附件\d{0,2}$")
# an attached file shown by its name, as a government site lists it under the notice
_ATTACHED_FILE = re.compile(
    r"^(?:附件\d{0,2}[:：]?)?[^。，；！？]{1,80}\.(?:docx?|wps|pdf|ofd|xlsx?|et)$", re.IGNORECASE
)
_ADDRESSEE = re.compile(
    r"^(?=各|.*(?:人民政府|委员会|部门|单位|厅|局|办公室|代表|同志|政府|委员))[^。；！？]{2,120}[：:]$"
)
# who delivered a report, under its title: 青川市人民政府市长 张某某
_SPEAKER = re.compile(
    r"^[\u4e00-\u9fff]{0,24}(?:市长|区长|县长|省长|州长|镇长|主任|书记|局长|代市长|代区长|代县长)[\u4e00-\u9fff·]{2,4}$"
)
_SIGNER = re.compile(
    r"^[\u4e00-\u9fff]{0,24}(?:市长|区长|县长|省长|州长|镇长|乡长|主任|书记|局长|厅长|部长|主席|总理)[:：]?[\u4e00-\u9fff·]{2,4}$"
)
# where and when a report was delivered, written under its title without a dash
_DELIVERED = re.compile(
    rf"^[（(]?{_DATE}在\S{{2,80}}(?:会议|大会|会)上(?:的(?:讲话|报告)|\S{{2,30}}?作\S{{0,8}}报告|{_SPEAKER.pattern[1:-1]})?[）)]?$"
)  # with the speaker run on: …会议上青川省人民政府省长张某某作政府工作报告
_SUBTITLE = re.compile(r"^[—－-]{1,2}")
# 2026年1月20日在…会议上; or the day and the meeting only (2019年1月29日…第三次会议)
# the meeting alone, the day not given (在…人民代表大会第二次会议上)
MEETING_ALONE = r"在[^，。；]{2,60}?(?:会议|大会)上[）)]?$"
_OCCASION = re.compile(rf"^[（(]?{_DATE}(?:在|[^，。；]{{2,40}}?(?:会议|大会)上?[）)]?$)|^[（(]?{MEETING_ALONE}")
# a title's status: on a line of its own under it, or after its genre, it ends the title
_STATUS = r"[（(](?:征求意见稿|公开征求意见稿|送审稿|讨论稿|草案|代拟稿|修订稿|试行|暂行)[）)]"
# a title is finished by the name of its genre, or by its span of years in brackets
_TITLE_END = re.compile(
    # a table sent as a document of its own (…责任分解表, …任务一览表), never a table inside a plan (主要指标表)
    r"(?:通知|意见|方案|规划|纲要|报告|决定|办法|计划|细则|规定|要点|批复|公告|通告|通报|决议|条例|总结|讲话|函|措施|建议|清单|"
    r"(?:分解|分工|任务|一览|汇总|安排|推进)表|"
    rf"[（(]\d{{4}}\s*[—\-－–~～至]+\s*\d{{4}}年?[）)])(?:{_STATUS})?$"
)
_TITLE_STATUS = re.compile(rf"^{_STATUS}$")
# the end of a notice's or a reply's title: nothing of the title follows it
_NOTICE_DONE = re.compile(r"(?:通知|的(?:意见|决定|批复|函|通告|公告))$")
# 关于印发X的通知, or by its issuer's name (某局印发《X》的通知): the name ends in the kind of body it is
_FORWARD_TITLE = re.compile(
    # several documents at once (印发《A》和《B》的通知): the first is the plan
    r"(?:关于|(?<=[府局厅委室会部门院办组处司署]))(?:印发|转发|下发|发布)"
    r"(?:《(?P<x>[^》]+)》(?:[、和及与]?《[^》]+》)+|《(?P<x3>.+?)》|(?<=关于..)(?P<x2>.+?))的通知$"
)
_FORWARD_BODY = re.compile(
    # several documents at once (现将《A》《B》印发给你们): the first is the plan
    r"(?:现将|将)《(?P<x>[^》]{2,80})》(?:[、和及与]?《[^》]{2,80}》)*(?:印发|转发|下发|发)给"
    r"|^《(?P<y>[^》]{2,80})》已(?:经)?[^。；]{0,40}?(?:同意|通过|研究|批准)[，,]?(?:现|特)?(?:印发|转发|下发)给?你们"
    # the issuer made it first: 我局制定了《X》，现印发给你们
    r"|(?:制[定订]|研究制[定订]|研究确定|确定|起草|编制|修订)了?《(?P<z>[^》]{2,80})》[，,]?(?:现|特)(?:在|予以?)?(?:印发|转发|下发)给?你们"
)


# a notice that sets out what it publishes in its own text (现就有关要求通知如下：): the text below is the plan
_INLINE = re.compile(r"(?:要求|事项|意见|工作|安排|措施)?通知如下[：:]$")


@dataclass(frozen=True)
class Heading:
    line: int
    rank: int
    family: str
    title: str
    end: int  # the first line after its section


@dataclass(frozen=True)
class Structure:
    parts: tuple[str, ...]  # one per input line
    title: str | None
    title_lines: tuple[int, ...]
    forwarded: bool  # the document is a notice that forwards the plan it carries
    issued: dt.date | None  # 成文日期
    dispatch_year: int | None  # 〔YYYY〕 of the 发文字号
    headings: tuple[Heading, ...]

    @property
    def official(self) -> bool:
        """Whether the text has the furniture of an official document, so its parts decide."""
        return self.forwarded or any(p in FURNITURE for p in self.parts)

    @property
    def issue_year(self) -> int | None:
        return self.issued.year if self.issued else self.dispatch_year

    def body_lines(self) -> list[int]:
        return [i for i, p in enumerate(self.parts) if p == BODY]

    def section(self, line: int) -> Heading | None:
        """The innermost heading whose section holds `line`."""
        inside = [h for h in self.headings if h.line <= line < h.end]
        return inside[-1] if inside else None


# a saved page's Markdown sets a title in bold, perhaps in pieces (**某某** **实施方案**)
_EMPHASIS = re.compile(r"\*\*|__")


def _flat(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _title_like(flat: str) -> bool:
    return (
        0 < len(flat) <= 50
        and not re.search(_TITLE_PUNCT, flat)
        and not _ADDRESSEE.match(flat)
        and not _DATE_LINE.match(flat)
        and not any(p.match(flat) for _, p in HEADING_RANKS)
        and not _SUBTITLE.match(flat)
        and not PAGE_SOURCE.match(flat)  # 来源：… under the title is the site's
        and not _OCCASION.match(flat)  # 2026年1月20日在…会议上: where the report was delivered
        and not (_SPEAKER.match(flat) and not _TITLE_END.search(flat))  # 县长王明, never 班主任培训计划
        and not CONTENTS.match(flat)  # a copy that opens with its contents has no title above them
    )


def _head(flat: list[str], parts: list[str]) -> int:
    """Mark the 版头 at the top; return the first line after it."""
    i = 0
    while i < len(flat):
        if not flat[i]:
            i += 1
            continue
        kind = next((k for k, p in _HEAD_PATTERNS if p.match(flat[i])), None)
        if kind is None and RECORD_FIELD.match(flat[i]):
            kind = "metadata"
        if kind is None and (SITE_CHROME.match(flat[i]) or LINKS_ONLY.match(flat[i])):
            kind = "site_chrome"
        if kind is None and (PAGE_SOURCE.match(flat[i]) or record_dates.stamped(flat[i])):
            kind = "metadata"  # a copying site's source or date line above the title
        if kind is None and tag_or_dateline(flat[i]) and not _DATE_LINE.match(flat[i]):
            kind = "metadata"  # 【青川新闻网讯】 or 3月9日 on a line of its own
        if kind is None and PHOTO_CAPTION.search(flat[i]):
            kind = "photo_caption"  # a news site's photo above the title
        nxt = next((flat[j] for j in range(i + 1, len(flat)) if flat[j]), "")  # no copy of the rest: linear
        if kind is None and _OCCASION.match(flat[i]) and not re.search(SENTENCE_MARKS, flat[i]):
            # the day and meeting a report was delivered at, over its title, or over who delivered it
            # and the addressees where the text lost its title
            kind = "subtitle" if _title_like(nxt) or _SPEAKER.match(nxt) or _ADDRESSEE.match(nxt) else None
        if kind is None and _SPEAKER.match(flat[i]):
            before = next((parts[k] for k in range(i - 1, -1, -1) if flat[k]), None)
            kind = "speaker" if before == "subtitle" else None
        if kind is None and HEADLINE.match(flat[i]) and _title_like(nxt):
            kind = "metadata"  # a copying site's own headline (…重要通知!) over the document's title
        if kind is None and len(flat[i]) <= 30 and _ORGAN.search(flat[i]) and _DISPATCH.match(nxt):
            kind = "issuer_mark"  # an authority's name standing over its dispatch number
        if kind is None:
            return i
        parts[i] = kind
        i += 1
    return i


def _cried_headline(flat: list[str], i: int) -> bool:
    """A news headline that cries out inside it (…出炉!件件与你我相关) over the time it was posted."""
    nxt, cry = next((f for f in flat[i + 1 :] if f), ""), re.search(r"[!！](?=.)", flat[i])
    posted = record_dates.stamped(nxt) or record_dates.POSTED.match(nxt) is not None
    return cry is not None and posted and _title_like(re.sub(r"[!！]", "", flat[i]))


def _title(flat: list[str], parts: list[str], start: int) -> tuple[list[int], int]:
    """The title's lines from `start` (joined when broken over up to three); return them and the next line."""
    lines: list[int] = []
    i = start
    while i < len(flat) and not flat[i]:
        i += 1
    candidates: list[int] = []
    j = i
    while j < len(flat) and len(candidates) < 4:
        if not flat[j]:
            j += 1
            continue
        if not _title_like(flat[j]):
            break
        candidates.append(j)
        j += 1
    candidates = [i] if not candidates and i < len(flat) and _cried_headline(flat, i) else candidates
    if not candidates:
        return [], i
    ends = [n for n, k in enumerate(candidates) if _TITLE_END.search(flat[k]) or _TITLE_STATUS.match(flat[k])]
    # a fourth line only where it ends a title that names its issuers first (several bodies over 关于…),
    # never after a third that ends a notice's title (…规划的通知 over the plan's own title)
    if not (
        ends
        and ends[-1] == 3
        and "关于" in "".join(flat[k] for k in candidates[1:])
        and not (len(candidates) > 2 and _NOTICE_DONE.search(flat[candidates[2]]))
    ):
        ends, candidates = [n for n in ends if n < 3], candidates[:3]
    nxt = next((k for k in range(candidates[-1] + 1, len(flat)) if flat[k]), None)
    if ends:
        lines = candidates[: ends[-1] + 1]
        first = flat[lines[0]]
        if len(lines) > 1 and _AUTHORITY.search(first) and "关于" not in flat[lines[0]] + flat[lines[1]][:2]:
            parts[lines[0]] = "issuer_mark"  # the authority's name over a plan's own title, not part of it
            lines = lines[1:]
    elif nxt is not None and _ADDRESSEE.match(flat[nxt]) and len(candidates) > 1:
        lines = candidates  # the lines before 各…： are all title
    elif _runs_on(flat, candidates[0]):
        return [], i  # a printed text that opens below its title: its first line is a sentence's
    else:
        lines = candidates[:1]
    for k in lines:
        parts[k] = TITLE
    # a headline then the document's own heading that repeats its end (…县政府工作报告 / 政 府 工 作 报 告),
    # or a notice's whole title then its own lines that repeat it (某委、某委 / 关于印发《X》的通知)
    whole = _NOTICE_DONE.search(flat[lines[0]]) is not None
    kept = [
        k
        for n, k in enumerate(lines)
        if not "".join(flat[m] for m in lines[:n]).endswith(flat[k]) and not (n and whole and flat[k] in flat[lines[0]])
    ]
    return kept, lines[-1] + 1


def _runs_on(flat: list[str], k: int) -> bool:
    """Whether line `k` runs on at a printed page's margin into the sentence on the next line."""
    shown = [n for n in range(len(flat)) if flat[n]][:40]
    if k not in shown:
        return False
    at = shown.index(k)
    return at in wrapped([flat[n] for n in shown], opening=at)


# a joint document is signed by every department that issued it, one to a line (十三部门)
_MOST_SIGNERS = 30


def _signature_block(flat: list[str], parts: list[str], date_line: int) -> None:
    """The 署名 lines just above a 成文日期 (one, or one for each department of a joint document)."""
    k = date_line - 1
    taken = 0
    while k >= 0 and taken < _MOST_SIGNERS:
        if not flat[k]:
            k -= 1
            continue
        if parts[k] != BODY or len(flat[k]) > 40:
            return
        # the head of the authority may sign under its name: 市长：王某某
        if not (_SIGNER.match(flat[k]) or (_ORGAN.search(flat[k]) and not re.search(SENTENCE_MARKS, flat[k]))):
            return
        parts[k] = "signature"
        taken += 1
        k -= 1


def _tail_marks(flat: list[str], parts: list[str], start: int) -> None:
    for i in range(start, len(flat)):
        f = flat[i]
        if not f or parts[i] != BODY:
            continue
        if _PAGE.match(f):
            parts[i] = "page_number"
        elif _COPY_TO.match(f):
            parts[i] = "copy_to"
        elif _PRINTING.match(f):
            parts[i] = "printing"
        elif _ANNOTATION.match(f):
            parts[i] = "annotation"
        elif _ATTACHMENT_MARK.match(f) or _ATTACHED_FILE.match(f):
            parts[i] = "attachment_mark"
        elif SITE_CHROME.match(f) or (LINKS_ONLY.match(f) and not FIGURES_ONLY.match(f)):
            parts[i] = "site_chrome"
        elif (m := _DATE_LINE.match(f)) and (m["org"] is None or _ORGAN.search(m["org"])):
            if m["org"] is None:
                _signature_block(flat, parts, i)
            parts[i] = "date"  # 某某市人民政府 2023年3月5日 may stand on one line


def _headings(flat: list[str], parts: list[str]) -> tuple[Heading, ...]:
    found: list[tuple[int, int, str, str]] = []
    for i, f in enumerate(flat):
        if parts[i] != BODY:
            continue
        for rank, (family, pattern) in enumerate(HEADING_RANKS):
            m = pattern.match(f)
            if not m:
                continue
            head = re.split(r"[。！？!?]", f, maxsplit=1)[0]
            if len(head) <= 40 and "，" not in head:
                found.append((i, rank, family, head[m.end() :].strip("。：: ")))
            break
    ends = [len(flat)] * len(found)
    open_: list[int] = []  # headings whose section is still open, outermost first
    for n, (line, rank, _, _) in enumerate(found):
        while open_ and found[open_[-1]][1] >= rank:
            ends[open_.pop()] = line  # one pass: a section ends at the next heading of its rank or higher
        open_.append(n)
    return tuple(Heading(line, rank, family, title, ends[n]) for n, (line, rank, family, title) in enumerate(found))


def read_structure(lines: Sequence[str]) -> Structure:
    """Each line's part of the document, its title, date of issue and heading tree."""
    flat = [_flat(ln) for ln in lines]
    parts = [BLANK if not f else BODY for f in flat]
    after_head = _head(flat, parts)
    title_lines, after_title = _title(flat, parts, after_head)
    title = "".join(flat[k] for k in title_lines) or None
    recorded = next((m["t"] for f in flat[:after_head] if (m := _RECORD_TITLE.match(f))), None)
    if title is not None and recorded is not None and not _TITLE_END.search(title) and title[-4:] not in recorded:
        # a text that opens below its title, its first line short only where a PDF wrapped it: the
        # site's record (标题：…) names the document, that line is body; a title the record also
        # ends by name (…十件民生实事项目 under 标题：…民生实事项目的公告) is the plan's own
        for k in title_lines:
            parts[k] = BODY
        title_lines, after_title, title = [], title_lines[0], None
    if title is None:  # a text that opens without its title: the site's record names it
        title = recorded
    k = _front_matter(flat, parts, after_title)
    # a page that opens below its title still opens with its addressees (各…：) when it has them;
    # there only a list of bodies is, never a sentence (2025年，县政府将办好以下实事：)
    opens = title_lines or (
        all(parts[j] != BODY for j in range(k))
        and k < len(flat)
        and ((flat[k].startswith("各") and bodies_only(flat[k])) or many_bodies(flat[k]))
    )
    # a sentence that commits a figure (…全年投入资金5.6亿元，具体如下：) addresses no one
    if k < len(flat) and _ADDRESSEE.match(flat[k]) and opens and len(flat[k]) <= 120 and not re.search(r"\d", flat[k]):
        parts[k] = "addressee"
    _tail_marks(flat, parts, k)
    for i in [i for i, f in enumerate(flat) if f][:6]:
        if _BRACKETED_DISPATCH.fullmatch(flat[i]):
            parts[i] = "dispatch_number"  # a web copy prints it in brackets under the title: （X政办发〔2021〕8号）
    page_tail(flat, parts, k)
    attachment_notes(flat, parts)
    forwarded = False
    forward = _FORWARD_TITLE.search(title or "")
    said = next(((n, m) for n in range(k, len(flat)) if (m := _FORWARD_BODY.search(flat[n]))), None)
    if forward or said:
        forwarded, title_lines, title = _forwarding(flat, parts, title_lines, title, forward, said)
    contents = ContentsIndex(flat)  # worked out only if a 目录 line asks
    if title_lines:
        title_lines = [*title_lines, *mark_front_pages(flat, parts, title_lines[-1] + 1, title, contents)]
    for i, f in enumerate(flat):
        # a contents not under the title (after a preface, or untitled); one inside a contents
        # already read is no longer body: each is read once (linear)
        if parts[i] == BODY and CONTENTS.match(f):
            mark_contents(flat, parts, i, contents)
    dates = [signing_date(flat[i]) for i, p in enumerate(parts) if p == "date"]
    # a report is dated by the line under its title: ——2023年1月12日在…会议上
    dates += [_delivered(flat[i]) for i, p in enumerate(parts) if p == "subtitle"]
    dates += [record_dates.recorded(flat[i]) for i, p in enumerate(parts) if p == "metadata"]
    # the last resort: the printing line at the foot (…2023年3月6日印发)
    dates += [_delivered(flat[i]) for i, p in enumerate(parts) if p == "printing"]
    # failing all of those, the day the site posted it (a lone 2022-03-13, 发布日期:…)
    dates += [record_dates.posted(flat[i]) for i, p in enumerate(parts) if p == "metadata"]
    issued = next((d for d in dates if d is not None), None)
    dispatch = next(
        (m for i, f in enumerate(flat) if parts[i] in ("dispatch_number", "metadata") and (m := _DISPATCH.search(f))),
        None,
    )
    return Structure(
        tuple(parts),
        title,
        tuple(title_lines),
        forwarded,
        issued,
        int(dispatch["y"]) if dispatch else None,
        _headings(flat, parts),
    )


def _front_matter(flat: list[str], parts: list[str], k: int) -> int:
    """Mark what stands between the title and the addressees (发文字号, a report's dateline and
    speaker, a copying site's source, time and buttons, a photo's caption); return the next line."""
    previous = ""
    while k < len(flat):
        f = flat[k]
        nxt = next((flat[j] for j in range(k + 1, len(flat)) if flat[j]), "")  # no copy of the rest: linear
        kind = None
        if not f:
            k += 1
            continue
        if _DISPATCH.fullmatch(f):
            kind = "dispatch_number"
        elif (_SUBTITLE.match(f) and not re.search(r"[。；;！？!?]", f)) or _DELIVERED.match(f):
            kind = "subtitle"  # a dash item that ends a sentence (——2018年。确保…) is the text's, no subtitle
        elif previous == "subtitle" and len(f) <= 40 and re.search(r"(?:会议|大会)上$", f):
            kind = "subtitle"  # a dateline broken over two lines: ——…在…第十四届 / 人民代表大会第五次会议上
        elif _SPEAKER.match(f):
            kind = "speaker"
        elif RECORD_FIELD.match(f) or PAGE_SOURCE.match(f) or record_dates.stamped(f):
            kind = "metadata"
        elif previous == "source_label" and len(f) <= 20 and not re.search(SENTENCE_MARKS, f):
            kind = "metadata"  # the value of a 来源: that stands on its own line
        elif SITE_CHROME.match(f) or LINKS_ONLY.match(f):
            kind = "site_chrome"
        elif PHOTO_CAPTION.search(f):
            kind = "photo_caption"
        elif _BARE_NAME.match(f) and (_ADDRESSEE.match(nxt) or PHOTO_CAPTION.search(nxt)):
            kind = "speaker"  # the speaker's name alone, just above 各位代表 or the photo's caption
        elif previous == "subtitle" and _ADDRESSEE.match(nxt) and len(f) <= 30 and _ORGAN.search(f):
            kind = "speaker"  # an office delivers the report (某市发展和改革委员会), under its dateline
        if kind is None:
            return k
        parts[k] = kind
        source = PAGE_SOURCE.match(f)
        previous = "source_label" if source and not source["value"] else kind
        k += 1
    return k


def _delivered(line: str) -> dt.date | None:
    """The date in a report's subtitle (——二〇二三年一月十二日在…上), where it was delivered."""
    m = re.search(_DATE, line)
    return signing_date(m.group()) if m else None


def _forwarded(title: re.Match[str]) -> str:
    """The name of the plan a forwarding notice's title (_FORWARD_TITLE) hands on."""
    return str(title["x"] or title["x3"] or title["x2"])


def _forwarding(
    flat: list[str],
    parts: list[str],
    title_lines: list[int],
    title: str | None,
    forward: re.Match[str] | None,
    said: tuple[int, re.Match[str]] | None,
) -> tuple[bool, list[int], str | None]:
    """A notice that forwards a plan: its own text is furniture, the plan after its date is the body."""
    named = (said[1]["x"] or said[1]["y"] or said[1]["z"]) if said else None
    plan_title = named or (_forwarded(forward) if forward else None)
    if not plan_title:
        return False, title_lines, title
    # quoted inside the notice, the plan's own title marks are written 〈〉
    plan_title = re.sub(r"[〈<]", "《", re.sub(r"[〉>]", "》", plan_title))
    for _ in range(3):  # a notice forwarding a notice (转发…关于印发《X》的通知的通知): the plan is X
        inner = _FORWARD_TITLE.search(plan_title)
        if inner is None:
            break
        plan_title = _forwarded(inner)
    start = (title_lines[-1] + 1) if title_lines else 0
    wanted = _flat(plan_title)
    date_line = next((i for i in range(start, len(flat)) if parts[i] == "date"), None)
    # the plan's title again: after the sentence that hands it on, never a page's headline above the notice
    again = next(
        (
            i
            for i in range(max(start + 1, said[0] + 1 if said else 0), len(flat))
            if len(bare := _EMPHASIS.sub("", flat[i])) >= min(8, len(wanted))
            and _title_like(bare)
            and wanted.startswith(bare)
        ),
        None,
    )
    inline = (
        next((i for i in range(start, date_line) if parts[i] == BODY and _INLINE.search(flat[i])), None)
        if said is None and again is None and date_line is not None
        else None
    )
    if inline is not None:
        notice_end = k = inline + 1  # …通知如下：the notice sets out what it publishes in its own text
    elif date_line is not None and (again is None or date_line < again):
        notice_end = date_line
        k = date_line + 1
        while k < len(flat) and (not flat[k] or parts[k] != BODY):
            k += 1
        if k == len(flat) and said is not None and said[0] < date_line:
            # nothing follows the date: the plan was pasted between the sentence that hands it on and the
            # notice's signature, which stays furniture
            notice_end = k = said[0] + 1
    elif again is not None:
        notice_end = k = again  # no date between them: the notice ends where the plan's title is repeated
    elif said is not None:
        # neither a date nor the title again: the plan's text follows the sentence that hands it on
        notice_end = k = said[0] + 1
    else:
        return False, title_lines, title
    for i in range(start, notice_end):
        if parts[i] == BODY:
            parts[i] = NOTICE
    # the attached plan repeats its title, perhaps broken over lines
    got = ""
    plan_lines: list[int] = []
    j = k
    while j < len(flat) and len(plan_lines) < 3 and (not flat[j] or _title_like(flat[j])):
        if flat[j]:
            if not wanted.startswith(got + (bare := _EMPHASIS.sub("", flat[j]))):
                break
            got += bare
            plan_lines.append(j)
        j += 1
        if got == wanted:
            break
    for n in plan_lines:
        parts[n] = TITLE
    return True, [*title_lines, *plan_lines], plan_title
