"""Every column a list command prints as text says the same as its `--json` twin."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from deepetch_desktop.cli import main
from deepetch_desktop.cli import output as cli_output
from deepetch_desktop.domain.vocabulary import (
    AuditAction,
    InvoiceStatus,
    LedgerKind,
    LimitKind,
    SubAccountStatus,
)
from deepetch_desktop.texts import label, label_of

PARIS = ZoneInfo("Europe/Paris")  # the demo company's time zone
SPACES = str.maketrans("", "", " \u00a0\u202f")


def whole(cell: str) -> int | None:
    return None if cell == "—" else int(cell.translate(SPACES).replace("−", "-"))


def euros(cell: str) -> Decimal:
    return Decimal(cell.translate(SPACES).removesuffix("€").replace(",", "."))


def day(cell: str) -> str:
    return datetime.strptime(cell, "%d/%m/%Y").date().isoformat()


def local_minute(instant: str) -> str:
    """The instant as the company reads it: its own time zone, not UTC."""
    return datetime.fromisoformat(instant).astimezone(PARIS).strftime("%d/%m/%Y %H:%M")


def local_day(instant: str) -> str:
    return datetime.fromisoformat(instant).astimezone(PARIS).date().isoformat()


# For each command and column: (what the cell says, what the JSON item says), compared.
Check = Callable[[str, dict[str, Any]], tuple[object, object]]
SAME: dict[str, Check] = {}


def key(name: str, parse: Callable[[str], object] = str) -> Check:
    return lambda cell, item: (parse(cell), item[name])


COLUMNS: dict[str, dict[str, Check]] = {
    "packs": {
        "Code": key("code"), "Type": key("name"), "Crédits": key("credits", whole),
        "Prix HT": lambda c, i: (euros(c), Decimal(i["price_eur"])),
        "Prix/crédit": lambda c, i: (euros(c),
                                     Decimal(i["price_per_credit_millicents"]) / 100_000),
        "Économie": lambda c, i: (int(c.translate(SPACES).strip("-%") or 0),
                                  i["saving_percent"]),
    },
    "services": {
        "Code": key("code"), "Service": key("name"),
        "Crédits": lambda c, i: ((whole(c.split(" / ")[0]), c.split(" / ", 1)[1]),
                                 (i["rate"], i["unit"])),
    },
    "complexities": {
        "Code": key("code"), "Complexité": key("name"),
        "Facteur": lambda c, i: (Decimal(c.lstrip("×").replace(",", ".")),
                                 Decimal(i["factor_permille"]) / 1000),
    },
    "subaccounts": {
        "Id": key("id", int), "Nom": key("name"), "E-mail": key("email"),
        "Département": key("department"),
        "Limite": lambda c, i: (c, label(LimitKind(i["limit_kind"]))),
        "Montant": key("limit_amount", whole), "Utilisés": key("used", whole),
        "Restants": key("remaining", whole),
        "Statut": lambda c, i: (c, label(SubAccountStatus(i["status"]))),
    },
    "tasks": {
        "Id": key("id", int), "Date": lambda c, i: (day(c), local_day(i["submitted_at"])),
        "Sous-compte": key("sub_account_name"), "Service": key("service_code"),
        "Complexité": key("complexity_code"), "Unités": key("units", whole),
        "Coût": key("cost", whole), "Titre": key("title"),
        "": lambda c, i: (bool(c), i["refunded_at"] is not None),
    },
    "invoices": {
        "Numéro": key("number"), "Date": key("issue_date", day),
        "Échéance": key("due_date", day),
        "TTC": lambda c, i: (euros(c), Decimal(i["gross_eur"])),
        "Reste dû": lambda c, i: (euros(c), Decimal(i["left_eur"])),
        "Statut": lambda c, i: (c, label(InvoiceStatus(i["status"]))),
    },
    "basket": {
        "Quand": lambda c, i: (c, local_minute(i["at"])),
        "Opération": lambda c, i: (c, label(LedgerKind(i["kind"]))),
        "Sous-compte": lambda c, i: (c, i["sub_account"] or ""),
        "Crédits": key("credits", whole), "Solde": key("balance_after", whole),
        "Note": key("note"),
    },
    "audit": {
        "Quand": lambda c, i: (c, local_minute(i["at"])), "Qui": key("actor"),
        "Action": lambda c, i: (c, label_of(AuditAction, i["action"])),
        "Détails": lambda c, i: (c, ", ".join(f"{k}={v}" for k, v in i["details"].items())),
    },
    "report": {
        "Sous-compte": key("key"), "Tâches": key("tasks", whole),
        "Crédits": key("credits", whole),
        "Valeur HT": lambda c, i: (euros(c), Decimal(i["value_eur"])),
    },
}

LISTS = [
    (["packs", "list"], lambda d: [("packs", d)]),
    (["services", "list"], lambda d: [("services", d["services"]),
                                      ("complexities", d["complexities"])]),
    (["subaccounts", "list"], lambda d: [("subaccounts", d)]),
    (["tasks", "list"], lambda d: [("tasks", d)]),
    (["invoices", "list"], lambda d: [("invoices", d)]),
    (["basket", "ledger", "--limit", "500"], lambda d: [("basket", d)]),
    (["audit", "list"], lambda d: [("audit", d)]),
    (["report", "usage", "--from", "2020-01-01", "--to", "2035-12-31"],
     lambda d: [("report", d["lines"])]),
]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('tables') / 'demo.sqlite3'}"
    assert main(["--db", url, "demo"]) == 0
    assert main(["--db", url, "tasks", "refund", "3"]) == 0  # a refund, shown in both
    assert main(["--db", url, "catch-up"]) == 0  # notifications
    return url


def printed_tables(monkeypatch: pytest.MonkeyPatch) -> list[tuple[list[str], list[list[str]]]]:
    """Record each table a command prints (headers and cells), as it prints it."""
    seen: list[tuple[list[str], list[list[str]]]] = []
    real = cli_output.table

    def recording(rows: list[list[str]], headers: list[str]) -> str:
        seen.append((headers, rows))
        return real(rows, headers)

    for name, module in list(sys.modules.items()):
        if name.startswith("deepetch_desktop.cli") and getattr(module, "table", None) is real:
            monkeypatch.setattr(module, "table", recording)
    return seen


@pytest.mark.parametrize("args, sections", LISTS, ids=[" ".join(a[:2]) for a, _ in LISTS])
def test_text_columns_match_the_json(demo_url: str, args: list[str], sections: Any,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_url, "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    tables = printed_tables(monkeypatch)
    assert main(["--db", demo_url, *args]) == 0
    capsys.readouterr()
    expected = sections(data)
    assert len(tables) == len(expected)
    for (headers, rows), (section, items) in zip(tables, expected, strict=True):
        assert rows and len(rows) == len(items), section
        columns = COLUMNS[section]
        assert set(headers) <= set(columns), f"{section}: check the new columns too"
        for row, item in zip(rows, items, strict=True):
            for header, cell in zip(headers, row, strict=True):
                shown, stored = columns[header](cell, item)
                assert shown == stored, f"{section} {header}: {cell!r} vs {item}"


def test_notification_lines_match_the_json(demo_url: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo_url, "--json", "notifications", "list"]) == 0
    notes = json.loads(capsys.readouterr().out)
    assert main(["--db", demo_url, "notifications", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert notes and len(lines) == len(notes)
    for line, note in zip(lines, notes, strict=True):
        match = re.fullmatch(r"(\d\d/\d\d/\d{4} \d\d:\d\d) (• |  )(.*)", line)
        assert match, line
        assert match.group(1) == local_minute(note["at"])
        assert (match.group(2) == "  ") == note["read"]
        assert match.group(3) == f"{note['title']}\u00a0: {note['body']}"
