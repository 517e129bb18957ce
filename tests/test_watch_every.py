"""`--every` values: a number and a unit, refused clearly otherwise."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tieline.cli import app
from tieline.errors import BadInput
from tieline.watch import parse_every

runner = CliRunner()


@pytest.mark.parametrize("value, seconds", [("15m", 900), ("1h", 3600), ("30s", 30),
                                            ("2d", 172800), (" 45M ", 2700)])
def test_every_values_become_seconds(value, seconds):
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value, message", [
    ("15", "give a number and a unit"), ("15x", "give a number and a unit"),
    ("m", "give a number and a unit"), ("", "give a number and a unit"),
    ("-5m", "give a number and a unit"), ("1.5h", "give a number and a unit"),
    ("0s", "poll at most every 10s"), ("5s", "poll at most every 10s")])
def test_bad_every_values_are_refused_with_a_message_naming_them(value, message):
    with pytest.raises(BadInput, match=message) as caught:
        parse_every(value)
    assert repr(value) in str(caught.value)


def test_the_command_refuses_a_bad_every_before_doing_any_work(tmp_path):
    db = tmp_path / "t.db"
    result = runner.invoke(app, ["watch", "run", str(tmp_path), "--every", "soon",
                                 "--db", str(db)])
    assert result.exit_code == 2
    assert "--every 'soon': give a number and a unit, such as 30s, 15m, 1h or 1d" \
        in result.stderr
    assert "Traceback" not in result.output and not db.exists()
