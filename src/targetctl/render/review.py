"""The review page of a plan (`trace --format html`, `draft --review FILE`): one standalone HTML
file a person checks a draft with in minutes.

First what needs review (the plan's and every entry's review marks), then the source text
with each clause coloured by what it became (a numeric target, a milestone, a principle, a
programme's heading, excluded with its reason, or nothing: unmapped), each number in a quoted
clause linked to the entry that quotes it, then the entries. No scripts, no fetched fonts.
"""

from __future__ import annotations

import bisect
import html
import re
from collections import Counter
from collections.abc import Iterable

from targetctl.domain.drafting.said_zh import said
from targetctl.domain.kinds import rules
from targetctl.domain.model import Plan, Target
from targetctl.domain.problems import xml_text
from targetctl.domain.sources import Sentence, normalise
from targetctl.render.common import goal
from targetctl.render.i18n import t as tr

KINDS = ("target", "milestone", "principle", "programme", "excluded", "unmapped")
"""What a clause became, in the order the legend lists them."""
COLOURS = {
    "target": "#d1f0d6",
    "milestone": "#d6e6fb",
    "principle": "#ece0fa",
    "programme": "#fbefc9",
    "excluded": "#e6e6e6",
    "unmapped": "#ffd5d2",
}
WORDS = {
    "en": {
        "target": "numeric target",
        "milestone": "milestone",
        "principle": "principle or relation (judged)",
        "programme": "programme heading",
        "excluded": "excluded, with its reason",
        "unmapped": "unmapped: neither quoted nor excluded",
        "review": "Needs review",
        "nothing": "No review marks.",
        "source": "The source, clause by clause",
        "entries": "Entries",
        "page": "Review of the draft",
        "id": "id",
        "kind": "kind",
        "review_column": "review",
        "counted": "{targets} entries; {clauses} clauses of the source, by what they became",
        "colon": ": ",
    },
    "zh": {
        "target": "数值目标",
        "milestone": "里程碑",
        "principle": "原则或关系（研判）",
        "programme": "领域/专项标题",
        "excluded": "已排除（附理由）",
        "unmapped": "未对应：既未引用也未排除",
        "review": "待核事项",
        "nothing": "没有待核标记。",
        "source": "原文逐句",
        "entries": "条目",
        "page": "起草结果核对",
        "id": "编号",
        "kind": "类型",
        "review_column": "待核",
        "counted": "共{targets}个条目；原文{clauses}个分句按处理结果统计",
        "colon": "：",
    },
}
NUMBER = re.compile(
    r"[0-9０-９][0-9０-９,.，．]*(?:%|％)?|[零〇一二三四五六七八九十百千万亿两半]+(?=[个项家户人名亿万元亩吨公里%])"
)


def kind_of(ids: Iterable[str], targets: dict[str, Target]) -> str:
    """What a mapped clause became: the most concrete kind among the entries quoting it."""
    kinds = {_kind(targets[i]) for i in ids if i in targets}
    return next((k for k in ("target", "milestone", "principle") if k in kinds), "programme")


def _kind(target: Target) -> str:
    kind = rules(target)
    if kind.drawing == "checklist":
        return "milestone"
    return "principle" if kind.judged else "target"


def _e(text: object) -> str:
    return html.escape(xml_text(text), quote=True)


def review_html(traces: list[tuple[Plan, list[Sentence]]], lang: str = "en") -> str:
    words = WORDS["zh" if lang == "zh" else "en"]
    style = "".join(f".{k}{{background:{c}}}" for k, c in COLOURS.items())
    parts = [
        "<!doctype html>",
        f'<html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{_e(words['page'])}</title><style>",
        "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;margin:24px;"
        "max-width:1100px;line-height:1.7}span.c{padding:1px 2px;border-radius:3px}"
        "span.c a{color:#0b3d91;font-weight:bold}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}"
        ".legend span{display:inline-block;margin-right:10px;padding:1px 6px}small.why{color:#555}"
        f"{style}</style></head><body>",
    ]
    for plan, sentences in traces:
        parts += _plan(plan, sentences, lang, words)
    parts.append("</body></html>\n")
    return "".join(parts)


def _plan(plan: Plan, sentences: list[Sentence], lang: str, words: dict[str, str]) -> list[str]:
    targets = {t.id: t for t in plan.targets}
    kinds = [s.status if s.status != "mapped" else kind_of(s.ids, targets) for s in sentences]
    counts = Counter(kinds)
    # the entries and the clauses are counted apart: a table row or a list of values is one
    # clause of several entries, and a clause may hold none
    counted = words["counted"].format(targets=len(plan.targets), clauses=len(sentences))
    colon = words["colon"]  # a Chinese page takes the full-width colon after Chinese words
    out = [f"<h1>{_e(words['page'])}{colon}{_e(plan.title.get(lang))}</h1>", f"<p><code>{_e(plan.id)}</code> · "]
    out.append(
        f"{_e(counted)}{colon}" + " · ".join(f"{_e(words[k])}{colon}{counts[k]}" for k in KINDS if counts[k]) + "</p>"
    )
    out.append(f'<h2 id="review-{_e(plan.id)}">{_e(words["review"])}</h2>')  # one page may hold several plans
    marks = _marks(plan)
    places = _places(plan, sentences, targets)
    if marks:
        out.append(
            "<ul>"
            + "".join(f"<li>{_link(ident, plan, targets, places)}{colon}{_e(said(m, lang))}</li>" for ident, m in marks)
        )
        out.append("</ul>")
    else:
        out.append(f"<p>{_e(words['nothing'])}</p>")
    out.append('<p class="legend">')
    out += [f'<span class="{k}">{_e(words[k])}</span>' for k in KINDS]
    out.append(f'</p><h2>{_e(words["source"])}</h2><p class="source">')
    at: dict[int, list[str]] = {}
    for ident, index in places.items():
        at.setdefault(index, []).append(ident)
    for index, (sentence, kind) in enumerate(zip(sentences, kinds, strict=True)):
        out += [f'<a id="{_e(_anchor(ident, plan, targets))}"></a>' for ident in at.get(index, ())]
        out.append(_clause(sentence, kind, words, targets, lang) + ("<br>" if sentence.line_end else ""))
    out.append(f"</p><h2>{_e(words['entries'])}</h2><table><tr><th>{_e(words['id'])}</th><th>{_e(words['kind'])}</th>")
    out.append(
        f"<th>{_e(tr('goal', lang))}</th><th>{_e(tr('source', lang))}</th><th>{_e(words['review_column'])}</th></tr>"
    )
    for t in plan.targets:
        out.append(
            f'<tr id="{_e(t.id)}"><td><code>{_e(t.id)}</code></td><td>{_e(tr(t.kind, lang))}</td>'
            f"<td>{_e(goal(t, lang))}</td>"
            f"<td>{_e(t.quote)}</td><td>{_e(said(t.review or '', lang))}</td></tr>"
        )
    out.append("</table>")
    return out


def _marks(plan: Plan) -> list[tuple[str, str]]:
    """Every review mark: (the id it is on, what to check), programmes first."""
    found = [(p.id, p.review) for _, p in plan.all_programmes() if p.review]
    found += [(t.id, t.review) for t in plan.targets if t.review]
    found += [(f"excluded-{n}", e.review) for n, e in enumerate(plan.excluded, 1) if e.review]
    return found


def _places(plan: Plan, sentences: list[Sentence], targets: dict[str, Target]) -> dict[str, int]:
    """Where on the page each marked programme and exclusion stands, by its clause's index: a
    mark's link must lead somewhere, and only the entries have rows of their own. A programme
    without a heading (the one before the first) stands at its first target's clause."""
    text = "".join(s.text for s in sentences)
    starts = [s.start for s in sentences]
    quotes: dict[str, str] = {}
    for _, p in plan.all_programmes():
        if p.review and p.id not in targets:
            first = next((t.quote for t in plan.targets if t.programme == p.id), "")
            quotes[p.id] = p.quote or first
    quotes |= {f"excluded-{n}": e.quote for n, e in enumerate(plan.excluded, 1) if e.review}
    places: dict[str, int] = {}
    for ident, quote in quotes.items():
        at = text.find(normalise(quote)) if normalise(quote) else -1
        if at >= 0:
            places[ident] = max(0, bisect.bisect_right(starts, at) - 1)
    return places


def _anchor(ident: str, plan: Plan, targets: dict[str, Target]) -> str:
    """The page's id for a mark's place: an exclusion's number is the plan's own, and one page
    may hold several plans (trace --format html), so it is named with its plan."""
    return ident if ident in targets or not ident.startswith("excluded-") else f"{plan.id}-{ident}"


def _link(ident: str, plan: Plan, targets: dict[str, Target], places: dict[str, int]) -> str:
    """A mark's id, linked where the page holds it (an entry's row, a clause), else plain."""
    if ident in targets or ident in places:
        return f'<a href="#{_e(_anchor(ident, plan, targets))}">{_e(ident)}</a>'
    return _e(ident)


def _entry_of(number: str, ids: list[str], targets: dict[str, Target], lang: str) -> str:
    """The entry a number links to: the first quoting entry whose goal states that number
    (新建幼儿园3所、小学2所: 3 to the first target, 2 to the second), else the first."""
    plain = re.sub(r"[,，%％]", "", number).translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    alone = re.compile(rf"(?<![\d.]){re.escape(plain)}(?![\d]|\.\d)")
    return next((i for i in ids if i in targets and alone.search(goal(targets[i], lang))), ids[0])


def _clause(sentence: Sentence, kind: str, words: dict[str, str], targets: dict[str, Target], lang: str) -> str:
    if kind == "excluded":
        title = ("；" if lang == "zh" else "; ").join(said(r, lang) for r in sentence.reasons)
    elif kind == "unmapped":
        title = words["unmapped"]
    else:
        title = ", ".join(sentence.ids)
    text = sentence.text
    if sentence.ids:
        pieces, last = [], 0
        for m in NUMBER.finditer(text):
            target = _entry_of(m.group(), sentence.ids, targets, lang)
            pieces.append(_e(text[last : m.start()]))
            pieces.append(f'<a href="#{_e(target)}">{_e(m.group())}</a>')
            last = m.end()
        pieces.append(_e(text[last:]))
        body = "".join(pieces)
    else:
        body = _e(text)
    why = f'<small class="why">（{_e(title)}）</small>' if kind == "excluded" and title else ""
    return f'<span class="c {kind}" title="{_e(title)}">{body}{why}</span>'
