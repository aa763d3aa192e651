"""Invoices at the edges of the law (issue 14, items 1-4, 6 and 8): the buyer's full identity,
chronological numbering, the penalty-rate floor and its dated legal rate, buyers abroad (EU
reverse charge, outside the EU), the purchase-order number, the option for VAT on debits and
the layout points. Each reads the PDF text and the Factur-X XML back and checks the content;
the documents made here also go through the XSD and both schematrons."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import facturx
import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.documents.facturx_xml import NS
from deepetch_desktop.domain.errors import BadInput, InvoiceDatedBefore, InvoiceRule
from deepetch_desktop.services.results import ADMINISTRATOR
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.chains import insert_chained
from tests.conftest import NOW
from tests.integration.test_invoice_document import SCHEMATRON_RUNNER

Cli = Callable[..., tuple[int, Any, str]]
LATER = NOW + timedelta(hours=1)
BERLIN = "Friedrichstraße 68\n10117 Berlin"
NEW_YORK = "350 Fifth Avenue\nNew York, NY 10118"


def pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def xpath(xml: bytes, path: str) -> list[str]:
    found = etree.fromstring(xml).xpath(path, namespaces=NS)
    return [x if isinstance(x, str) else (x.text or "") for x in found]


def documents(db: Any, number: str, now: datetime = LATER) -> tuple[str, bytes]:
    pdf = s.invoice_pdf(db, ADMINISTRATOR, number, now)
    return pdf_text(pdf), s.invoice_xml(db, ADMINISTRATOR, number, now)


def assert_valid(xml: bytes, tmp_path: Path) -> None:
    """Factur-X EN 16931 XSD, then the EN 16931 and French CTC schematrons (saxonche)."""
    facturx.xml_check_xsd(xml, flavor="factur-x", level="en16931")
    path = tmp_path / "document.xml"
    path.write_bytes(xml)
    result = subprocess.run([sys.executable, "-c", SCHEMATRON_RUNNER, str(path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def foreign_company(db: Any, *, country: str, address: str, vat: str | None,
                    einvoicing: str) -> None:
    s.init_company(db, ADMINISTRATOR, name="Kunde GmbH", siren="", country=country,
                   address=address, vat_number=vat, einvoicing_address=einvoicing,
                   email="buchhaltung@kunde.example", now=NOW)
    s.approve_terms(db, ADMINISTRATOR, NOW)


@pytest.fixture
def cli(sqlite_company: Any, sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*args: str) -> tuple[int, Any, str]:
        code = main(["--db", sqlite_url, "--json", *args])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip() else None), err

    return run


# --- 1. the buyer's identity ----------------------------------------------------------------


@pytest.mark.parametrize("missing, field", [
    ({"address": ""}, "address"),
    ({"address": "8 quai des Chartrons"}, "address"),  # no « code postal ville » line
    ({"address": "8 quai des Chartrons\nBordeaux"}, "address"),
    ({"siren": ""}, "siren"),
    ({"einvoicing_address": ""}, "einvoicing_address"),
    ({"einvoicing_address": "732829320"}, "einvoicing_address"),  # another company's SIREN
    ({"country": "XY"}, "country"),
    ({"vat_number": "DE123456789"}, "vat_number"),  # a French company's is FR...
])
def test_init_refuses_an_incomplete_identity_naming_the_field(
        sqlite_db: Any, missing: dict[str, str], field: str) -> None:
    given = {"name": "Atelier Lumière", "siren": "552100554", "country": "FR",
             "address": "8 quai des Chartrons\n33000 Bordeaux", "vat_number": None,
             "einvoicing_address": "552100554", **missing}
    with pytest.raises(BadInput) as refused:
        s.init_company(sqlite_db, ADMINISTRATOR, now=NOW, **given)  # type: ignore[arg-type]
    assert refused.value.field == field
    assert s.company(sqlite_db) is None  # nothing written


def test_cli_init_names_the_missing_field(sqlite_url: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", sqlite_url, "init", "--company", "Atelier", "--siren", "552100554",
                 "--einvoicing-address", "552100554"])
    assert code == 2
    assert capsys.readouterr().err == "deepetch\u00a0: L'adresse est obligatoire.\n"


def test_no_vat_number_is_invented_from_the_siren(sqlite_db: Any) -> None:
    view = s.init_company(sqlite_db, ADMINISTRATOR, name="Atelier", siren="552100554",
                          address="8 quai des Chartrons\n33000 Bordeaux",
                          einvoicing_address="552100554_FACTURES", now=NOW)
    assert view.vat_number == "" and view.country == "FR"
    s.approve_terms(sqlite_db, ADMINISTRATOR, NOW)
    number = s.buy(sqlite_db, ADMINISTRATOR, "EQUIPE", now=LATER).invoice_number
    text, xml = documents(sqlite_db, number)
    assert "FR96552100554" not in text and "N° TVA intracommunautaire" in text  # the seller's
    assert xpath(xml, "//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == []
    assert xpath(xml, "//ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID") == [
        "552100554_FACTURES"]


def test_a_purchase_is_refused_until_the_identity_is_complete(company: Any) -> None:
    # A company recorded before these checks (migration 0012): no address, no e-invoicing one.
    with company.write_engine.begin() as conn:
        conn.execute(t.company.update().values(address="", einvoicing_address=""))
    with pytest.raises(InvoiceRule) as refused:
        s.buy(company, ADMINISTRATOR, "EQUIPE", now=LATER)
    assert (refused.value.rule, refused.value.exit_status) == ("buyer_address", 3)
    assert "l'adresse complète de l'entreprise cliente manque" in s.describe(refused.value)
    with pytest.raises(BadInput) as still:  # the dialog's service names what is missing
        s.update_company(company, ADMINISTRATOR, now=LATER, billing_email="a@b.fr")
    assert still.value.field == "address"
    s.update_company(company, ADMINISTRATOR, now=LATER, address="2 rue Neuve\n33000 Bordeaux",
                     einvoicing_address="552100554")
    number = s.buy(company, ADMINISTRATOR, "EQUIPE", now=LATER).invoice_number
    text, xml = documents(company, number)
    assert "2 rue Neuve 33000 Bordeaux France" in text
    assert xpath(xml, "//ram:BuyerTradeParty//ram:PostcodeCode") == ["33000"]
    assert xpath(xml, "//ram:BuyerTradeParty//ram:CountryID") == ["FR"]


def test_cli_purchase_refused_exit_3(cli: Cli, sqlite_company: Any) -> None:
    with sqlite_company.write_engine.begin() as conn:
        conn.execute(t.company.update().values(einvoicing_address=""))
    code, _, err = cli("buy", "EQUIPE")
    assert code == 3 and json.loads(err)["error"] == "invoice_rule"
    assert json.loads(err)["details"]["rule"] == "buyer_einvoicing_address"


# --- 2. chronology --------------------------------------------------------------------------


def test_a_document_is_never_dated_before_the_last_of_its_series(company: Any) -> None:
    """Two workstations, one with a clock four minutes behind: within the clock guard's
    tolerance, but across midnight in Paris. The later number would carry the earlier day."""
    first = datetime(2026, 11, 30, 23, 1, tzinfo=UTC)  # 1 December, 00:01 in Paris
    done = s.buy(company, ADMINISTRATOR, "EQUIPE", now=first)
    with pytest.raises(InvoiceDatedBefore) as refused:
        s.buy(company, ADMINISTRATOR, "EQUIPE", now=first - timedelta(minutes=4))
    assert (refused.value.last_number, refused.value.last_date, refused.value.day) == (
        done.invoice_number, date(2026, 12, 1), date(2026, 11, 30))
    assert refused.value.exit_status == 3
    sentence = s.describe(refused.value)
    assert "avant le 01/12/2026 de F2026-000002" in sentence and "horloge" in sentence
    assert [i.number for i in s.list_invoices(company, ADMINISTRATOR, first)][0] == \
        done.invoice_number  # nothing issued
    s.issue_credit_note(company, ADMINISTRATOR, "F2026-000001", "Geste", now=first,
                        amount_cents=1000)
    with pytest.raises(InvoiceDatedBefore) as credit_note:  # a credit note's series too
        s.issue_credit_note(company, ADMINISTRATOR, "F2026-000001", "Geste",
                            now=first - timedelta(minutes=4), amount_cents=1000)
    assert credit_note.value.last_number == "AV2026-000001"


def test_audit_verify_reports_an_inversion_already_stored(sqlite_company: Any,
                                                          sqlite_url: str,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    assert s.verify(sqlite_company, ADMINISTRATOR).ok
    with sqlite_company.write_engine.begin() as conn:  # written directly, as an old version could
        first = conn.execute(select(t.invoices)).one()._mapping
        row = {k: v for k, v in first.items() if k not in ("id", "link")}
        row.update(number="F2026-000002", seq=2, issue_date=date(2026, 11, 2),
                   sale_date=date(2026, 11, 2), due_date=date(2026, 12, 2), batch_id=None)
        insert_chained(conn, "invoices", row)
        conn.execute(t.invoice_counters.update().values(last_value=2))
    report = s.verify(sqlite_company, ADMINISTRATOR)
    assert list(report.problems) == [
        "invoice F2026-000002 dated 2026-11-02 comes after F2026-000001 dated 2026-11-16"]
    assert main(["--db", sqlite_url, "audit", "verify"]) == 1
    assert "F2026-000002 dated 2026-11-02" in capsys.readouterr().out


# --- 3. the penalty rate --------------------------------------------------------------------


def test_a_penalty_rate_below_three_times_the_legal_rate_is_refused(cli: Cli) -> None:
    code, _, err = cli("seller", "set", "--penalty-rate", "7.85")  # 3 × 2,62 % = 7,86 %
    assert code == 2 and json.loads(err)["details"] == {
        "field": "penalty_rate", "problem": "below_legal_minimum", "value": 785}
    code, shown, _ = cli("seller", "show")
    assert shown["penalty_rate_bp"] == 1215 and shown["warnings"] == []
    code, done, _ = cli("seller", "set", "--penalty-rate", "7.86")
    assert code == 0 and done["penalty_rate_bp"] == 786


def test_the_legal_rate_in_force_on_the_invoice_date_decides(cli: Cli,
                                                             sqlite_company: Any) -> None:
    code, table, _ = cli("seller", "legal-rate")
    assert code == 0 and {"valid_from": "2024-01-01", "rate_bp": 507} in table["rates"]
    assert {"valid_from": "2026-01-01", "rate_bp": 262} in table["rates"]
    code, _, err = cli("seller", "legal-rate", "--from", "2027-03-01", "--rate", "4.5")
    assert code == 2 and json.loads(err)["details"]["problem"] == "not_a_half_year"
    code, added, _ = cli("seller", "legal-rate", "--from", "2027-01-01", "--rate", "4.5")
    assert code == 0 and added["rates"][-1] == {"valid_from": "2027-01-01", "rate_bp": 450}
    assert added["warnings"] == []  # not in force yet: 12,15 % ≥ 3 × 2,62 %
    s.buy(sqlite_company, ADMINISTRATOR, "EQUIPE", now=LATER)  # dated 16/11/2026: lawful
    january = datetime(2027, 1, 4, 9, tzinfo=UTC)
    with pytest.raises(InvoiceRule) as refused:  # 12,15 % < 3 × 4,5 % = 13,5 %
        s.buy(sqlite_company, ADMINISTRATOR, "EQUIPE", now=january)
    assert refused.value.rule == "penalty_rate_below_legal_minimum"
    assert s.seller_warnings(sqlite_company, ADMINISTRATOR, january) == (
        "penalty_rate_below_legal_minimum",)
    s.update_seller(sqlite_company, ADMINISTRATOR, now=january, penalty_rate_bp=1350)
    number = s.buy(sqlite_company, ADMINISTRATOR, "EQUIPE", now=january).invoice_number
    text, _ = documents(sqlite_company, number, january)
    assert "pénalités au taux annuel de 13,5 %" in text


# --- 4. buyers outside France ----------------------------------------------------------------


def test_an_eu_business_is_invoiced_under_reverse_charge(db: Any, tmp_path: Path) -> None:
    foreign_company(db, country="DE", address=BERLIN, vat="DE 123456789",
                    einvoicing="9930:DE123456789")
    result = s.buy(db, ADMINISTRATOR, "EQUIPE", now=LATER)
    assert result.vat_cents == 0 and result.gross_cents == result.net_cents == 18_000
    text, xml = documents(db, result.invoice_number)
    for expected in ("Friedrichstraße 68 10117 Berlin Allemagne", "DE123456789",
                     "Autoliquidation : TVA due par le preneur (article 196 de la directive "
                     "2006/112/CE ; article 283-2 du CGI)", "(article 259 du CGI)",
                     "TVA (autoliquidation) 0,00 €",
                     "Total TTC 180,00 €", "FR44732829320"):
        assert expected in text, expected
    assert "SIREN : 732829320" in text and text.count("SIREN :") == 1  # the seller's only
    assert xpath(xml, "//ram:IncludedNote[ram:SubjectCode='BAR']/ram:Content") == ["B2BINT"]
    assert xpath(xml, "//ram:BuyerTradeParty//ram:CountryID") == ["DE"]  # BT-55
    assert xpath(xml, "//ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == [
        "DE123456789"]
    assert xpath(xml, "//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization") == []
    assert set(xpath(xml, "//ram:ApplicableTradeTax/ram:CategoryCode")) == {"AE"}
    assert xpath(xml, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/"
                      "ram:ExemptionReasonCode") == ["VATEX-EU-AE"]
    assert xpath(xml, "//ram:TaxTotalAmount") == ["0.00"]
    assert xpath(xml, "//ram:GrandTotalAmount") == ["180.00"]
    assert_valid(xml, tmp_path)
    # its credit note keeps the invoice's treatment
    note = s.issue_credit_note(db, ADMINISTRATOR, result.invoice_number, "Erreur", now=LATER)
    _, note_xml = documents(db, note.number)
    assert set(xpath(note_xml, "//ram:ApplicableTradeTax/ram:CategoryCode")) == {"AE"}
    assert_valid(note_xml, tmp_path)


def test_an_eu_business_without_a_vat_number_pays_french_vat(sqlite_db: Any) -> None:
    foreign_company(sqlite_db, country="BE", address="Rue Royale 1\n1000 Bruxelles", vat=None,
                    einvoicing="EM:factures@client.example")
    result = s.buy(sqlite_db, ADMINISTRATOR, "EQUIPE", now=LATER)
    assert result.vat_cents == 3600
    text, xml = documents(sqlite_db, result.invoice_number)
    assert "Belgique" in text and "Autoliquidation" not in text
    assert set(xpath(xml, "//ram:ApplicableTradeTax/ram:CategoryCode")) == {"S"}


def test_a_business_outside_the_eu_is_outside_the_scope_of_french_vat(
        sqlite_db: Any, tmp_path: Path) -> None:
    foreign_company(sqlite_db, country="US", address=NEW_YORK, vat=None,
                    einvoicing="EM:ap@client.example")
    result = s.buy(sqlite_db, ADMINISTRATOR, "EQUIPE", now=LATER)
    assert result.vat_cents == 0 and result.gross_cents == 18_000
    text, xml = documents(sqlite_db, result.invoice_number)
    for expected in ("350 Fifth Avenue New York, NY 10118 États-Unis",
                     "TVA non applicable, prestation de services hors du champ de la TVA "
                     "française (article 259 du CGI)", "TVA non applicable 0,00 €"):
        assert expected in text, expected
    assert "Autoliquidation" not in text
    assert set(xpath(xml, "//ram:ApplicableTradeTax/ram:CategoryCode")) == {"O"}
    assert xpath(xml, "//ram:ApplicableTradeTax/ram:RateApplicablePercent") == []  # BR-O-05
    assert xpath(xml, "//ram:SpecifiedTaxRegistration") == []  # BR-O-02: no VAT numbers
    assert xpath(xml, "//ram:ExemptionReasonCode") == ["VATEX-EU-O"]
    assert xpath(xml, "//ram:BuyerTradeParty//ram:CountryID") == ["US"]
    assert_valid(xml, tmp_path)


def test_cli_init_a_company_abroad(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", sqlite_url, "--json", "init", "--company", "Kunde GmbH",
                 "--country", "de", "--vat", "DE123456789", "--address",
                 "Friedrichstraße 68\\n10117 Berlin", "--einvoicing-address", "9930:DE123456789"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["country"] == "DE" and json.loads(out)["siren"] == ""


# --- 6. the purchase order and the option for VAT on debits ---------------------------------


def test_the_purchase_order_is_printed_and_in_bt13(cli: Cli, sqlite_company: Any,
                                                   tmp_path: Path) -> None:
    code, bought, err = cli("buy", "EQUIPE", "--po", "BC-2026-117")
    assert code == 0, err
    text, xml = documents(sqlite_company, bought["invoice_number"])
    assert "Bon de commande n° BC-2026-117" in text
    assert xpath(xml, "//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID") == [
        "BC-2026-117"]
    assert_valid(xml, tmp_path)


def test_the_option_for_vat_on_debits(cli: Cli, sqlite_company: Any, tmp_path: Path) -> None:
    text, xml = documents(sqlite_company, "F2026-000001")
    assert "d'après les débits" not in text and xpath(xml, "//ram:DueDateTypeCode") == []
    code, seller, _ = cli("seller", "set", "--vat-on-debits", "yes")
    assert code == 0 and seller["vat_on_debits"] is True
    code, bought, _ = cli("buy", "EQUIPE")
    text, xml = documents(sqlite_company, bought["invoice_number"])
    assert "Option pour le paiement de la taxe d'après les débits." in text
    assert xpath(xml, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/"
                      "ram:DueDateTypeCode") == ["5"]
    assert_valid(xml, tmp_path)


def test_the_seller_e_invoicing_address_is_its_own(cli: Cli, sqlite_company: Any) -> None:
    code, _, err = cli("seller", "set", "--einvoicing-address", "552100554")  # not its SIREN
    assert code == 2 and json.loads(err)["details"]["field"] == "einvoicing_address"
    code, seller, _ = cli("seller", "set", "--einvoicing-address", "732829320_VENTES")
    assert code == 0 and seller["einvoicing_address"] == "732829320_VENTES"
    code, bought, _ = cli("buy", "EQUIPE")
    _, xml = documents(sqlite_company, bought["invoice_number"])
    assert xpath(xml, "//ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID") == [
        "732829320_VENTES"]


# --- 8. layout --------------------------------------------------------------------------------


def test_layout_points(cli: Cli, sqlite_company: Any, sqlite_url: str, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    code, bought, _ = cli("buy", "ENTREPRISE")
    text, _ = documents(sqlite_company, bought["invoice_number"])
    assert "RCS Paris 732 829 320" in text and "RCS : RCS" not in text
    layout = subprocess.run(["pdftotext", "-layout", "-", "-"], capture_output=True, check=True,
                            input=s.invoice_pdf(sqlite_company, ADMINISTRATOR,
                                                bought["invoice_number"], LATER)).stdout.decode()
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in layout.splitlines()]
    assert any("(10 000 crédits)" in line for line in lines), layout  # kept whole
    assert not any(line.endswith(("(10", "(10 000")) for line in lines), layout
    code, note, _ = cli("invoices", "credit-note", "F2026-000001", "--reason", "Erreur")
    note_text, _ = documents(sqlite_company, note["number"])
    assert "Date de la prestation" not in note_text and "Date d'émission" in note_text
    assert "Date de la prestation" in text
    target = tmp_path / "avoir.pdf"
    assert main(["--db", sqlite_url, "invoices", "pdf", note["number"], "--output",
                 str(target)]) == 0
    assert capsys.readouterr().out == f"Avoir {note['number']} enregistré dans {target}.\n"


def test_a_resent_overdue_invoice_is_not_payable_by_a_past_date(sqlite_company: Any) -> None:
    late = NOW + timedelta(days=45)  # F2026-000001 was due on 16/12/2026
    s.resend_invoice(sqlite_company, ADMINISTRATOR, "F2026-000001", now=late)
    with sqlite_company.write_engine.begin() as conn:
        bodies = [row.body for row in conn.execute(
            select(t.outbox).order_by(t.outbox.c.id))]
    assert "payable au plus tard le 16/12/2026" in bodies[0]
    assert "payable au plus tard" not in bodies[-1]
    assert "Son échéance était le 16/12/2026" in bodies[-1]

