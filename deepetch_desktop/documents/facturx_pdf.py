"""The issued document: PDF/A-3B with its Factur-X XML (EN 16931) attached as data."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from tempfile import TemporaryDirectory

import facturx
import pikepdf
from PIL import ImageCms

from .facturx_xml import build_xml
from .formatting import day
from .invoice_pdf import CREATOR, document_title, is_credit_note, render_pdf
from .model import InvoiceDocument, RenderedInvoice
from .workdir import render_workdir

SRGB_CONDITION = "sRGB IEC61966-2.1"


def render_invoice(doc: InvoiceDocument, workdir: Path | None = None) -> RenderedInvoice:
    """Render the PDF, attach the CII XML and make the whole a Factur-X PDF/A-3B.

    factur-x works on a file: it is written in a private folder under `workdir` (the
    application gives one in the user's data folder, swept at start after a kill -9), not in
    the system's temporary folder. The XML is checked against the Factur-X EN 16931 XSD
    (offline); the schematron check is left to the caller's tests because factur-x needs a
    Saxon server for it.
    """
    xml = build_xml(doc)
    pdf = _with_output_intent(render_pdf(doc))
    keywords = f"{'Avoir' if is_credit_note(doc) else 'Facture'}, Factur-X"
    folder = render_workdir(workdir) if workdir is not None else TemporaryDirectory()
    with folder as where:
        path = Path(where) / f"{doc.number.replace('/', '-')}.pdf"
        path.write_bytes(pdf)
        facturx.generate_from_file(
            str(path),
            xml,
            flavor="factur-x",
            level="en16931",
            check_xsd=True,
            check_schematron=False,
            pdf_metadata={
                "author": doc.seller.name,
                "keywords": keywords,
                "title": document_title(doc),
                "subject": f"{document_title(doc)} du {day(doc.issue_date)}, "
                f"de {doc.seller.name} à {doc.buyer.name}",
            },
            lang="fr-FR",
        )
        combined = path.read_bytes()
    return RenderedInvoice(pdf=_sync_metadata(combined, keywords), xml=xml)


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    """An sRGB ICC profile (monitor class, built by LittleCMS through Pillow)."""
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _with_output_intent(pdf_bytes: bytes) -> bytes:
    """Declare sRGB as the output intent: all our colours are DeviceRGB (enforceColorSpace)."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        profile = pdf.make_stream(srgb_profile())
        profile.N = 3
        profile.Alternate = pikepdf.Name.DeviceRGB
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=SRGB_CONDITION,
            Info=SRGB_CONDITION,
            RegistryName="http://www.color.org",
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
        for page in pdf.pages:
            # ReportLab writes an empty /Trans (page transition) that means nothing; drop it.
            if "/Trans" in page.obj and len(page.obj.Trans) == 0:
                del page.obj.Trans
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _sync_metadata(pdf_bytes: bytes, keywords: str) -> bytes:
    """Re-save so XMP and the Info dictionary agree (PDF/A), keeping factur-x's XMP claims.

    factur-x writes rdf:Description elements without rdf:about, "pypdf" as XMP producer and
    Info keywords with no XMP counterpart; pikepdf rewrites the packet with rdf:about="" and
    copies the XMP values into Info. The pdfaid (part 3, conformance B) and fx: properties are
    carried over untouched. The header says 1.7, the base of PDF/A-3 (ICC v4 profile, /AF).
    """
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as meta:
            meta["pdf:Producer"] = CREATOR
            meta["pdf:Keywords"] = keywords
        # factur-x opens the attachments pane; the reader should see the invoice first.
        if "/PageMode" in pdf.Root:
            del pdf.Root.PageMode
        out = io.BytesIO()
        pdf.save(out, min_version="1.7")
    return out.getvalue()
