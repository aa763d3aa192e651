"""Credit notes read back (issue 14): nothing on them looks payable (no due date, no IBAN, no
payment means), they say what they cancel in credits, a credit note on a paid invoice leaves a
refund owed until it is marked refunded, and a gross amount VAT rounding cannot reach is
refused naming the two nearest ones. Every document still passes the Factur-X XSD and the
EN 16931 and BR-FR schematrons."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest
from facturx import xml_check_xsd
from lxml import etree
from sqlalchemy import func, select

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.domain import errors as e
from deepetch_desktop.domain.invoicing import net_for_gross
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.store import tables as t
from tests.conftest import NOW
from tests.integration.test_invoice_document import SCHEMATRON_RUNNER
from tests.integration.test_invoicing import pdf_text

NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}
IBAN = "FR7630006000011234567890189"  # setup_company's seller
SETTLEMENT = "//ram:ApplicableHeaderTradeSettlement"


def xpath(xml: bytes, path: str) -> list[str]:
    return [str(x) for x in etree.fromstring(xml).xpath(path, namespaces=NS)]


def schematron_failures(tmp_path, *documents: bytes) -> str:  # type: ignore[no-untyped-def]
    import saxonche  # noqa: F401  (the test extra: this check never skips)
    paths = []
    for index, xml in enumerate(documents):
        paths.append(tmp_path / f"document-{index}.xml")
        paths[-1].write_bytes(xml)
    done = subprocess.run([sys.executable, "-c", SCHEMATRON_RUNNER, *map(str, paths)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_partial_credit_note_names_the_credits_and_has_nothing_payable(company, tmp_path):
    invoice_pdf = pdf_text(s.invoice_pdf(company, A, "F2026-000001", NOW))
    assert "Date d'échéance 16/12/2026" in invoice_pdf  # the invoice itself is payable
    note = s.issue_credit_note(company, A, "F2026-000001", "Pack trop grand", now=NOW,
                               amount_cents=5400)  # a quarter of 216,00 €: 500 of 2 000
    assert (note.gross_cents, note.credits) == (5400, 500)
    words = pdf_text(s.invoice_pdf(company, A, note.number, NOW))
    for expected in [
        "AVOIR", note.number, "Avoir relatif à la facture n° F2026-000001 du 16/11/2026",
        "Annulation partielle de la facture F2026-000001 : 500 crédits annulés sur « "
        "Crédits Deepetch, pack Équipe",
        "Annulation partielle de la facture n° F2026-000001, pour 54,00 € TTC sur 216,00 €.",
        "Crédits annulés : 500 crédits, repris sur le solde du compte prépayé.",
        "Aucun paiement n'est dû au titre de cet avoir",
        "Montant de l'avoir 54,00 €",
    ]:
        assert expected in words, expected
    # No due date: the penalty mentions stay, as on every document (BR-FR-05), nothing more.
    assert "Date d'échéance" not in words and "payable" not in words
    assert IBAN not in words.replace(" ", "") and "IBAN" not in words
    assert "RÈGLEMENT" not in words and "Référence à indiquer" not in words
    assert "1 × 54" not in words and "Avoir sur" not in words

    xml = s.invoice_xml(company, A, note.number, NOW)
    xml_check_xsd(xml, flavor="factur-x", level="en16931")
    assert xpath(xml, "//rsm:ExchangedDocument/ram:TypeCode/text()") == ["381"]
    assert xpath(xml, f"{SETTLEMENT}//ram:DueDateDateTime") == []
    assert xpath(xml, f"{SETTLEMENT}/ram:SpecifiedTradeSettlementPaymentMeans") == []
    assert xpath(xml, f"{SETTLEMENT}/ram:PaymentReference") == []
    assert IBAN.encode() not in xml
    (terms,) = xpath(xml, f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:Description/text()")
    assert terms.startswith("Aucun paiement n'est dû au titre de cet avoir")
    (line,) = xpath(xml, "//ram:SpecifiedTradeProduct/ram:Name/text()")
    assert "500\u00a0crédits annulés" in line
    notes = xpath(xml, "//rsm:ExchangedDocument/ram:IncludedNote/ram:Content/text()")
    assert ("Crédits annulés\u00a0: 500\u00a0crédits, repris sur le solde du compte "
            "prépayé.") in notes
    # The invoice it corrects keeps its due date and IBAN; both pass both schematrons.
    invoice_xml = s.invoice_xml(company, A, "F2026-000001", NOW)
    assert xpath(invoice_xml, f"{SETTLEMENT}//ram:DueDateDateTime/udt:DateTimeString/text()") \
        == ["20261216"]
    assert schematron_failures(tmp_path, xml, invoice_xml) == ""


def test_a_whole_credit_note_says_which_credits_were_already_used(company, tmp_path):
    sub = s.add_sub_account(company, A, name="Léa Dubois", email="lea@atelier.fr", now=NOW)
    s.submit_task(company, A, sub_account=sub.id, service_code="TRAD_TEXTE", units=190, now=NOW)
    left = s.status(company, A, NOW).balance
    note = s.issue_credit_note(company, A, "F2026-000001", "Commande annulée", now=NOW)
    assert note.credits == left < 2000
    words = pdf_text(s.invoice_pdf(company, A, note.number, NOW))
    used = f"{2000 - left:,}".replace(",", " ")
    assert "Annulation totale de la facture n° F2026-000001." in words
    assert (f"Crédits annulés : 2 000 crédits, dont {left} crédits repris sur le solde du "
            f"compte prépayé ({used} crédits déjà utilisés).") in words
    assert "Date d'échéance" not in words
    assert schematron_failures(tmp_path, s.invoice_xml(company, A, note.number, NOW)) == ""


@pytest.fixture
def cli(sqlite_company, sqlite_url, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, object, str]:
        code = main(["--db", sqlite_url, "--json", *args])
        out, err = capsys.readouterr()
        return code, (json.loads(out) if out.strip() else None), err

    return run


def test_a_credit_note_on_a_paid_invoice_leaves_a_refund_owed_until_marked_refunded(
        cli, sqlite_company, capsys, sqlite_url):
    code, _, err = cli("invoices", "pay", "F2026-000001", "--amount", "216")
    assert code == 0, err
    code, note, err = cli("invoices", "credit-note", "F2026-000001", "--amount", "54",
                          "--reason", "Pack trop grand")
    assert code == 0, err
    assert note["refund_owed_eur"] == "54.00"
    code, shown, _ = cli("invoices", "show", "F2026-000001")
    assert (shown["status"], shown["left_eur"], shown["refund_owed_eur"], shown["refunds"]) == (
        "paid", "0.00", "54.00", [])
    assert main(["--db", sqlite_url, "invoices", "show", "F2026-000001"]) == 0
    said = capsys.readouterr().out
    assert "Remboursement dû à l'entreprise\u00a0: 54,00\u00a0€" in said
    journal = s.list_audit(sqlite_company, A)
    credit = next(x for x in journal if x.action == "invoice.credit_note")
    assert credit.details["refund_owed_cents"] == 5400
    # More than owed is refused; a part, then the rest.
    code, _, err = cli("invoices", "refund", "F2026-000001", "--amount", "60")
    assert code == 3 and json.loads(err)["details"]["rule"] == "refund_above_owed"
    code, part, err = cli("invoices", "refund", "F2026-000001", "--amount", "20",
                          "--reference", "VIR-R1")
    assert code == 0, err
    assert part["refund_owed_eur"] == "34.00"
    code, done, err = cli("invoices", "refund", "F2026-000001", "--date", "2026-11-16")
    assert code == 0, err
    assert done["refund_owed_eur"] == "0.00"
    assert [(r["amount_eur"], r["reference"]) for r in done["refunds"]] == [
        ("20.00", "VIR-R1"), ("34.00", "")]
    code, _, err = cli("invoices", "refund", "F2026-000001")
    assert code == 3 and json.loads(err)["details"]["rule"] == "no_refund_owed"
    # An unpaid invoice credited leaves nothing to refund.
    view = s.get_invoice(sqlite_company, A, "F2026-000001", NOW + timedelta(days=1))
    assert view.refund_owed_cents == 0 and view.refunds[0].reference == "VIR-R1"


def test_a_gross_amount_vat_rounding_cannot_reach_is_refused_with_the_nearest_two(
        cli, sqlite_company, sqlite_url, capsys):
    # At 20 %: 83,37 € HT gives 100,04 € TTC, 83,38 € gives 100,06 €; nothing gives 100,05 €.
    assert net_for_gross(10004, 2000) == 8337 and net_for_gross(10006, 2000) == 8338
    with pytest.raises(e.UnreachableAmount) as refused:
        net_for_gross(10005, 2000)
    assert (refused.value.below_cents, refused.value.above_cents) == (10004, 10006)
    code, _, err = cli("invoices", "credit-note", "F2026-000001", "--amount", "100,05",
                       "--reason", "Geste")
    assert code == 2
    error = json.loads(err)
    assert error["error"] == "unreachable_amount"
    assert (error["details"]["below_eur"], error["details"]["above_eur"]) == ("100.04", "100.06")
    assert main(["--db", sqlite_url, "invoices", "credit-note", "F2026-000001", "--amount",
                 "100,05", "--reason", "Geste"]) == 2
    said = capsys.readouterr().err
    assert ("Aucun montant hors taxes ne donne 100,05\u00a0€ TTC avec la TVA à 20\u00a0% "
            "arrondie au centime\u00a0: indiquez 100,04\u00a0€ ou 100,06\u00a0€.") in said
    assert "Traceback" not in said
    with sqlite_company.read() as conn:  # nothing issued
        assert conn.execute(select(func.count()).select_from(t.invoices)).scalar() == 1
    code, note, err = cli("invoices", "credit-note", "F2026-000001", "--amount", "100,06",
                          "--reason", "Geste")
    assert code == 0 and (note["gross_eur"], note["net_eur"]) == ("100.06", "83.38"), err
