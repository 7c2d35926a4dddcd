"""The message catalog: every message has an id and a text in both languages, and no message
reaches the user without an id (the error types refuse a bare str, the source raises none,
and a sweep of failing commands under --lang zh leaves no English sentence)."""

from __future__ import annotations

import ast
import pickle
import re
import sys
from pathlib import Path
from string import Formatter

import pytest

from targetctl.domain.messages import CATALOG, Invalid, Listed, Msg, chinese_of, fields_of
from targetctl.domain.problems import Problem, TargetctlError, UsageError

SRC = Path(__file__).resolve().parents[2] / "src" / "targetctl"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("ident", sorted(CATALOG))
def test_every_id_has_a_chinese_text_with_the_same_fields(ident: str) -> None:
    english, chinese = CATALOG[ident]
    assert english.strip() and chinese.strip(), ident
    assert fields_of(english) == fields_of(chinese), ident
    bare = re.sub(r"\{[^}]*\}", "", chinese)
    assert CJK.search(chinese) or not re.search(r"[A-Za-z]{3,}", bare), (ident, chinese)


def test_no_id_is_in_two_catalogs() -> None:
    from targetctl.domain.messages import plans, records, usage, views

    assert sum(len(m.MESSAGES) for m in (plans, records, usage, views)) == len(CATALOG)


def test_a_message_is_its_english_text_and_says_itself_in_chinese() -> None:
    message = Msg("unknown.target", target="nope")
    assert message == "unknown target 'nope'" and message.id == "unknown.target"
    assert message.text("zh") == "未知目标“nope”" and message.text("en") == "unknown target 'nope'"
    nested = Msg("record.plausible", problem=Msg("value.too_large", text="9e99"))
    assert nested.text("zh") == "9e99 过大，不像真实数值：是否正确？"
    listed = Msg("void.in_two_logs", rid="abc", plans=Listed(["a", "b"], " and ", "、"))
    assert listed == "record id 'abc' is in the logs of plans a and b" and "计划 a、b" in listed.text("zh")


def test_an_unknown_id_is_refused_where_the_message_is_made() -> None:
    with pytest.raises(KeyError):
        Msg("no.such.id")


def test_a_message_survives_pickling_for_the_worker_processes() -> None:
    message = Msg(
        "slip", value=5.0, target="t", reasons=Msg("slip.past_goal", times=2), expected=[Msg("slip.goal", goal=1)]
    )
    again = pickle.loads(pickle.dumps(Problem("p", 1, 1, message, Msg("record.plausible_hint"))))
    assert again.message == message and again.message.text("zh") == message.text("zh")
    assert pickle.loads(pickle.dumps(Listed(["a"], " and ", "、"))).text("zh") == "a"


def test_a_message_holds_its_id_and_fields_in_a_plain_dict_of_its_own() -> None:
    """A province's validate holds hundreds of thousands of messages: attributes set one by
    one on a str subclass made a dict sized for the class's shared keys (304 bytes against
    184), in a pickled copy too."""
    message = Msg("line.unconfirmed", far=Msg("value.over_percent", value=250.0, limit=200, target="t"))
    far = message.fields["far"]
    assert isinstance(far, Msg)
    made: Msg
    for made in (message, far, pickle.loads(pickle.dumps(message))):
        assert made.__dict__ == {"id": made.id, "fields": made.fields}
        assert sys.getsizeof(made.__dict__) <= sys.getsizeof({"id": 0, "fields": 0})
    assert pickle.loads(pickle.dumps(message)).text("zh") == message.text("zh")


def test_the_error_types_refuse_a_bare_str() -> None:
    with pytest.raises(TypeError):
        Problem("p.yaml", 1, 1, "unknown target 'x'")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Problem("p.yaml", 1, 1, Msg("unknown.target", target="x"), "run 'targetctl list'")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        TargetctlError.plain("unknown target 'x'")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        UsageError("'x' does not exist")  # type: ignore[arg-type]
    assert Problem("", 0, 0, Msg("unknown.target", target="x")).said("zh") == "未知目标“x”"


# Calls whose arguments reach the user, and how many leading arguments are not the message (a
# path, a line, a field name): a string literal or an f-string after them is a message without
# an id. (typer.BadParameter takes a str; ours are all Msgs.)
RAISERS = {
    "Problem": 3, "plain": 0, "UsageError": 0, "BadParameter": 0, "BadValue": 0, "Invalid": 0, "error_at": 1,
    "problem": 1, "_fail": 1, "fail": 1, "bad": 2, "held": 1, "write_failed": 2,
}  # fmt: skip


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != ""


def _literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        name = _name(node) if isinstance(node, ast.Call) else ""
        if isinstance(node, ast.Call) and (name in RAISERS or name == "Refused"):
            # workspace.writing's Refused is (field, rule, message, hint); io.wordtext's (message)
            skip = (2 if len(node.args) >= 3 else 0) if name == "Refused" else RAISERS[name]
            args = [*node.args[skip:], *(k.value for k in node.keywords if k.arg in ("message", "hint"))]
            found += [f"{path.relative_to(SRC)}:{node.lineno}" for a in args if _literal_text(a)]
    return found


def test_no_raise_site_in_the_source_words_a_message_itself() -> None:
    found = [hit for path in sorted(SRC.rglob("*.py")) if "messages" not in path.parts for hit in _literals(path)]
    assert found == []


def test_every_id_the_source_names_is_in_the_catalog() -> None:
    named = set()
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # Msg(id, ...), and the views' sentences: i18n.f(id, lang, ...) (imported as f or tf)
            if isinstance(node, ast.Call) and _name(node) in ("Msg", "f", "tf") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    named.add(first.value)
    assert named - set(CATALOG) == set()


def test_a_model_rule_keeps_its_message() -> None:
    error = Invalid(Msg("model.range_order", high=1, low=2))
    assert str(error) == "range max (1) is below min (2)" and error.message.id == "model.range_order"


def _filled(english: str) -> dict[str, object]:
    """Distinct words for a template's fields (a number where the field has a format)."""
    return {
        name: 7 + i if spec else f"甲{i}乙" for i, (_, name, spec, _) in enumerate(Formatter().parse(english)) if name
    }


def test_a_message_kept_as_english_reads_back_in_chinese() -> None:
    """A plan keeps the model's words in English inside a reason `draft` wrote; the Chinese page
    reads them back by their template, with their values."""
    said = Msg("model.at_most", name="targets[3].value", bound=100, got="5015024.6")
    assert chinese_of(str(said)) == said.text("zh") == "targets[3].value 不得大于 100，现为 5015024.6"
    assert chinese_of("checked by hand: keep as is") is None


def test_nearly_every_message_reads_back() -> None:
    """Only the shortest templates ("{name}: {what}", "goal {x}"), which would claim any text,
    are not read back; every other message comes back as its own Chinese."""
    unread = []
    for ident, (english, chinese) in CATALOG.items():
        values = _filled(english)
        back = chinese_of(english.format_map(values))
        if back != chinese.format_map(values):
            unread.append(ident)
    assert len(unread) <= len(CATALOG) // 20, unread
    assert "model.at_most" not in unread and "model.at_least" not in unread


def test_a_long_reason_that_repeats_a_templates_words_is_read_back_in_one_pass() -> None:
    """A reason kept in a plan can be anything a person typed: one that repeats the fixed words of a
    template of many fields is not tried at every split of its fields (that took minutes for 4 KB)."""
    from targetctl.domain.messages import _english_templates

    for pattern, _ in _english_templates():
        assert ".+?" not in pattern.pattern, pattern.pattern  # a field ends where its next words begin
        assert pattern.pattern.count(".+") <= 1, pattern.pattern
    unit = "'x' is a running total and 1 as of 2 is above the 3 recorded as of "
    assert chinese_of(unit * 3000) is None
    assert chinese_of(": " * 50_000 + "{0} {:>10} }{ %s") is None


def test_a_field_is_read_up_to_the_first_words_that_follow_it() -> None:
    said = Msg("model.at_most", name="targets[3].value", bound=100, got="5: got 6")
    assert chinese_of(str(said)) == "targets[3].value 不得大于 100，现为 5: got 6"


def test_the_last_field_may_hold_the_words_that_close_the_message() -> None:
    said = Msg("model.at_most", name="targets[3].value", bound=100, got="5，现为 6")
    assert chinese_of(str(said)) == said.text("zh")
