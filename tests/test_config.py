"""The data folder: --home, then GOVKB_HOME, then the default; read-only commands never create it."""

from click.testing import CliRunner

from govkb.cli import cli
from index.paths import home_dir


def test_home_resolution_order(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVKB_HOME", str(tmp_path / "env"))
    assert home_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert home_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv("GOVKB_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert home_dir(create=False) == (tmp_path / "user" / ".local/share/govkb").resolve()


def test_read_only_commands_leave_a_mistyped_home_alone(tmp_path):
    typo = tmp_path / "no-such-home"
    runner = CliRunner()
    for args in (["ask", "who reports?"], ["export", "deadlines"]):
        result = runner.invoke(cli, ["--home", str(typo), *args])
        assert result.exit_code == 1, result.output
        assert "no knowledge base" in result.output
    assert not typo.exists()
