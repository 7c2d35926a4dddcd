"""How well `targetctl draft` finds numeric targets, over a labelled corpus.

    python -m benchmarks.draft_eval              # the corpus in benchmarks/draft_corpus
    python -m benchmarks.draft_eval --verbose    # also each label missed and each past result drafted

Each `<name>.txt` has a `<name>.json` beside it: `targets` (a snippet of the clause, kind,
comparator, value) and `achievements` (snippets of past results that must not be drafted).
A target is found when a drafted numeric target quoting its snippet has the same value and
comparator; recall is found / labelled. An achievement is drafted when any drafted numeric
target's quote and its snippet contain one another. Optional labels: `title` (the plan's own
title) and `dues` (a snippet and the year it is due; a target without a due is due at the
plan's end).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from targetctl.domain.drafting.draft import Draft, DraftTarget
from targetctl.domain.drafting.extract import extract
from targetctl.domain.sources import normalise

CORPUS = Path(__file__).parent / "draft_corpus"


@dataclass
class Score:
    name: str
    labelled: int = 0
    found: int = 0
    kind_right: int = 0
    drafted: int = 0
    achievements: int = 0
    missed: list[str] = field(default_factory=list)
    past_drafted: list[str] = field(default_factory=list)
    title_right: bool | None = None  # None: the document's title is not labelled
    dues: int = 0
    dues_right: int = 0


def _overlaps(quote: str, snippet: str) -> bool:
    return snippet in quote or quote in snippet


def score(name: str, text: str, labels: dict[str, Any], draft: Draft | None = None) -> Score:
    """`draft`: the text's draft when the caller has made it already (as `draft` would)."""
    if draft is None:
        draft = extract(text, default_year=dt.date.today().year)
    numeric: list[DraftTarget] = [t for t in draft.targets if t.numeric]
    result = Score(name, drafted=len(numeric))
    used: set[int] = set()
    for label in labels.get("targets", []):
        assert isinstance(label, dict)
        result.labelled += 1
        snippet, value = normalise(label["text"]), Decimal(label["value"])
        for i, t in enumerate(numeric):
            if i in used or not _overlaps(normalise(t.quote), snippet):
                continue
            if (t.value == value and t.comparator == label["comparator"]) or (
                t.kind == "range" and label["comparator"] == "between" and t.value == value
            ):
                used.add(i)
                result.found += 1
                result.kind_right += t.kind == label["kind"]
                break
        else:
            result.missed.append(f"{label['text']} ({label['kind']} {label['comparator']} {label['value']})")
    for snippet in labels.get("achievements", []):
        assert isinstance(snippet, str)
        hits = [t for t in numeric if _overlaps(normalise(t.quote), normalise(snippet))]
        if hits:
            result.achievements += 1
            result.past_drafted.append(f"{snippet} ← {hits[0].quote}")
    if "title" in labels:
        result.title_right = draft.title == labels["title"]
        if not result.title_right:
            result.missed.append(f"title: {draft.title!r}, not {labels['title']!r}")
    for label in labels.get("dues", []):
        result.dues += 1
        hit = next((t for t in draft.targets if _overlaps(normalise(t.quote), normalise(label["text"]))), None)
        due = hit.due.year if hit and hit.due else draft.period[1].year if hit else None
        if due == int(label["year"]):
            result.dues_right += 1
        else:
            result.missed.append(f"due of {label['text']}: {due}, not {label['year']}")
    return result


def evaluate(corpus: Path = CORPUS) -> list[Score]:
    scores = []
    for path in sorted(corpus.glob("*.txt")):
        labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        scores.append(score(path.stem, path.read_text(encoding="utf-8"), labels))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    scores = evaluate(args.corpus)
    print(f"{'document':<22}{'labelled':>9}{'found':>7}{'recall':>8}{'kind ok':>9}{'drafted':>9}{'past drafted':>14}")
    for s in scores:
        recall = s.found / s.labelled if s.labelled else 1.0
        print(
            f"{s.name:<22}{s.labelled:>9}{s.found:>7}{recall:>8.1%}{s.kind_right:>9}{s.drafted:>9}{s.achievements:>14}"
        )
        if args.verbose:
            for m in s.missed:
                print(f"    missed: {m}")
            for p in s.past_drafted:
                print(f"    PAST DRAFTED: {p}")
    labelled = sum(s.labelled for s in scores)
    found = sum(s.found for s in scores)
    past = sum(s.achievements for s in scores)
    print(
        f"{'total':<22}{labelled:>9}{found:>7}{found / max(labelled, 1):>8.1%}"
        f"{sum(s.kind_right for s in scores):>9}{sum(s.drafted for s in scores):>9}{past:>14}"
    )
    print(
        f"recall of numeric targets (value and comparator right): {found}/{labelled} = {found / max(labelled, 1):.1%}"
    )
    print(f"past achievements drafted as targets: {past}")
    titled = [s for s in scores if s.title_right is not None]
    if titled:
        print(f"titles right: {sum(1 for s in titled if s.title_right)}/{len(titled)}")
    dues = sum(s.dues for s in scores)
    if dues:
        print(f"due years right: {sum(s.dues_right for s in scores)}/{dues}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
