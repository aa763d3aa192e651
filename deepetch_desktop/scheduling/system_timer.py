"""`deepetch catch-up` run by the system: a systemd user timer, or else a crontab entry.

The templates ship in resources/schedule/; this module fills them with the absolute command
(a timer or cron has a bare PATH, so a bare `deepetch` is not found) and a log file in a folder
it creates. Folders follow the XDG variables, so tests (and unusual set-ups) can move them.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..bootstrap import data_folder, log_folder
from ..resources_path import resource

SERVICE = "deepetch-catch-up.service"
TIMER = "deepetch-catch-up.timer"
CRON_FILE = "deepetch-catch-up.cron"
LOG_FILE = "catch-up.log"
BEGIN, END = "# BEGIN deepetch catch-up", "# END deepetch catch-up"
BLOCK = re.compile(rf"^{re.escape(BEGIN)}\n.*?^{re.escape(END)}\n?", re.S | re.M)
TIMEOUT_S = 30


@dataclass(frozen=True)
class ScheduleReport:
    """What `install` did. `activated`: the system will now run it (timer enabled, crontab
    updated); otherwise `to_do` is the command left to the person and `problem` what the
    system said. `linger` False: a user timer runs only while its owner is logged in."""

    using: str  # systemd, cron
    command: tuple[str, ...]
    files: tuple[str, ...]
    log_dir: str
    activated: bool
    to_do: str | None
    problem: str | None
    linger: bool | None


@dataclass(frozen=True)
class RemovalReport:
    """What `remove` took away (files, and "crontab" for the lines of the user's crontab)."""

    removed: tuple[str, ...]
    problem: str | None


def unit_folder() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def has_systemd() -> bool:
    """A systemd machine (sd_booted) with systemctl to drive the user manager."""
    return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None


def deepetch_command() -> list[str]:
    """The installed `deepetch` as an absolute path: the one running, else the one on PATH,
    else this interpreter running the package."""
    if getattr(sys, "frozen", False):  # the bundle's own executable
        return [os.path.abspath(sys.executable)]
    running = sys.argv[0] if sys.argv else ""
    if Path(running).stem == "deepetch":
        found = running if os.sep in running else shutil.which(running)
        if found and os.path.isfile(found):
            return [os.path.abspath(found)]
    found = shutil.which("deepetch")
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(sys.executable), "-m", "deepetch_desktop"]


def systemd_quote(word: str) -> str:
    """One ExecStart word: quoted when needed, `%` and `$` doubled (specifiers, variables)."""
    escaped = word.replace("%", "%%").replace("$", "$$")
    if re.fullmatch(r"[\w@%+=:,./-]+", escaped):
        return escaped
    return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cron_quote(word: str) -> str:
    """One word of a crontab command (run by /bin/sh), `%` escaped as cron wants."""
    return shlex.quote(word).replace("%", "\\%")


def fill(template: str, command: list[str], log: Path) -> str:
    """A template of resources/schedule/ with the command and the log file, quoted for it."""
    text = resource("schedule", template).read_text(encoding="utf-8")
    if template == CRON_FILE:
        words, where = map(cron_quote, command), cron_quote(str(log))
    else:  # StandardError=append: takes the rest of the line as the path, unquoted
        words, where = map(systemd_quote, command), str(log).replace("%", "%%")
    return text.replace("@COMMAND@", " ".join(words)).replace("@LOG_FILE@", where)


def _write_private(path: Path, text: str) -> None:
    """Owner-only: the command may hold a database URL with its password."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def _run(*args: str, stdin: str | None = None) -> tuple[bool, str]:
    """(succeeded, what it said), never raising: the report says what happened."""
    try:
        done = subprocess.run(args, input=stdin, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    said = (done.stderr or done.stdout).strip().splitlines()
    return done.returncode == 0, said[0] if said else f"status {done.returncode}"


def install(db_url: str | None = None, using: str = "auto") -> ScheduleReport:
    """Have the system run `deepetch [--db URL] catch-up` every 15 minutes and at each
    month's start: a systemd user timer when systemd runs this machine, else the crontab."""
    command = deepetch_command() + (["--db", db_url] if db_url else [])
    logs = log_folder()
    if using == "auto":
        using = "systemd" if has_systemd() else "cron"
    if using == "systemd":
        return _install_systemd(command, logs)
    return _install_cron(command, logs)


def _install_systemd(command: list[str], logs: Path) -> ScheduleReport:
    folder = unit_folder()
    files = (folder / SERVICE, folder / TIMER)
    for path in files:
        _write_private(path, fill(path.name, command, logs / LOG_FILE))
    to_do = f"systemctl --user daemon-reload && systemctl --user enable --now {TIMER}"
    systemctl = shutil.which("systemctl")
    ok, said = False, "systemctl not found"
    if systemctl is not None:
        ok, said = _run(systemctl, "--user", "daemon-reload")
        if ok:
            ok, said = _run(systemctl, "--user", "enable", "--now", TIMER)
    return ScheduleReport("systemd", tuple(command), tuple(map(str, files)), str(logs), ok,
                          None if ok else to_do, None if ok else said, _linger())


def _linger() -> bool | None:
    loginctl, user = shutil.which("loginctl"), os.environ.get("USER")
    if loginctl is None or not user:
        return None
    ok, said = _run(loginctl, "show-user", user, "--property=Linger")
    return said.strip() == "Linger=yes" if ok else None


def _read_crontab(crontab: str) -> str | None:
    """The user's crontab ("" when there is none yet), None when it cannot be read."""
    try:
        done = subprocess.run([crontab, "-l"], capture_output=True, text=True,
                              timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode == 0:
        return done.stdout
    return "" if "no crontab" in done.stderr.lower() else None


def _without_block(text: str) -> str:
    kept = BLOCK.sub("", text)
    return kept if not kept or kept.endswith("\n") else kept + "\n"


def _install_cron(command: list[str], logs: Path) -> ScheduleReport:
    block = f"{BEGIN}\n{fill(CRON_FILE, command, logs / LOG_FILE).rstrip()}\n{END}\n"
    crontab = shutil.which("crontab")
    current = _read_crontab(crontab) if crontab else None
    said = "crontab not found" if crontab is None else "crontab -l failed"
    if crontab is not None and current is not None:
        ok, said = _run(crontab, "-", stdin=_without_block(current) + block)
        if ok:
            return ScheduleReport("cron", tuple(command), (), str(logs), True, None, None, None)
    # No crontab to edit: the lines in a file, and the one command that adds them.
    path = data_folder() / CRON_FILE
    _write_private(path, block)
    to_do = f"(crontab -l 2>/dev/null; cat {shlex.quote(str(path))}) | crontab -"
    return ScheduleReport("cron", tuple(command), (str(path),), str(logs), False, to_do, said,
                          None)


def remove() -> RemovalReport:
    """Take away whatever `install` put in place (timer, crontab lines, cron file); the logs
    are kept."""
    removed: list[str] = []
    problem: str | None = None
    units = [unit_folder() / name for name in (TIMER, SERVICE)]
    systemctl = shutil.which("systemctl")
    if systemctl is not None and units[0].exists():
        ok, said = _run(systemctl, "--user", "disable", "--now", TIMER)
        problem = None if ok else said
    for path in units + [data_folder() / CRON_FILE]:
        if path.exists():
            path.unlink()
            removed.append(str(path))
    if systemctl is not None and any(path in removed for path in map(str, units)):
        _run(systemctl, "--user", "daemon-reload")
    crontab = shutil.which("crontab")
    current = _read_crontab(crontab) if crontab else None
    if crontab is not None and current is not None and BLOCK.search(current):
        ok, said = _run(crontab, "-", stdin=_without_block(current))
        if ok:
            removed.append("crontab")
        else:
            problem = said
    return RemovalReport(tuple(removed), problem)
