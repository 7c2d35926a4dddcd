"""What every kind shares (`domain/kinds/base.py`): numbers as written and the one-value rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from targetctl.domain.kinds.base import between, number, one_value, plain
from targetctl.domain.messages import Invalid, Msg


def test_a_plans_figure_is_shown_as_written_and_a_measured_one_rounded() -> None:
    assert number(Decimal("1.20")) == "1.20" and number(Decimal("1E+3")) == "1,000"
    assert number(12.345) == "12.35" and number(650.0) == "650"
    assert (plain(Decimal(100)), plain(Decimal("1.2")), plain(None)) == (100, 1.2, None)


def test_between_needs_its_max_and_its_max_above_the_value() -> None:
    between("between", Decimal(1), Decimal(2), "percent")
    between("at-least", Decimal(1), None, "percent")
    with pytest.raises(Invalid, match="percent_max only with 'between'"):
        between("at-least", Decimal(1), Decimal(2), "percent")
    with pytest.raises(Invalid, match="below"):
        between("between", Decimal(3), Decimal(2), "percent")


def test_one_value_refuses_between_and_a_tolerance_without_about() -> None:
    one_value("about", Decimal(1), Msg("model.two_targets"))
    with pytest.raises(Invalid, match="two targets"):
        one_value("between", None, Msg("model.two_targets"))
    with pytest.raises(Invalid, match="about"):
        one_value("at-least", Decimal(1), Msg("model.two_targets"))
