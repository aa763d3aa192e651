"""Checks on the identifiers an administrator types: SIREN, VAT number, e-mail, IBAN, BIC."""

from __future__ import annotations

import re

from .errors import BadInput
from .text import clean_text
from .vat import FRANCE, vat_prefix

# The one rule for every e-mail address (a sub-account's, the billing one, the SMTP sender,
# a recipient when sending). Pragmatic, not RFC 5322: one "@", no spaces, quotes, brackets or
# separators in the local part, and a domain of at least two dot-separated labels (Unicode
# letters allowed for internationalised domains).
_LOCAL_PART = r"[^\s@<>()\[\],;:\"\\]+"
_LABEL = r"(?:[^\W_]|[^\W_][\w-]*[^\W_])"
EMAIL = re.compile(rf"{_LOCAL_PART}@{_LABEL}(?:\.{_LABEL})+")
SIREN = re.compile(r"[0-9]{9}", re.ASCII)
VAT_NUMBER = re.compile(r"[A-Z]{2}[A-Z0-9]{2,13}", re.ASCII)
FRENCH_VAT = re.compile(r"FR[0-9]{2}[0-9]{9}", re.ASCII)
CODE = re.compile(r"^[A-Z0-9_]{2,32}$", re.ASCII)
IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", re.ASCII)
FRENCH_LOCALITY = re.compile(r"[0-9]{5}\s+\S", re.ASCII)
FRENCH_DIRECTORY = "0225"  # the French e-invoicing directory's scheme (ISO 6523 ICD)
EINVOICING = re.compile(r"(?:([0-9]{4}|EM):)(.*)", re.ASCII)
DIRECTORY_ID = re.compile(r"[A-Za-z0-9+\-_/]{9,100}", re.ASCII)
BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", re.ASCII)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def check_siren(text: str) -> str:
    siren = str(text).replace(" ", "")
    if not (SIREN.fullmatch(siren) and _luhn_ok(siren)):
        raise BadInput("siren", "invalid_siren", text)
    return siren


def french_vat_number(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def check_vat_number(text: str, country: str | None = None) -> str:
    """A VAT number: its country's prefix (EL for Greece) then 2 to 13 letters or digits; a
    French one is FR, its key and the SIREN, the key checked. With `country`, the prefix must
    be that country's."""
    vat = str(text).replace(" ", "").upper()
    if not VAT_NUMBER.fullmatch(vat):
        raise BadInput("vat_number", "invalid_vat_number", text)
    if vat.startswith("FR") and not (FRENCH_VAT.fullmatch(vat)
                                     and french_vat_number(vat[4:]) == vat):
        raise BadInput("vat_number", "invalid_vat_number", text)
    if country is not None and not vat.startswith(vat_prefix(country)):
        raise BadInput("vat_number", "vat_number_of_another_country", text)
    return vat


def check_postal_address(text: str, country: str) -> str:
    """A full postal address (CGI ann. II art. 242 nonies A I 1°, C. com. L441-9): at least a
    street line and a locality line; in France the locality line is « code postal commune »
    (five digits). The country is a field of its own."""
    address = clean_text(text, "address", required=True)
    if not is_full_address(address, country):
        raise BadInput("address", "incomplete_address", text)
    return address


def is_full_address(address: str, country: str) -> bool:
    """Whether `address` has a street line and a locality line (« code postal commune » in
    France), whatever its length (a record older than the input limits may be longer)."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    return country != FRANCE or any(FRENCH_LOCALITY.match(line) for line in lines[1:])


def einvoicing_parts(address: str) -> tuple[str, str]:
    """(scheme, identifier) of an e-invoicing address (BT-34/BT-49): « 0225:… », « EM:… » or a
    bare identifier, which is one of the French directory (scheme 0225)."""
    match = EINVOICING.fullmatch(address)
    if match is None or not match.group(2):
        return FRENCH_DIRECTORY, address
    return match.group(1) or FRENCH_DIRECTORY, match.group(2)


def check_einvoicing_address(text: str, country: str, siren: str) -> str:
    """The buyer's or the seller's e-invoicing address as typed, never guessed. In the French
    directory (scheme 0225) it starts with the company's SIREN (BR-FR-21) and holds letters,
    digits and + - _ / only; a foreign company's gives its scheme (« 0088:… », « EM:… »)."""
    address = clean_text(text, "einvoicing_address").replace(" ", "")
    if not address:
        return ""
    explicit = EINVOICING.fullmatch(address)
    scheme, identifier = einvoicing_parts(address)
    if scheme == FRENCH_DIRECTORY:
        # (no SIREN known yet: the SIREN's own field says what is wrong with it)
        if not DIRECTORY_ID.fullmatch(identifier) or not identifier.startswith(siren):
            raise BadInput("einvoicing_address", "invalid_einvoicing_address", text)
    elif scheme == "EM":
        if not is_email_address(identifier):
            raise BadInput("einvoicing_address", "invalid_einvoicing_address", text)
    elif not identifier or any(ch.isspace() for ch in identifier):
        raise BadInput("einvoicing_address", "invalid_einvoicing_address", text)
    if country != FRANCE and explicit is None:
        raise BadInput("einvoicing_address", "invalid_einvoicing_address", text)
    return address


def is_email_address(text: str) -> bool:
    return EMAIL.fullmatch(text) is not None


def check_email(text: str, field: str = "email") -> str:
    email = clean_text(text, field)
    if not is_email_address(email):
        raise BadInput(field, "invalid_email", text)
    return email


def check_name(text: str, field: str = "name") -> str:
    """A name someone must give (a company, a sub-account, a pack): clean and bounded."""
    return clean_text(text, field, required=True)


def check_phone(text: str) -> str:
    phone = clean_text(text, "phone")
    if phone and not all(c in "0123456789+ .-()" for c in phone):
        raise BadInput("phone", "invalid_phone", text)
    return phone


def check_iban(text: str) -> str:
    """An IBAN, spaces removed: country, check digits (ISO 13616 modulo 97), account."""
    iban = clean_text(str(text).replace(" ", ""), "iban").upper()
    if not IBAN.fullmatch(iban):
        raise BadInput("iban", "invalid_iban", text)
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise BadInput("iban", "invalid_iban", text)
    return iban


def check_bic(text: str) -> str:
    """A BIC (ISO 9362): bank, country, location, optional branch: 8 or 11 characters."""
    bic = clean_text(str(text).strip(), "bic").upper()
    if not BIC.fullmatch(bic):
        raise BadInput("bic", "invalid_bic", text)
    return bic
