"""The human-readable invoice or credit note PDF (A4, ReportLab Platypus, fonts embedded)."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from ..domain.text import LIMITS
from ..domain.vat import EXEMPTION_TEXTS, VatCategory
from . import formatting as fmt
from .credit_note_text import cancellation_sentence, credits_sentence, settlement_sentence
from .fonts import REGULAR
from .model import InvoiceDocument, Party
from .pdf_style import (
    ACCENT,
    LIGHT,
    PAGE_MARGIN,
    RULE,
    NumberedCanvas,
    Styles,
    draw_footer,
    labelled,
    logo_image,
    make_styles,
    para,
    table_style,
    text,
)

CONTENT_WIDTH = A4[0] - 2 * PAGE_MARGIN
# What a party block can hold on the first page: what the input accepts (domain/text.py), so
# only a record older than those limits is ever cut.
NAME_CHARS, ADDRESS_CHARS = LIMITS["company"].length, LIMITS["address"].length
LOGO_BOX = (45 * mm, 20 * mm)
CREATOR = "Deepetch Desktop"


def document_title(doc: InvoiceDocument) -> str:
    return f"{'Avoir' if is_credit_note(doc) else 'Facture'} {doc.number}"


def is_credit_note(doc: InvoiceDocument) -> bool:
    if doc.kind not in ("invoice", "credit_note"):
        raise ValueError(f"unknown document kind: {doc.kind!r}")
    return doc.kind == "credit_note"


def render_pdf(doc: InvoiceDocument) -> bytes:
    """Render the invoice or credit note as an A4 PDF (not yet PDF/A nor Factur-X)."""
    st = make_styles()
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=15 * mm,
        bottomMargin=22 * mm,
        title=document_title(doc),
        author=doc.seller.name,
        subject=f"{document_title(doc)} du {fmt.day(doc.issue_date)} — {doc.buyer.name}",
        creator=CREATOR,
        producer=CREATOR,
        keywords=["Factur-X", "facture" if not is_credit_note(doc) else "avoir"],
        lang="fr-FR",
        enforceColorSpace="rgb",
        initialFontName=REGULAR,
        initialFontSize=9,
        initialLeading=11,
    )
    footer = Paragraph(
        text(f"{document_title(doc)} du {fmt.day(doc.issue_date)} · {doc.seller.name}"
             f" · SIREN {doc.seller.siren}"),
        st.footer,
    )

    def on_page(canv: Canvas, _template: Any) -> None:
        draw_footer(canv, footer)

    # No frame padding, so full-width tables line up with paragraphs and the page margins.
    frame = Frame(
        template.leftMargin, template.bottomMargin, template.width, template.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    story = [
        _header(doc, st),
        *_correction(doc, st),
        Spacer(1, 7 * mm),
        _parties(doc, st),
        Spacer(1, 7 * mm),
        _lines_table(doc, st),
        Spacer(1, 4 * mm),
        KeepTogether([_totals(doc, st), Spacer(1, 6 * mm), *_payment(doc, st)]),
        Spacer(1, 6 * mm),
        KeepTogether(_mentions(doc, st)),
    ]
    template.build(story, canvasmaker=NumberedCanvas)
    return buf.getvalue()


def _header(doc: InvoiceDocument, st: Styles) -> Table:
    seller = doc.seller
    left: list[Flowable] = []
    logo = logo_image(doc.logo_path, LOGO_BOX)
    if logo is not None:
        left += [logo, Spacer(1, 3 * mm)]
    left.append(para(fmt.clipped(seller.name, NAME_CHARS, 2), st.seller_name))
    left.append(para(fmt.clipped(fmt.postal_address(seller.address, seller.country_code),
                                 ADDRESS_CHARS + 40, 7), st.body))
    if seller.email:
        left.append(para(seller.email, st.muted))

    credit_note = is_credit_note(doc)
    dates = [
        ("Date d'émission", fmt.day(doc.issue_date)),
        ("Date de la prestation", fmt.day(doc.sale_date)),
    ]
    if credit_note:  # a credit note renders no service: it takes one back
        dates = [row for row in dates if row[0] != "Date de la prestation"]
    else:  # nothing is paid on an avoir: no due date (credit_note_text.py)
        dates.append(("Date d'échéance", fmt.day(doc.due_date)))
    if doc.purchase_order:  # C. com. L441-9: the buyer's order number (BT-13)
        dates.append(("Bon de commande n°", doc.purchase_order))
    date_rows = [[para(label, st.right), para(value, st.right_bold)] for label, value in dates]
    date_table = Table(date_rows, colWidths=[45 * mm, 24 * mm], hAlign="RIGHT")
    date_table.setStyle(table_style([("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    right: list[Flowable] = [
        para("AVOIR" if credit_note else "FACTURE", st.title),
        para(f"N° {doc.number}", st.number),
        date_table,
    ]
    table = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _correction(doc: InvoiceDocument, st: Styles) -> list[Flowable]:
    """For a credit note, a band naming the invoice it corrects (number and date) and why."""
    if not is_credit_note(doc):
        return []
    if not doc.corrects_number or doc.corrects_date is None:
        raise ValueError("a credit note must reference the invoice it corrects")
    content: list[Flowable] = [para(
        f"Avoir relatif à la facture n° {doc.corrects_number} du {fmt.day(doc.corrects_date)}",
        st.party_name,
    )]
    content += [para(cancellation_sentence(doc), st.body), para(credits_sentence(doc), st.body)]
    if doc.reason:
        content.append(labelled("Motif\u00a0:", doc.reason, st.body))
    content.append(para(settlement_sentence(doc), st.small))
    band = Table([[content]], colWidths=[CONTENT_WIDTH])
    band.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
    ]))
    return [Spacer(1, 6 * mm), band]


def _parties(doc: InvoiceDocument, st: Styles) -> Table:
    seller, buyer = doc.seller, doc.buyer
    identity = seller.legal_form
    if seller.share_capital_cents is not None:
        identity += f" au capital de {fmt.money(seller.share_capital_cents)}"
    left: list[Flowable] = [para("ÉMETTEUR", st.heading)]
    if identity:
        left.append(para(identity, st.small))
    left += [labelled("SIREN\u00a0:", seller.siren, st.small)]
    if seller.siret:
        left.append(labelled("SIRET\u00a0:", seller.siret, st.small))
    if seller.rcs:  # « RCS Paris 732 829 320 » names its register itself
        left.append(para(seller.rcs, st.small) if seller.rcs.upper().startswith("RCS")
                    else labelled("RCS\u00a0:", seller.rcs, st.small))
    if seller.vat_number:
        left.append(labelled("N° TVA intracommunautaire\u00a0:", seller.vat_number, st.small))
    right = [para("CLIENT", st.heading), para(fmt.clipped(buyer.name, NAME_CHARS, 2),
                                               st.party_name), *_party_ids(buyer, st)]
    table = Table(
        [[left, "", right]],
        colWidths=[CONTENT_WIDTH * 0.44, CONTENT_WIDTH * 0.06, CONTENT_WIDTH * 0.5],
    )
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (2, 0), (2, 0), LIGHT),
        ("LINEBEFORE", (2, 0), (2, 0), 2, ACCENT),
        ("LEFTPADDING", (2, 0), (2, 0), 4 * mm),
        ("TOPPADDING", (2, 0), (2, 0), 3 * mm),
        ("BOTTOMPADDING", (2, 0), (2, 0), 3 * mm),
        ("RIGHTPADDING", (2, 0), (2, 0), 3 * mm),
    ]))
    return table


def _party_ids(party: Party, st: Styles) -> list[Flowable]:
    """The buyer's address with its country, SIREN (a French company's), VAT number (when it
    gave one) and e-invoicing address (CGI ann. II art. 242 nonies A I 1° and 4°)."""
    address = fmt.postal_address(party.address, party.country_code)
    out: list[Flowable] = [para(fmt.clipped(address, ADDRESS_CHARS + 40, 7), st.body),
                           Spacer(1, 1.5 * mm)]
    if party.siren:
        out.append(labelled("SIREN\u00a0:", party.siren, st.small))
    if party.vat_number:
        out.append(labelled("N° TVA intracommunautaire\u00a0:", party.vat_number, st.small))
    if party.einvoicing_address:
        out.append(labelled("Adresse de facturation électronique\u00a0:",
                            party.einvoicing_address, st.small))
    return out


def _lines_table(doc: InvoiceDocument, st: Styles) -> Table:
    rows: list[list[Any]] = [[
        para("Désignation", st.head),
        para("Quantité", st.head_right),
        para("Prix unitaire HT", st.head_right),
        para("TVA", st.head_right),
        para("Total HT", st.head_right),
    ]]
    for line in doc.lines:
        rows.append([
            para(line.description, st.cell),
            para(fmt.quantity(line.quantity), st.cell_right),
            para(fmt.money(line.unit_price_cents), st.cell_right),
            para(_rate_cell(doc, line.vat_bp), st.cell_right),
            para(fmt.money(line.net_cents), st.cell_right),
        ])
    widths = [mm * w for w in (76, 19, 32, 16, 31)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, LIGHT]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
    ]))
    return table


def _rate_cell(doc: InvoiceDocument, rate_bp: int) -> str:
    """The VAT column: the rate, « autoliq. » under reverse charge, « — » outside its scope."""
    return {VatCategory.REVERSE_CHARGE: "autoliq.", VatCategory.NOT_SUBJECT: "—"}.get(
        VatCategory(doc.vat_category), fmt.rate(rate_bp))


def _vat_label(doc: InvoiceDocument, rate_bp: int) -> str:
    category = VatCategory(doc.vat_category)
    if category is VatCategory.REVERSE_CHARGE:
        return "TVA (autoliquidation)"
    if category is VatCategory.NOT_SUBJECT:
        return "TVA non applicable"
    return f"TVA {fmt.rate(rate_bp)}"


def _totals(doc: InvoiceDocument, st: Styles) -> Table:
    rows = [[para("Total HT", st.total_label), para(fmt.money(doc.net_cents), st.total_value)]]
    several = len(doc.vat_by_rate) > 1
    for rate_bp, base_cents, vat_cents in doc.vat_by_rate:
        label = _vat_label(doc, rate_bp)
        if several:
            label += f" sur {fmt.money(base_cents)}"
        rows.append([para(label, st.total_label), para(fmt.money(vat_cents), st.total_value)])
    rows.append([Paragraph("<b>Total TTC</b>", st.total_label),
                 Paragraph(f"<b>{text(fmt.money(doc.gross_cents))}</b>", st.total_value)])
    last = "Montant de l'avoir" if is_credit_note(doc) else "Net à payer"
    rows.append([para(last, st.grand_label), para(fmt.money(doc.gross_cents), st.grand_value)])
    table = Table(rows, colWidths=[50 * mm, 36 * mm], hAlign="RIGHT")
    table.setStyle(table_style([
        ("LINEABOVE", (0, -2), (-1, -2), 0.5, RULE),
        ("BACKGROUND", (0, -1), (-1, -1), ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
        ("TOPPADDING", (0, -1), (-1, -1), 2.4 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 2.4 * mm),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
    ]))
    return table


def _payment(doc: InvoiceDocument, st: Styles) -> list[Flowable]:
    if is_credit_note(doc):
        return []
    compact = doc.iban.replace(" ", "")
    iban = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    rows = [
        ("Date d'échéance\u00a0:", fmt.day(doc.due_date)),
        ("Mode de règlement\u00a0:", "virement bancaire (SEPA)"),
        ("IBAN\u00a0:", iban),
        ("BIC\u00a0:", doc.bic),
        ("Référence à indiquer\u00a0:", doc.payment_reference),
    ]
    cells = [[para(label, st.small), Paragraph(f"<b>{text(value)}</b>", st.body)]
             for label, value in rows if value]
    table = Table(cells, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm - 8 * mm])
    table.setStyle(table_style([
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    box = Table([[[para("RÈGLEMENT", st.heading), table]]], colWidths=[CONTENT_WIDTH])
    box.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]))
    return [box]


def vat_mentions(doc: InvoiceDocument) -> list[str]:
    """What the VAT the document bears requires it to say: reverse charge (« Autoliquidation »,
    CGI ann. II art. 242 nonies A I 13°), outside the scope of French VAT (art. 259), the
    option for VAT on debits (242 nonies A as amended by décret 2022-1299)."""
    category = VatCategory(doc.vat_category)
    if category in EXEMPTION_TEXTS:
        return [f"{EXEMPTION_TEXTS[category]}."]
    if doc.vat_on_debits:
        return ["Option pour le paiement de la taxe d'après les débits."]
    return []


def _mentions(doc: InvoiceDocument, st: Styles) -> list[Flowable]:
    lines = [
        f"Catégorie de l'opération\u00a0: {doc.operation_category}.",
        *vat_mentions(doc),
        fmt.penalty_sentence(doc.penalty_rate_bp),
        fmt.indemnity_sentence(doc.recovery_indemnity_cents),
        doc.early_payment_wording,
        *doc.notes,
    ]
    out: list[Flowable] = [para("CONDITIONS ET MENTIONS LÉGALES", st.heading)]
    out += [para(line, st.mention) for line in lines if line.strip()]
    return out
