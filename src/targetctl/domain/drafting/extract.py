"""Text of a Chinese plan → a draft plan, by rules over the grammar plans are written in.

The last stage of `draft`, the plan: after the document's structure (prepare) come clauses
(clauses), numbers (quantities), what each clause is (classify) and what its numbers measure
(subjects); this module keeps the state of the reading (sections, programmes, runs of the past)
and assembles the draft.

Pure: no files, no clock, no terminal. Quotes are substrings of the source with white space
removed, which is what `targetctl trace` matches them against (sources.normalise), and clauses
are cut where trace cuts them, so every clause ends up quoted or excluded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from targetctl.domain.drafting import (
    conditions,
    descriptors,
    markdown,
    past,
    periods,
    plan_period,
    respective,
    screening,
    tables,
    task_tables,
)
from targetctl.domain.drafting import subjects as subject_words
from targetctl.domain.drafting.classify import (
    BYLINE,
    COMMITS,
    DUE,
    ENUM,
    ESTIMATED,
    FORECAST,
    FORECAST_CLAUSE,
    FORECAST_SECTION,
    FUTURE,
    GAP,
    NAMED,
    NAMED_BAD,
    OPEN,
    PAST_OPENER,
    PAST_WEAK,
    PLAN_OPENER,
    PLANS,
    PREFIX_BAD,
    PRINCIPLE,
    PROJECTED_REVIEW,
    RESULT_HEADING,
    REVIEW_HEADING,
    TURNS_TO_PLAN,
    first_past,
    forecasts,
    frames_ahead,
    heading_like,
    intends,
    judge,
    opens_past,
    plans_ahead,
    projects,
    qualitative,
    reports,
    review_heading,
    yields,
)
from targetctl.domain.drafting.clauses import (
    CLAUSE_END,
    INDICATOR_ROW,
    MARKERS,
    MAX_CLAUSE,
    PUNCT,
    SENTENCE,
    SENTENCE_END,
    Clause,
    broken_lines,
    clauses,
    join_proportions,
    list_marker,
    paragraphs,
    title_of,
)
from targetctl.domain.drafting.draft import Draft, DraftExclusion, DraftProgramme, DraftTarget, DraftTooLarge, fit_dates
from targetctl.domain.drafting.due_dates import clause_due, goal_paragraph_due, heading_due, values_dated
from targetctl.domain.drafting.lists import list_intro
from targetctl.domain.drafting.numbers import half_width
from targetctl.domain.drafting.openings import names_nothing, preamble, untagged
from targetctl.domain.drafting.own_title import first_lines_title, without_mark
from targetctl.domain.drafting.past import cumulative_ahead, looks_back, paired_total, turns_to_plan
from targetctl.domain.drafting.prepare import prepare
from targetctl.domain.drafting.present_year import present_year, this_year
from targetctl.domain.drafting.quantities import Number, find_numbers
from targetctl.domain.drafting.run_on import break_run_on
from targetctl.domain.drafting.sections import FUNDED, presents_outline, turns_to_year
from targetctl.domain.drafting.stretch import stretched
from targetctl.domain.drafting.topics import join_topics
from targetctl.domain.drafting.years import half_width_digits, infer_year, verbatim

__all__ = [
    "MAX_CLAUSE",
    "Draft",
    "DraftExclusion",
    "DraftProgramme",
    "DraftTarget",
    "DraftTooLarge",
    "Number",
    "clauses",
    "extract",
    "find_numbers",
    "paragraphs",
]


@dataclass
class _State:
    plan_year: int | None
    next_programme: int = 1
    stack: list[tuple[str, DraftProgramme | None]] = field(default_factory=list)  # open headings; None: not drafted
    roots: list[DraftProgramme] = field(default_factory=list)
    general: DraftProgramme | None = None
    past_level: int | None = None  # depth of the review heading, -1 for a review paragraph
    past_year: int | None = None  # the last year the review heading names (2025年工作回顾)
    targets: list[DraftTarget] = field(default_factory=list)
    excluded: list[DraftExclusion] = field(default_factory=list)


class _Extractor:
    def __init__(self, plan_year: int | None, ocr: bool, max_quoted: int | None = None) -> None:
        self.s = _State(plan_year)
        self.ocr = ocr
        self.max_quoted = max_quoted
        self.quoted = 0  # UTF-8 bytes quoted by the targets and exclusions counted so far
        self.counted = (0, 0)
        self.past_paragraph = False
        self.summary = False  # a year-end summary says 今年 of the year under review
        self.ahead = False  # the title names a text of what is to be done (classify.plans_ahead)
        self.last_subject: str | None = None
        self.named: DraftProgramme | None = None
        self.list_no = 0  # the number of the last numbered paragraph (1. 2. 3.)
        self.marker = 0  # length of the list number opening the paragraph being read
        self.past_run = False  # the sentences before in this paragraph report the past
        self.run_depth = 0  # headings open when a paragraph opened the review run (past_level -1)
        self.dues: list[int | None] = []  # the year each open heading states for its section
        self.projecting: int | None = None  # the rank of the open section that projects (需求预测)
        self.section_max: int | None = None  # the latest year a heading states
        self.undated = False  # plan_year is the year an undated text speaks of as now, a guess
        self.para_due: int | None = None  # the depth whose year a goal paragraph (到2027年，…) set
        self.para_carried: dt.date | None = None  # 2027年前，…: dates the paragraph's undated sentences
        self.tables = tables.Table({}, {})  # the rows of indicator tables (stage 1)
        self.book = False  # a book of support rules: its grants are terms, not commitments
        self.task_table: int | None = None  # the depth a table of tasks opened at, while it lasts

    # ── programmes ──
    def _new_programme(
        self, title: str, quote: str | None, family: str | None, review: str | None = None
    ) -> DraftProgramme:
        s = self.s
        prog = DraftProgramme(s.next_programme, title, quote, review=review)
        s.next_programme += 1
        if family is not None:
            self._enter(family)
        parent = self._parent()
        (parent.children if parent else s.roots).append(prog)
        if family is not None:
            s.stack.append((family, prog))
        return prog

    def _enter(self, family: str) -> int:
        """Close the headings at the level of `family` and below; return its depth."""
        families = [f for f, _ in self.s.stack]
        if family in families:
            del self.s.stack[families.index(family) :]
        return len(self.s.stack)

    def _parent(self) -> DraftProgramme | None:
        return next((p for _, p in reversed(self.s.stack) if p is not None), None)

    def _current(self) -> int:
        if self.named:
            return self.named.number
        parent = self._parent()
        if parent is not None:
            return parent.number
        if self.s.general is None:
            self.s.general = DraftProgramme(
                0, "", None, review="targets before the first heading: give this programme a title"
            )
        return 0

    # ── section state ──
    def heading(self, para: str, family: str, marker: str) -> str:
        """Handle a heading paragraph's first sentence; return the rest of the paragraph."""
        first = SENTENCE_END.search(para)
        head = para[: first.start()] if first else para
        end = first.end() if first else len(para)
        title = PUNCT.sub("", head[len(marker) :]) or PUNCT.sub("", head)
        families = [f for f, _ in self.s.stack]
        depth = families.index(family) if family in families else len(families)
        # a numbered heading above the table ends it; a plain line is one of its group rows
        self.task_table = None if family != "plain" and depth < max(self.task_table or 0, 1) else self.task_table
        self.projecting = projects(self.projecting, family, title)
        level = self.s.past_level
        result_like = bool(RESULT_HEADING.search(title))
        if level == -1 and self.summary and not result_like:
            self.s.past_level = None
        elif level == -1 and not self.summary and past.run_ends(self.run_depth, depth, family, result_like):
            self.s.past_level = None  # a run of the past never outlives its section
        elif level is not None and level >= 0 and depth <= level:
            self.s.past_level = None
        if review_heading(title, self.s.plan_year) and (level is None or level < 0 or self.s.past_level is None):
            self.s.past_level = depth  # inside a review, a result-headed item does not move its end deeper
            self.s.past_year = max(map(int, re.findall(r"20\d\d", title)), default=None)
        self.named = None
        if self.s.past_level is not None:
            self._enter(family)
            self.s.stack.append((family, None))
            self.excl(head, "heading of a review section (past results)")
            self.dues = [*self.dues[: len(self.s.stack) - 1], None]
            return para[end:]
        self._new_programme(title, head, family)
        if REVIEW_HEADING.search(title) and past.mixed_heading(title):  # results first, until a paragraph turns
            self.s.past_level, self.run_depth = -1, len(self.s.stack)
        self._section_due(title)
        return para[end:]

    def _section_due(self, title: str) -> None:
        """The year a heading states for its section (到2025年, 今后五年, “十五五”), kept by depth."""
        year = heading_due(title, self.s.plan_year)
        depth = len(self.s.stack)
        self.dues = [*self.dues[: depth - 1], year]
        self.para_due = None  # a heading's own year, not a goal paragraph's
        if year is not None:
            self.section_max = max(year, self.section_max or year)

    def section_year(self) -> int | None:
        return next((y for y in reversed(self.dues[: len(self.s.stack)]) if y is not None), None)

    # ── exclusions ──
    def excl(self, quote: str, reason: str, review: str | None = None) -> None:
        quote = PUNCT.sub("", quote) if PUNCT.sub("", quote) else quote
        if not re.search(r"\w", quote):
            return
        self.s.excluded.append(DraftExclusion(quote, reason, review))

    # ── the body ──
    def paragraph(self, para: str) -> None:
        if (read := tables.line_targets(self.tables, para, self._current, self.s.plan_year)) is not None:
            made, why = read  # a table's line: its targets, or why it has none
            if made and self.projecting is not None and not PLANS.search(para):
                made, why = [], FORECAST_SECTION
            self.s.targets.extend(made)
            if why:
                self.excl(para, why)
            return
        self.marker, self.list_no = list_marker(para, self.list_no)
        self.past_run = False
        found = [(f, m.group()) for f, p in MARKERS if (m := p.match(para))][:1]
        found = found or ([("arabic", para[: self.marker])] if self.marker else [])
        for family, marker in found:
            self.projecting = projects(self.projecting, family, "")  # 2.到2030年…: the item after 1.…预测 ends it
            first = SENTENCE_END.search(para)
            head = para[: first.start()] if first else para
            content = head[len(marker) :]
            if (
                len(head) <= 40
                and not find_numbers(content)
                and not ENUM.match(content)
                and not re.search(r"翻[一两三]番|正增长|同步", content)
            ):
                para = self.heading(para, family, marker)
                self.marker = 0
            elif past.ends_review(self.s.past_level, [f for f, _ in self.s.stack], family):
                self.s.past_level = None  # 二、… run on into its first sentence still ends a review headed 一、
        if not found:
            first = SENTENCE_END.search(para)
            head = para[: first.start()] if first else para
            rest = para[first.end() :] if first else ""
            single = not re.search(r"[，,；;：:]", head)
            shaped = not first
            if single and len(head) <= 30 and shaped and not PAST_OPENER.match(head) and not PRINCIPLE.match(head):
                if task_tables.part(head, self.task_table is not None):  # 序号 / 牵头单位 / 发改局 …, one a line
                    self.task_table = len(self.s.stack) if self.task_table is None else self.task_table
                    self.excl(head, task_tables.REASON)
                    para = rest
                elif BYLINE.search(head):
                    self.excl(head, "byline: who wrote or compiled the text")
                    para = rest
                elif heading_like(head) and para not in self.tables.cells:
                    para = self.heading(para, "plain", "")
        level = self.s.past_level
        if (
            level is not None
            and level >= 0
            and not self.summary
            and past.opens_years_plan(para, self.s.plan_year, self.s.past_year)
        ):
            self.s.past_level = None  # the plan's part heading was lost: its first paragraph still ends the review
        five = past.five_year_opener(para[self.marker :], self.s.plan_year)
        if (five or (five is None and PAST_OPENER.match(para[self.marker :]))) and self.s.past_level is None:
            self.s.past_level = -1
            self.run_depth = len(self.s.stack)
        elif (
            (five is False or PLAN_OPENER.match(para) or presents_outline(para, self.s.plan_year))
            and self.s.past_level == -1
            and not self.summary
        ):
            self.s.past_level = None
        ahead = past.horizon(para[self.marker :], self.s.plan_year) or periods.goal_year(para, self.s.plan_year)
        looked = goal_paragraph_due(self.dues, len(self.s.stack), ahead, self.para_due == len(self.s.stack))
        if looked is not None and ahead:  # “十五五”时期…, 到2027年，…: it looks ahead
            self.dues, self.para_due = looked, len(self.s.stack)
            self.section_max = max(ahead, self.section_max or ahead)
        year = self.s.plan_year
        if year and (self.section_year() or 0) > year and not self.summary and turns_to_year(para, year):
            self.dues = [*self.dues[: len(self.s.stack) - 1], year]  # 今年是“十五五”开局之年: the year's part
        lead = CLAUSE_END.split(para[self.marker :], maxsplit=1)[0]
        self.past_paragraph = looks_back(lead)
        lead_year = re.match(r"(20\d\d)年(?:以来|来|上半年|前三季度)?$", lead)
        if lead_year and self.s.plan_year and int(lead_year.group(1)) < self.s.plan_year:
            self.past_paragraph = True  # 2024年，全市…: the whole paragraph reports the year before
        self.named = None
        self.para_carried = None
        for i, m in enumerate(re.finditer(SENTENCE, para)):
            if i and self.s.past_level == -1 and not self.summary and TURNS_TO_PLAN.match(m.group()):
                self.s.past_level = None  # 成立6年来…。今年，合作社计划…: the report turns to the plan
            self.sentence(m.group(), self.marker if i == 0 else 0)
        self.named = None

    def sentence(self, sentence: str, marker: int = 0) -> None:
        """One sentence; `marker` is the length of a list number opening it (6.2023年…)."""
        parts = join_topics(join_proportions([c for c in clauses(sentence) if re.search(r"\w", c.text)]))
        if not parts:
            return
        past_section = self.s.past_level is not None
        terms = screening.book_terms(self.book, sentence)  # a support rule's terms, read as in a book
        exhorted = judge(sentence, False, False, self.s.plan_year, ("exhortation",)) or preamble(sentence, self.s.stack)
        if exhorted and not find_numbers(sentence):  # numbers looked for only then: a sentence can be long
            for c in parts:
                self.excl(c.text, exhorted[1])
            return
        row = INDICATOR_ROW.match(sentence) if len(parts) == 1 and not past_section else None
        if row:
            self.s.targets.append(subject_words.indicator(row, parts[0].text, self._current()))
            return
        first = parts[0].text[marker:] if parts[0].start == 0 else parts[0].text
        tasks = self.ahead and self.s.stack != []  # a plan's tasks (its review too, unless past_section)
        sentence_past = reports(first, sentence, planned=tasks and not past_section, reviewing=self.past_paragraph)
        # a run of past clauses: opened by a past time, it lasts until a clause names the future again
        framed = frames_ahead(parts[0].text[marker:], self.s.plan_year) and len(parts) > 1  # 规划期内，…: ahead
        past = sentence_past or (self.past_run and not framed)  # 截至…已建成…。规划期内，…: the plan's
        opened_past = False
        carried: dt.date | None = None if past or past_section else self.para_carried
        years_listed: list[int] | None = None
        self.last_subject = None
        # a sentence opening with the plan's own year (2025年全市新建…，累计达到…) looks ahead too
        own = self.s.plan_year and re.match(rf"(?:到|至|在)?{self.s.plan_year}年(?!以来)", sentence)
        future = bool(FUTURE.search(sentence) or own or framed)
        ahead = tasks and not (past or past_section)  # a plan's tasks, not its review
        intent = ahead or intends(sentence) or self.section_year() == (self.s.plan_year or -1)  # 力争…获批, 二、2026年…
        produced: list[DraftTarget] = []
        first_target = len(self.s.targets)
        pending_adverbial: list[Clause] = []
        forecasting = expected = False  # 预计, 经测算…: the clauses after it forecast (or, projected, expect)
        estimated, yielding = ESTIMATED.search(sentence) is not None, yields(sentence)  # read once a sentence
        uncommitted = self.projecting is not None and not PLANS.search(sentence)  # a forecast section's figures
        conditional = conditions.condition_runs([c.text[marker if c.start == 0 else 0 :] for c in parts], terms)
        for n_clause, clause in enumerate(parts):
            if self.max_quoted is not None:
                self._check_quoted()
            orig = clause.text
            text = orig[marker:] if marker and clause.start == 0 else orig
            if past_section and self.s.past_level == -1 and not self.summary and turns_to_plan(text):
                past_section, past, self.s.past_level = False, False, None  # the run ends: 今年新建…
            listed = respective.year_list(text)
            if (
                listed
                and (self.s.plan_year is None or max(listed) >= self.s.plan_year)
                # 2023年、2024年，…分别增长 in a plan of 2024 reports; an undated text's year is only a guess
                and (self.undated or not opens_past(text, future, self.s.plan_year))
            ):
                years_listed = listed  # 到2025年、2026年，…分别达到A、B: one year for each value, ahead
                carried = dt.date(max(listed), 12, 31)  # a clause with no 分别 list is due by the last
                self.excl(orig, "time frame of the targets that follow")
                continue
            if opens_past(text, future, self.s.plan_year):
                past = True
                opened_past = opened_past or not produced  # no target before it: the sentence reports
            elif past and intends(text) and not GAP.search(text):
                past = False
            if n_clause == 0 and framed:  # 到规划期末，…: its own frame (到“十四五”末: its end), not the paragraph's
                carried = clause_due(text, self.s.plan_year, summary=self.summary)
                self.excl(orig, "time frame of the targets that follow")
                continue
            # a level's own year inside the clause (…、2030年达到N) dates no clause after it
            undated = clause_due(text, self.s.plan_year, summary=self.summary, mid=False) or carried
            due, carried = clause_due(text, self.s.plan_year, summary=self.summary) or carried, undated
            open_ended = bool(OPEN.search(text)) and due is None
            numbers, rule = descriptors.screen(half_width(text), find_numbers(text), terms)
            masked = rule if rule is not None and not numbers else None  # its numbers are names, not targets
            masked = masked or (descriptors.clause_rule(half_width(text)) if not numbers else None)
            if masked is not None and masked.clause:
                self.excl(orig, masked.reason)
                continue
            if past_section or past:
                reason = (
                    "review section: a past result, not a target"
                    if past_section
                    else "context: what has happened so far (…以来, past year)"
                )
                self.excl(
                    orig,
                    reason,
                    "a number in a past statement: check it is not a target" if numbers and not past_section else None,
                )
                if numbers and future and not past_section:  # 去年…达到120万吨，今年力争稳定在…: the same thing
                    self.last_subject = subject_words.measured(text, numbers) or self.last_subject
                continue
            forecasting = forecasts(text, estimated, due, self.s.plan_year, tasks, forecasting, yielding)
            expected = (expected and COMMITS.search(text) is None) or FORECAST.search(text) is not None
            if forecasting or (numbers and uncommitted):
                self.excl(orig, FORECAST_CLAUSE if forecasting else FORECAST_SECTION)
                continue
            hit = judge(text, bool(numbers), future, self.s.plan_year, ("gap", "rule-parameter"))
            if hit:
                self.excl(orig, hit[1], hit[0].review)
                continue
            if numbers and n_clause in conditional:
                self.excl(orig, "the condition of a rule (…的，由…), not a commitment")
                continue
            if BYLINE.search(text) and re.search(r"整理|报道|摄$|^（", clause.full + text):
                self.excl(orig, "byline: who wrote or compiled the text")
                continue
            weak = first_past(PAST_WEAK, text, self.s.plan_year)
            ahead = future or (cumulative_ahead(text) and (self.section_year() is not None or paired_total(sentence)))
            hit = judge(text, bool(numbers), ahead, self.s.plan_year, _PAST_RULES, intent)
            if hit:
                self.excl(orig, hit[1], hit[0].review)
                if numbers and future:
                    self.last_subject = subject_words.measured(text, numbers) or self.last_subject
                continue
            named = NAMED.search(text)
            if (
                named
                and len(text) - len(named.group()) <= 8
                and not NAMED_BAD.search(named["name"])
                and not PREFIX_BAD.search(text[: named.start()])
            ):
                name = named["name"]
                # words before the name (a number cell, 要全面) are no clause of their own to trace: quote them too
                quote = orig if re.search(r"\w", text[: named.start()]) else text[named.start() :]
                self.named = self._new_programme(PUNCT.sub("", name) if name[0] not in '“"' else name, quote, None)
                self._flush_adverbial(pending_adverbial, None)
                served = numbers and numbers[0].start >= named.start("name") and not numbers[0].chinese  # not 百项…工程
                if not (numbers and (FUNDED.match(text[: named.start()]) or served)):
                    continue  # 筹措7亿元实施…工程, 实施2万名…工程: the named programme's target, read below
            hit = judge(text, bool(numbers), future, self.s.plan_year, _CONTEXT_RULES)
            if hit:
                self.excl(orig, hit[1], hit[0].review)
                continue
            if numbers:
                made, self.last_subject = subject_words.numeric(
                    text, numbers, due, open_ended, bool(weak), self._current(), self.last_subject
                )
                made = stretched(orig, made, produced[-1] if produced else None, sentence)
                values_dated(made, text, numbers, self.s.plan_year, undated)
                self.s.targets.extend(made)
                for t in made:
                    t.quote = orig if t.quote == text else t.quote
                    t.review = PROJECTED_REVIEW if expected else t.review  # 预计超N, and the clauses run on from it
                if years_listed and respective.date_listed(text, made, years_listed):
                    years_listed = None
                if made:
                    self._flush_adverbial(pending_adverbial, None)
                    produced.extend(made)
                    continue
            kind = qualitative(text)
            if (
                kind is None
                and re.match(r"^(?:按照|围绕|依托|通过|以|针对|聚焦|立足|对|在|面对|根据|结合|借助|坚持以)", text)
                and clause is not parts[-1]
            ):
                pending_adverbial.append(clause)
                continue
            # a frame alone (到2027年，), or a bare year of the plan's (2026年，…稳步推进。): dates what follows
            frame = DUE.fullmatch(text) or (due is not None and re.fullmatch(r"20\d\d年", text))
            if kind is None and frame and clause is not parts[-1]:
                if n_clause == 0:
                    self.para_carried = due
                self.excl(orig, "time frame of the targets that follow")
                continue
            if kind is None and re.search(r"(?:预期)?目标(?:任务)?(?:是|为)$", text):
                self.excl(orig, "introduces the targets that follow")
                continue
            if kind is None:
                if numbers:
                    self.excl(orig, "a number not recognised as a target", "a number not drafted as a target: check")
                else:
                    self._flush_adverbial(pending_adverbial, "context: no commitment of its own")
                    self.excl(orig, masked.reason if masked else "context: no commitment of its own")
                continue
            quote = orig
            if pending_adverbial:
                quote = sentence[pending_adverbial[0].start : clause.start + len(clause.text)]
                pending_adverbial = []
            self.s.targets.append(
                subject_words.qualitative_target(kind, quote, text, due, open_ended, produced, self._current())
            )
        self._flush_adverbial(pending_adverbial, "context: no commitment of its own")
        subject_words.checkpoints(produced, sentence, self.s.targets)
        section = self.section_year()
        for t in self.s.targets[first_target:]:
            if section and t.due is None and not t.open_ended and t.kind != "principle":
                t.due = dt.date(section, 12, 31)  # no year of its own: its section's
        self.past_run = past and (opened_past or self.past_run)

    def _check_quoted(self) -> None:
        targets, excluded = self.s.targets, self.s.excluded
        self.quoted += sum(len(t.quote.encode()) for t in targets[self.counted[0] :])
        self.quoted += sum(len(e.quote.encode()) for e in excluded[self.counted[1] :])
        self.counted = (len(targets), len(excluded))
        if self.max_quoted is not None and self.quoted > self.max_quoted:
            raise DraftTooLarge(f"its draft would quote more than {self.max_quoted} bytes")

    def _flush_adverbial(self, pending: list[Clause], reason: str | None) -> None:
        for c in pending:
            self.excl(c.text, reason or "context: circumstance of the target that follows")
        pending.clear()


# the rules that read a clause as the past, and as context, in the order judge tries them
_PAST_RULES = ("past-strong", "past-award", "past-tense", "past-weak")
_CONTEXT_RULES = ("state-is", "built-on", "located", "context-count")


def extract(
    text: str,
    *,
    default_year: int,
    period: tuple[dt.date, dt.date] | None = None,
    ocr: bool | None = None,
    max_quoted: int | None = None,
) -> Draft:
    """Draft a plan from the plain text (or Markdown) of a Chinese policy document. `ocr`: whether lines are
    broken inside sentences (None: judge by the text; False for a Word document's paragraphs). Raises
    DraftTooLarge as soon as the quotes pass `max_quoted` bytes in UTF-8 (a plan that holds them could not be read)."""
    source = text
    text = half_width_digits(break_run_on(markdown.plain(text), printed=ocr is not False))  # ２０２５年: a year
    prep = prepare(text)  # the document's structure first: furniture out, the title from its lines
    printed = ocr is None  # a Word document's paragraphs are whole: none runs on at a margin
    ocr = broken_lines(prep.body) if ocr is None else ocr
    paras = paragraphs(prep.body, ocr, printed=printed)
    year, span, inferred = infer_year(([prep.title] if prep.title else []) + paras, prep.issue_year)
    if prep.period is not None and span is None:
        year, span, inferred = prep.period.start, (prep.period.start, prep.period.end), None
    from_issue = year is None and prep.issue_year is not None
    if from_issue:
        year = prep.issue_year  # a dated document is never drafted as "no year"
    present = present_year(paras) if year is None and period is None else None
    if present is not None:
        year, inferred = present  # a text with no date of its own: the year it speaks of as now
    stated = period is not None or year is not None
    title, taken = (without_mark(prep.title), 0) if prep.title is not None else first_lines_title(paras)
    ex = _Extractor(period[0].year if period else year, ocr, max_quoted)
    if title and "总结" in title:
        ex.s.past_level, ex.summary = -1, True  # a year-end summary: 今年 is the year under review until a plan heading
    ex.undated, ex.ahead = present is not None, plans_ahead(title)
    ex.s.excluded.extend(DraftExclusion(quote, reason) for quote, reason in prep.excluded)
    ex.tables, ex.book = prep.tables, screening.rule_book(title, paras[:3], paras)
    body = paras[taken:]
    ex.s.excluded.extend(DraftExclusion(p, "the document's title (recorded as the plan title)") for p in paras[:taken])
    for para in body:
        ex.paragraph(para)
    s = ex.s
    task_tables.date_cells(s.targets, prep.body, printed=printed)  # 2024年工作项目 / 2025年计划: a year column
    if present is not None:
        this_year(s.targets, present[0], paras)
    if period is None:
        found = plan_period.Stated(year, span, inferred, stated, from_issue, ex.section_max, present, title)
        period, stated, inferred = plan_period.settle(s.targets, found, prep.body, default_year)
    fit_dates(s.targets, period)
    programmes = s.roots
    # targets before the first heading: their programme is named by the words the text starts with
    opening = title_of(clauses(untagged(paras[0]))[0].text)[:40] if paras else ""
    opening = "" if names_nothing(opening) else opening  # introduces the targets, or cites a document
    listed = list_intro(paras) if not title else None  # a list of projects is named by its opening sentence
    if listed or title is None:
        # no title line (a page that opens below it): no heading or first sentence is its title, a person names it
        title = listed[0] if listed else ""
    if s.general is not None:
        s.general.title = title or opening
        programmes = [s.general, *programmes]
    note = "the period is taken from the year of issue (成文日期, 发文字号)" if from_issue and stated else inferred
    draft = Draft(title, period, stated, programmes, s.targets, s.excluded, period_note=note)
    if source != text:
        verbatim(draft, source)
    return draft
