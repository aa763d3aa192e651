"""Which VAT a sale of credits to the buyer bears, and what the invoice must say about it.

Deepetch sells services (prepaid credits) from France to businesses (B2B). The place of supply
of a service between taxable persons is where the buyer is established (CGI art. 259, 1°;
directive 2006/112/CE art. 44), so:

- a buyer in France (or Monaco, inside the French VAT territory) pays French VAT: category S;
- a buyer established in another EU member state whose VAT number is given owes the VAT itself
  in its own state (directive 2006/112/CE art. 196; art. 283-2 of the CGI is the same rule
  seen from France for services bought here from abroad): the invoice bears no VAT, carries
  both VAT numbers (CGI ann. II art. 242 nonies A I 4°) and the word « Autoliquidation »
  (art. 242 nonies A I 13°); EN 16931 category AE (rules BR-AE-01 to BR-AE-10);
- a buyer established outside the EU: the service is outside the scope of French VAT (art.
  259): EN 16931 category O, « not subject to VAT » (rules BR-O-01 to BR-O-14);
- an EU buyer who gave no VAT number has not shown it is a taxable person: French VAT is
  charged (the cautious reading; [accountant] to confirm).
"""

from __future__ import annotations

from enum import StrEnum

from .errors import BadInput

FRANCE = "FR"
# The 27 member states (ISO 3166-1 alpha-2), as of 2026.
EU_MEMBER_STATES = frozenset({
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
    "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
})
# Monaco is inside the French VAT territory (Franco-Monegasque convention of 18 May 1963):
# French VAT, French VAT numbers (FR...), but no SIREN.
FRENCH_VAT_TERRITORY = frozenset({"FR", "MC"})
# The VAT number's prefix where it is not the ISO code (Greece: EL).
VAT_PREFIX = {"GR": "EL", "MC": "FR"}
# Codes babel knows that are not ISO 3166-1 countries (regions, reserved, user-assigned).
_NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN",
                            "XA", "XB", "XK", "ZZ"})


class VatCategory(StrEnum):
    """EN 16931 VAT category codes (UNCL 5305) this seller uses."""

    STANDARD = "S"
    REVERSE_CHARGE = "AE"
    NOT_SUBJECT = "O"


# BT-121: the VATEX exemption reason codes EN 16931 expects with AE and O (BR-AE-10, BR-O-10).
EXEMPTION_CODES = {VatCategory.REVERSE_CHARGE: "VATEX-EU-AE",
                   VatCategory.NOT_SUBJECT: "VATEX-EU-O"}
# BT-120 and the PDF's mention: « Autoliquidation » is the word 242 nonies A I 13° requires.
EXEMPTION_TEXTS = {
    VatCategory.REVERSE_CHARGE: (
        "Autoliquidation\u00a0: TVA due par le preneur (article 196 de la directive "
        "2006/112/CE\u202f; article 283-2 du CGI), prestation de services localisée chez le "
        "preneur (article 259 du CGI)"),
    VatCategory.NOT_SUBJECT: (
        "TVA non applicable, prestation de services hors du champ de la TVA française "
        "(article 259 du CGI)"),
}


def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes (from the CLDR data Babel carries)."""
    from babel import Locale

    codes = (str(code) for code in Locale("en").territories)
    return frozenset(code for code in codes
                     if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES)


def check_country(text: object) -> str:
    """An ISO 3166-1 alpha-2 country code ("de" -> "DE"); empty: France."""
    code = str(text or "").strip().upper() or FRANCE
    if len(code) != 2 or code not in country_codes():
        raise BadInput("country", "invalid_country", text)
    return code


def vat_prefix(country: str) -> str:
    return VAT_PREFIX.get(country, country)


def needs_siren(country: str) -> bool:
    """A French company has a SIREN (C. com. R123-221); a foreign one has none."""
    return country == FRANCE


def vat_category(country: str, vat_number: str) -> VatCategory:
    """The VAT the buyer's invoice bears (see the module's docstring)."""
    if country in FRENCH_VAT_TERRITORY:
        return VatCategory.STANDARD
    if country in EU_MEMBER_STATES:
        return VatCategory.REVERSE_CHARGE if vat_number else VatCategory.STANDARD
    return VatCategory.NOT_SUBJECT
