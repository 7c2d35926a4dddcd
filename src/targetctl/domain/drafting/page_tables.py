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
        if page.lead and self.texts and self._carry is not None:
            self.texts[-1] = _ended(self.texts[-1], page.lead, self._carry.name)
        self._carry = page.carry
        self.texts.append(page.text)
        return page.text


def _ended(text: str, lead: str, name: int) -> str:
    """`text` with `lead` added to the name of its last table row."""
    return "\n".join(ended(text.split("\n"), lead, name))
