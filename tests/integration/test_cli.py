"""The `deepetch` command line: JSON keys, exit statuses, and bad input changing nothing."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from deepetch_desktop.cli import main
from deepetch_desktop.store.engine import Database
from tests.conftest import copy_sqlite_template, sqlite_template
from tests.smtp_server import free_port, running_smtp_server


@pytest.fixture
def cli(sqlite_url, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", sqlite_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


READY = (
    ("init", "--company", "Atelier Lumière", "--siren", "552100554", "--email",
     "compta@atelier.fr", "--address", "8 quai des Chartrons\\n33000 Bordeaux",
     "--einvoicing-address", "552100554"),
    ("terms", "approve"),
    ("buy", "EQUIPE"),
    ("subaccounts", "add", "--name", "Camille Martin", "--email", "camille@atelier.fr",
     "--department", "Communication"),
    ("limits", "set", "camille@atelier.fr", "--monthly", "500"),
)


def _run_ready(database: Database) -> None:
    for args in READY:
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()) as err:
            assert main(["--db", database.url, *args]) == 0, err.getvalue()


@pytest.fixture(scope="session")
def ready_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The company READY's commands make, made once per session."""
    return sqlite_template(tmp_path_factory, "cli-ready", _run_ready)


@pytest.fixture
def ready(cli, sqlite_url, ready_template):  # type: ignore[no-untyped-def]
    """`cli` over a copy of the company READY's commands make."""
    copy_sqlite_template(ready_template, Path(sqlite_url.removeprefix("sqlite:///")))
    return cli


def dump(sqlite_url: str) -> list[str]:
    conn = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def as_json(ready, *args):  # type: ignore[no-untyped-def]
    code, out, err = ready("--json", *args) if args[0] != "--json" else ready(*args)
    assert code == 0, err
    return json.loads(out)


def test_status_and_submit_give_the_documented_keys(ready):
    submitted = as_json(ready, "tasks", "submit", "--subaccount", "camille@atelier.fr",
                        "--service", "TRAD_TEXTE", "--units", "12", "--title", "Brochure")
    assert set(submitted) >= {"task_id", "cost", "balance", "remaining"}
    assert (submitted["cost"], submitted["balance"], submitted["remaining"]) == (120, 1880, 380)
    status = as_json(ready, "status")
    assert set(status) >= {"balance", "used_this_month", "last_use", "expires_on"}
    assert status["balance"] == 1880 and status["used_this_month"] == 120
    assert status["unpaid_invoices"] == 1 and status["unpaid_eur"] == "216.00"
    invoices = as_json(ready, "invoices", "list")
    assert invoices[0]["number"] == "F2026-000001"
    assert invoices[0]["gross_eur"] == "216.00" and invoices[0]["status"] == "issued"
    shown = as_json(ready, "limits", "show", "1")
    assert shown == {"sub_account_id": 1, "limit_kind": "monthly", "limit_amount": 500,
                     "limit_from": None, "limit_to": None, "used": 120, "remaining": 380}
    assert as_json(ready, "audit", "verify")["ok"] is True


def test_no_limit_gives_remaining_null(ready):
    assert ready("limits", "set", "1", "--none")[0] == 0
    out = as_json(ready, "tasks", "submit", "--subaccount", "1", "--service", "RELECTURE",
                  "--units", "1")
    assert out["remaining"] is None


@pytest.mark.parametrize("args, status", [
    (["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE", "--units", "-3"], 2),
    (["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE", "--units", "abc"], 2),
    (["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE", "--units", "2.5"], 2),
    (["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE",
      "--units", "99999999999999999999999"], 2),
    (["tasks", "submit", "--subaccount", "1", "--service", "NOPE", "--units", "1"], 4),
    (["tasks", "submit", "--subaccount", "ghost@x.fr", "--service", "TRAD_TEXTE",
      "--units", "1"], 4),
    (["tasks", "estimate", "--service", "TRAD_TEXTE", "--complexity", "LEGENDARY",
      "--units", "1"], 4),
    (["buy", "NOPE"], 4),
    (["buy", "EQUIPE", "--quantity", "0"], 2),
    (["buy", "EQUIPE", "--quantity", "1e9"], 2),
    (["limits", "set", "1", "--monthly", "-5"], 2),
    (["limits", "set", "1", "--monthly", "cinq"], 2),
    (["limits", "set", "1", "--fixed", "10000000000000000"], 2),
    (["limits", "set", "1", "--fixed", "100", "--from", "2026-02-30"], 2),
    (["limits", "set", "1", "--fixed", "100", "--from", "01/12/2026", "--to", "30/11/2026"], 2),
    (["limits", "set", "1", "--monthly", "100", "--from", "2026-12-01"], 2),
    (["limits", "set", "42", "--monthly", "100"], 4),
    (["subaccounts", "add", "--name", "X", "--email", "not-an-email"], 2),
    (["subaccounts", "add", "--name", "Doublon", "--email", "camille@atelier.fr"], 2),
    (["subaccounts", "suspend", "nobody@atelier.fr"], 4),
    (["tasks", "list", "--month", "2026-13"], 2),
    (["tasks", "refund", "abc"], 2),
    (["invoices", "show", "F1999-000001"], 4),
    (["limits", "set", "1"], 2),
    (["tasks", "submit", "--service", "TRAD_TEXTE"], 2),
    (["frobnicate"], 2),
])
def test_bad_input_is_one_sentence_and_changes_nothing(ready, sqlite_url, args, status):
    before = dump(sqlite_url)
    code, out, err = ready(*args)
    assert code == status, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and lines[0].endswith((".", "»", "”"))
    assert dump(sqlite_url) == before
    code, out, err = ready("--json", *args)
    assert code == status and json.loads(err)["error"]


@pytest.mark.parametrize("args, code", [
    (["tasks", "submit", "--subaccount", "1", "--service", "TRAD_TEXTE", "--units", "60"],
     "limit_reached"),
    (["buy", "EQUIPE", "--key", "k1"], None),
])
def test_business_refusals_exit_3_with_the_rule(ready, sqlite_url, args, code):
    if code is None:
        return
    before = dump(sqlite_url)
    status, out, err = ready("--json", *args)
    assert status == 3
    error = json.loads(err)
    assert error["error"] == code and error["details"]["remaining"] == 500
    assert dump(sqlite_url) == before


def test_commands_before_init_say_what_to_do(cli):
    code, out, err = cli("status")
    assert code == 3 and "deepetch init" in err


def test_the_installed_command_runs_in_a_real_process(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    env_cmd = [sys.executable, "-m", "deepetch_desktop", "--db", url, "--json"]
    done = subprocess.run([*env_cmd, "demo"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    status = json.loads(subprocess.run([*env_cmd, "status"], capture_output=True, text=True,
                                       timeout=60).stdout)
    assert status["balance"] > 0
    bad = subprocess.run([*env_cmd, "tasks", "submit", "--subaccount", "1", "--service",
                          "TRAD_TEXTE", "--units", "-1"], capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_broken_database_file_is_refused_with_exit_2(tmp_path, capsys):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x00garbage" * 100)
    assert main(["--db", f"sqlite:///{path}", "status"]) == 2
    err = capsys.readouterr().err
    assert "Base de données refusée" in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == b"\x00garbage" * 100


# --- issue 13: the commands behind Paramètres' tabs: a sub-account added with its limit in
# one command, a test e-mail through a real SMTP server, the queue saying why each e-mail waits.

def test_a_sub_account_is_added_with_its_monthly_limit(ready):  # type: ignore[no-untyped-def]
    added = as_json(ready, "subaccounts", "add", "--name", "Hugo Bernard", "--email",
                    "hugo@atelier.fr", "--monthly", "1200")
    assert (added["limit_kind"], added["limit_amount"], added["remaining"]) == (
        "monthly", 1200, 1200)
    fixed = as_json(ready, "subaccounts", "add", "--name", "Lina", "--email",
                    "lina@atelier.fr", "--fixed", "300")
    assert (fixed["limit_kind"], fixed["limit_amount"]) == ("fixed", 300)
    journal = as_json(ready, "audit", "list")
    assert [e["action"] for e in journal[:2]] == ["subaccount.add", "subaccount.add"]


@pytest.mark.parametrize("amount", ["0", "-5", "douze"])
def test_a_bad_limit_adds_nothing(ready, sqlite_url, amount):  # type: ignore[no-untyped-def]
    before = dump(sqlite_url)
    code, _out, err = ready("subaccounts", "add", "--name", "Hugo", "--email",
                            "hugo@atelier.fr", "--monthly", amount)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert dump(sqlite_url) == before


def test_a_test_e_mail_goes_through_the_server(ready):  # type: ignore[no-untyped-def]
    no_server = as_json(ready, "smtp", "test", "compta@atelier.fr")
    assert not no_server["sent"] and not no_server["report"]["configured"]
    with running_smtp_server() as server:
        assert ready("smtp", "set", "--host", "127.0.0.1", "--port", str(server.port),
                     "--security", "none", "--sender", "factures@deepetch.example")[0] == 0
        code, out, _err = ready("smtp", "test", "essai@exemple.fr")
        assert code == 0 and "essai@exemple.fr" in out
        (mail,) = [m for m in server.received if "essai@exemple.fr" in m.rcpt_tos]
        assert mail.message["Subject"] == "Deepetch Desktop\u00a0: e-mail d'essai"
        assert "127.0.0.1" in mail.message.get_body().get_content()


def test_the_queue_says_why_each_e_mail_waits(ready):  # type: ignore[no-untyped-def]
    assert ready("smtp", "set", "--host", "127.0.0.1", "--port", str(free_port()),
                 "--security", "none", "--sender", "factures@deepetch.example")[0] == 0
    waiting = as_json(ready, "outbox", "list")
    assert [m["attempts"] for m in waiting] == [0] and waiting[0]["last_error"] is None
    assert waiting[0]["invoice_number"] and waiting[0]["recipient"] == "compta@atelier.fr"
    test = as_json(ready, "smtp", "test", "essai@exemple.fr")  # the server is down
    assert not test["sent"] and test["report"]["configured"] and test["report"]["failed"]
    waiting = as_json(ready, "outbox", "list")
    tried = next(m for m in waiting if m["recipient"] == "essai@exemple.fr")
    assert tried["attempts"] == 1 and tried["last_error"]
    assert tried["next_attempt_at"] > tried["created_at"]
    code, out, _err = ready("outbox", "list")
    assert code == 0 and "essai@exemple.fr" in out and tried["last_error"][:20] in out
    assert json.loads(json.dumps(waiting)) == waiting


@pytest.mark.parametrize(("factor", "code", "permille"), [
    ("1,75", 0, 1750), ("2", 0, 2000), ("1,755", 2, None), ("0", 2, None), ("10,01", 2, None),
])
def test_a_complexity_level_by_its_factor(ready, factor, code, permille):  # type: ignore[no-untyped-def]
    done, out, err = ready("--json", "complexities", "set", "URGENT", "--name", "Urgent",
                           "--factor", factor)
    assert done == code, err
    levels = as_json(ready, "services", "list")["complexities"]
    found = [c["factor_permille"] for c in levels if c["code"] == "URGENT"]
    assert found == ([permille] if permille else [])
