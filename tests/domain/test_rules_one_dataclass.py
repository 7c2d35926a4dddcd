"""The nine kinds' rules share one dataclass (`kinds.base.Ruled`): each kind's class behaves as
its own frozen dataclass did (construction, equality, repr, no changing its target), and
importing the kinds compiles those methods once, not nine times."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from targetctl import workspace
from targetctl.domain.kinds import rules
from tests.conftest import GOLDEN


def test_importing_the_kinds_makes_one_dataclass_for_their_rules() -> None:
    code = (
        "import dataclasses, sys\n"
        "plain = dataclasses._process_class\n"
        "made = []\n"
        "def spy(cls, *args):\n"
        "    made.append(cls.__qualname__)\n"
        "    return plain(cls, *args)\n"
        "dataclasses._process_class = spy\n"
        "import targetctl.domain.kinds\n"
        "print(' '.join(made))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    made = done.stdout.split()
    assert [name for name in made if name.endswith("Rules")] == []
    assert made.count("Ruled") == 1


def test_each_kinds_rules_behave_as_a_frozen_dataclass_of_their_own(tmp_path: Path) -> None:
    ws = workspace.load(GOLDEN / "valid", records=False)
    seen = set()
    for _plan, target in ws.targets.values():
        ruled = rules(target)
        again = rules(target)
        kind = type(ruled)
        seen.add(kind.__name__)
        assert ruled == again and ruled is not again
        assert repr(ruled) == f"{kind.__qualname__}(target={target!r})"
        assert dataclasses.is_dataclass(ruled)
        assert [f.name for f in dataclasses.fields(ruled)] == ["target"]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ruled, "target", target)  # noqa: B010 (the Rules protocol declares no target)
        others = [rules(t) for _p, t in ws.targets.values() if type(rules(t)) is not kind]
        assert all(ruled != other for other in others)  # another kind's rules are never equal
    assert len(seen) >= 5
