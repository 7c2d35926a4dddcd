"""Modules a cold `show`, `validate` or `record` does not need are not imported at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from targetctl.domain.messages import Worded
from tests.cli.test_lean_start import LOADED, modules_after

# drafting's regexes (only tracing a source needs them), "did you mean" (only a miss), shell
# completion's word splitting, and running git for an author that `--by` already names
NOT_AT_START = {"targetctl.domain.drafting", "targetctl.domain.drafting.lines", "difflib", "shlex"}


@pytest.mark.slow
@pytest.mark.parametrize("args", [["show", "demo-people"], ["validate"]])
def test_cold_show_and_validate_leave_out_what_they_do_not_use(demo: Path, args: list[str]) -> None:
    loaded = modules_after(demo.parent, *args)
    assert "targetctl.domain.sources" in loaded
    assert NOT_AT_START & loaded == set()


@pytest.mark.slow
def test_cold_record_by_a_named_author_runs_no_git(demo: Path) -> None:
    loaded = modules_after(demo.parent, "record", "demo-people", "5", "--date", "2025-03-31", "--by", "me")
    assert "targetctl.workspace.writing" in loaded
    assert (NOT_AT_START | {"subprocess", "getpass"}) & loaded == set()


def test_a_mistyped_id_is_still_suggested() -> None:
    from targetctl.domain.suggest import suggest

    assert suggest("demo-peple", ["demo-people", "other"]) != ""
    assert suggest("zzz", ["demo-people"]) == ""


def patterns_compiled_by_importing(*modules: str) -> list[str]:
    """The regular expressions compiled while `modules` are imported, in a fresh interpreter."""
    code = (
        "import json, re\n"
        "seen = []\n"
        "plain = re.compile\n"
        "def spy(pattern, flags=0):\n"
        "    seen.append(str(pattern))\n"
        "    return plain(pattern, flags)\n"
        "re.compile = spy\n"
        f"import {', '.join(modules)}\n"
        "print(json.dumps(seen))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout))


def test_the_costly_unicode_classes_are_compiled_on_first_use_not_at_import() -> None:
    # a class over the CJK block (render.cjk) or one holding U+2028 (domain.sources) builds a
    # map of the whole BMP when compiled: several milliseconds that a show without records,
    # or a plan without sources, never uses
    seen = patterns_compiled_by_importing(
        "targetctl.render.history", "targetctl.domain.sources", "targetctl.cli.usage_zh", "targetctl.domain.problems"
    )
    assert [p for p in seen if "\u2e80" in p or "\\u2028" in p or "\ufffe" in p] == []


def test_the_patterns_compiled_later_still_wrap_and_break_the_same() -> None:
    from targetctl.domain.problems import xml_text
    from targetctl.domain.sources import line_breaks
    from targetctl.render.cjk import wrap_cells

    assert wrap_cells("规模以上工业增加值增长11%，达到 mfg-industrial-value-added-growth 的目标", 12, "  ") == [
        "规模以上工业",
        "  增加值增长",
        "  11%，达到",
        "  mfg-industrial-value-added-growth",
        "  的目标",
    ]
    assert line_breaks("一\u2028二 三\n四") == [1, 3]
    assert xml_text("a\x1bb\ufffec\td") == "a\\u001bb\\ufffec\td"


@pytest.mark.slow
def test_a_cold_show_builds_the_plans_validator_and_no_other(demo: Path) -> None:
    # the saved states' models (workspace/reduced.Stored, workspace/incremental._Data) build on
    # first use: a show whose states are only written never validates one
    spy = (
        "import sys\n"
        "from pydantic.plugin import _schema_validator as sv\n"
        "from pydantic._internal import _model_construction as mc\n"
        "plain = sv.create_schema_validator\n"
        "def built(schema, schema_type, *args, **kwargs):\n"
        "    sys.stderr.write(f'BUILT {schema_type.__name__}\\n')\n"
        "    return plain(schema, schema_type, *args, **kwargs)\n"
        "sv.create_schema_validator = mc.create_schema_validator = built\n"
    )
    env = {**os.environ, "NO_COLOR": "1", "TARGETCTL_CACHE_DIR": str(demo.parent / "cache")}
    env.pop("TARGETCTL_PLANS", None)
    code = spy + LOADED
    done = subprocess.run(
        [sys.executable, "-c", code, "show", "demo-people"], env=env, cwd=demo.parent, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("BUILT")] == ["BUILT Plan"]


def test_pyyamls_words_in_chinese_are_compiled_on_first_use_not_at_import() -> None:
    # 36 patterns, about 1 % of a cold command that reads a plan; only a plan that cannot be
    # read asks for them
    seen = patterns_compiled_by_importing("targetctl.io.yamlsafe")
    assert [p for p in seen if "not allowed" in p or "did not find" in p] == []
    from targetctl.io.yamlsafe import _invalid

    said = _invalid("could not find expected ':'")
    what = said.fields["what"]
    assert said.id == "yaml.invalid_known" and isinstance(what, Worded) and "冒号" in what.text("zh")
