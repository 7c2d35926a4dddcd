"""Held-out evaluation of ``targetctl draft`` on real official documents kept outside the repo.

Usage::

    python -m benchmarks.heldout_eval --docs DIR --labels DIR [--targetctl PATH] [--as-docx] [--as-pdf] [--verbose]

``DIR`` of documents holds ``NAME.txt`` (or ``.docx``/``.pdf``); ``DIR`` of labels holds
``NAME.json`` written by hand *before* the tool was run on the document (see
``docs/draft_heldout.md``). This file holds no document text: labels carry only values,
comparators, units, due years, kinds and keywords of at most 10 characters.

The draft is made through the command line in a temporary plans folder, as a user gets it:
``targetctl --plans TMP draft DOC --id ID`` then ``targetctl --plans TMP validate``.

Scores, per document and in total:

- targets: numeric targets labelled; found = a drafted numeric target with the same value
  (万/亿 scaling allowed) whose quote contains the label's keyword; ok = found with the
  same comparator (recall of value AND comparator);
- due: found targets whose due year equals the label's;
- traps: past results, ordinals, counts of work, rule parameters, slogans, document numbers
  drafted as numeric targets (after each drafted target is first given to at most one
  labelled target); forecasts are counted apart;
- other: drafted numeric targets matching no label (neither target nor trap);
- title: the plan title equals the document's own (or a listed alternative), ignoring
  white space and punctuation; where the label says the text states no title (null), the
  draft is right to leave its placeholder for a person to fill;
- furniture: programmes whose title or quote is document furniture (document number,
  抄送, 印发, signature or date line, 此件公开发布, page metadata);
- valid: ``targetctl validate`` exits 0 on the draft as written.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from targetctl.commands.draft import UNTITLED

NUMERIC_KINDS = {"quantity", "growth", "share", "ratio", "range"}
FURNITURE_PATTERNS = [
    r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号",  # 发文字号, e.g. X政〔2024〕1号
    r"^\s*抄送",
    r"印发",
    r"此件公开发布|此件依申请公开|此件不予公开",
    r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$",  # date line
    r"^\s*[一二三四五六七八九十〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$",
    # a signature line; a heading ending in 布局, 格局 (a layout) is not a bureau (局)
    r"^\s*\S{2,40}(人民政府|人民政府办公室|人民政府办公厅|办公室|办公厅|委员会|(?<![布格大全结])局)\s*$",
    r"索\s*引\s*号|发布机构|公开日期|主题分类|发文字号|文\s*号\s*[:：|]",
    r"^\s*附件\s*[:：\d]",
]
TRAP_FORECAST = {"forecast"}
SCALES = (1.0, 1e4, 1e8, 1e-4, 1e-8, 1e12, 1e-12)


def _num(x):
    if x is None or isinstance(x, bool):
        return None
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(str(x).replace(",", "").strip())
    except ValueError:
        return None


def same_value(a, b) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return False
    for s in SCALES:
        v = b * s
        if abs(a - v) <= 1e-9 * max(1.0, abs(a), abs(v)):
            return True
    return False


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _norm_title(s: str) -> str:
    return re.sub(r"[\s《》〈〉<>“”\"'‘’「」『』（）()【】\[\]、,，。.:：;；!！?？·—\-]", "", s or "")


def _zh(x) -> str:
    if isinstance(x, dict):
        return str(x.get("zh") or "")
    return str(x or "")


def _year(d):
    if isinstance(d, (_dt.date, _dt.datetime)):
        return d.year
    m = re.match(r"(\d{4})", str(d or ""))
    return int(m.group(1)) if m else None


def drafted_numbers(plan: dict) -> list[dict]:
    """Numeric targets; the due year is the target's ``due`` or else the period's end (as the model)."""
    period_end = _year((plan.get("period") or {}).get("end"))
    out = []
    for t in plan.get("targets") or []:
        kind = t.get("kind")
        if kind not in NUMERIC_KINDS:
            continue
        if kind == "range":
            values = [t.get("min"), t.get("max")]
            comparator = "between"
        elif kind in ("growth", "share", "ratio"):
            values = [t.get("percent"), t.get("percent_max")]
            comparator = t.get("comparator")
        else:
            values = [t.get("value")]
            comparator = t.get("comparator")
        year = _year(t.get("due")) if t.get("due") else period_end
        out.append(
            {
                "id": t.get("id"),
                "kind": kind,
                "values": [v for v in values if v is not None],
                "comparator": comparator,
                "year": year,
                "quote": _squash(t.get("quote") or ""),
            }
        )
    return out


def score(plan: dict | None, label: dict, valid: bool) -> dict:
    res = {
        "targets": len(label.get("targets", [])),
        "found": 0,
        "ok": 0,
        "due": 0,
        "traps": 0,
        "forecasts": 0,
        "other": 0,
        "title": False,
        "furniture": 0,
        "valid": valid,
        "drafted": 0,
        "missed": [],
        "due_wrong": [],
        "trapped": [],
        "furn": [],
    }
    if plan is None:
        return res
    drafted = drafted_numbers(plan)
    res["drafted"] = len(drafted)
    used: set[int] = set()

    def candidates(lab):
        key = _squash(lab["key"])
        return [
            i
            for i, d in enumerate(drafted)
            if i not in used and key in d["quote"] and any(same_value(lab["value"], v) for v in d["values"])
        ]

    # Labelled targets first: prefer a draft with the right comparator, then the right year.
    for lab in label.get("targets", []):
        cands = candidates(lab)
        if not cands:
            res["missed"].append(lab)
            continue
        cands.sort(key=lambda i: (drafted[i]["comparator"] != lab["comparator"], drafted[i]["year"] != lab.get("due")))
        i = cands[0]
        used.add(i)
        res["found"] += 1
        if drafted[i]["comparator"] == lab["comparator"]:
            res["ok"] += 1
        else:
            res["missed"].append({**lab, "drafted_comparator": drafted[i]["comparator"]})
        if drafted[i]["year"] == lab.get("due"):
            res["due"] += 1
        else:
            res["due_wrong"].append({**lab, "drafted_due": drafted[i]["year"]})
    for lab in label.get("traps", []):
        cands = candidates(lab)
        if cands:
            used.add(cands[0])
            if lab.get("type") in TRAP_FORECAST:
                res["forecasts"] += 1
            else:
                res["traps"] += 1
            res["trapped"].append(lab)
    res["other"] = len(drafted) - len(used)

    own = [label["title"], *list(label.get("title_alternatives") or [])]
    drafted_title = _zh(plan.get("title"))
    if drafted_title == UNTITLED:
        drafted_title = ""  # the draft found no title line; right where the label says the text states none
    res["title"] = _norm_title(drafted_title) in {_norm_title(t) for t in own}
    res["plan_title"] = _zh(plan.get("title"))

    pats = [re.compile(p) for p in FURNITURE_PATTERNS]
    for p in plan.get("programmes") or []:
        texts = [_zh(p.get("title")), str(p.get("quote") or "")]
        if any(pat.search(t) for pat in pats for t in texts if t):
            res["furniture"] += 1
            res["furn"].append(f"{p.get('id')}: {texts[0][:40]}")
    return res


def to_docx(txt: Path, out: Path) -> Path:
    import docx  # python-docx, a dependency of targetctl

    d = docx.Document()
    for line in txt.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d.add_paragraph(line)
    d.save(out)
    return out


def to_pdf(txt: Path, out: Path) -> Path:
    """The text as a PDF with a text layer, as an office prints one: the .docx above, printed
    by LibreOffice (lines wrap at the page's width, pages break)."""
    docx_file = to_docx(txt, out.with_suffix(".docx"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("--as-pdf needs LibreOffice (soffice) on PATH")
    profile = out.parent / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out.parent),
            str(docx_file),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    docx_file.unlink()
    return out


def run_one(targetctl: str, doc: Path, pid: str, workdir: Path, timeout: int) -> tuple[dict | None, bool, str]:
    plans = workdir / "plans"
    if plans.exists():
        shutil.rmtree(plans)
    plans.mkdir(parents=True)
    env_cmd = [targetctl, "--plans", str(plans), "--no-pager", "--lang", "en"]
    p = subprocess.run([*env_cmd, "draft", str(doc), "--id", pid], capture_output=True, text=True, timeout=timeout)
    f = plans / f"{pid}.yaml"
    if not f.exists():
        return None, False, (p.stderr or p.stdout).strip()[-300:]
    plan = yaml.safe_load(f.read_text(encoding="utf-8"))
    v = subprocess.run([*env_cmd, "validate"], capture_output=True, text=True, timeout=timeout)
    return plan, v.returncode == 0, "" if v.returncode == 0 else (v.stdout + v.stderr).strip()[-300:]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", required=True, type=Path)
    ap.add_argument("--labels", required=True, type=Path)
    ap.add_argument(
        "--targetctl",
        default=shutil.which("targetctl") or "targetctl",
        help="the targetctl executable to measure (default: the one on PATH)",
    )
    ap.add_argument(
        "--as-docx", action="store_true", help="also run each .txt converted to a .docx (one paragraph a line)"
    )
    ap.add_argument(
        "--as-pdf", action="store_true", help="also run each .txt printed to a PDF by LibreOffice (needs soffice)"
    )
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", type=Path, help="write the per-document results here")
    a = ap.parse_args(argv)

    labels = sorted(p for p in a.labels.glob("*.json") if not p.name.startswith("_"))
    if not labels:
        print(f"no labels in {a.labels}", file=sys.stderr)
        return 2
    runs = []
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        tmp = Path(tmp)
        for lf in labels:
            name = lf.stem
            label = json.loads(lf.read_text(encoding="utf-8"))
            docs = [d for ext in (".txt", ".docx", ".pdf") if (d := a.docs / f"{name}{ext}").exists()]
            if not docs:
                print(f"{name}: no document in {a.docs}", file=sys.stderr)
                continue
            if a.as_docx and docs[0].suffix == ".txt" and not (a.docs / f"{name}.docx").exists():
                docs.append(to_docx(docs[0], tmp / f"{name}.docx"))
            if a.as_pdf and docs[0].suffix == ".txt" and not (a.docs / f"{name}.pdf").exists():
                (tmp / "pdf").mkdir(exist_ok=True)
                docs.append(to_pdf(docs[0], tmp / "pdf" / f"{name}.pdf"))
            for doc in docs:
                pid = re.sub(r"[^a-z0-9-]", "-", name.lower())
                plan, valid, err = run_one(a.targetctl, doc, pid, tmp, a.timeout)
                r = score(plan, label, valid)
                r.update(name=name, fmt=doc.suffix[1:], error=err)
                runs.append(r)

    hdr = (
        f"{'document':28} {'fmt':4} {'tgt':>3} {'found':>5} {'ok':>3} {'due':>3} {'traps':>5} "
        f"{'fcst':>4} {'other':>5} {'title':>5} {'furn':>4} {'valid':>5}"
    )
    print(hdr)
    print("-" * len(hdr))
    tot = {"targets": 0, "found": 0, "ok": 0, "due": 0, "traps": 0, "forecasts": 0, "other": 0, "furniture": 0}
    ntitle = nvalid = 0
    for r in runs:
        print(
            f"{r['name'][:28]:28} {r['fmt']:4} {r['targets']:3} {r['found']:5} {r['ok']:3} {r['due']:3} "
            f"{r['traps']:5} {r['forecasts']:4} {r['other']:5} {'yes' if r['title'] else 'NO':>5} "
            f"{r['furniture']:4} {'yes' if r['valid'] else 'NO':>5}"
        )
        for k in tot:
            tot[k] += r[k]
        ntitle += bool(r["title"])
        nvalid += bool(r["valid"])
        if a.verbose:
            if r.get("error"):
                print(f"    error: {r['error']}")
            print(f"    plan title: {r.get('plan_title', '')}")
            for m in r["missed"]:
                print(
                    f"    missed: {m['value']} {m['comparator']} [{m['key']}]"
                    + (f" drafted as {m['drafted_comparator']}" if "drafted_comparator" in m else "")
                )
            for m in r["due_wrong"]:
                print(f"    due year: {m['value']} [{m['key']}] labelled {m.get('due')}, drafted {m['drafted_due']}")
            for t in r["trapped"]:
                print(f"    trap drafted: {t['value']} [{t['key']}] ({t['type']})")
            for p in r["furn"]:
                print(f"    furniture programme: {p}")
    print("-" * len(hdr))
    n = len(runs)

    def pct(x, y):
        return f"{100 * x / y:.1f}%" if y else "n/a"

    print(
        f"{'TOTAL':28} {'':4} {tot['targets']:3} {tot['found']:5} {tot['ok']:3} {tot['due']:3} "
        f"{tot['traps']:5} {tot['forecasts']:4} {tot['other']:5} {ntitle:>2}/{n:<2} "
        f"{tot['furniture']:4} {nvalid:>2}/{n:<2}"
    )
    print(
        f"value+comparator recall {pct(tot['ok'], tot['targets'])} (value only {pct(tot['found'], tot['targets'])}); "
        f"due years right {pct(tot['due'], tot['targets'])} of labelled, {pct(tot['due'], tot['found'])} of found; "
        f"traps drafted {tot['traps']} (+{tot['forecasts']} forecasts); titles own {ntitle}/{n}; "
        f"furniture programmes {tot['furniture']}; valid {nvalid}/{n}"
    )
    if a.json:
        a.json.write_text(json.dumps(runs, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
