"""How well `targetctl draft` reads an indicator table printed as real plans print it.

    python -m benchmarks.table_eval

The table is our own (16 rows; `tests/commands/test_draft_pdf_tables_pages.py` builds it): a
header over two rows, 类别 merged down its rows, 序号, footnote markers, values such as 达到40,
≥16, [13.5], —. It is written as a Word document with its header repeated on each page or
not, cells top-aligned or centred, and LibreOffice prints each to PDF (the table runs over two
pages); each PDF is also given as `pdftotext -layout` text where pdftotext is installed. Each
file is drafted as `targetctl draft` does, and a row counts as right when a drafted target
has the row's name, its target value (or its growth rate where it has no target) and its
comparator. No real document is used: none from the issuers allowed was found (docs/draft.md).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

from tests.commands.test_draft_pdf_tables_pages import GROUPS, build_document
from tests.conftest import to_pdf

from targetctl.commands.draft import draft_file

VARIANTS = [(True, False), (False, False), (True, True), (False, True)]


_COMPARATOR = {
    "≥": "at-least",
    "达到": "at-least",
    ">": "more-than",
    "<": "less-than",
    "以上": "at-least",
    "左右": "about",
}


def expected() -> dict[str, tuple[Decimal, str]]:
    """Each row's name, and the value and comparator of its target (else of its growth rate)."""
    out: dict[str, tuple[Decimal, str]] = {}
    for _, rows in GROUPS:
        for row in rows:
            cell = row[4] if re.search(r"\d", row[4]) else row[5]
            m = re.search(r"\d+(?:\.\d+)?", cell)
            assert m is not None, cell
            mark = next((w for w in _COMPARATOR if w in cell), "")
            out[re.sub(r"[①*]|（%）$", "", row[1])] = (Decimal(m.group()), _COMPARATOR.get(mark, "exactly"))
    return out


def score(source: Path, folder: Path) -> int:
    """Rows drafted right from `source`."""
    plans = folder / "plans"
    plans.mkdir(parents=True)
    written = draft_file(plans, source, "t", today=dt.date(2026, 1, 5))
    got = {t.title: (t.value, t.comparator) for t in written.draft.targets}
    return sum(got.get(name) == want for name, want in expected().items())


def main() -> None:
    if not shutil.which("soffice"):
        raise SystemExit("LibreOffice (soffice) is needed to print the tables to PDF")
    print(f"{'header repeated':<17}{'cells':<10}{'docx':>6}{'pdf':>6}{'pdftotext':>11}")
    for repeated, centred in VARIANTS:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            build_document(folder / "plan.docx", repeated=repeated, centred=centred)
            docx = score(folder / "plan.docx", folder / "a")
            to_pdf(folder / "plan.docx", folder)
            pdf = score(folder / "plan.pdf", folder / "b")
            text = "-"
            if shutil.which("pdftotext"):
                subprocess.run(["pdftotext", "-layout", str(folder / "plan.pdf"), str(folder / "plan.txt")], check=True)
                text = str(score(folder / "plan.txt", folder / "c"))
        n = len(expected())
        print(
            f"{'yes' if repeated else 'no':<17}{'centred' if centred else 'top':<10}"
            f"{docx:>4}/{n}{pdf:>4}/{n}{text:>8}/{n}"
        )


if __name__ == "__main__":
    main()
