"""The record rows of `records.py` decoded by msgspec.

The msgspec types are not written by hand: they are derived from the row TypedDicts
(`ValueRow`, `VoidRow`, `JudgementRow`), field for field and constraint for constraint,
so the rules of a record have one home. The decoder answers only where it is sure to agree
with pydantic: anything it refuses, and any form the two could read apart, is left to the
pydantic path (None), which then also words the problems. A property test
(`tests/domain/test_fastrows.py`) holds the two to identical rows on valid and invalid lines.
No I/O.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from itertools import compress, repeat
from operator import attrgetter, itemgetter, methodcaller
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
from pydantic import AwareDatetime, StringConstraints
from typing_extensions import NotRequired, TypedDict

from targetctl.domain.records import JudgementRow, ValueRow, VoidRow

# msgspec rounds a seventh digit of a second's fraction where pydantic cuts it off: a block
# with one is left to pydantic (a note's "09:00:00.1234567" costs only that block's speed).
# msgspec refuses a fraction after a comma, so only a dot's need be looked for. A dot is
# rarer than a colon (every key has one), so seven digits after a dot are searched for
# first, and only there are the seconds before them looked at: a third of the time.
_FRACTION = re.compile(rb"\.[0-9]{7}")
_SECONDS = re.compile(rb":[0-9][0-9]")


def _seventh(payload: bytes) -> bool:
    """Whether a time in the text has a seventh digit of a second's fraction."""
    return any(_SECONDS.fullmatch(payload, m.start() - 3, m.start()) for m in _FRACTION.finditer(payload))


# per row type, the fields whose text must match a pattern: checked after decoding, once per
# distinct value (msgspec would run Python's re on every line's; a log names a few targets a
# million times)
_PATTERNS: dict[type, list[tuple[str, re.Pattern[str]]]] = {}
_FLAGS = ("strip_whitespace", "to_upper", "to_lower", "strict", "ascii_only")


def _pattern(pattern: str) -> str:
    """A pattern as pydantic's engine reads it, for Python's `re.search`: there `$` also
    matches before a final newline, where pydantic's does not."""
    return pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern


def _type(hint: Any, field: str, patterns: list[tuple[str, re.Pattern[str]]]) -> Any:
    """The msgspec type of one TypedDict field's type (its pattern goes to `patterns`)."""
    if hint is AwareDatetime:
        return Annotated[dt.datetime, msgspec.Meta(tz=True)]
    if hint in (str, float, bool, dt.date, type(None)):
        return hint
    origin = get_origin(hint)
    if origin is Annotated:
        base, rule = get_args(hint)
        if base is not str or not isinstance(rule, StringConstraints) or any(getattr(rule, k) for k in _FLAGS):
            raise TypeError(f"no msgspec form for {hint!r}")
        if rule.pattern is not None:
            patterns.append((field, re.compile(_pattern(str(rule.pattern)))))
        if rule.min_length is None and rule.max_length is None:
            return str
        return Annotated[str, msgspec.Meta(min_length=rule.min_length, max_length=rule.max_length)]
    if origin in (Union, types.UnionType):
        return Union[tuple(_type(a, field, patterns) for a in get_args(hint))]  # noqa: UP007 (built at run time)
    if origin is Literal:
        return hint
    raise TypeError(f"no msgspec form for {hint!r}")


def _struct(row: type) -> type[msgspec.Struct]:
    """The tagged msgspec Struct of a row TypedDict: `type` is the tag, and a NotRequired
    field is UNSET when absent (and then absent from the row, as in pydantic's)."""
    hints = typing.get_type_hints(row, include_extras=True)
    (tag,) = get_args(hints.pop("type"))
    fields: list[Any] = []
    optional: list[Any] = []
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for name, hint in hints.items():
        if get_origin(hint) is NotRequired:
            optional.append((name, _type(get_args(hint)[0], name, patterns) | msgspec.UnsetType, msgspec.UNSET))
        else:
            fields.append((name, _type(hint, name, patterns)))
    struct = msgspec.defstruct(
        row.__name__, [*fields, *optional], tag_field="type", tag=tag, forbid_unknown_fields=True, kw_only=True
    )
    _PATTERNS[struct] = patterns
    return struct


STRUCTS = tuple(_struct(row) for row in (ValueRow, VoidRow, JudgementRow))


def _text(hint: Any) -> bool:
    return hint is str or (get_origin(hint) is Annotated and get_args(hint)[0] is str)


# fields that are text in every row type that has them (others, such as `value`, may be numbers)
_HINTS = [typing.get_type_hints(s, include_extras=True) for s in STRUCTS]
_ALWAYS_TEXT = frozenset(n for hints in _HINTS for n in hints if all(_text(h[n]) for h in _HINTS if n in h))
_ROWS: Any = msgspec.json.Decoder(list[Union[STRUCTS]])  # type: ignore[valid-type]  # noqa: UP007
_BUILTIN = (dt.datetime, dt.date)


def _dict_type(row: type) -> Any:
    """A row TypedDict again, with each field's msgspec type (as in its struct): msgspec then
    decodes straight into the dicts the scan uses, with no struct in between. Unlike a
    struct, it leaves out a key the TypedDict does not name, so a caller's count of keys
    must show that none was left out."""
    fields: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(row, include_extras=True).items():
        if name == "type":
            fields[name] = hint
        elif get_origin(hint) is NotRequired:
            fields[name] = NotRequired[_type(get_args(hint)[0], name, [])]
        else:
            fields[name] = _type(hint, name, [])
    return TypedDict(row.__name__, fields)  # type: ignore[operator]


# most blocks hold value records only; those are decoded into dicts directly
_VALUE_DICT: Any = _dict_type(ValueRow)
_VALUES: Any = msgspec.json.Decoder(list[_VALUE_DICT])
_VALUE_PATTERNS = _PATTERNS[STRUCTS[0]]
if not {field for field, _ in _VALUE_PATTERNS} <= ValueRow.__required_keys__:
    raise TypeError("a value row's field with a pattern must be required (the dicts are read by key)")

# what msgspec decodes from JSON text, and from nothing else: a kept value of these classes was
# written between two quotes (a number is never read as text, a date or a time)
_FROM_TEXT = frozenset({str, dt.date, dt.datetime})


def _textual(hint: Any, *, only: bool = True) -> bool:
    """Whether a field of this msgspec type is only ever decoded from JSON text (`only`), or
    may be."""
    if get_origin(hint) in (NotRequired, Annotated):
        return _textual(get_args(hint)[0], only=only)
    if get_origin(hint) in (Union, types.UnionType):
        return (all if only else any)(_textual(a, only=only) for a in get_args(hint))
    if get_origin(hint) is Literal:
        return (all if only else any)(isinstance(a, str) for a in get_args(hint))
    return hint in _FROM_TEXT


_VALUE_HINTS = typing.get_type_hints(_VALUE_DICT, include_extras=True)
_REQUIRED = len(_VALUE_DICT.__required_keys__)
_ALWAYS_QUOTED = sum(_textual(_VALUE_HINTS[name]) for name in _VALUE_DICT.__required_keys__)
# fields that may be text or not (a value: a number or a state; a note: text or null)
_MAYBE_QUOTED = [
    n for n in sorted(_VALUE_HINTS) if _textual(_VALUE_HINTS[n], only=False) and not _textual(_VALUE_HINTS[n])
]
_MAYBE_REQUIRED = [n for n in _MAYBE_QUOTED if n in _VALUE_DICT.__required_keys__]
_MAYBE_OPTIONAL = [n for n in _MAYBE_QUOTED if n not in _VALUE_DICT.__required_keys__]


def _texts(values: Any, name: str) -> int:
    return sum(map(_FROM_TEXT.__contains__, map(type, map(methodcaller("get", name), values))))


def _strings(values: list[Any], name: str) -> int:
    """A required field's values that are `str` (a date among them would go uncounted, which
    only makes `_whole` stricter)."""
    return sum(map(isinstance, map(itemgetter(name), values), repeat(str)))


def _quoted(values: list[Any], kept: int) -> int:
    """How many of the kept fields' values were JSON text."""
    count = _ALWAYS_QUOTED * len(values) + sum(_strings(values, name) for name in _MAYBE_REQUIRED)
    if kept > _REQUIRED * len(values):  # the rows with optional fields
        more = list(compress(values, map(_REQUIRED.__lt__, map(len, values))))
        count += sum(_texts(more, name) for name in _MAYBE_OPTIONAL)
    return count


def _whole(payload: bytes, values: list[Any], keys: int | None) -> bool:
    """Whether the dicts hold every key of the text: msgspec leaves out a key the TypedDict does
    not name, and lets a repeated one win. `keys`: at least the number of keys in the text.
    Without it, the quotes tell: every key and every text value is written between two, so no
    more quotes than those of the kept fields' names and text values leaves no key unkept."""
    kept = sum(map(len, values))
    if keys is not None:
        return keys <= kept
    return payload.count(b'"') <= 2 * (kept + _quoted(values, kept))


# a field whose first values hold no repeat (record ids) is checked without a set: building
# one costs about as much as the checks it would save
_SAMPLE = 64


# a pattern that is one run of a character class, such as a record id's `^[0-9a-f]{6,32}$`
_RUN = re.compile(r"\^\[([^\]\\^]+)\]\{([0-9]+),([0-9]+)\}\\Z")
_RUNS: dict[str, tuple[bytes, int, int] | None] = {}


def _run(pattern: re.Pattern[str]) -> tuple[bytes, int, int] | None:
    """(the ASCII characters of its class, least, most) of a pattern that is one run of a
    class of characters between two lengths; None for any other pattern."""
    if pattern.pattern not in _RUNS:
        found = _RUN.fullmatch(pattern.pattern)
        if found is None:
            _RUNS[pattern.pattern] = None
        else:
            one = re.compile(f"[{found.group(1)}]")
            chars = bytes(c for c in range(128) if one.fullmatch(chr(c)))
            _RUNS[pattern.pattern] = (chars, int(found.group(2)), int(found.group(3)))
    return _RUNS[pattern.pattern]


def _runs_hold(texts: list[str], run: tuple[bytes, int, int]) -> bool | None:
    """Whether every text matches the run's pattern, judged over all of them at once: ASCII
    characters of the class alone, each text's length within the bounds. None where a text
    is not ASCII (the pattern judges those)."""
    chars, least, most = run
    try:
        joined = "".join(texts).encode("ascii")
    except UnicodeEncodeError:
        return None
    return not joined.translate(None, chars) and least <= min(map(len, texts)) and max(map(len, texts)) <= most


def _patterns_hold(
    rows: list[Any], patterns: list[tuple[str, re.Pattern[str]]], get: Callable[[str], Callable[[Any], Any]]
) -> bool:
    for field, pattern in patterns:
        texts: Any = list(map(get(field), rows))
        if len(set(texts[:_SAMPLE])) < len(texts[:_SAMPLE]):  # the values repeat: check each once
            texts = set(texts)
        elif field in _ALWAYS_TEXT and texts and (run := _run(pattern)) is not None:
            # distinct values (record ids): one search each cost a third of decoding them
            held = _runs_hold(texts, run)
            if held is not None:
                if not held:
                    return False
                continue
        if not all(map(pattern.search, texts if field in _ALWAYS_TEXT else [t for t in texts if t.__class__ is str])):
            return False
    return True


def decode_rows(payload: bytes, keys: int | None = None) -> list[Any] | None:
    """The rows of a JSON array of records, equal to what `records.ROWS.validate_json` gives;
    None when pydantic must decide (a bad record, or a form the two might read apart).
    `keys`: at least the number of keys in the text, if known."""
    return decode_block(payload, keys)[0]


def decode_block(payload: bytes, keys: int | None = None) -> tuple[list[Any] | None, bool]:
    """`decode_rows`, and whether the rows are known to hold every key of the text (else a
    repeated key, which JSON lets win silently, is for the caller to look for). A block of
    value records only is decoded into dicts directly, where `_whole` shows that no key was
    left out."""
    if _seventh(payload):
        return None, False
    try:
        values: list[Any] | None = _VALUES.decode(payload)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):  # the structs decide
        values = None
    if values is not None and _whole(payload, values, keys) and _patterns_hold(values, _VALUE_PATTERNS, itemgetter):
        return values, True
    try:
        structs = _ROWS.decode(payload)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):  # deep nesting: pydantic words it
        return None, False
    kinds = set(map(type, structs))
    for kind in kinds:
        of_kind = structs if len(kinds) == 1 else [s for s in structs if s.__class__ is kind]
        if not _patterns_hold(of_kind, _PATTERNS[kind], attrgetter):
            return None, False
    rows: list[Any] = msgspec.to_builtins(structs, builtin_types=_BUILTIN)
    return rows, False
