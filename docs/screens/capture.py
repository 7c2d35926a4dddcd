"""Capture `targetctl status` and `show` as an 80-column terminal shows them, with tmux.

The shipped plans are copied to a temporary folder and given a year of SYNTHETIC records
(made up here for the picture, never written into plans/). Run from the repository root:

    python docs/screens/capture.py

It writes docs/screens/status-80.txt and docs/screens/show-80.txt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parent.parent
TARGETCTL = Path(sys.executable).with_name("targetctl")
AS_OF = "2020-12-15"
# (target, [(as of, value), ...]): a plausible year, invented for this picture only
SYNTHETIC = {
    "mfg-iiot-library-projects": [("2020-03-31", "120"), ("2020-06-30", "290"), ("2020-09-30", "430")],
    "org-recruit-top-university-talent": [("2020-06-30", "35"), ("2020-09-30", "62"), ("2020-11-30", "81")],
    "mfg-industrial-value-added-growth": [("2020-06-30", "-3.1"), ("2020-09-30", "4.6"), ("2020-11-30", "8.9")],
    "mfg-park-unit-size": [("2020-03-31", "2400"), ("2020-09-30", "1800")],
    "org-talent-total-growth": [("2020-09-30", "6.5"), ("2020-11-30", "10.4")],
    "org-industry-talent-projects": [("2020-06-30", "8"), ("2020-11-30", "21")],
    "org-provincial-high-level-talent": [("2020-06-30", "9"), ("2020-11-30", "17")],
    "org-xihai-lecture-hall": [("2020-05-31", "in-progress"), ("2020-10-31", "done")],
    "mfg-smart-integration": [("2020-07-31", "in-progress")],
}


def tmux_capture(command: str, cwd: Path, name: str) -> str:
    session = f"targetctl-{name}"
    subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)
    script = f"cd {cwd} && COLUMNS=80 TARGETCTL_LANG=en {command}; sleep 60"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "80", "-y", "40", "bash", "-c", script],
        check=True,
    )
    subprocess.run(["tmux", "set-option", "-t", session, "history-limit", "20000"], check=True)
    time.sleep(3)
    out = subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session, "-S", "-", "-E", "-"], capture_output=True, text=True, check=True
    ).stdout
    subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    return "\n".join(line.rstrip() for line in out.rstrip().splitlines()) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(REPO / "plans", work / "plans", ignore=shutil.ignore_patterns("records"))
        for target, values in SYNTHETIC.items():
            for day, value in values:
                args = [str(TARGETCTL), "record", target, "--date", day, "--by", "示例", "--no-status", "--", value]
                subprocess.run(args, cwd=work, check=True, capture_output=True)
        status = tmux_capture(f"{TARGETCTL} --no-pager status --as-of {AS_OF}", work, "status")
        show = tmux_capture(f"{TARGETCTL} --no-pager show mfg-iiot-library-projects --as-of {AS_OF}", work, "show")
    note = "# 80 columns, tmux capture-pane; records are synthetic, made up for this picture\n"
    (HERE / "status-80.txt").write_text(note + status, encoding="utf-8")
    (HERE / "show-80.txt").write_text(note + show, encoding="utf-8")


if __name__ == "__main__":
    main()
