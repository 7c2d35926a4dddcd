"""Facts about where output goes, shared by the CLI and the start-up fast paths."""

from __future__ import annotations

import codecs
import os
import re
import shutil
import sys
from pathlib import Path


def color() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set."""
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def interactive() -> bool:
    """Whether a person is there to answer a question (stdin is a terminal)."""
    return sys.stdin.isatty()


def width() -> int:
    """The terminal's width (COLUMNS wins); 100 when piped, so that files stay readable."""
    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((100, 24)).columns)
    return 100


# the only escape codes targetctl writes itself: colours (Select Graphic Rendition)
_SGR = re.compile(r"(\x1b\[[0-9;]*m)")


def safe(text: str) -> str:
    """Output as the terminal may receive it, the last step before it is written: the terminal
    rule (`clean`) over all of it, except the colours targetctl itself adds on a colour terminal
    (text from a file was already cleaned, piece by piece, as the tables were drawn)."""
    from targetctl.domain.problems import clean

    if not color():
        return clean(text)
    return "".join(part if n % 2 else clean(part) for n, part in enumerate(_SGR.split(text)))


# codecs of the consoles whose fonts draw box lines and bars two cells wide (double-byte code pages)
_DOUBLE_BYTE = {"gbk", "gb2312", "gb18030", "big5", "big5hkscs", "cp950", "cp932", "shift_jis", "euc_jp", "cp949"}
_DOUBLE_BYTE_PAGES = {932, 936, 949, 950, 54936}
_ONE_CELL = str.maketrans({"─": "-", "━": "-", "│": "|", "┃": "|", "├": "|", "└": "`", "█": "#", "░": ".", "▒": "="})


def cjk_console() -> bool:
    """Whether stdout is a console in a Chinese, Japanese or Korean code page: its fonts hold
    box lines and bars as double-byte characters, drawn two cells wide."""
    if not sys.stdout.isatty():
        return False
    try:
        if codecs.lookup(getattr(sys.stdout, "encoding", None) or "ascii").name in _DOUBLE_BYTE:
            return True
    except LookupError:
        return False
    if sys.platform == "win32":  # the console itself is written in UTF-16 whatever its code page
        import ctypes

        return int(ctypes.windll.kernel32.GetConsoleOutputCP()) in _DOUBLE_BYTE_PAGES
    return False


def for_console(text: str) -> str:
    """On a CJK console, box lines and bars as ASCII of the same width, and no line ending in
    padding, so that a table drawn for 80 columns stays within 80; elsewhere, the text as it is."""
    if not cjk_console():
        return text
    return "\n".join(line.rstrip(" ") for line in text.translate(_ONE_CELL).split("\n"))


def pages(text: str, allowed: bool = True) -> bool:
    """Whether output goes through a pager, as git does: only on an interactive terminal,
    only when it is longer than the screen, never with --no-pager or TARGETCTL_PAGER=0."""
    if not allowed or os.environ.get("TARGETCTL_PAGER") == "0":
        return False
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        return False
    return text.count("\n") >= shutil.get_terminal_size((100, 24)).lines


def page(text: str) -> None:
    """Show `text` in the user's pager (less by default, quitting at once on a short text)."""
    import pydoc

    os.environ.setdefault("LESS", "FRX")
    pydoc.pager(text)


# plain stand-ins for the symbols targetctl prints, where the console's encoding has none
_PLAIN = {"░": ".", "█": "#", "✓": "v", "✗": "x", "≠": "!=", "≥": ">=", "≤": "<=", "—": "-", "–": "-", "→": "->"}
_PLAIN |= {"▒": "=", "›": ">", "−": "-", "²": "2", "³": "3", "µ": "u", "☑": "[x]", "☐": "[ ]", "•": "*"}
_PLAIN_ERRORS = "targetctl-plain"


def _plain(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return "".join(_PLAIN.get(c, "?") for c in exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_PLAIN_ERRORS, _plain)


def closed_streams() -> None:
    """A standard stream that was closed when targetctl started (cron, a service, `>&-`) is
    None in Python; it is read and written as the null device, which is no terminal, so the
    command runs as it would with its output thrown away."""
    null = Path(os.devnull)
    if sys.stdin is None:
        sys.stdin = null.open(encoding="utf-8")  # kept open for the run
    if sys.stdout is None:
        sys.stdout = null.open("w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = null.open("w", encoding="utf-8")


def tolerant_output() -> None:
    """A console that cannot show every character (GBK on Chinese Windows, or a file written
    through PYTHONIOENCODING) gets plain stand-ins instead of a crash: ░ as '.', ✓ as 'v'."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            reconfigure(errors=_PLAIN_ERRORS)


LANG_ENV = "TARGETCTL_LANG"


def language(option: str | None = None) -> str:
    """'zh' or 'en': the option, else TARGETCTL_LANG, else the locale (LC_ALL, LC_MESSAGES,
    LANG starting with 'zh'), else English."""

    for value in (option, os.environ.get(LANG_ENV)):
        if value in ("zh", "en"):
            return value
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"
