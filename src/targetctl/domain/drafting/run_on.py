"""A whole document on one line, as pasted from a web page, is broken where a clerk reading it
would start a new line: after each sentence, and before a heading that a colon introduces. Its
headings (一、 （一）) then open their own lines, so the structure is read as in any other text.
Only a line far longer than any paragraph is touched; every other text passes through as it is.
Pure.
"""

from __future__ import annotations

import re

from targetctl.domain.drafting.clauses import paragraphs
from targetctl.domain.drafting.grammar import Named
from targetctl.domain.drafting.lines import short_lines
from targetctl.domain.drafting.spans import rejoin_spans

# no paragraph of a plan runs this long: such a line is a whole document with its breaks lost
RUN_ON_WIDTH = 1500


# a new line starts where its pattern matches (an empty match); its example is run on
Break = Named

# the genres a plan's title ends with, and a notice's; a date written in full
_PLAN_GENRE = r"意见|方案|规划|计划|办法|措施|纲要|要点|细则"
_GENRE = rf"{_PLAN_GENRE}|通知|决定"
_YMD = r"\d{4}年\d{1,2}月\d{1,2}日"


BREAKS: list[Break] = [
    Break(
        "paragraph indent",
        re.compile(r"(?<=[^\u3000])(?=\u3000{2})"),
        "two ideographic spaces indent a paragraph: where a page kept them, each opens a new line",
        "全年新增就业1万人。\u3000\u3000二、主要任务\u3000\u3000（一）扩大有效投资",
    ),
    Break(
        "signing date before a title",
        re.compile(rf"(?<=\u3000\u3000){_YMD}(?=[^\s\d，。；、：,;:（(前后起以至])"),
        "a paragraph that is only a date (成文日期) ends there: the forwarded plan's title follows it",
        "现印发给你们，请认真贯彻落实。\u3000\u3000青川市发展和改革委员会\u3000\u30002025年4月8日青川市节能降碳行动方案",
    ),
    Break(
        "sentence end",
        re.compile(r"(?<=[。！？!?])(?![”’」』）)])|(?<=[。！？!?][”’」』])"),
        "a sentence ends its line, so a heading after it opens the next",
        "全年新增就业1万人。二、2026年主要任务",
    ),
    Break(
        "heading after a colon",
        re.compile(r"(?<=[：:])(?=[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)"),
        "a list of headed items introduced by a colon starts on the next line",
        "重点抓好以下工作：（一）扩大有效投资",
    ),
    Break(
        "dateline",
        re.compile(r"(?<=[^—\s])(?=[—－-]{1,2}\s*20\d\d年\d{1,2}月\d{1,2}日在)"),
        "where and when a report was delivered (——20XX年M月D日在…会议上) stands under its title, on its own line",
        "青川县人民政府工作报告——2026年1月10日在青川县第九届人民代表大会第五次会议上",
    ),
    Break(
        "heading glued to its text",
        re.compile(
            # its marker may follow the white space a page set between paragraphs (。 一、…回顾2021年是…)
            r"(?m)^[ \t\u3000]*[一二三四五六七八九十]、"
            r"[^，。；：,;:]{0,16}?(?:回顾|安排|目标|任务|要求|措施|原则|思想|形势|背景|基础|条件|机制|重点工作(?!任务|完成|情况|进展|落实|推进|开展))"
            r"(?=[^，。；：,;:）)”])"
        ),
        "a part's heading names its part with a section noun (回顾, 安排, 任务); its text follows it",
        "一、2025年工作回顾2025年是极不平凡的一年。",
    ),
    Break(
        "heading after a space",
        re.compile(r"(?<=[\u4e00-\u9fff])(?=[ \u3000]+[（(][一二三四五六七八九十]{1,2}[）)])"),
        "a heading set apart by a space (三、主要任务 （一）…) opens its own line",
        "三、主要任务 （一）完善服务网络",
    ),
    Break(
        "sub-heading glued to its text",
        re.compile(
            r"(?m)^[ \u3000]*[（(][一二三四五六七八九十]{1,2}[）)]"
            r"(?:指导思想|基本原则|工作原则|主要目标|发展目标|工作目标|总体目标|目标任务|重点任务|主要任务|保障措施)"
            r"(?=[^，。；：,;:）)”\n])"
        ),
        "a sub-part's heading that names a part of a plan (（二）主要目标) ends before its text",
        "（二）主要目标到2030年，新增护理型床位1200张。",
    ),
    Break(
        "heading before a numbered item",
        re.compile(
            r"(?m)^[ \u3000]*[（(][一二三四五六七八九十]{1,2}[）)][^，。；：,;:\n\d]{2,16}?(?=1[.．、][\u4e00-\u9fff])"
        ),
        "a sub-part's heading runs on into its first numbered item (（一）完善服务网络1.建设…): it ends there",
        "（一）完善服务网络1.建设社区养老服务站。",
    ),
    Break(
        "title before its text",
        re.compile(rf"(?<={_PLAN_GENRE})(?=[ \u3000]+(?:为|根据|按照|近年来|当前))"),
        "a plan's title set apart by a space from its first sentence (…规划 为推动…) stands on its own line",
        "青川新区养老服务发展规划 为推动养老服务高质量发展，制定本规划。",
    ),
    Break(
        "signer before the date",
        re.compile(
            r"(?m)^[ \u3000]*[\u4e00-\u9fff]{2,30}?(?:管委会|管理委员会|人民政府|办公室|办公厅|委员会|局|厅)"
            rf"(?=[ \u3000]?{_YMD}(?![前后起以至止之，,、完建实开启]))"  # 局2026年6月30日前完成: a deadline
        ),
        "the issuer's signature runs on into the signing date (…管委会2026年3月2日, or a space between):\n"
        "each its own line",
        "青川新区管委会2026年3月2日青川新区养老服务发展规划",
    ),
    Break(
        "dispatch number opening the text",
        re.compile(r"(?m)^[\u4e00-\u9fff]{1,12}[〔［\[]\d{4}[〕］\]]\d{1,4}号(?=各|[\u4e00-\u9fff]{2,40}?关于)"),
        "a dispatch number (发文字号) that opens a page stands on its own line, apart from the addressees",
        "青发改字〔2025〕12号各县（区）发展改革局，市直有关单位：",
    ),
    Break(
        "notice title before its addressees",
        re.compile(r"(?m)^[^。；！？，,\n]{6,100}?的通知(?=[^。；！？：:\n]{2,120}?[：:])"),
        "a notice's title runs on into its addressees (…的通知各片区管理局，…：): the title ends there",
        "青川新区管委会关于印发《青川新区养老服务发展规划》的通知各片区管理局，区直各单位：现印发给你们。",
    ),
    Break(
        "addressees before the text",
        re.compile(r"(?m)^(?:各|[^。；！？：:，,\n]{1,12}?[、，,]各)[^。；！？：:\n]{1,120}[：:](?=[^\s\n])"),
        "the addressees (主送机关) end at their colon: the text of the document starts after it",
        "各县（区）发展改革局，市直有关单位：为做好今年节能工作，现通知如下。",
    ),
]


# a title line that runs on into what stands under it in print: the dispatch number and date, or the
# addressees up to their colon (…的实施意见冀政字〔2019〕31号2019年7月1日, …的通知各市发展改革委:)
GLUED_TITLE = Named(
    "title glued to what follows",
    re.compile(
        r"^(?P<title>\s*[^。；！？，,\n]{6,100}?"
        rf"(?:{_GENRE}))"
        r"(?=[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号|"
        rf"{_YMD}"
        r"\s*$"
        r"|各[^。；！？\n]{1,300}[：:]\s*$)"
    ),
    "a title runs on into its dispatch number, date or addressees on one line: the title ends there",
    "青川市人民政府关于加快发展托育服务的实施意见青政发〔2025〕3号2025年4月1日",
)


# what a timetable's step does on its date (2025年9月30日出台实施方案)
_TASK_VERB = (
    r"完成|出台|印发|制定|编制|启动|开展|形成|建立|建成|实现|召开|组织|报送|上报|提交|研究|起草|修订|发布|审议|部署|推进|"
    r"全面|基本|正式|开始|实施|执行|落实|做好|下发|明确|确定|提出|举办|完善|审定|公布|各|由|将"
)


# a signing date that runs on into the title of the plan it forwards, on a line of its own in print
# (…签署 / 2021年9月3日关于加快…的实施意见): the date ends there
DATE_THEN_TITLE = Named(
    "signing date glued to a title",
    re.compile(
        rf"^(?P<date>\s*{_YMD})"
        # a step of a timetable is done on its date (2025年3月31日完成村庄规划): no title follows
        rf"(?![ \u3000]?(?:{_TASK_VERB}))"
        r"(?=[ \u3000]?[^\s\d，。；、：,;:（(前后起以至][^。；！？，,\n]{3,100}?"
        rf"(?:{_GENRE})"
        r"(?:[（(][^）)\n]{1,12}[）)])?\s*$)"
    ),
    "a signing date runs on into the title of the plan below it on one line: the date ends there",
    "\u3000\u30002025年4月8日青川市节能降碳行动方案",
)


# the plan's title after its notice's signing date runs on into its first sentence (…实施方案（2015、2016）为进一步…)
TITLE_THEN_TEXT = Named(
    "title glued to its first sentence",
    re.compile(
        r"^(?P<title>[^。；！？，,\n]{4,100}?"
        rf"(?:{_PLAN_GENRE})"
        r"(?:[（(][^）)\n]{1,12}[）)])?)"
        r"(?=[ \u3000]*(?:为|根据|按照))"
    ),
    "the plan's title after a signing date runs on into its first sentence (…方案为进一步…): the title ends there",
    "青川新区养老服务三年行动方案（2026—2028年）为进一步推动养老服务发展",
)


def _first_line_split(text: str) -> str:
    """The first line broken after its title where the title runs on into what follows it."""
    head, sep, rest = text.lstrip("\ufeff").partition("\n")
    lead = text[: len(text) - len(text.lstrip("\ufeff"))]
    m = GLUED_TITLE.pattern.match(head)
    if m is None:
        return text
    after = head[m.end("title") :]
    number = _NUMBER_THEN_DATE.match(after)  # 冀政字〔2019〕31号2019年7月1日: each its own line
    after = after[: number.end()] + "\n" + after[number.end() :] if number else after
    return lead + head[: m.end("title")] + "\n" + after + sep + rest


_NUMBER_THEN_DATE = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号" rf"(?={_YMD}\s*$)")


# the date may stand a space apart from the title after it (…办公室 2021年9月30日 某某实施方案 为…)
_DATE = re.compile(rf"\s*{_YMD}(?=[ \u3000]?[^\s\d，。；、：,;:（(前后起以至])")

# a date a printed page broke at its margin before its 日 (…2019年7月1 / 日): one date, on one line
_DATE_BROKEN = re.compile(r"(\d{4}年\d{1,2}月\d{1,2})\n[ \t\u3000]*(?=日)")


def unwrap(text: str) -> str:
    """A one-line text printed to a page comes back with every line stopped at the margin, none of
    them long: joined into its paragraphs again, a paragraph as long as a run-on line is one, and is
    broken as one; so is the rest, where a wrapped line happened to open with a marker (1.). Any
    other text is returned as it is."""
    lines = [line for line in text.split("\n") if line.strip()]
    if any(len(line) >= RUN_ON_WIDTH or "\t" in line for line in lines):
        return text  # a run-on line of its own, or a table's row: a line of a text of many lines
    # a title on a line of its own, paragraphs ending short of the margin: lines of their own (an
    # OCR'd page's paragraphs, unindented, are joined as one by `paragraphs`); a stray short line
    # (a long number pushed on to the next) is the printer's
    short = short_lines(lines, clearly=True)
    # a saved page's record over the text (标题: …, 发布时间: …, ==== 正文 ====): where most of the first
    # lines, three at least, are short, they are lines of their own down to the last short one, and
    # the text under them may be one line printed
    lead = [n for n in short if n < 12]
    head = lead[-1] + 1 if len(lead) >= 3 and len(lead) >= lead[-1] // 2 else 0
    rest = [n for n in short if n >= head]
    if (rest and rest[0] == 0) or len(rest) > (len(lines) - head) // 40:
        return text
    joined = paragraphs("\n".join(lines[head:]) if head else text)
    # a printed report's one long paragraph among many ordinary ones is a paragraph, not a run-on text
    run_on = any(len(p) >= RUN_ON_WIDTH for p in joined) and sum(map(len, joined)) >= len(joined) * RUN_ON_WIDTH / 2
    return "\n".join([*lines[:head], "".join(joined)]) if run_on else text


def break_run_on(text: str, *, printed: bool = False) -> str:
    """The text with each run-on line broken by the rules above; other lines unchanged. A page
    broken into its inline spans is first joined back into its lines (spans). A first line whose
    title runs on into its dispatch number, date or addressees is broken after the title, and a
    signing date that runs on into a title is broken after the date; a date broken before its 日
    is joined first. A `printed` text (not a Word document's) may be a one-line text wrapped at
    a page's margin: it is joined first (`unwrap`)."""
    out: list[str] = []
    text = unwrap(text) if printed else text
    for line in _first_line_split(_DATE_BROKEN.sub(r"\1", rejoin_spans(text))).split("\n"):
        if (dated := DATE_THEN_TITLE.pattern.match(line)) is not None:
            out.append(line[: dated.end("date")])
            line = line[: len(line) - len(line.lstrip())] + line[dated.end("date") :]
        if len("".join(line.split())) < RUN_ON_WIDTH:
            out.append(line)
            continue
        for rule in BREAKS:
            line = rule.pattern.sub(lambda m: m.group() + "\n", line)
        parts = [part for part in line.split("\n") if part.strip()]
        if not out and parts:
            parts[:1] = _first_line_split(parts[0]).split("\n")  # a title glued to its addressees
        for part in parts:
            date = _DATE.match(part)
            titled = TITLE_THEN_TEXT.pattern.match(part[date.end() :]) if date else None
            if date and titled:
                # the date a sentence ended before, glued to the plan's title and its first sentence
                out.extend([part[: date.end()], titled["title"]])
                part = part[date.end() + titled.end("title") :]
            elif (dated := DATE_THEN_TITLE.pattern.match(part)) is not None:
                out.append(part[: dated.end("date")])  # the date a sentence ended before, glued to a title
                part = part[dated.end("date") :]
            out.append(part)
    return "\n".join(out)
