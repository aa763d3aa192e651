"""`deepetch report usage --output FILE.pdf` (issue 15): the PDF carries the charts (months,
the basket's balance with the purchase marked, the limits), read back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from deepetch_desktop.cli import main
from deepetch_desktop.store.engine import Database


def test_the_command_line_pdf_carries_the_charts(
        sqlite_company: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_company.url
    assert main(["--db", url, "subaccounts", "add", "--name", "Hugo Bernard", "--email",
                 "hugo@atelier.fr", "--department", "Juridique"]) == 0
    assert main(["--db", url, "limits", "set", "hugo@atelier.fr", "--fixed", "500"]) == 0
    target = tmp_path / "rapport.pdf"
    assert main(["--db", url, "report", "usage", "--from", "2026-01-01", "--to", "2026-12-31",
                 "--by", "department", "--output", str(target)]) == 0, capsys.readouterr()
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    for expected in ("Consommation par mois", "Solde du panier", "+2 000",
                     "Utilisation des limites", "Hugo Bernard", "0 / 500"):
        assert expected in words.replace("\u202f", " ").replace("\u00a0", " "), expected
