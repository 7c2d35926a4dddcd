"""Indicator tables that run over pages of a PDF.

A long table breaks at a page's foot, its header repeated on the next page or not, and a row
may break inside its name (地区生产总值年均增 | 长). Pages are read in order: a page that may hold
a table, or that follows a page whose table ran to its foot, is read again laid out by columns
(`layout_tables`). A page that continues a table without repeating its header has its rows read
by the columns of the page before, and the end of a name at the head of a page is put back on
the row it belongs to, in the previous page's text. Pure but for the laid-out text, which is
asked for only when needed.
"""

from __future__ import annotations

from collections.abc import Callable

from targetctl.domain.drafting.layout_tables import Carry, ended, may_hold_table, splice_page
from targetctl.domain.drafting.tables import PAGE_NUMBER, SEPARATOR


class Pages:
    """The text of each page read so far, tables spliced in."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._carry: Carry | None = None

    def add(self, plain: str, laid: Callable[[], str | None]) -> str:
        """The page's text: `plain` (the reader's default order) with its tables, read from
        `laid()` (the same page laid out by columns, None when it cannot be)."""
        if self._carry is None and not may_hold_table(plain):
            self.texts.append(plain)
            return plain
        layout = laid()
        if layout is None:
            self._carry = None
            self.texts.append(plain)
            return plain
        page = splice_page(plain, layout, self._carry)
        text = page.text
        if page.lead:
            ended_row = _ends_with_row(self.texts[-1]) if self.texts else False
            if ended_row:
                self.texts[-1] = _ended(self.texts[-1], page.lead, page.lead_name)
            else:  # no row above to end: the text stays on this page, a line of its own
                text = page.lead + "\n" + text
        self._carry = page.carry
        self.texts.append(text)
        return text


def _ends_with_row(text: str) -> bool:
    """Whether a page's text ends with a table row (page numbers and blank lines aside)."""
    for line in reversed(text.split("\n")):
        flat = "".join(line.split())
        if flat and not PAGE_NUMBER.match(flat):
            return SEPARATOR in line
    return False


def _ended(text: str, lead: str, name: int) -> str:
    """`text` with `lead` added to the name of its last table row."""
    return "\n".join(ended(text.split("\n"), lead, name))
