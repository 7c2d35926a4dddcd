"""A draft read from the text in other characters (traditional read as simplified, character for
character): its quotes and its title given back in the text's own characters, so that every
quote still stands in the source. Names and subjects stay as read. Pure."""

from __future__ import annotations

from targetctl.domain.drafting.draft import Draft
from targetctl.domain.sources import normalise


def in_own_characters(draft: Draft, read: str, text: str) -> None:
    """Give each quote (targets, exclusions, programmes) and the title back in `text`'s
    characters: `read` is `text` with characters changed one for one, white space untouched."""
    plain_read, plain_text = normalise(read), normalise(text)

    def own(piece: str) -> str:
        at = plain_read.find(normalise(piece))
        if at < 0:
            return piece
        chars = iter(plain_text[at:])
        return "".join(c if c.isspace() else next(chars) for c in piece)

    for t in draft.targets:
        t.quote = own(t.quote)
    for x in draft.excluded:
        x.quote = own(x.quote)
    for p in draft.all_programmes():
        if p.quote:
            p.quote = own(p.quote)
    if draft.title:
        draft.title = own(draft.title)
