"""A draft read from the text in other characters (traditional read as simplified, character for
character; the readings set into its words left out): its quotes and its title given back in the
text's own characters, so that every quote still stands in the source. Names and subjects stay as
read. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from targetctl.domain.drafting.draft import Draft
from targetctl.domain.sources import CLAUSE_END, normalise


def in_own_characters(draft: Draft, read: str, text: str, kept: Sequence[int] | None = None) -> None:
    """Give each quote (targets, exclusions, programmes) and the title back in `text`'s
    characters: `read` is `text` with characters changed one for one, white space untouched, and
    `kept` the place in `text` of each character of `read` (None: the same place), where some of
    `text` was left out of it."""
    places = _Places(read, text, kept)
    quotes = places.each([t.quote for t in draft.targets])
    for t, q in zip(draft.targets, quotes, strict=True):
        t.quote = q
    for x, q in zip(draft.excluded, places.each([x.quote for x in draft.excluded]), strict=True):
        x.quote = q
    shown = [p for p in draft.all_programmes() if p.quote]
    for p, q in zip(shown, places.each([p.quote or "" for p in shown]), strict=True):
        p.quote = q
    if draft.title:
        draft.title = next(iter(places.each([draft.title])))


class _Places:
    """Where each quote stands in the text as read. A quote of a whole clause is looked up among
    the clauses, and one read alike in several places (理髮 and 理發 are both 理发) takes each
    place in turn, so that every place is quoted; any other is searched for from where the one
    before it stood. Searching the whole text for each quote was quadratic."""

    def __init__(self, read: str, text: str, kept: Sequence[int] | None) -> None:
        self.read, self.text = normalise(read), text
        # the place in `text` of each character of the read text without its white space
        self.origin = [kept[i] if kept is not None else i for i, c in enumerate(read) if not c.isspace()]
        self.clauses: dict[str, list[int]] = {}  # by their words, and by their words and end mark
        offset = 0
        for line in read.split("\n"):
            plain = normalise(line)
            start = 0
            for m in CLAUSE_END.finditer(plain):
                self._add(plain[start : m.start()], offset + start)
                self._add(plain[start : m.end()], offset + start)
                start = m.end()
            self._add(plain[start:], offset + start)
            offset += len(plain)
        self.turn: dict[str, int] = {}

    def _add(self, clause: str, at: int) -> None:
        if clause:
            self.clauses.setdefault(clause, []).append(at)

    def each(self, pieces: Iterable[str]) -> list[str]:
        """The pieces (in the order the draft found them) in the text's own characters."""
        out: list[str] = []
        cursor = 0
        for piece in pieces:
            needle = normalise(piece)
            at = self._place(needle, cursor) if needle else -1
            if at < 0:
                out.append(piece)
                continue
            cursor = at
            chars = iter(self._own(at, len(needle)))
            out.append("".join(c if c.isspace() else next(chars) for c in piece))
        return out

    def _own(self, at: int, size: int) -> list[str]:
        """Each character of the read text's stretch in the text's own, with what was left out
        after it (a reading) but not the text's white space, which the piece gives."""
        own = []
        for k in range(at, at + size):
            o = self.origin[k]
            after = self.origin[k + 1] if k + 1 < at + size else o + 1
            own.append(self.text[o] + normalise(self.text[o + 1 : after]))
        return own

    def _place(self, needle: str, cursor: int) -> int:
        found = self.clauses.get(needle)
        if found:
            n = self.turn.get(needle, 0)
            self.turn[needle] = n + 1
            return found[n % len(found)]
        at = self.read.find(needle, cursor)
        return at if at >= 0 else self.read.find(needle)
