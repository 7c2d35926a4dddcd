"""Pictures of what a leader receives, made the way the reader sees each file:

- the Word report (`report --format docx`) and the spreadsheet (`export --format xlsx`),
  printed to PDF by LibreOffice, first pages turned into PNG by pdftoppm;
- the HTML report, as headless Chromium shows it;
- the Markdown report, rendered by a CommonMark library (markdown-it-py), then shown in Chromium.

The shipped plans are copied to a temporary folder and given SYNTHETIC records (the same
made-up year as capture.py, never written into plans/). Needs LibreOffice, poppler-utils,
Chromium and fonts-noto-cjk (Debian's packages). Run from the repository root:

    python docs/screens/documents.py

It writes docs/screens/report-docx-*.png, export-xlsx-*.png, report-html.png, report-md.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from capture import AS_OF, REPO, SYNTHETIC, TARGETCTL  # noqa: E402

PAGES = 2


def targetctl(work: Path, *args: str) -> None:
    subprocess.run([str(TARGETCTL), "--no-pager", *args], cwd=work, check=True, capture_output=True)


def pdf_pages(document: Path, out: Path, name: str) -> None:
    """The document printed to PDF by LibreOffice, its first pages as PNG."""
    profile = document.parent / "lo-profile"
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run(
        [*command, "--outdir", str(document.parent), str(document)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = document.with_suffix(".pdf")
    prefix = document.parent / name
    subprocess.run(["pdftoppm", "-r", "70", "-l", str(PAGES), "-png", str(pdf), str(prefix)], check=True)
    for page in sorted(document.parent.glob(f"{name}-*.png")):
        number = int(page.stem.rsplit("-", 1)[1])
        shutil.copy(page, out / f"{name}-{number}.png")


def browser_shot(page: Path, png: Path, height: int = 1400) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    subprocess.run(
        [*command, f"--screenshot={png}", f"--window-size=1100,{height}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(page.parent)},
    )


def markdown_page(markdown: Path, html: Path) -> None:
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(markdown.read_text(encoding="utf-8"))
    style = (
        "body{font-family:'Noto Sans CJK SC',sans-serif;max-width:1000px;margin:24px;font-size:14px}"
        "table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #d0d7de;padding:4px 8px}"
    )
    html.write_text(
        f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>{style}</style><body>{body}</body></html>',
        encoding="utf-8",
    )


def main() -> None:
    out = HERE
    for old in out.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(REPO / "plans", work / "plans", ignore=shutil.ignore_patterns("records"))
        for target, values in SYNTHETIC.items():
            for day, value in values:
                targetctl(work, "record", target, "--date", day, "--by", "示例", "--no-status", "--", value)
        targetctl(work, "--lang", "zh", "report", "--format", "docx", "-o", "report.docx", "--as-of", AS_OF)
        targetctl(work, "--lang", "zh", "export", "--format", "xlsx", "-o", "export.xlsx", "--as-of", AS_OF)
        targetctl(work, "--lang", "zh", "report", "--format", "html", "-o", "report.html", "--as-of", AS_OF)
        targetctl(work, "--lang", "zh", "report", "--format", "md", "-o", "report.md", "--as-of", AS_OF)
        pdf_pages(work / "report.docx", out, "report-docx")
        pdf_pages(work / "export.xlsx", out, "export-xlsx")
        browser_shot(work / "report.html", out / "report-html.png")
        markdown_page(work / "report.md", work / "report-md.html")
        browser_shot(work / "report-md.html", out / "report-md.png")
    for png in sorted(out.glob("*.png")):
        print(png.relative_to(REPO))


if __name__ == "__main__":
    main()
