"""How well `targetctl draft` reads the structure of official documents (公文), over a labelled corpus.

    python -m benchmarks.official_eval              # benchmarks/draft_corpus/official
    python -m benchmarks.official_eval --verbose    # also each miss

Each `<name>.txt` there is the text of a real public document (its source address in the
`<name>.json` beside it), labelled by hand: `title` (the plan's own title), `furniture` (lines
that are document furniture: dispatch number, issuing authority, date, addressees, …),
`programmes` (heading titles that must be programmes), `targets` and `dues` as for
`benchmarks.draft_eval`. A document whose labels say `"format": "docx"` is drafted from a Word
file made from its lines (one paragraph each), so the .docx path is measured too; one labelled
`"format": "pdf"` from that Word file printed to PDF by LibreOffice (`soffice` must be installed).
A labelled document whose text came from a fetched repository snapshot is not committed (its
`.json` says where it is): `--texts FOLDER` names a folder that holds such texts.

Each document is drafted as `targetctl draft` does (`draft_file`, into a scratch folder, the
date fixed so the numbers do not move with the clock), and the plans folder is then checked
with `validate --strict`. Scores:

- titles right: the drafted title equals the label (`null`: the text holds none, so the draft
  must be untitled rather than take a heading or a line of furniture for one);
- furniture kept out: a furniture line is kept out when no programme, target or the title
  quotes it;
- programmes found: a labelled heading is a programme's title;
- due years right: as in `benchmarks.draft_eval`;
- past results drafted: labelled `achievements` (past results) drafted as targets;
- plan periods right: the drafted period's first and last years equal `period`, where labelled;
- binding indicators marked: a row of an indicator table named in `binding` is drafted with
  its 约束性 mark;
- drafts valid: `validate --strict` finds nothing but what a fresh draft is meant to show
  (the English still to write, the review marks still to check).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.draft_eval import score
from targetctl.commands.draft import UNTITLED, draft_file
from targetctl.commands.validate import validate
from targetctl.domain.sources import normalise

CORPUS = Path(__file__).parent / "draft_corpus" / "official"
TODAY = dt.date(2026, 12, 6)  # fixed: a document with no year of its own is drafted for this one


@dataclass
class OfficialScore:
    name: str
    title_right: bool = False
    furniture: int = 0
    furniture_out: int = 0
    programmes: int = 0
    programmes_found: int = 0
    targets: int = 0
    targets_found: int = 0
    dues: int = 0
    dues_right: int = 0
    past: int = 0
    past_drafted: int = 0
    periods: int = 0
    periods_right: int = 0
    binding: int = 0
    binding_marked: int = 0
    valid: bool = False
    misses: list[str] = field(default_factory=list)


def _docx(lines: list[str], path: Path) -> None:
    """One paragraph a line; a run of lines opened by | is a table, one row a line, cells between |."""
    from docx import Document

    doc = Document()
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            rows.append(line[1:].split("|"))
            continue
        if rows:
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for cells, row in zip(rows, table.rows, strict=True):
                for text, cell in zip(cells, row.cells, strict=False):
                    cell.text = text
            rows = []
        if line:
            doc.add_paragraph(line)
    doc.save(str(path))


def _pdf(docx: Path, scratch: Path) -> Path:
    """The Word file printed to PDF by LibreOffice, so that the text is read back from a PDF's
    text layer (lines broken at the page's width, page by page)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise SystemExit('a document is labelled "format": "pdf": install LibreOffice (soffice) to make it')
    profile = scratch / "lo-profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(scratch),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return docx.with_suffix(".pdf")


def _flat(text: str) -> str:
    return "".join(normalise(text).split())


def score_document(path: Path, labels: dict[str, Any], scratch: Path) -> OfficialScore:
    name = path.stem
    result = OfficialScore(name)
    text = path.read_text(encoding="utf-8")
    source = path
    if labels.get("format") in ("docx", "pdf"):
        source = scratch / f"{name}.docx"
        _docx(text.splitlines(), source)
    if labels.get("format") == "pdf":
        source = _pdf(source, scratch)
    plans = scratch / "plans"
    plans.mkdir(exist_ok=True)
    plan_id = "doc-" + "".join(ch for ch in name if ch.isalnum() or ch == "-")[:40].strip("-")
    written = draft_file(plans, source, plan_id, today=TODAY, force=True)
    draft = written.draft
    # a document whose text holds no title is drafted untitled, for a person to name
    result.title_right = draft.title == labels["title"] or (labels["title"] is None and draft.title in (None, UNTITLED))
    if not result.title_right:
        result.misses.append(f"title: {draft.title!r}, not {labels['title']!r}")
    quoted = [(f"programme {p.title!r}", _flat(p.title + (p.quote or ""))) for p in draft.all_programmes()]
    quoted += [(f"target {t.title!r}", _flat(t.quote)) for t in draft.targets]
    quoted.append(("the title", _flat(draft.title or "")))
    for line in labels.get("furniture", []):
        result.furniture += 1
        flat = _flat(line)
        hit = next((what for what, q in quoted if flat and flat in q), None)
        if hit is None:
            result.furniture_out += 1
        else:
            result.misses.append(f"furniture {line!r} in {hit}")
    if "period" in labels:
        result.periods += 1
        got = [draft.period[0].year, draft.period[1].year]
        if got == labels["period"]:
            result.periods_right += 1
        else:
            result.misses.append(f"period: {got}, not {labels['period']}")
    titles = {_flat(p.title) for p in draft.all_programmes()}
    for heading in labels.get("programmes", []):
        result.programmes += 1
        if _flat(heading) in titles:
            result.programmes_found += 1
        else:
            result.misses.append(f"programme {heading!r} not drafted")
    # targets and dues as draft_eval scores them, on the text the draft read
    rest = {k: v for k, v in labels.items() if k != "title"}
    base = score(name, written.source.read_text(encoding="utf-8"), rest, draft)
    result.targets, result.targets_found = base.labelled, base.found
    result.dues, result.dues_right = base.dues, base.dues_right
    result.past, result.past_drafted = len(labels.get("achievements", [])), base.achievements
    result.misses += [f"past result drafted: {p}" for p in base.past_drafted]
    result.misses += base.missed
    for name in labels.get("binding", []):
        result.binding += 1
        if any(name in t.title and t.review and "约束性" in t.review for t in draft.targets):
            result.binding_marked += 1
        else:
            result.misses.append(f"binding indicator {name!r} not marked 约束性")
    # a fresh draft has no English yet and its review marks: under --strict those are all it may show
    problems = [
        p
        for p in validate([plans], strict=True, today=TODAY).problems
        if "English" not in p.message and "needs review" not in p.message
    ]
    result.valid = not problems
    result.misses += [f"validate: {p}" for p in problems[:3]]
    return result


def evaluate(corpus: Path = CORPUS, texts: Path | None = None) -> tuple[list[OfficialScore], list[str]]:
    """Scores of the labelled documents whose text is at hand, and the names of those whose
    text is not (kept out of the repository: their labels say where to get it; give the
    folder that holds them as `texts`)."""
    scores: list[OfficialScore] = []
    absent: list[str] = []
    for labelled in sorted(corpus.glob("*.json")):
        labels = json.loads(labelled.read_text(encoding="utf-8"))
        path = labelled.with_suffix(".txt")
        if not path.exists() and texts is not None:
            path = texts / path.name
        if not path.exists():
            absent.append(labelled.stem)
            continue
        with tempfile.TemporaryDirectory() as tmp:
            scores.append(score_document(path, labels, Path(tmp)))
    return scores, absent


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.0%}" if b else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--texts", type=Path, default=None, help="a folder with the texts kept out of the repository")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    scores, absent = evaluate(args.corpus, args.texts)
    for name in absent:
        print(f"{name}: its text is not in the repository; see 'source' in its .json, and pass --texts FOLDER")
    print(f"{'document':<34}{'title':>6}{'furniture out':>15}{'programmes':>12}{'targets':>9}{'dues':>7}{'valid':>7}")
    for s in scores:
        print(
            f"{s.name:<34}{'ok' if s.title_right else 'WRONG':>6}{f'{s.furniture_out}/{s.furniture}':>15}"
            f"{f'{s.programmes_found}/{s.programmes}':>12}{f'{s.targets_found}/{s.targets}':>9}"
            f"{f'{s.dues_right}/{s.dues}':>7}{'ok' if s.valid else 'NO':>7}"
        )
        if args.verbose:
            for m in s.misses:
                print(f"    {m}")
    print(f"titles right: {_ratio(sum(s.title_right for s in scores), len(scores))}")
    print(f"furniture kept out: {_ratio(sum(s.furniture_out for s in scores), sum(s.furniture for s in scores))}")
    print(f"programmes found: {_ratio(sum(s.programmes_found for s in scores), sum(s.programmes for s in scores))}")
    print(f"targets found: {_ratio(sum(s.targets_found for s in scores), sum(s.targets for s in scores))}")
    print(f"due years right: {_ratio(sum(s.dues_right for s in scores), sum(s.dues for s in scores))}")
    past = sum(s.past for s in scores)
    print(f"past results drafted as targets: {sum(s.past_drafted for s in scores)} of {past} labelled")
    print(f"plan periods right: {_ratio(sum(s.periods_right for s in scores), sum(s.periods for s in scores))}")
    print(f"binding indicators marked: {_ratio(sum(s.binding_marked for s in scores), sum(s.binding for s in scores))}")
    print(f"drafts valid (validate --strict): {_ratio(sum(s.valid for s in scores), len(scores))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
