"""Checks on the identifiers an administrator types: SIREN, VAT number, e-mail, codes."""

from __future__ import annotations

import re

from .errors import BadInput

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CODE = re.compile(r"^[A-Z0-9_]{2,32}$")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def check_siren(text: str) -> str:
    siren = str(text).replace(" ", "")
    if not (len(siren) == 9 and siren.isdigit() and _luhn_ok(siren)):
        raise BadInput("siren", "invalid_siren", text)
    return siren


def french_vat_number(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def check_vat_number(text: str) -> str:
    vat = str(text).replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[A-Z0-9]{2,13}", vat):
        raise BadInput("vat_number", "invalid_vat_number", text)
    if vat.startswith("FR") and (len(vat) != 13 or french_vat_number(vat[4:]) != vat):
        raise BadInput("vat_number", "invalid_vat_number", text)
    return vat


def check_email(text: str, field: str = "email") -> str:
    email = str(text).strip()
    if not EMAIL.match(email) or len(email) > 254:
        raise BadInput(field, "invalid_email", text)
    return email


def check_name(text: str, field: str = "name", max_length: int = 200) -> str:
    name = " ".join(str(text).split())
    if not name:
        raise BadInput(field, "required", text)
    if len(name) > max_length:
        raise BadInput(field, "too_long", text)
    return name
