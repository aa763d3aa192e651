"""`deepetch company show|set`: the company's details, correctable at any time."""

from __future__ import annotations

import argparse
from typing import Any

from .. import services as s
from ..domain.errors import NotInitialised
from ..services.results import CompanyView
from .commands import ACTOR, vars_of
from .output import emit

# option -> the company's field; only the options given change
OPTIONS = {"name": "name", "legal_form": "legal_form", "siren": "siren", "vat": "vat_number",
           "address": "address", "email": "billing_email", "timezone": "timezone"}
WORDS = {"name": "raison sociale", "legal_form": "forme juridique", "siren": "SIREN",
         "vat_number": "n° de TVA", "address": "adresse", "billing_email": "e-mail de "
         "facturation", "timezone": "fuseau horaire"}


def add_parser(cmd: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    company = cmd.add_parser("company", help="coordonnées de l'entreprise (factures, e-mails)")
    actions = company.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    actions.required = True
    actions.add_parser("show")
    change = actions.add_parser("set", help="corriger les coordonnées : seules les options "
                                "données changent ; les factures déjà émises gardent les leurs")
    change.add_argument("--name", help="raison sociale")
    change.add_argument("--legal-form", help="forme juridique (SAS, SARL…)")
    change.add_argument("--siren")
    change.add_argument("--vat", help="n° de TVA intracommunautaire (vide : calculé du SIREN)")
    change.add_argument("--address", help="adresse (\\n entre les lignes)")
    change.add_argument("--email", help="e-mail de facturation (vide : aucun)")
    change.add_argument("--timezone", help="fuseau horaire, par exemple Europe/Paris")


def company_text(view: CompanyView) -> str:
    address = view.address.replace("\n", ", ") or "—"
    return "\n".join([
        f"{view.name}{' ' + view.legal_form if view.legal_form else ''}",
        f"SIREN\u00a0: {view.siren}, TVA\u00a0: {view.vat_number}",
        f"Adresse\u00a0: {address}",
        f"E-mail de facturation\u00a0: {view.billing_email or '—'}",
        f"Fuseau horaire\u00a0: {view.timezone}",
    ])


def cmd_company(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "show":
        view = s.company(db)
        if view is None:
            raise NotInitialised()
        emit(a.json, view, company_text(view))
        return
    given = {field: getattr(a, option) for option, field in OPTIONS.items()
             if getattr(a, option) is not None}
    if "address" in given:
        given["address"] = given["address"].replace("\\n", "\n")
    update = s.update_company(db, ACTOR, now=now, **given)
    if update.changed:
        head = ("Coordonnées modifiées (" + ", ".join(WORDS[f] for f in update.changed)
                + ")\u00a0: les prochaines factures les porteront, celles déjà émises gardent "
                "les leurs.")
    else:
        head = "Rien n'a changé\u00a0: les coordonnées étaient déjà celles-ci."
    emit(a.json, {**vars_of(update.company), "changed": list(update.changed)},
         head + "\n" + company_text(update.company))
