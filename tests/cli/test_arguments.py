"""cli.arguments: a negative number where an option could stand is the value, not an option."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from targetctl.cli.arguments import NegativeValue

app = typer.Typer()


@app.command(cls=NegativeValue)
def record(
    target: str,
    value: str,
    date: str = typer.Option("", "--date"),
    by: str = typer.Option("", "--by"),
    add: bool = typer.Option(False, "--add"),
) -> None:
    typer.echo(f"{target}|{value}|{date}|{by}|{add}")


def invoke(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output.strip()


def test_a_negative_value_is_positional() -> None:
    assert invoke("t", "-12", "--date", "2025-06-30") == "t|-12|2025-06-30||False"
    assert invoke("t", "-2.5") == "t|-2.5|||False"
    assert invoke("t", "－3") == "t|－3|||False", "a full-width minus too"


def test_an_options_own_value_stays_with_it() -> None:
    assert invoke("t", "5", "--by", "-1") == "t|5||-1|False"
    assert invoke("--by", "-7", "t", "-8") == "t|-8||-7|False"


def test_a_double_dash_given_by_hand_still_works() -> None:
    assert invoke("t", "--add", "--", "-4") == "t|-4|||True"
    assert invoke("--date", "d", "t", "-1", "--") == "t|-1|d||False"


def test_an_unknown_option_is_still_refused() -> None:
    result = CliRunner().invoke(app, ["t", "5", "--nope"])
    assert result.exit_code == 2 and "No such option" in result.output
