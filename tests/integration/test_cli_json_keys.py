"""Golden test: every command of the README's JSON keys table, run with --json on a prepared
company, prints exactly the keys the README lists for it; renaming a key in the code or in the
README fails here."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from deepetch_desktop.cli import main
from tests.readme_json_keys import Keys, documented

FAKE_CRONTAB = """#!/bin/sh
case "$1" in
  -l) if [ -f "$FAKE_CRONTAB" ]; then /bin/cat "$FAKE_CRONTAB"; else exit 1; fi ;;
  -) /bin/cat > "$FAKE_CRONTAB" ;;
esac
"""
INVOICE = "{invoice}"  # the number `buy` gave
# Each command of the table and how it runs, in an order that works on one company: the
# e-mails are sent (no server) before a server is configured; the sub-account is closed and
# the database restored last. "demo" and "schedule" run apart (see `run_apart`).
RUNS: list[tuple[str, list[str]]] = [
    ("init", ["init", "--company", "Atelier Lumière", "--siren", "552100554",
              "--email", "compta@atelier.fr", "--address",
              "8 quai des Chartrons\\n33000 Bordeaux", "--einvoicing-address", "552100554"]),
    ("company show", ["company", "show"]),
    ("company set", ["company", "set", "--address", "8 quai des Chartrons\\n33000 Bordeaux"]),
    ("terms approve", ["terms", "approve"]),
    ("terms show", ["terms", "show"]),
    ("packs set", ["packs", "set", "ESSAI", "--name", "Essai", "--credits", "100",
                   "--price", "12"]),
    ("packs list", ["packs", "list"]),
    ("services set", ["services", "set", "SOUS_TITRES", "--name", "Sous-titrage", "--unit",
                      "minute", "--rate", "8"]),
    ("services list", ["services", "list"]),
    ("complexities set", ["complexities", "set", "URGENT", "--name", "Urgent", "--factor",
                          "1,75"]),
    ("seller set", ["seller", "set", "--penalty-rate", "9"]),
    ("seller show", ["seller", "show"]),
    ("seller legal-rate", ["seller", "legal-rate", "--from", "2027-01-01", "--rate", "3"]),
    ("buy", ["buy", "EQUIPE"]),
    ("basket correct", ["basket", "correct", "--credits", "5", "--reason", "Geste"]),
    ("basket ledger", ["basket", "ledger"]),
    ("subaccounts add", ["subaccounts", "add", "--name", "Camille Martin", "--email",
                         "camille@atelier.fr", "--department", "Communication",
                         "--monthly", "800"]),
    ("subaccounts list", ["subaccounts", "list"]),
    ("subaccounts show", ["subaccounts", "show", "1"]),
    ("subaccounts suspend", ["subaccounts", "suspend", "1"]),
    ("subaccounts reactivate", ["subaccounts", "reactivate", "1"]),
    ("limits set", ["limits", "set", "1", "--monthly", "500"]),
    ("limits show", ["limits", "show", "1"]),
    ("tasks estimate", ["tasks", "estimate", "--service", "TRAD_TEXTE", "--units", "3"]),
    ("tasks submit", ["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE",
                      "--units", "3", "--title", "Brochure"]),
    ("tasks list", ["tasks", "list"]),
    ("tasks refund", ["tasks", "refund", "1"]),
    ("status", ["status"]),
    ("invoices show", ["invoices", "show", INVOICE]),
    ("invoices pdf", ["invoices", "pdf", INVOICE, "--output", "{folder}/invoice.pdf"]),
    ("invoices send", ["invoices", "send", INVOICE]),
    ("invoices pay", ["invoices", "pay", INVOICE, "--amount", "216"]),
    ("invoices credit-note", ["invoices", "credit-note", INVOICE, "--amount", "5",
                              "--reason", "Erreur de quantité"]),
    ("invoices refund", ["invoices", "refund", INVOICE]),  # the 5 € the credit note leaves
    ("invoices list", ["invoices", "list"]),
    ("pa set", ["pa", "set", "--outgoing", "{folder}/pa-out", "--incoming", "{folder}/pa-in"]),
    ("pa show", ["pa", "show"]),
    ("pa sync", ["pa", "sync"]),
    ("catch-up", ["catch-up"]),
    ("notifications list", ["notifications", "list"]),
    ("notifications read", ["notifications", "read"]),
    ("reminders set", ["reminders", "set", "--expiry-days", "30,7", "--invoice-days", "-5,1"]),
    ("reminders show", ["reminders", "show"]),
    ("smtp test", ["smtp", "test", "compta@atelier.fr"]),  # no server yet: it says so
    ("outbox list", ["outbox", "list"]),
    ("smtp set", ["smtp", "set", "--host", "smtp.example", "--port", "587", "--security",
                  "starttls", "--sender", "factures@atelier.fr"]),
    ("smtp show", ["smtp", "show"]),
    ("report usage", ["report", "usage", "--from", "2020-01-01", "--to", "2035-12-31"]),
    ("report usage --output", ["report", "usage", "--from", "2020-01-01", "--to",
                               "2035-12-31", "--output", "{folder}/usage.csv"]),
    ("report prepaid", ["report", "prepaid", "--at", "2035-12-31"]),
    ("report prepaid --output", ["report", "prepaid", "--output", "{folder}/prepaid.xlsx"]),
    ("report runway", ["report", "runway", "--until", "2035-12-31"]),
    ("report statements", ["report", "statements", "--from", "2020-01-01", "--to", "2035-12-31",
                           "--by", "department", "--output", "{folder}/statements"]),
    ("audit list", ["audit", "list"]),
    ("audit verify", ["audit", "verify"]),
    ("audit witness", ["audit", "witness"]),
    ("audit verify --witness", ["audit", "verify", "--witness", "{folder}/witness.json"]),
    ("people add-admin", ["people", "add-admin", "--name", "Hugo Bernard", "--email",
                          "hugo@atelier.fr"]),
    ("people reset-password", ["people", "reset-password", "camille@atelier.fr"]),
    ("people lock", ["people", "lock", "hugo@atelier.fr"]),
    ("people unlock", ["people", "unlock", "hugo@atelier.fr"]),
    ("people list", ["people", "list"]),
    ("subaccounts close", ["subaccounts", "close", "1"]),
    ("backup", ["backup", "{folder}/copy.sqlite3"]),
    ("restore", ["restore", "{folder}/copy.sqlite3"]),
]
APART = ["demo", "schedule install", "schedule remove", "roles setup", "login", "logout",
         "password", "migrate-to"]


@pytest.fixture(scope="module")
def table() -> dict[str, Keys]:
    return documented()


def run(url: str | None, args: list[str]) -> object:
    """What the command printed with --json (it must succeed)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([*(["--db", url] if url else []), "--json", *args])
    assert code == 0, (args, err.getvalue())
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """What each command of RUNS printed, on one company, in order; and the others apart."""
    folder = tmp_path_factory.mktemp("keys")
    url, outputs, invoice = f"sqlite:///{folder / 'company.sqlite3'}", {}, ""
    (folder / "pa-out").mkdir()  # the approved platform's exchange folders
    (folder / "pa-in").mkdir()
    (folder / "statements").mkdir()  # where the chargeback statements are written
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DEEPETCH_SMTP_PASSWORD", "")
        for name, args in RUNS:
            args = [a.replace(INVOICE, invoice).replace("{folder}", str(folder)) for a in args]
            outputs[name] = run(url, args)
            if name == "buy":
                invoice = str(outputs[name]["invoice_number"])  # type: ignore[index]
            if name == "audit witness":  # what `audit verify --witness` reads back
                (folder / "witness.json").write_text(json.dumps(outputs[name]))
        outputs["demo"] = run(f"sqlite:///{folder / 'demo.sqlite3'}", ["demo"])
        outputs.update(run_schedule(patch, folder, url))
        outputs.update(run_logins(patch, folder, url))
    outputs["roles setup"] = run_roles_setup()
    outputs["migrate-to"] = run_migrate_to(f"sqlite:///{folder / 'demo.sqlite3'}")
    return outputs


def run_migrate_to(url: str) -> object:
    """`migrate-to` of the demo's file into a PostgreSQL database of its own, dropped
    afterwards."""
    from tests.conftest import _pg_database

    with _pg_database() as pg:
        return run(url, ["migrate-to", pg])


def run_roles_setup() -> object:
    """`roles setup` (PostgreSQL only) on a database of its own, dropped afterwards (the
    group roles are the cluster's, left in place)."""
    from tests.conftest import _pg_database

    with _pg_database() as pg:
        return run(pg, ["roles", "setup"])


def run_logins(patch: pytest.MonkeyPatch, folder: Path, url: str) -> dict[str, object]:
    """`login` and `logout` with a keyring in a file, then `password` (last: it changes the
    administrator's password)."""
    import keyring

    from tests.file_keyring import ENV, FileKeyring

    before = keyring.get_keyring()
    patch.setenv(ENV, str(folder / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    try:
        outputs = {"login": run(url, ["login"]), "logout": run(url, ["logout"])}
    finally:
        keyring.set_keyring(before)
    patch.setenv("DEEPETCH_NEW_PASSWORD", "une autre phrase de passe")
    outputs["password"] = run(url, ["password"])
    return outputs


def run_schedule(patch: pytest.MonkeyPatch, folder: Path, url: str) -> dict[str, object]:
    """`schedule install|remove` with a fake crontab, in a home of their own: nothing of the
    machine running the tests is read or changed."""
    home = folder / "home"
    (home / "bin").mkdir(parents=True)
    crontab = home / "bin" / "crontab"
    crontab.write_text(FAKE_CRONTAB)
    crontab.chmod(0o755)
    patch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    patch.setenv("XDG_DATA_HOME", str(home / "data"))
    patch.setenv("PATH", f"{home / 'bin'}:{Path(sys.executable).parent}:/usr/bin:/bin")
    patch.setenv("FAKE_CRONTAB", str(home / "crontab.txt"))
    return {"schedule install": run(url, ["schedule", "install", "--using", "cron"]),
            "schedule remove": run(url, ["schedule", "remove"])}


def command_of(name: str) -> str:
    """The README's command for a run's name ("report usage --output" -> "report usage")."""
    return name.split(" --")[0]


def test_every_documented_command_is_run_and_every_run_is_documented(
        table: dict[str, Keys]) -> None:
    ran = {command_of(name) for name, _ in RUNS} | set(APART)
    assert set(table) - ran == set(), "run the new command in RUNS"
    assert ran - set(table) == set(), "document the command's keys in the README"


def keys_of(value: object, where: str) -> set[str]:
    assert isinstance(value, dict), f"{where}: an object, not {type(value).__name__}"
    return set(value)


def check(spec: Keys, value: object, where: str) -> list[str]:
    """How `value` differs from what the README says, one line per difference."""
    problems = []
    items = value if isinstance(value, list) else [value]
    if spec.is_list and not isinstance(value, list):
        problems.append(f"{where}: the README says a list")
    for item in items[:3]:
        keys, expected = keys_of(item, where), spec.keys | set(spec.lists)
        if keys != expected:
            problems.append(f"{where}: printed but not in the README {sorted(keys - expected)}"
                            f", in the README but not printed {sorted(expected - keys)}")
        assert isinstance(item, dict)
        for key, listed in spec.lists.items():
            for inner in item.get(key) or []:
                if keys_of(inner, where) != listed:
                    problems.append(f"{where} {key}: {sorted(inner)} vs {sorted(listed)}")
        for key, fields in spec.inner.items():
            nested = item.get(key)
            for inner in nested if isinstance(nested, list) else [nested]:
                if isinstance(inner, dict) and set(inner) != fields:
                    problems.append(f"{where} {key}: {sorted(inner)} vs {sorted(fields)}")
    return problems


def test_the_json_keys_are_those_of_the_readme(table: dict[str, Keys],
                                               printed: dict[str, object]) -> None:
    problems = []
    for name, value in printed.items():
        spec = table[command_of(name)]
        if spec.variants:  # "with `--json`: ...; with `--output FILE`: ..."
            spec = spec.variants[next((w for w in name.split() if w.startswith("--")),
                                      "--json")]
        problems += check(spec, value, name)
    assert not problems, "\n".join(problems)


def test_a_renamed_key_is_caught(table: dict[str, Keys], printed: dict[str, object]) -> None:
    """The check itself can fail: a key renamed on either side is reported."""
    status = dict(printed["status"])  # type: ignore[call-overload]
    status["unpaid_cents"] = status.pop("unpaid_eur")
    assert check(table["status"], status, "status")
    renamed = Keys(keys=table["tasks list"].keys - {"cost"} | {"credits"}, is_list=True)
    assert check(renamed, printed["tasks list"], "tasks list")
    assert check(table["services list"], {"services": [{"code": "X"}], "complexities": []},
                 "services list")
