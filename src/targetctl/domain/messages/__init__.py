"""Every message targetctl says to a user, by id, in English and in Chinese.

A raise site names a message by id with its fields (`Msg("unknown.target", target=…)`);
the error carries it and the error boundary or a renderer says it in the session's language.
The English text is what a `Msg` is as a `str` (so logs, JSON and the English interface read
it as before), but translation goes by the id, never by the English wording."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from string import Formatter
from typing import Literal

from targetctl.domain.messages import plans, records, usage, views

Catalog = dict[str, tuple[str, str]]

CATALOG: Catalog = {**plans.MESSAGES, **records.MESSAGES, **usage.MESSAGES, **views.MESSAGES}

NoHint = Literal[""]


def fields_of(template: str) -> set[str]:
    """The names a template fills in."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


class Listed(tuple[str, ...]):
    """Words a message lists (ids, plan names), joined as the language joins them."""

    english: str
    chinese: str

    def __new__(cls, items: Iterable[str], english: str = ", ", chinese: str = "、") -> Listed:
        made = super().__new__(cls, items)
        made.english, made.chinese = english, chinese
        return made

    def __getnewargs__(self) -> tuple[tuple[str, ...], str, str]:
        return tuple(self), self.english, self.chinese

    def text(self, lang: str) -> str:
        return (self.chinese if lang == "zh" else self.english).join(self)


class Worded:
    """A value the data words in each language (a unit's English and Chinese names)."""

    def __init__(self, english: str, chinese: str) -> None:
        self.english, self.chinese = english, chinese

    def text(self, lang: str) -> str:
        return self.chinese if lang == "zh" else self.english


def _said(value: object, lang: str) -> object:
    """A field as the message shows it: a message in the same language, a list of them joined."""
    if isinstance(value, Msg | Listed | Worded):
        return value.text(lang)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Msg) for v in value):
        return ("、" if lang == "zh" else ", ").join(v.text(lang) for v in value)
    return value


def _fill(template: str, fields: dict[str, object], lang: str) -> str:
    return template.format_map({k: _said(v, lang) for k, v in fields.items()})


class Msg(str):
    """A message by id with its fields; as a str, its English text."""

    id: str
    fields: dict[str, object]

    def __new__(cls, id: str, /, **fields: object) -> Msg:
        english, _ = CATALOG[id]
        made = super().__new__(cls, _fill(english, fields, "en"))
        # a dict of its own: attributes set one by one on a str subclass get a dict sized for
        # the class's shared keys, 120 bytes more a message (a province's validate holds 600,000)
        made.__dict__ = {"id": id, "fields": fields}
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, object]]:
        return (self.id,), self.fields

    def text(self, lang: str) -> str:
        """The message in the interface language."""
        if lang != "zh":
            return str.__str__(self)
        return _fill(CATALOG[self.id][1], self.fields, "zh")


class Invalid(ValueError):
    """A rule of the plan model broken (raised in a validator): pydantic keeps the exception,
    so that its message reaches the user by id."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


_FIELD = re.compile(r"\w+")
_LEAST_WORDS = 6  # a template of fewer fixed characters ("{name}: {what}") would claim any text


def _field_until(parsed: list[tuple[str, str | None, str | None, str | None]], after: int) -> str:
    """A field's pattern: it runs up to the first place the words after it begin, and no further.
    A lazy field tried at every split of a text that repeats a template's words takes time of the
    text's length to the power of its fields (a reason typed into a plan is any text)."""
    following = parsed[after][0] if after < len(parsed) else ""
    if not following or all(name is None for _, name, _, _ in parsed[after:]):
        return ".+"  # the last field takes the rest but its closing words (one pass back from the end)
    return f"(?:(?!{re.escape(following)}).)++"


@cache
def _english_templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each catalog message's English as a pattern that captures its fields, the most specific
    (most fixed characters) first, with its Chinese."""
    made: list[tuple[int, re.Pattern[str], str]] = []
    for english, chinese in CATALOG.values():
        parsed = list(Formatter().parse(english))
        parts: list[str] = []
        fixed = 0
        named: set[str] = set()
        for i, (literal, name, _, _) in enumerate(parsed):
            parts.append(re.escape(literal))
            fixed += len(literal)
            if name is None:
                continue
            if not _FIELD.fullmatch(name):
                break  # a field by index or attribute: no message of ours has one
            parts.append(f"(?P={name})" if name in named else f"(?P<{name}>{_field_until(parsed, i + 1)})")
            named.add(name)
        else:
            if fixed >= _LEAST_WORDS:
                made.append((fixed, re.compile("".join(parts) + r"\Z", re.DOTALL), chinese))
    made.sort(key=lambda m: -m[0])
    return tuple((pattern, chinese) for _, pattern, chinese in made)


def _fill_words(template: str, fields: dict[str, str]) -> str:
    """A Chinese template filled with the words read out of its English: the fields are text
    now, so a number's format (``{low:,g}``) is as the English printed it."""
    out: list[str] = []
    for literal, name, _, _ in Formatter().parse(template):
        out.append(literal)
        if name is not None:
            out.append(fields.get(name, ""))
    return "".join(out)


def chinese_of(english: str, *, depth: int = 2) -> str | None:
    """The Chinese of a message's English as a plan keeps it (a reason `draft` wrote with the
    model's words in it), read back by its template; None where no message of ours says it."""
    for pattern, chinese in _english_templates():
        found = pattern.match(english)
        if found is None:
            continue
        fields = found.groupdict()
        if depth > 0:  # a field that is itself one of our messages (a value shown in words)
            fields = {k: chinese_of(v, depth=depth - 1) or v for k, v in fields.items()}
        return _fill_words(chinese, fields)
    return None
