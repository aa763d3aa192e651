"""The company's details corrected after the first start: only what is given changes, with the
creation's checks; issued invoices keep the details they were issued with; the journal keeps
the old and new values."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any

import pytest
from pypdf import PdfReader

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.domain.errors import BadInput, NotPermitted
from deepetch_desktop.services.results import ADMINISTRATOR, Actor, Privileges
from tests.conftest import NOW, setup_company

OLD_ADDRESS = "8 quai des Chartrons\n33000 Bordeaux\nFrance"
NEW_ADDRESS = "14 rue Sainte-Catherine\n33000 Bordeaux\nFrance"


def pdf_text(db: Any, number: str) -> str:
    pdf = s.invoice_pdf(db, ADMINISTRATOR, number, NOW + timedelta(hours=2))
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_issued_invoices_keep_their_details_new_ones_get_the_new(db: Any) -> None:
    setup_company(db)  # invoice F2026-000001 issued to the old address
    update = s.update_company(db, ADMINISTRATOR, now=NOW + timedelta(minutes=5),
                              address=NEW_ADDRESS, billing_email="factures@atelier-lumiere.fr")
    assert update.changed == ("address", "billing_email")
    assert update.company.address == NEW_ADDRESS
    s.buy(db, ADMINISTRATOR, "EQUIPE", 1, now=NOW + timedelta(minutes=10))
    s.archive_pending(db, NOW + timedelta(minutes=11))
    old, new = pdf_text(db, "F2026-000001"), pdf_text(db, "F2026-000002")
    assert "8 quai des Chartrons" in old and "Sainte-Catherine" not in old
    assert "14 rue Sainte-Catherine" in new and "Chartrons" not in new
    xml = s.invoice_xml(db, ADMINISTRATOR, "F2026-000002", NOW).decode()
    assert "14 rue Sainte-Catherine" in xml


def test_only_what_is_given_changes_and_the_journal_keeps_old_and_new(db: Any) -> None:
    setup_company(db, credits_packs=0)
    before = s.company(db)
    assert before is not None
    update = s.update_company(db, ADMINISTRATOR, now=NOW, billing_email=" factures@al.fr ",
                              name=None)
    after = update.company
    assert update.changed == ("billing_email",) and after.billing_email == "factures@al.fr"
    assert (after.name, after.siren, after.vat_number, after.address, after.timezone) == (
        before.name, before.siren, before.vat_number, before.address, before.timezone)
    entry = s.list_audit(db, ADMINISTRATOR)[0]
    assert entry.action == "company.update"
    assert entry.details == {"changed": {"billing_email": {
        "old": "compta@atelier-lumiere.fr", "new": "factures@al.fr"}}}
    again = s.update_company(db, ADMINISTRATOR, now=NOW, billing_email="factures@al.fr")
    assert again.changed == ()
    assert s.list_audit(db, ADMINISTRATOR)[0].id == entry.id  # nothing changed: nothing journaled


@pytest.mark.parametrize("field, value", [
    ("billing_email", "compta@"), ("siren", "552100555"), ("vat_number", "FR00552100554"),
    ("timezone", "Europe/Atlantis"), ("name", "   "),
])
def test_the_creation_checks_refuse_and_change_nothing(db: Any, field: str, value: str) -> None:
    setup_company(db, credits_packs=0)
    before = s.company(db)
    with pytest.raises(BadInput):
        s.update_company(db, ADMINISTRATOR, now=NOW, **{field: value})
    assert s.company(db) == before
    assert s.list_audit(db, ADMINISTRATOR)[0].action != "company.update"


def test_a_vat_number_is_never_derived_from_the_siren(db: Any) -> None:
    """Issue 14: a company may not be registered for VAT, or be in a VAT group: its number is
    the one it gives, checked against its SIREN and country, never computed."""
    setup_company(db, credits_packs=0)
    with pytest.raises(BadInput) as other_company:  # FR96552100554 is not 732829320's
        s.update_company(db, ADMINISTRATOR, now=NOW, siren="732 829 320",
                         einvoicing_address="732829320")
    assert other_company.value.problem == "vat_number_of_another_company"
    changed = s.update_company(db, ADMINISTRATOR, now=NOW, siren="732 829 320", vat_number="",
                               einvoicing_address="732829320")
    assert (changed.company.siren, changed.company.vat_number) == ("732829320", "")
    with pytest.raises(BadInput) as other_country:
        s.update_company(db, ADMINISTRATOR, now=NOW, vat_number="DE123456789")
    assert other_country.value.problem == "vat_number_of_another_country"
    given = s.update_company(db, ADMINISTRATOR, now=NOW, vat_number="FR44 732829320")
    assert given.company.vat_number == "FR44732829320"


def test_only_an_administrator_may_correct_them(db: Any) -> None:
    setup_company(db, credits_packs=0)
    colleague = s.add_sub_account(db, ADMINISTRATOR, name="Camille Martin",
                                  email="camille@atelier.fr", now=NOW,
                                  privileges=Privileges(administer=False))
    with pytest.raises(NotPermitted):
        s.update_company(db, Actor("Camille Martin", colleague.id), now=NOW, name="Autre")


def test_company_problems_name_each_field_on_its_own(db: Any) -> None:
    setup_company(db, credits_packs=0)
    current = s.company(db)
    assert current is not None
    problems = s.company_problems({"name": "Atelier", "billing_email": "x@", "siren": "1",
                                   "timezone": "Europe/Paris"}, current)
    assert set(problems) == {"billing_email", "siren"}
    assert problems["siren"].problem == "invalid_siren"


def test_cli_company_show_and_set(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    def run(*args: str) -> tuple[int, Any, str]:
        code = main(["--db", sqlite_url, *args])
        out, err = capsys.readouterr()
        return code, json.loads(out) if "--json" in args and out else out, err

    assert run("company", "show")[0] == 3  # not initialised yet
    assert main(["--db", sqlite_url, "init", "--company", "Atelier Lumière", "--siren",
                 "552100554", "--email", "compta@atelier.fr", "--address",
                 "8 quai des Chartrons\\n33000 Bordeaux", "--einvoicing-address",
                 "552100554"]) == 0
    capsys.readouterr()
    code, shown, _ = run("--json", "company", "show")
    keys = {"name", "legal_form", "siren", "vat_number", "address", "billing_email",
            "timezone", "terms_approved_at", "terms_approved_by", "country",
            "einvoicing_address"}
    assert code == 0 and set(shown) == keys
    code, done, _ = run("--json", "company", "set", "--email", "factures@atelier.fr",
                        "--address", "1 rue Neuve\\n33000 Bordeaux", "--legal-form", "SARL",
                        "--timezone", "America/Martinique")
    assert code == 0 and set(done) == keys | {"changed"}
    assert done["changed"] == ["legal_form", "address", "billing_email", "timezone"]
    assert done["address"] == "1 rue Neuve\n33000 Bordeaux"
    code, text, _ = run("company", "set", "--name", "Atelier Lumière et Fils")
    assert code == 0 and "Coordonnées modifiées (raison sociale)" in text
    code, _, err = run("company", "set", "--email", "factures")
    assert code == 2 and err == "deepetch\u00a0: L'adresse e-mail n'est pas une adresse valide.\n"
    code, _, err = run("--json", "company", "set", "--timezone", "Lune/Tranquillité")
    assert code == 2 and json.loads(err)["details"]["field"] == "timezone"
    code, shown, _ = run("--json", "company", "show")
    assert shown["billing_email"] == "factures@atelier.fr"
    assert shown["timezone"] == "America/Martinique"
