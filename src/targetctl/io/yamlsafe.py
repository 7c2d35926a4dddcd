"""Safe YAML reading that can say where every value stands.

PyYAML's loaders silently keep the last of duplicate keys, expand aliases (the
"billion laughs" attack) and, unless told otherwise, build Python objects from
tags. We compose the node graph ourselves and build plain data from it, so that
anything surprising is a Problem with a line and column.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from targetctl.domain.messages import Msg, NoHint, Worded
from targetctl.domain.problems import Problem

Loc = tuple[str | int, ...]

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64

_ComposeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}


class _Loader(_ComposeLoader):  # type: ignore[misc]
    """The C parser with a quicker resolver: a plain scalar that cannot be a number, date,
    boolean, null or merge key is text, without trying PyYAML's regular expressions."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode and implicit[0] and value and value[0] not in _MAYBE_TYPED:
            return _STR
        tag = super().resolve(kind, value, implicit)
        # YAML 1.1 also reads 0x64, 0o17, 017, 0b101, 1_000 and 1:40 (base 60) as numbers; a
        # reader of the file would not, so they stay text (and a number field says so)
        if (tag == _INT and not _DECIMAL_INT.match(value)) or (tag == _FLOAT and ("_" in value or ":" in value)):
            return _STR
        return tag


_MAYBE_TYPED = frozenset("0123456789+-.~<=nNtTfFyYoO")
_STR = _TAG + "str"
_INT = _TAG + "int"
_FLOAT = _TAG + "float"
_DECIMAL_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
_Scalar = yaml.ScalarNode


@dataclass
class Document:
    """Plain data from one YAML text. Positions are found on demand, by walking the
    node graph of the text again: they are needed only to report a problem."""

    data: Any
    path: str
    text: str = field(default="", repr=False)
    origin: tuple[int, int] = (1, 1)
    _root: Any = field(default=None, repr=False)

    def _node(self) -> Any:
        if self._root is None and self.text:
            try:
                self._root = yaml.compose(self.text, Loader=_Loader)
            except (yaml.YAMLError, RecursionError):
                self._root = False
        return self._root

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The position of `loc` (its key with `key=True`), or of its nearest parent."""
        node = self._node()
        if not node:
            return self.origin
        mark = node.start_mark
        for depth, part in enumerate(loc, 1):
            child = None
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == part:
                        child = v
                        if key and depth == len(loc):
                            return (k.start_mark.line + 1, k.start_mark.column + 1)
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node, mark = child, child.start_mark
        return (mark.line + 1, mark.column + 1)

    def problem(self, loc: Loc, message: Msg, *, key: bool = False, hint: Msg | NoHint = "") -> Problem:
        line, col = self.position(loc, key=key)
        return Problem(self.path, line, col, message, hint)


def decode(raw: bytes, path: str) -> tuple[str, list[Problem]]:
    """UTF-8 text (a byte-order mark is dropped), or a problem naming the bad byte's line."""
    if len(raw) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        return "", [Problem(path, 1, 1, Msg("yaml.too_large", limit=limit), Msg("yaml.split_files"))]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return "", [Problem(path, line, col, Msg("yaml.bad_byte", byte=raw[exc.start]), Msg("yaml.save_utf8"))]


_TAB = "缩进里有制表符，请改用空格"
# PyYAML's own words for what is wrong, in Chinese: the reader says them in English only.
# Compiled on first use (`_yaml_zh`): only a plan that cannot be read asks, and compiling the
# 36 patterns was about 1 % of every cold command that reads a plan.
_YAML_ZH: list[tuple[str, str]] = [
    (
        r"^mapping values are not allowed (?:here|in this context)$",
        "此处不能有“键: 值”（冒号后缺空格，或缩进不对？）",
    ),
    (
        r"^found a tab character (?:that violates? indentation|where an indentation space is expected)$",
        _TAB,
    ),
    (r"^mapping keys are not allowed here$", "此处不能有键"),
    (r"^sequence entries are not allowed here$", "此处不能有列表项（“- ”）"),
    (r"^could not find expected ':'$", "找不到应有的冒号“:”"),
    (r"^found character '\\t' that cannot start any token$", _TAB),
    (r"^found character (.+) that cannot start any token$", r"字符 \1 不能作为值的开头：请给该值加上引号"),
    # libyaml's own words (the C parser, which reads the plans)
    (r"^did not find expected key$", "此处应为“键: 值”（缩进不对，或引号未闭合？）"),
    (r"^did not find expected '-' indicator$", "此处应为列表项“- ”（缩进不对，或“-”写成了全角？）"),
    (r"^did not find expected ',' or '\}'$", "“{”映射中缺少“,”或“}”"),
    (r"^did not find expected ',' or '\]'$", "“[”列表中缺少“,”或“]”"),
    (r"^did not find expected node content$", "此处应有内容"),
    (r"^did not find expected comment or line break$", "此处应为注释或换行"),
    (r"^did not find expected <document start>$", "此处应为文档开头（缩进不对？）"),
    (r"^block sequence entries are not allowed in this context$", "此处不能有列表项（“- ”）"),
    (r"^found unknown escape character$", "未知的转义字符"),
    (r"^found unexpected document indicator$", "出现了意外的文档分隔符"),
    (r"^found unexpected ':'$", "此处不能有“:”"),
    (r"^control characters are not allowed$", "不能有控制字符"),
    (r"^found undefined alias (.+)$", r"别名 \1 未定义"),
    (r"^found unexpected end of stream$", "文件意外结束（引号或括号未闭合？）"),
    (r"^found unexpected document separator$", "出现了意外的文档分隔符“---”"),
    (r"^found unknown escape character (.+)$", r"未知的转义字符 \1"),
    (r"^found duplicate anchor (.+); first occurrence$", r"锚点 \1 重复"),
    (r"^expected a single document in the stream$", "一个文件只能有一个文档（请删去多余的“---”）"),
    (r"^but found another document$", "文件中还有另一个文档（请删去多余的“---”）"),
    (r"^expected <block end>, but found (.+)$", r"缩进不一致：此处出现了 \1"),
    (r"^expected ',' or '\]', but got (.+)$", r"“[”列表中应为“,”或“]”，却是 \1"),
    (r"^expected ',' or '\}', but got (.+)$", r"“{”映射中应为“,”或“}”，却是 \1"),
    (r"^expected the node content, but found (.+)$", r"此处应有内容，却是 \1"),
    (r"^expected a comment or a line break, but found (.+)$", r"此处应为注释或换行，却是 \1"),
    (r"^expected alphabetic or numeric character, but found (.+)$", r"此处应为字母或数字，却是 \1"),
    (r"^invalid indentation or unclosed '\[' or '\{'$", "缩进有误，或“[”“{”未闭合"),
    (
        r"^while scanning a (?:simple key|quoted scalar|block scalar|plain scalar)$",
        "读取此处的值时出错（引号未闭合？）",
    ),
    (
        r"^while parsing a (?:block mapping|block collection|flow mapping|flow sequence)$",
        "读取此处的结构时出错（缩进不对？）",
    ),
]


@functools.cache
def _yaml_zh() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p), zh) for p, zh in _YAML_ZH]


def _invalid(what: str) -> Msg:
    """PyYAML's problem, said in Chinese where its wording is known, else quoted as it is."""
    for pattern, chinese in _yaml_zh():
        if pattern.match(what):
            return Msg("yaml.invalid_known", what=Worded(what, pattern.sub(chinese, what)))
    return Msg("yaml.invalid", what=what)


# Python's words for an impossible date or number, in Chinese
_VALUE_ZH = {
    "month must be in 1..12": "月份须在 1 到 12 之间",
    "day is out of range for month": "该月没有这一天",
    "cannot convert float infinity to integer": "数字过大",
}


def _invalid_value(value: str, reason: str) -> Msg:
    chinese = _VALUE_ZH.get(reason) or (f"年份超出范围（{reason}）" if reason.startswith("year ") else None)
    if chinese is None:
        return Msg("yaml.invalid_value", value=value, reason=reason)
    return Msg("yaml.invalid_value_known", value=value, reason=Worded(reason, chinese))


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Compose and build one YAML document; all problems found are returned."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "cannot be read"
        if what == "found character that cannot start any token" and mark:  # libyaml does not name it
            line_text = text.splitlines()[mark.line] if mark.line < len(text.splitlines()) else ""
            if mark.column < len(line_text):
                what = f"found character {line_text[mark.column]!r} that cannot start any token"
        return None, [Problem(path, line, col, _invalid(what), Msg("yaml.fix_syntax"))]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, 1, _invalid(str(exc)), Msg("yaml.fix_syntax"))]
    except RecursionError:
        return None, [Problem(path, 1, 1, Msg("yaml.too_deep"), Msg("yaml.flatten"))]
    doc = Document(None, path, text)
    if node is None:
        return doc, []
    doc._root = node
    builder = _Builder(doc)
    doc.data = builder.build(node, 0)
    doc._root = None  # keep memory small; positions compose the text again if a problem needs one
    return doc, builder.problems


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()
        self.aliases_reported = False
        # only a text with an anchor ('&') can hold an alias; without one, skip the bookkeeping
        self.track = "&" in doc.text

    def fail(self, node: yaml.Node | yaml.Event, message: Msg, hint: Msg | NoHint = "") -> None:
        mark = node.start_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        self.problems.append(Problem(self.doc.path, line, col, message, hint))

    def alias_found(self) -> None:
        """Composed nodes do not say where an alias stood, so find the aliases in the events."""
        if self.aliases_reported:
            return
        self.aliases_reported = True
        for event in yaml.parse(self.doc.text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                self.fail(event, Msg("yaml.alias"), Msg("yaml.write_out_value"))

    def build(self, node: yaml.Node, depth: int) -> Any:
        if node.__class__ is _Scalar and node.tag == _STR and not self.track:
            return node.value
        if self.track:
            if id(node) in self.seen:
                self.alias_found()
                return None
            self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag == _STR else self.scalar(node)
        if depth > MAX_DEPTH:
            self.fail(node, Msg("yaml.nested_more", limit=MAX_DEPTH), Msg("yaml.flatten"))
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, depth)
        if node.tag != _TAG + "seq":
            self.fail(node, Msg("yaml.tag", tag=_short(node.tag)), Msg("yaml.remove_tag"))
            return None
        return [self.build(item, depth + 1) for item in node.value]

    def mapping(self, node: yaml.MappingNode, depth: int) -> dict[str, Any] | None:
        if node.tag != _TAG + "map":
            self.fail(node, Msg("yaml.tag", tag=_short(node.tag)), Msg("yaml.remove_tag"))
            return None
        out: dict[str, Any] = {}
        plain = not self.track  # then a text scalar is its value, as `build` gives it (inlined: a plan has thousands)
        for key_node, value_node in node.value:
            if plain and key_node.__class__ is _Scalar and key_node.tag == _STR:
                key = key_node.value
            else:
                if key_node.tag == _TAG + "merge":
                    self.fail(key_node, Msg("yaml.merge_key"), Msg("yaml.write_out_keys"))
                    continue
                key = self.build(key_node, depth + 1) if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str):
                    self.fail(key_node, Msg("yaml.key_not_text"), Msg("yaml.key_as_word"))
                    continue
            if key in out:
                first = next(k for k, _ in node.value if k.value == key).start_mark.line + 1
                self.fail(key_node, Msg("yaml.duplicate_key", key=key, line=first), Msg("yaml.remove_one"))
                continue
            if plain and value_node.__class__ is _Scalar and value_node.tag == _STR:
                out[key] = value_node.value
            else:
                out[key] = self.build(value_node, depth + 1)
        return out

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, Msg("yaml.tag", tag=_short(node.tag)), Msg("yaml.remove_tag"))
            return None
        try:
            # the tag's constructor itself: construct_object's bookkeeping (a memo of nodes, a
            # guard against recursion) serves collections, and a scalar has neither
            value = self.constructor.yaml_constructors[node.tag](self.constructor, node)
        except (ValueError, OverflowError, yaml.YAMLError) as exc:
            self.fail(node, _invalid_value(node.value, str(exc)), Msg("yaml.dates_numbers"))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.fail(node, Msg("yaml.not_finite", value=node.value), Msg("yaml.ordinary_number"))
            return None
        return value


def _short(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
