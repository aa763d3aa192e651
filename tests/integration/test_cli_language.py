"""`deepetch --lang en` speaks English throughout (argparse's own words, help, headers,
results, errors) and French stays the default, with French typography."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

from deepetch_desktop.cli import main
from deepetch_desktop.cli.parser import build_parser

# Words and letters no English text of ours contains (data typed in French is left out).
FRENCH = re.compile(r"[éèàêçùûôî«»]|\b(crédits?|Aucune?|défaut|utilisation|arguments? "
                    r"obligatoires?|afficher|quitter|factures?|solde|sous-comptes?|tâches?|"
                    r"le|la|les|des|du|une?|et|ou|pour|dans|avec)\b", re.IGNORECASE)
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No language from the machine running the tests: French is the default."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(scope="module")
def company_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('language') / 'demo.sqlite3'}"
    assert main(["--db", url, "demo"]) == 0
    yield url


@pytest.fixture
def run(company_url: str, capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", company_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def every_command(parser: argparse.ArgumentParser,
                  path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Each command and sub-command, as the words that name it."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from every_command(sub, (*path, name))


def french_in(text: str) -> list[str]:
    return sorted({m.group(0) for m in FRENCH.finditer(text)})


def typed(value: object) -> Iterator[str]:
    """The texts of a command's JSON: names and notes as people typed them, in French here."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from typed(item)
    elif isinstance(value, list):
        for item in value:
            yield from typed(item)


def without_data(text: str, data: object) -> str:
    for value in sorted(set(typed(data)), key=len, reverse=True):
        text = text.replace(value, "")
    return text.replace("administrateur", "")  # the actor, as the journal recorded it


def test_every_help_is_entirely_english(run: Run) -> None:
    commands = list(every_command(build_parser("en")))
    assert len(commands) > 50
    for command in commands:
        code, out, err = run("--lang", "en", *command, "--help")
        assert code == 0 and err == "", command
        assert "usage: deepetch" in out and "show this help message and exit" in out
        assert french_in(out) == [], (command, out)


def test_without_any_locale_variable_the_command_speaks_french() -> None:
    """cron and systemd start commands with no LANG at all: French, the default (Python's
    locale.getlocale() then says "en_US", from the C.UTF-8 it coerced to)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
    done = subprocess.run([sys.executable, "-c", "import sys; from deepetch_desktop.cli import "
                           "main; sys.exit(main(['--help']))"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("utilisation\u00a0: deepetch")


def test_the_default_help_is_french(run: Run) -> None:
    for command in [(), ("packs",), ("limits", "set")]:
        code, out, _ = run(*command, "--help")
        assert code == 0 and out.startswith("utilisation\u00a0: deepetch")
        assert "afficher cette aide et quitter" in out and "show this" not in out
    assert "COMMANDE" in run("--help")[1]


def test_packs_list_is_entirely_english(run: Run) -> None:
    """The shipped catalogue's names are translated; a name the administrator typed is theirs
    and shows as typed."""
    code, out, err = run("--lang", "en", "packs", "list")
    assert code == 0 and err == ""
    assert out.splitlines()[0].split() == ["Code", "Type", "Credits", "Price", "excl.", "VAT",
                                           "Price/credit", "Saving"]
    assert "€180.00" in out and "2,000" in out and "Discovery" in out and french_in(out) == []
    french = run("packs", "list")[1]
    assert "Prix HT" in french and "180,00\u00a0€" in french and "2\u202f000" in french
    assert "Découverte" in french and "Discovery" not in french
    services = run("--lang", "en", "services", "list")[1]
    assert "Proofreading" in services and "Technical" in services and french_in(services) == []
    assert run("packs", "set", "EQUIPE", "--name", "Équipe projet", "--credits", "2000",
               "--price", "180")[0] == 0
    renamed = run("--lang", "en", "packs", "list")[1]
    assert "Équipe projet" in renamed and "Team" not in renamed and "Discovery" in renamed


@pytest.mark.parametrize("args", [
    ["status"], ["subaccounts", "list"], ["invoices", "list"], ["basket", "ledger"],
    ["reminders", "show"], ["smtp", "show"], ["terms", "show"], ["limits", "show", "4"],
    ["tasks", "estimate", "--service", "RELECTURE", "--units", "1"], ["audit", "verify"],
])
def test_results_and_headers_are_english(run: Run, args: list[str]) -> None:
    code, out, err = run("--lang", "en", *args)
    assert code == 0 and err == ""
    data = json.loads(run("--json", *args)[1])
    assert french_in(without_data(out, data)) == [], out


@pytest.mark.parametrize("args, sentence", [
    (["frobnicate"], "Argument COMMAND: invalid choice: 'frobnicate'"),
    (["limits", "set", "1"], "One of the arguments --monthly --fixed --none is required."),
    (["tasks", "submit", "--subaccount", "1", "--service", "RELECTURE", "--units", "x"],
     "The number of units must be a whole number."),
    (["invoices", "show", "F1999-000001"], "Not found"),
])
def test_errors_are_english_sentences(run: Run, args: list[str], sentence: str) -> None:
    code, out, err = run("--lang", "en", *args)
    assert code in (2, 4) and out == ""
    assert err.startswith(f"deepetch: {sentence}") and err.count("\n") == 1
    assert french_in(err) == [], err


def test_french_usage_errors_are_french(run: Run) -> None:
    code, _, err = run("limits", "set", "1")
    assert code == 2
    assert err == ("deepetch\u00a0: L'un de ces arguments est obligatoire\u00a0: --monthly --fixed "
                   "--none.\n")


def test_the_environment_chooses_english_and_its_locale(run: Run,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, _ = run("invoices", "list")
    assert code == 0 and "Incl. VAT" in out
    assert re.search(r"\b\d{1,2} [A-Z][a-z]{2} 20\d\d\b", out)  # 12 Nov 2026, the British way
    assert "Prix" in run("--lang", "fr", "packs", "list")[1]  # --lang wins
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert re.search(r"\b[A-Z][a-z]{2} \d{1,2}, 20\d\d\b", run("invoices", "list")[1])
