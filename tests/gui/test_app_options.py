"""`deepetch-desktop` options: --help and --version open nothing, --db and --lang are honoured,
--self-test runs the self-test, a missing PostgreSQL driver is one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from deepetch_desktop import bootstrap
from deepetch_desktop.about import version
from deepetch_desktop.gui import app as gui_app
from deepetch_desktop.gui import i18n

BIN = Path(sys.executable).parent
DRIVER_SENTENCE = ("Le pilote PostgreSQL n'est pas installé\u00a0: installez l'extra "
                   "[postgresql] (pip install 'deepetch-desktop[postgresql]').")


def headless(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command with no display at all and no Qt platform chosen: creating a
    QApplication there would abort, so exit status 0 proves no window was attempted."""
    program = BIN / "deepetch-desktop"
    if not program.exists():
        pytest.skip("deepetch-desktop is not installed in this environment")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def test_version_prints_and_exits_without_a_window() -> None:
    done = headless("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"deepetch-desktop {version()}"
    assert "qt.qpa" not in done.stderr


def test_help_prints_and_exits_without_a_window() -> None:
    done = headless("--help")
    assert done.returncode == 0, done.stderr
    for option in ("--db", "--lang", "--version", "--self-test"):
        assert option in done.stdout
    assert "qt.qpa" not in done.stderr


@pytest.mark.parametrize("args", [["--bogus"], ["--lang", "de"], ["--db"]])
def test_bad_arguments_are_one_sentence_and_status_2(args: list[str]) -> None:
    done = headless(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deepetch-desktop\u00a0: ")
    assert lines[0].endswith(".") and done.stdout == ""


def test_cli_version(capsys: pytest.CaptureFixture[str]) -> None:
    from deepetch_desktop.cli import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"deepetch {version()}"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Any:
    """main() up to the first start, which records the database and quits."""
    seen: dict[str, Any] = {}
    installed: list[str] = []
    real_install = i18n.install

    def first_start(db: Any, _now: Any) -> bool:
        seen["location"] = db.location
        return False

    monkeypatch.setattr(gui_app, "first_start", first_start)
    monkeypatch.setattr(i18n, "install", lambda app, lang: installed.append(lang))
    seen["languages"] = installed
    yield seen
    real_install(qapp, "fr")


def test_db_option_opens_that_database_over_the_environment(
        opened: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "from-environment.sqlite3"
    chosen = tmp_path / "chosen.sqlite3"
    monkeypatch.setenv(bootstrap.ENV_URL, f"sqlite:///{elsewhere}")
    assert gui_app.main(["deepetch-desktop", "--db", f"sqlite:///{chosen}"]) == 0
    assert opened["location"] == str(chosen)
    assert chosen.exists() and not elsewhere.exists()


def test_lang_option_overrides_the_system_language(
        opened: dict[str, Any], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    assert gui_app.main(["deepetch-desktop", "--lang", "en", "--db", url]) == 0
    assert opened["languages"] == ["en"]


def test_self_test_is_run_with_the_database_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from deepetch_desktop.gui import self_test

    calls: list[tuple[Any, ...]] = []

    def run(url: str | None, **kwargs: Any) -> int:
        calls.append((url, kwargs.get("lang")))
        return 3

    monkeypatch.setattr(self_test, "run", run)
    assert gui_app.main(["deepetch-desktop", "--self-test", "--db", "sqlite:///x"]) == 3
    assert gui_app.main(["deepetch-desktop", "--self-test"]) == 3
    assert calls == [("sqlite:///x", None), (None, None)]


def test_missing_postgresql_driver_is_one_sentence_in_the_gui(
        monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # `import psycopg` now fails
    said: list[str] = []
    monkeypatch.setattr(gui_app.QMessageBox, "critical",
                        lambda _parent, _title, text: said.append(text))
    status = gui_app.main(["deepetch-desktop", "--lang", "fr",
                           "--db", "postgresql://deepetch@127.0.0.1:1/deepetch"])
    i18n.install(qapp, "fr")
    assert status == 2 and said == [DRIVER_SENTENCE]


@pytest.mark.parametrize("url", ["postgresql://deepetch@127.0.0.1:1/deepetch",
                                 "postgresql+psycopg://deepetch@127.0.0.1:1/deepetch"])
def test_missing_postgresql_driver_is_one_sentence_in_the_cli(
        url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from deepetch_desktop.cli import main

    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert main(["--db", url, "status"]) == 2
    assert capsys.readouterr().err == f"deepetch\u00a0: {DRIVER_SENTENCE}\n"
    assert main(["--json", "--db", url, "status"]) == 2
    assert '"error": "driver_missing"' in capsys.readouterr().err


def test_missing_postgresql_driver_is_named_by_the_self_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from deepetch_desktop.gui import self_test

    monkeypatch.setitem(sys.modules, "psycopg", None)
    out = io.StringIO()
    assert self_test.run("postgresql://deepetch@127.0.0.1:1/deepetch", lang="fr", out=out) == 1
    assert f"ÉCHEC — {DRIVER_SENTENCE}" in out.getvalue()
