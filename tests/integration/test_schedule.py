"""`deepetch schedule install|remove` in a temporary home: the systemd user timer and the
crontab lines name the installed command by its absolute path and a log folder that exists;
`remove` takes them away. Fake `systemctl` and `crontab` stand in for the real ones."""

from __future__ import annotations

import json
import shlex
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deepetch_desktop.cli import main
from deepetch_desktop.scheduling import system_timer

VENV_BIN = Path(sys.executable).parent
FAKE_SYSTEMCTL = """#!/bin/sh
echo "$*" >> "$FAKE_CALLS"
if [ -n "$FAKE_SYSTEMCTL_FAILS" ]; then echo "$FAKE_SYSTEMCTL_FAILS" >&2; exit 1; fi
"""
FAKE_CRONTAB = """#!/bin/sh
case "$1" in
  -l) if [ -f "$FAKE_CRONTAB" ]; then /bin/cat "$FAKE_CRONTAB"
      else echo "no crontab for $USER" >&2; exit 1; fi ;;
  -) /bin/cat > "$FAKE_CRONTAB" ;;
esac
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """XDG folders and PATH in tmp_path: nothing of the real user is read or written."""
    paths = {name: tmp_path / name for name in ("config", "data", "bin")}
    for path in paths.values():
        path.mkdir()
    paths["calls"] = tmp_path / "systemctl-calls"
    paths["crontab"] = tmp_path / "crontab"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(paths["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(paths["data"]))
    monkeypatch.setenv("PATH", f"{paths['bin']}:{VENV_BIN}")
    monkeypatch.setenv("FAKE_CALLS", str(paths["calls"]))
    monkeypatch.setenv("FAKE_CRONTAB", str(paths["crontab"]))
    monkeypatch.delenv("DEEPETCH_DATABASE_URL", raising=False)
    return paths


def fake(home: dict[str, Path], name: str, script: str) -> None:
    path = home["bin"] / name
    path.write_text(script)
    path.chmod(0o755)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def systemctl_calls(home: dict[str, Path]) -> list[str]:
    return home["calls"].read_text().splitlines() if home["calls"].exists() else []


def exec_start(service: Path) -> list[str]:
    line = next(x for x in service.read_text().splitlines() if x.startswith("ExecStart="))
    return [w.replace("%%", "%") for w in shlex.split(line.removeprefix("ExecStart="))]


def cron_command(line: str) -> list[str]:
    """What /bin/sh runs for a crontab line (cron turns `\\%` back into `%`)."""
    command = line.split(None, 5)[5].replace("\\%", "%")
    return shlex.split(command.split(" >/dev/null")[0])


def test_systemd_timer_installed_enabled_then_removed(home: dict[str, Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    fake(home, "systemctl", FAKE_SYSTEMCTL)
    url = f"sqlite:///{tmp_path / 'the 100% db.sqlite3'}"  # a space and a % to quote
    report = run(capsys, "--db", url, "schedule", "install", "--using", "systemd")
    units = home["config"] / "systemd" / "user"
    service, timer = units / "deepetch-catch-up.service", units / "deepetch-catch-up.timer"
    assert report["using"] == "systemd" and report["activated"] is True
    assert report["files"] == [str(service), str(timer)] and report["to_do"] is None
    assert systemctl_calls(home) == ["--user daemon-reload",
                                     "--user enable --now deepetch-catch-up.timer"]
    words = exec_start(service)
    assert Path(words[0]).is_absolute() and Path(words[0]).is_file()
    assert words[1:] == ["--db", url, "catch-up"]
    logs = Path(report["log_dir"])
    assert logs == home["data"] / "deepetch-desktop" / "logs"
    assert logs.is_dir() and stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert f"StandardError=append:{logs}/catch-up.log" in service.read_text()
    assert stat.S_IMODE(service.stat().st_mode) == 0o600  # the URL may hold a password
    assert "Persistent=true" in timer.read_text()

    removed = run(capsys, "schedule", "remove")
    assert set(removed["removed"]) == {str(service), str(timer)} and removed["problem"] is None
    assert not service.exists() and not timer.exists() and logs.is_dir()
    assert "--user disable --now deepetch-catch-up.timer" in systemctl_calls(home)


def test_the_command_written_runs_the_catch_up(home: dict[str, Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    for args in (["init", "--company", "Atelier Lumière", "--siren", "552100554",
                  "--address", "8 quai des Chartrons\\n33000 Bordeaux",
                  "--einvoicing-address", "552100554"],
                 ["terms", "approve"], ["buy", "EQUIPE"]):
        assert main(["--db", url, *args]) == 0
    capsys.readouterr()
    report = run(capsys, "--db", url, "schedule", "install", "--using", "systemd")
    command = exec_start(Path(report["files"][0]))
    done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr


def test_systemd_refusal_is_reported_with_what_is_left_to_do(
        home: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    fake(home, "systemctl", FAKE_SYSTEMCTL)
    monkeypatch.setenv("FAKE_SYSTEMCTL_FAILS", "Failed to connect to bus: No medium found")
    report = run(capsys, "schedule", "install", "--using", "systemd")
    assert report["activated"] is False
    assert report["problem"] == "Failed to connect to bus: No medium found"
    assert "systemctl --user enable --now deepetch-catch-up.timer" in report["to_do"]
    assert all(Path(f).is_file() for f in report["files"])
    assert main(["schedule", "install", "--using", "systemd"]) == 0
    text = capsys.readouterr().out
    assert "pas activé" in text and "systemctl --user enable --now" in text


def test_crontab_lines_added_once_and_removed_leaving_the_rest(
        home: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    fake(home, "crontab", FAKE_CRONTAB)
    theirs = "MAILTO=admin@example.fr\n0 3 * * * /usr/local/bin/sauvegarde\n"
    home["crontab"].write_text(theirs)
    for _ in range(2):  # installing again replaces the lines, never doubles them
        report = run(capsys, "--db", "sqlite:////srv/deepetch 50%.sqlite3", "schedule",
                     "install", "--using", "cron")
    assert report["activated"] is True and report["files"] == []
    crontab = home["crontab"].read_text()
    assert crontab.startswith(theirs) and crontab.count("# BEGIN deepetch catch-up") == 1
    lines = [x for x in crontab.splitlines() if "catch-up" in x and not x.startswith("#")]
    assert [x.split()[:5] for x in lines] == [["*/15", "*", "*", "*", "*"],
                                              ["1", "0", "1", "*", "*"]]
    logs = Path(report["log_dir"])
    for line in lines:
        words = cron_command(line)
        assert Path(words[0]).is_absolute() and Path(words[0]).is_file()
        assert words[1:] == ["--db", "sqlite:////srv/deepetch 50%.sqlite3", "catch-up"]
        assert line.endswith(f"2>>{logs}/catch-up.log") and logs.is_dir()

    removed = run(capsys, "schedule", "remove")
    assert removed["removed"] == ["crontab"]
    assert home["crontab"].read_text() == theirs


def test_without_crontab_the_lines_go_to_a_file_the_user_adds(
        home: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    report = run(capsys, "schedule", "install", "--using", "cron")
    cron_file = home["data"] / "deepetch-desktop" / "deepetch-catch-up.cron"
    assert report["activated"] is False and report["files"] == [str(cron_file)]
    assert report["problem"] == "crontab not found"
    assert str(cron_file) in report["to_do"] and "| crontab -" in report["to_do"]
    words = cron_command(next(x for x in cron_file.read_text().splitlines()
                              if x.startswith("*/15")))
    assert Path(words[0]).is_file() and words[-1] == "catch-up"
    assert run(capsys, "schedule", "remove")["removed"] == [str(cron_file)]
    assert not cron_file.exists()


def test_auto_chooses_cron_without_systemd(home: dict[str, Path],
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    fake(home, "crontab", FAKE_CRONTAB)
    monkeypatch.setattr(system_timer, "has_systemd", lambda: False)
    assert run(capsys, "schedule", "install")["using"] == "cron"
    assert run(capsys, "schedule", "remove")["removed"] == ["crontab"]
    assert run(capsys, "schedule", "remove")["removed"] == []  # nothing left: still fine


def test_a_password_in_the_url_is_masked_in_what_is_printed(
        home: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    fake(home, "crontab", FAKE_CRONTAB)
    url = "postgresql://deepetch:s3cret@db.example/deepetch"
    assert main(["--db", url, "schedule", "install", "--using", "cron"]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "deepetch:***@db.example" in out
    assert url in home["crontab"].read_text()  # the crontab itself needs it (0600 file)


def test_schedule_works_even_when_the_database_cannot_be_opened(
        home: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "not-a-database.sqlite3"
    broken.write_bytes(b"this is not SQLite" * 10)
    assert main(["--db", f"sqlite:///{broken}", "schedule", "remove"]) == 0
