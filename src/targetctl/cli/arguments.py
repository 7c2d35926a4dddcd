"""Command-line words that Click would misread, put right before it parses them."""

from __future__ import annotations

import re
from typing import Any

from typer.core import TyperCommand


class NegativeValue(TyperCommand):
    """`record T -12`: a negative number where an option may stand is the VALUE, not an unknown
    option '-1'. Such words are moved after a '--', which keeps them positional."""

    NEGATIVE = re.compile(r"^[-－][0-9０-９.．]")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        takes_value = {
            name
            for p in self.params
            if not getattr(p, "is_flag", True) and p.param_type_name == "option"
            for name in p.opts
        }
        head, tail = (args[: args.index("--")], args[args.index("--") + 1 :]) if "--" in args else (args, [])
        kept: list[str] = []
        moved: list[str] = []
        for i, word in enumerate(head):
            option_value = i > 0 and head[i - 1] in takes_value
            (moved if self.NEGATIVE.match(word) and not option_value else kept).append(word)
        if moved or "--" in args:
            args = [*kept, "--", *moved, *tail]
        return super().parse_args(ctx, args)
