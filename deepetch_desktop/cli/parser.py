"""The argument parser: bad arguments are one sentence on stderr and exit status 2."""

from __future__ import annotations

import argparse
from typing import NoReturn

from ..about import version
from . import commands_company, commands_schedule


class UsageError(Exception):
    """Raised instead of argparse's exit, so `main` reports it like any other bad input."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> Parser:
    p = Parser(prog="deepetch", description="Administration du compte d'entreprise Deepetch.")
    p.add_argument("--db", metavar="URL", help="base de données (défaut : fichier SQLite local)")
    p.add_argument("--json", action="store_true", help="sortie JSON lisible par un programme")
    p.add_argument("--lang", choices=["fr", "en"], help="langue des messages")
    p.add_argument("--version", action="version", version=f"deepetch {version()}")
    cmd = p.add_subparsers(dest="command", metavar="COMMANDE", parser_class=Parser)
    cmd.required = True

    init = cmd.add_parser("init", help="créer le compte d'entreprise")
    init.add_argument("--company", required=True)
    init.add_argument("--siren", required=True)
    init.add_argument("--vat")
    init.add_argument("--legal-form", default="")
    init.add_argument("--address", default="")
    init.add_argument("--email", default="")
    init.add_argument("--timezone", default="Europe/Paris")

    terms = cmd.add_parser("terms", help="conditions d'entreprise")
    terms.add_argument("action", choices=["approve", "show"])

    cmd.add_parser("status", help="solde, utilisés ce mois-ci, expiration, factures")
    packs = cmd.add_parser("packs", help="types de crédits")
    pack_cmd = packs.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    pack_cmd.required = True
    pack_cmd.add_parser("list")
    pack_set = pack_cmd.add_parser("set")
    pack_set.add_argument("code")
    pack_set.add_argument("--name", required=True)
    pack_set.add_argument("--credits", required=True)
    pack_set.add_argument("--price", required=True, metavar="EUR", help="prix HT")
    pack_set.add_argument("--inactive", action="store_true")
    services = cmd.add_parser("services", help="services et complexités")
    svc_cmd = services.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    svc_cmd.required = True
    svc_cmd.add_parser("list")
    svc_set = svc_cmd.add_parser("set")
    svc_set.add_argument("code")
    svc_set.add_argument("--name", required=True)
    svc_set.add_argument("--unit", required=True)
    svc_set.add_argument("--rate", required=True, help="crédits par unité")
    svc_set.add_argument("--inactive", action="store_true")
    seller = cmd.add_parser("seller", help="coordonnées du vendeur sur les factures")
    sel_cmd = seller.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    sel_cmd.required = True
    sel_cmd.add_parser("show")
    sel_set = sel_cmd.add_parser("set")
    sel_set.add_argument("--penalty-rate", metavar="PERCENT")
    sel_set.add_argument("--iban")
    sel_set.add_argument("--bic")
    sel_set.add_argument("--logo", metavar="FILE")

    buy = cmd.add_parser("buy", help="acheter des crédits (conditions d'entreprise)")
    buy.add_argument("pack")
    buy.add_argument("--quantity", default="1")
    buy.add_argument("--key")

    basket = cmd.add_parser("basket", help="panier de crédits")
    basket_cmd = basket.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    basket_cmd.required = True
    ledger = basket_cmd.add_parser("ledger")
    ledger.add_argument("--limit", default="50")
    correct = basket_cmd.add_parser("correct")
    correct.add_argument("--credits", required=True,
                         help="positif pour ajouter, négatif pour retirer")
    correct.add_argument("--reason", required=True)

    subs = cmd.add_parser("subaccounts", help="sous-comptes")
    sub_cmd = subs.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    sub_cmd.required = True
    add = sub_cmd.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--email", required=True)
    add.add_argument("--department", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--role", default="")
    sub_cmd.add_parser("list")
    for action in ("show", "suspend", "reactivate", "close"):
        sub_cmd.add_parser(action).add_argument("sub", metavar="SUB")

    limits = cmd.add_parser("limits", help="limites des sous-comptes")
    lim_cmd = limits.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    lim_cmd.required = True
    set_ = lim_cmd.add_parser("set")
    set_.add_argument("sub", metavar="SUB")
    kind = set_.add_mutually_exclusive_group(required=True)
    kind.add_argument("--monthly", metavar="N")
    kind.add_argument("--fixed", metavar="N")
    kind.add_argument("--none", action="store_true")
    set_.add_argument("--from", dest="valid_from", metavar="DATE")
    set_.add_argument("--to", dest="valid_to", metavar="DATE")
    lim_cmd.add_parser("show").add_argument("sub", metavar="SUB")

    tasks = cmd.add_parser("tasks", help="tâches")
    task_cmd = tasks.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    task_cmd.required = True
    est = task_cmd.add_parser("estimate")
    est.add_argument("--service", required=True)
    est.add_argument("--complexity", default="STANDARD")
    est.add_argument("--units", required=True)
    sub = task_cmd.add_parser("submit")
    sub.add_argument("--subaccount", required=True)
    sub.add_argument("--service", required=True)
    sub.add_argument("--complexity", default="STANDARD")
    sub.add_argument("--units", required=True)
    sub.add_argument("--title", default="")
    sub.add_argument("--key")
    lst = task_cmd.add_parser("list")
    lst.add_argument("--subaccount")
    lst.add_argument("--month")
    task_cmd.add_parser("refund").add_argument("task_id", metavar="TASK_ID")

    inv = cmd.add_parser("invoices", help="factures")
    inv_cmd = inv.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    inv_cmd.required = True
    inv_cmd.add_parser("list")
    inv_cmd.add_parser("show").add_argument("number")
    pdf = inv_cmd.add_parser("pdf")
    pdf.add_argument("number")
    pdf.add_argument("--output", required=True, metavar="FILE")
    inv_cmd.add_parser("send").add_argument("number")
    pay = inv_cmd.add_parser("pay")
    pay.add_argument("number")
    pay.add_argument("--amount", required=True, metavar="EUR")
    pay.add_argument("--date", metavar="DATE")
    pay.add_argument("--reference", default="")
    credit = inv_cmd.add_parser("credit-note")
    credit.add_argument("number")
    credit.add_argument("--amount", metavar="EUR")
    credit.add_argument("--reason", required=True)

    smtp = cmd.add_parser("smtp", help="serveur d'envoi des e-mails")
    smtp_cmd = smtp.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    smtp_cmd.required = True
    smtp_set = smtp_cmd.add_parser("set")
    smtp_set.add_argument("--host", required=True)
    smtp_set.add_argument("--port", required=True)
    smtp_set.add_argument("--security", required=True, choices=["none", "starttls", "tls"])
    smtp_set.add_argument("--sender", required=True)
    smtp_set.add_argument("--user", default="")
    smtp_set.add_argument("--cafile", metavar="FILE")
    smtp_set.add_argument("--password-stdin", action="store_true")
    smtp_set.add_argument("--allow-cleartext-auth", action="store_true",
                          help="avec --security none et --user : accepter que le mot de passe "
                          "circule en clair sur le réseau")
    smtp_cmd.add_parser("show")

    report = cmd.add_parser("report", help="rapports de consommation")
    report.add_argument("kind", choices=["usage"])
    report.add_argument("--from", dest="start", required=True, metavar="DATE")
    report.add_argument("--to", dest="end", required=True, metavar="DATE")
    report.add_argument("--by", default="subaccount",
                        choices=["subaccount", "department", "service", "month"])
    report.add_argument("--format", choices=["csv", "xlsx", "pdf", "json"])
    report.add_argument("--output", metavar="FILE")
    backup = cmd.add_parser("backup", help="sauvegarde en ligne du fichier SQLite")
    backup.add_argument("file")
    backup.add_argument("--replace", action="store_true",
                        help="remplacer FILE s'il est une ancienne sauvegarde de Deepetch")
    cmd.add_parser("restore", help="remettre une sauvegarde à la place de la base (la base "
                   "actuelle est gardée à côté)").add_argument("backup", metavar="BACKUP")

    cmd.add_parser("catch-up", help="faire maintenant le travail planifié qui est dû")
    notes = cmd.add_parser("notifications", help="notifications")
    notes.add_argument("action", choices=["list", "read"])
    rem = cmd.add_parser("reminders", help="calendrier des rappels")
    rem_cmd = rem.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    rem_cmd.required = True
    rem_set = rem_cmd.add_parser("set")
    rem_set.add_argument("--expiry-days", required=True, metavar="30,7,1")
    rem_set.add_argument("--invoice-days", required=True, metavar="-5,1,15,30")
    rem_cmd.add_parser("show")

    audit = cmd.add_parser("audit", help="journal et vérification")
    audit.add_argument("action", choices=["list", "verify"])
    cmd.add_parser("demo", help="créer une entreprise de démonstration")
    commands_company.add_parser(cmd, Parser)
    commands_schedule.add_parser(cmd, Parser)
    return p
