"""Invoice and credit note documents: legal mentions, PDF/A-3 structure, Factur-X XML."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import facturx
import pikepdf
import pytest
from lxml import etree
from PIL import Image
from pypdf import PdfReader

from deepetch_desktop.documents.facturx_pdf import render_invoice
from deepetch_desktop.documents.facturx_xml import NS, build_xml, split_address
from deepetch_desktop.documents.invoice_pdf import render_pdf
from deepetch_desktop.documents.model import DocumentLine, InvoiceDocument, Party, RenderedInvoice
from deepetch_desktop.domain.invoicing import Line, totals

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}
IBAN = "FR7630006000011234567890189"
SELLER = Party(
    name="Deepetch SAS",
    address="12 rue de la Paix\n75002 Paris\nFrance",
    siren="552100554",
    vat_number="FR96552100554",
    legal_form="SAS",
    share_capital_cents=1_000_000,
    siret="55210055400013",
    rcs="RCS Paris 552 100 554",
    email="facturation@deepetch.fr",
    einvoicing_address="552100554",
)
BUYER = Party(
    name="Atelier Martin SARL",
    address="3 avenue des Tilleuls\nZone artisanale Nord\n69003 Lyon\nFrance",
    siren="732829320",
    vat_number="FR44732829320",
    einvoicing_address="732829320",
)


def make_document(lines: list[Line], **changes: object) -> InvoiceDocument:
    t = totals(lines)
    doc = InvoiceDocument(
        kind="invoice",
        number="F2026-000042",
        issue_date=date(2026, 11, 29),
        sale_date=date(2026, 11, 28),
        due_date=date(2026, 12, 29),
        seller=SELLER,
        buyer=BUYER,
        lines=tuple(
            DocumentLine(x.description, x.quantity, x.unit_price_cents, x.vat_bp, x.net_cents)
            for x in lines
        ),
        net_cents=t.net_cents,
        vat_by_rate=t.vat_by_rate,
        vat_cents=t.vat_cents,
        gross_cents=t.gross_cents,
        penalty_rate_bp=1215,
        iban=IBAN,
        bic="AGRIFRPPXXX",
        payment_reference="F2026-000042",
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


PACKS = [Line("Pack Équipe 2 000 crédits", 3, 18000, 2000)]
INVOICE = make_document(PACKS)
CREDIT_NOTE = make_document(
    PACKS,
    kind="credit_note",
    number="AV2026-000007",
    issue_date=date(2026, 12, 3),
    sale_date=date(2026, 12, 3),
    due_date=date(2026, 12, 3),
    payment_reference="AV2026-000007",
    corrects_number="F2026-000042",
    corrects_date=date(2026, 11, 29),
    reason="Commande annulée par le client",
)


@pytest.fixture(scope="module")
def invoice() -> RenderedInvoice:
    return render_invoice(INVOICE)


@pytest.fixture(scope="module")
def credit_note() -> RenderedInvoice:
    return render_invoice(CREDIT_NOTE)


def pdf_text(pdf: bytes) -> str:
    """All the text, with Babel's no-break spaces and line breaks folded to single spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_invoice_pdf_carries_every_mandatory_mention(invoice: RenderedInvoice) -> None:
    text = pdf_text(invoice.pdf)
    for expected in [
        "FACTURE", "N° F2026-000042",
        "Date d'émission 29/11/2026", "Date de la prestation 28/11/2026",
        "Date d'échéance 29/12/2026",
        # seller identity
        "Deepetch SAS", "SAS au capital de 10 000,00 €", "12 rue de la Paix", "75002 Paris",
        "SIREN : 552100554", "SIRET : 55210055400013", "RCS Paris 552 100 554",
        "FR96552100554",
        # buyer identity
        "Atelier Martin SARL", "3 avenue des Tilleuls", "69003 Lyon", "SIREN : 732829320",
        "FR44732829320",
        # lines and totals
        "Désignation", "Quantité", "Prix unitaire HT", "TVA", "Total HT",
        "Pack Équipe 2 000 crédits 3 180,00 € 20 % 540,00 €",
        "Total HT 540,00 €", "TVA 20 % 108,00 €", "Total TTC 648,00 €", "Net à payer 648,00 €",
        # payment
        "Référence à indiquer : F2026-000042", "AGRIFRPPXXX",
        # legal mentions
        "Catégorie de l'opération : Prestations de services",
        "des pénalités au taux annuel de 12,15 % sont exigibles",
        "sans qu'un rappel soit nécessaire",
        "Indemnité forfaitaire pour frais de recouvrement : 40 € (quarante euros)",
        "Pas d'escompte pour paiement anticipé.",
        "Page 1/1",
    ]:
        assert expected in text, expected
    assert IBAN in text.replace(" ", "")
    assert "AVOIR" not in text


def test_credit_note_names_the_invoice_it_corrects(credit_note: RenderedInvoice) -> None:
    text = pdf_text(credit_note.pdf)
    for expected in [
        "AVOIR", "N° AV2026-000007", "Date d'émission 03/12/2026",
        "Avoir relatif à la facture n° F2026-000042 du 29/11/2026",
        "Motif : Commande annulée par le client",
        "Total TTC 648,00 €", "Montant de l'avoir 648,00 €",
        "SIREN : 552100554", "SIREN : 732829320", "40 € (quarante euros)", "escompte",
        "Prestations de services", "12,15 %",
    ]:
        assert expected in text, expected
    assert "Net à payer" not in text  # the buyer pays nothing on a credit note


def all_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    fonts = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font":
            fonts.append(obj)
    return fonts


@pytest.mark.parametrize("which", ["invoice", "credit_note"])
def test_every_font_is_embedded_dejavu(which: str, request: pytest.FixtureRequest) -> None:
    rendered: RenderedInvoice = request.getfixturevalue(which)
    with pikepdf.open(io.BytesIO(rendered.pdf)) as pdf:
        fonts = all_fonts(pdf)
        assert fonts
        for font in fonts:
            name = str(font.BaseFont).lstrip("/").split("+")[-1]
            assert name not in STANDARD_14
            assert name.startswith("DejaVuSans"), name
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # a Type0 font: the program hangs off its descendant
                descriptor = font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in descriptor, name


def test_pdfa3_structure(invoice: RenderedInvoice) -> None:
    with pikepdf.open(io.BytesIO(invoice.pdf)) as pdf:
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        assert intents[0].S == "/GTS_PDFA1"
        assert intents[0].DestOutputProfile.N == 3
        assert intents[0].DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        assert str(pdf.Root.Lang) == "fr-FR"
        assert len(pdf.trailer.ID) == 2
        assert "/Filter" not in pdf.Root.Metadata  # XMP stays readable
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == "Facture F2026-000042" == str(pdf.docinfo.Title)
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert meta["pdf:Keywords"] == str(pdf.docinfo.Keywords)
        xmp = etree.fromstring(pdf.Root.Metadata.read_bytes())
        fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
        assert xmp.findtext(f".//{{{fx}}}DocumentFileName") == "factur-x.xml"
        assert xmp.findtext(f".//{{{fx}}}ConformanceLevel") == "EN 16931"
        rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
        descriptions = xmp.findall(f".//{{{rdf}}}RDF/{{{rdf}}}Description")
        assert descriptions
        assert all(d.get(f"{{{rdf}}}about") == "" for d in descriptions)


def test_facturx_xml_is_attached_as_data(invoice: RenderedInvoice) -> None:
    with pikepdf.open(io.BytesIO(invoice.pdf)) as pdf:
        (filespec,) = [spec for spec in pdf.Root.AF if str(spec.F) == "factur-x.xml"]
        assert filespec.AFRelationship == "/Data"
        assert filespec.EF.F.read_bytes() == invoice.xml
        names = pdf.Root.Names.EmbeddedFiles.Names
        assert "factur-x.xml" in [str(x) for x in names[::2]]
    filename, xml = facturx.get_xml_from_pdf(invoice.pdf, check_xsd=False)
    assert filename == "factur-x.xml" and xml == invoice.xml


@pytest.mark.parametrize("which", ["invoice", "credit_note"])
def test_xml_passes_the_en16931_xsd(which: str, request: pytest.FixtureRequest) -> None:
    rendered: RenderedInvoice = request.getfixturevalue(which)
    assert facturx.xml_check_xsd(rendered.xml, flavor="factur-x", level="en16931")


def xpath(xml: bytes, path: str) -> list[str]:
    return [str(x) for x in etree.fromstring(xml).xpath(path, namespaces=NS)]


def test_invoice_xml_content(invoice: RenderedInvoice) -> None:
    x = invoice.xml
    assert xpath(x, "//rsm:ExchangedDocument/ram:ID/text()") == ["F2026-000042"]
    assert xpath(x, "//rsm:ExchangedDocument/ram:TypeCode/text()") == ["380"]
    assert xpath(x, "//ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID/text()") == [
        "S1"]
    assert xpath(x, "//ram:GuidelineSpecifiedDocumentContextParameter/ram:ID/text()") == [
        "urn:cen.eu:en16931:2017"]
    codes = xpath(x, "//ram:IncludedNote/ram:SubjectCode/text()")
    for code in ("PMT", "PMD", "AAB"):
        assert codes.count(code) == 1, code
    assert "40 € (quarante euros)" in " ".join(
        xpath(x, "//ram:IncludedNote[ram:SubjectCode='PMT']/ram:Content/text()")).replace(
        "\u00a0", " ")
    assert "12,15" in xpath(x, "//ram:IncludedNote[ram:SubjectCode='PMD']/ram:Content/text()")[0]
    seller = "//ram:SellerTradeParty"
    buyer = "//ram:BuyerTradeParty"
    assert xpath(x, f"{seller}/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']/text()") \
        == ["552100554"]
    assert xpath(x, f"{buyer}/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']/text()") \
        == ["732829320"]
    assert xpath(x, f"{seller}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']/text()") == [
        "FR96552100554"]
    assert xpath(x, f"{buyer}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']/text()") == [
        "FR44732829320"]
    assert xpath(x, f"{seller}/ram:URIUniversalCommunication/ram:URIID[@schemeID='0225']/text()")
    (endpoint,) = xpath(x, f"{buyer}/ram:URIUniversalCommunication/ram:URIID[@schemeID='0225']"
                           "/text()")
    assert endpoint.startswith("732829320")
    assert xpath(x, f"{buyer}/ram:PostalTradeAddress/ram:PostcodeCode/text()") == ["69003"]
    assert xpath(x, f"{buyer}/ram:PostalTradeAddress/ram:CityName/text()") == ["Lyon"]
    assert xpath(x, "//ram:DueDateDateTime/udt:DateTimeString/text()") == ["20261229"]
    assert xpath(x, "//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode/text()") == ["58"]
    assert xpath(x, "//ram:IBANID/text()") == [IBAN]
    assert xpath(x, "//ram:BICID/text()") == ["AGRIFRPPXXX"]
    header_tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
    assert xpath(x, f"{header_tax}/ram:CategoryCode/text()") == ["S"]
    assert xpath(x, f"{header_tax}/ram:RateApplicablePercent/text()") == ["20.00"]
    assert xpath(x, f"{header_tax}/ram:BasisAmount/text()") == ["540.00"]
    assert xpath(x, f"{header_tax}/ram:CalculatedAmount/text()") == ["108.00"]
    sums = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    assert xpath(x, f"{sums}/ram:TaxBasisTotalAmount/text()") == ["540.00"]
    assert xpath(x, f"{sums}/ram:TaxTotalAmount[@currencyID='EUR']/text()") == ["108.00"]
    assert xpath(x, f"{sums}/ram:GrandTotalAmount/text()") == ["648.00"]
    assert xpath(x, f"{sums}/ram:DuePayableAmount/text()") == ["648.00"]
    assert xpath(x, "//ram:NetPriceProductTradePrice/ram:ChargeAmount/text()") == ["180.00"]
    assert xpath(x, "//ram:BilledQuantity/text()") == ["3"]
    assert not xpath(x, "//ram:InvoiceReferencedDocument")


def test_credit_note_xml_references_the_invoice(credit_note: RenderedInvoice) -> None:
    x = credit_note.xml
    assert xpath(x, "//rsm:ExchangedDocument/ram:TypeCode/text()") == ["381"]
    ref = "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument"
    assert xpath(x, f"{ref}/ram:IssuerAssignedID/text()") == ["F2026-000042"]
    assert xpath(x, f"{ref}/ram:FormattedIssueDateTime/qdt:DateTimeString/text()") == [
        "20261129"]


SCHEMATRON_RUNNER = """
import sys
from pathlib import Path
import facturx
from lxml import etree
from saxonche import PySaxonProcessor
base = Path(facturx.__file__).parent / "xsd_and_schematron"
sheets = [base / "facturx-en16931" / "FACTUR-X_EN16931.xslt",
          base / "cii-schematron-fr-ctc" / "BR-FR-Flux2-Schematron-CII.xslt"]
with PySaxonProcessor(license=False) as proc:
    xslt = proc.new_xslt30_processor()
    for sheet in sheets:
        for xml in sys.argv[1:]:
            svrl = xslt.compile_stylesheet(stylesheet_file=str(sheet)).transform_to_string(
                source_file=xml)
            for fail in etree.fromstring(svrl.encode()).iter(
                    "{http://purl.oclc.org/dsdl/svrl}failed-assert"):
                print(sheet.name, xml, fail.get("id"), " ".join("".join(fail.itertext()).split()))
"""


def test_xml_passes_en16931_and_fr_ctc_schematrons(
    invoice: RenderedInvoice, credit_note: RenderedInvoice, tmp_path: Path,
) -> None:
    """The bundled XSLT 2 schematrons, run offline with saxonche (in a subprocess: GraalVM)."""
    import saxonche  # noqa: F401  (part of the test extra: this check never skips)
    paths = []
    for name, rendered in (("invoice", invoice), ("credit_note", credit_note)):
        paths.append(tmp_path / f"{name}.xml")
        paths[-1].write_bytes(rendered.xml)
    result = subprocess.run(
        [sys.executable, "-c", SCHEMATRON_RUNNER, *map(str, paths)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_inconsistent_totals_are_refused() -> None:
    with pytest.raises(ValueError, match="gross"):
        build_xml(dataclasses.replace(INVOICE, gross_cents=INVOICE.gross_cents + 1))
    with pytest.raises(ValueError, match="net"):
        build_xml(dataclasses.replace(INVOICE, net_cents=1))
    with pytest.raises(ValueError, match="reference"):
        render_pdf(dataclasses.replace(CREDIT_NOTE, corrects_number=None))


def test_address_split_for_the_xml() -> None:
    assert split_address("12 rue de la Paix\n75002 Paris\nFrance") == (
        "75002", ["12 rue de la Paix"], "Paris")
    assert split_address("Bât. C\n31000 Toulouse Cedex 9") == (
        "31000", ["Bât. C"], "Toulouse Cedex 9")
    assert split_address("3 avenue des Tilleuls") == ("", ["3 avenue des Tilleuls"], "")


LONG_NAME = (
    "Compagnie Générale Internationale des Établissements de Traitement Automatisé et de "
    "Gravure de Précision Industrielle du Grand Sud-Ouest et de ses Dépendances d'Outre-Mer"
)
LONG_ADDRESS = (
    "Bâtiment C, escalier 4, troisième étage, porte gauche au fond du couloir après l'accueil\n"
    "Parc d'activités économiques et technologiques de la Vallée de la Garonne, lot 1234\n"
    "31000 Toulouse Cedex 9\nFrance"
)


@pytest.fixture(scope="module")
def long_document() -> tuple[InvoiceDocument, RenderedInvoice]:
    lines = [
        Line(f"Ligne {i:02d} : forfait d'assistance premium avec archivage longue durée "
             f"et rapport mensuel détaillé" if i % 3 == 0 else f"Ligne {i:02d} : pack Équipe",
             i, 1234, 2000)
        for i in range(1, 61)
    ]
    seller = dataclasses.replace(SELLER, name=LONG_NAME + " SAS", address=LONG_ADDRESS)
    buyer = dataclasses.replace(BUYER, name=LONG_NAME, address=LONG_ADDRESS)
    doc = make_document(lines, seller=seller, buyer=buyer)
    return doc, render_invoice(doc)


def test_long_document_flows_onto_more_pages(
    long_document: tuple[InvoiceDocument, RenderedInvoice],
) -> None:
    doc, rendered = long_document
    pages = PdfReader(io.BytesIO(rendered.pdf)).pages
    assert len(pages) > 1
    text = pdf_text(rendered.pdf)
    for line in doc.lines:
        assert line.description in text, line.description
    assert LONG_NAME in text
    assert "Parc d'activités économiques et technologiques de la Vallée de la Garonne" in text
    assert f"Page 1/{len(pages)}" in text and f"Page {len(pages)}/{len(pages)}" in text
    for page in pages:  # the table header is repeated on every page holding lines
        page_text = page.extract_text()
        if "Ligne " in page_text:
            assert "Désignation" in page_text
    assert "Net à payer" in text
    assert facturx.xml_check_xsd(rendered.xml, flavor="factur-x", level="en16931")


def test_nothing_overflows_the_page(
    long_document: tuple[InvoiceDocument, RenderedInvoice], tmp_path: Path,
) -> None:
    assert shutil.which("pdftotext"), "poppler-utils is installed by scripts/system-deps.sh"
    path = tmp_path / "long.pdf"
    path.write_bytes(long_document[1].pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', html)
    assert len(words) > 500
    margin = 17 * 72 / 25.4  # the layout keeps 18 mm on each side
    for x_min, x_max in words:
        assert float(x_min) >= margin and float(x_max) <= width - margin


def test_logo_is_drawn_when_present(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 100), (31, 58, 95, 255)).save(logo)
    with_logo = render_pdf(dataclasses.replace(INVOICE, logo_path=str(logo)))
    without = render_pdf(dataclasses.replace(INVOICE, logo_path=str(tmp_path / "missing.png")))
    with pikepdf.open(io.BytesIO(with_logo)) as pdf:
        assert pdf.pages[0].get_images()
    with pikepdf.open(io.BytesIO(without)) as pdf:
        assert not pdf.pages[0].get_images()


def test_first_pages_render_to_png(
    invoice: RenderedInvoice, credit_note: RenderedInvoice, tmp_path: Path,
) -> None:
    """Rasterise with poppler, as a reader would; the PNGs are left for a human to look at."""
    assert shutil.which("pdftoppm"), "poppler-utils is installed by scripts/system-deps.sh"
    for name, rendered in (("invoice", invoice), ("credit_note", credit_note)):
        pdf_path = tmp_path / f"{name}.pdf"
        pdf_path.write_bytes(rendered.pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf_path),
             str(tmp_path / name)],
            check=True, capture_output=True,
        )
        (png,) = tmp_path.glob(f"{name}-*.png")
        with Image.open(png) as image:
            width, height = image.size  # A4 at 60 dpi, give or take poppler's rounding
            assert abs(width - 496) <= 1 and abs(height - 702) <= 1
            assert image.convert("L").getextrema()[0] < 80  # something dark was drawn
