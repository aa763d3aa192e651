"""Handlers for sub-accounts, limits, tasks, invoices and the audit."""

from __future__ import annotations

import argparse
from typing import Any

from .. import services as s
from ..domain.errors import DeepetchError
from ..services.results import SubAccountView
from .commands import ACTOR, company_zone, opt_day, whole_number
from .output import emit, fmt_day, fmt_eur, fmt_instant, fmt_int, table, to_json

KINDS = {"none": "Aucune limite", "monthly": "Limite mensuelle", "fixed": "Limite fixe"}
STATUSES = {"active": "Actif", "suspended": "Suspendu", "closed": "Clôturé"}
INVOICE_STATUSES = {"issued": "Émise", "sent": "Envoyée", "partly_paid": "Partiellement payée",
                    "paid": "Payée", "overdue": "En retard", "cancelled": "Annulée par avoir"}


def _sub_text(v: SubAccountView) -> str:
    limit = KINDS[v.limit_kind] + (f" {fmt_int(v.limit_amount)}" if v.limit_amount else "")
    if v.limit_from or v.limit_to:
        limit += f" (du {fmt_day(v.limit_from)} au {fmt_day(v.limit_to)})"
    return (f"#{v.id} {v.name} <{v.email}> {v.department} : {STATUSES[v.status]}, {limit}, "
            f"utilisés {fmt_int(v.used)}, restants {fmt_int(v.remaining)}")


def cmd_subaccounts(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "add":
        v = s.add_sub_account(db, ACTOR, name=a.name, email=a.email, department=a.department,
                              phone=a.phone, role=a.role, now=now)
        emit(a.json, v, "Sous-compte créé : " + _sub_text(v))
    elif a.action == "list":
        subs = s.list_sub_accounts(db, now)
        rows = [[str(v.id), v.name, v.email, v.department, KINDS[v.limit_kind],
                 fmt_int(v.limit_amount), fmt_int(v.used), fmt_int(v.remaining),
                 STATUSES[v.status]] for v in subs]
        emit(a.json, subs, table(rows, ["Id", "Nom", "E-mail", "Service", "Limite", "Montant",
                                        "Utilisés", "Restants", "Statut"])
             or "Aucun sous-compte.")
    else:
        action = {"show": s.get_sub_account, "suspend": s.suspend_sub_account,
                  "reactivate": s.reactivate_sub_account, "close": s.close_sub_account}
        if a.action == "show":
            v = s.get_sub_account(db, a.sub, now)
        else:
            v = action[a.action](db, ACTOR, a.sub, now)  # type: ignore[operator]
        emit(a.json, v, _sub_text(v))


def cmd_limits(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "show":
        v = s.get_sub_account(db, a.sub, now)
        data = {"sub_account_id": v.id, "limit_kind": v.limit_kind,
                "limit_amount": v.limit_amount, "limit_from": v.limit_from,
                "limit_to": v.limit_to, "used": v.used, "remaining": v.remaining}
        emit(a.json, data, _sub_text(v))
        return
    kind, amount = "none", None
    if a.monthly is not None:
        kind, amount = "monthly", whole_number(a.monthly, "amount")
    elif a.fixed is not None:
        kind, amount = "fixed", whole_number(a.fixed, "amount")
    change = s.set_limit(db, ACTOR, a.sub, kind, amount, opt_day(a.valid_from, "valid_from"),
                         opt_day(a.valid_to, "valid_to"), now=now)
    text = (f"{KINDS[change.limit_kind]} enregistrée"
            + (f" : {fmt_int(change.limit_amount)} crédits" if change.limit_amount else "")
            + (". Crédits utilisés remis à 0." if change.used_reset else "."))
    emit(a.json, change, text)


def cmd_tasks(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "estimate":
        e = s.estimate_task(db, a.service, a.complexity, a.units)
        emit(a.json, e, f"Coût estimé : {fmt_int(e.cost)} crédits.")
    elif a.action == "submit":
        r = s.submit_task(db, ACTOR, sub_account=a.subaccount, service_code=a.service,
                          complexity_code=a.complexity, units=a.units, title=a.title,
                          key=a.key, now=now)
        emit(a.json, r, f"Tâche {r.task_id} acceptée : {fmt_int(r.cost)} crédits, solde "
             f"{fmt_int(r.balance)}, restants {fmt_int(r.remaining)}.")
    elif a.action == "list":
        tasks, tz = s.list_tasks(db, a.subaccount, a.month), company_zone(db)
        rows = [[str(t.id), fmt_day(t.submitted_at.astimezone(tz).date()), t.sub_account_name,
                 t.service_code, t.complexity_code, fmt_int(t.units), fmt_int(t.cost),
                 t.title, "remboursée" if t.refunded_at else ""] for t in tasks]
        emit(a.json, tasks, table(rows, ["Id", "Date", "Sous-compte", "Service", "Complexité",
                                         "Unités", "Coût", "Titre", ""]) or "Aucune tâche.")
    else:
        refund = s.refund_task(db, ACTOR, a.task_id, now=now)
        emit(a.json, refund, f"Tâche {refund.task_id} remboursée : "
             f"{fmt_int(refund.credits)} crédits, solde {fmt_int(refund.balance)}.")


def cmd_invoices(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "list":
        invs = s.list_invoices(db, now)
        rows = [[i.number, fmt_day(i.issue_date), fmt_day(i.due_date), fmt_eur(i.gross_cents),
                 fmt_eur(i.left_cents), INVOICE_STATUSES.get(i.status, i.status)] for i in invs]
        emit(a.json, invs, table(rows, ["Numéro", "Date", "Échéance", "TTC", "Reste dû",
                                        "Statut"]) or "Aucune facture.")
    elif a.action == "show":
        i = s.get_invoice(db, a.number, now)
        emit(a.json, i, f"{i.number} du {fmt_day(i.issue_date)} : {i.description}\n"
             f"HT {fmt_eur(i.net_cents)}, TVA {fmt_eur(i.vat_cents)}, TTC "
             f"{fmt_eur(i.gross_cents)}, échéance {fmt_day(i.due_date)}, "
             f"{INVOICE_STATUSES.get(i.status, i.status)}, reste dû {fmt_eur(i.left_cents)}.")


def cmd_audit(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "verify":
        r = s.verify(db)
        emit(a.json, r, "Intégrité vérifiée : tout concorde." if r.ok
             else "Problèmes :\n" + "\n".join(r.problems))
        if not r.ok:
            raise SystemExit(1)
        return
    entries, tz = s.list_audit(db), company_zone(db)
    rows = [[fmt_instant(e.at, tz), e.actor, e.action,
             ", ".join(f"{k}={v}" for k, v in to_json(e.details).items())] for e in entries]
    emit(a.json, entries, table(rows, ["Quand", "Qui", "Action", "Détails"]) or "Journal vide.")


def cmd_demo(db: Any, a: argparse.Namespace, now: Any) -> None:
    s.create_demo(db, now)
    v = s.status(db, now)
    emit(a.json, {"company": v.company, "balance": v.balance},
         f"Entreprise de démonstration créée : {v.company}, solde {fmt_int(v.balance)} crédits.")


__all__ = ["DeepetchError"]


def cmd_basket(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "correct":
        r = s.correct_basket(db, ACTOR, whole_number(a.credits, "credits"), a.reason, now=now)
        emit(a.json, r, f"Correction enregistrée : {r.credits:+d} crédits, solde "
             f"{fmt_int(r.balance)}.")
        return
    entries, tz = s.list_ledger(db, whole_number(a.limit, "limit")), company_zone(db)
    rows = [[fmt_instant(e.at, tz), KIND_WORDS.get(e.kind, e.kind),
             f"{e.credits:+,}".replace(",", "\u202f"), fmt_int(e.balance_after), e.note]
            for e in entries]
    emit(a.json, entries, table(rows, ["Quand", "Opération", "Crédits", "Solde", "Note"])
         or "Aucune écriture.")


KIND_WORDS = {"purchase": "Achat", "task": "Tâche", "refund": "Remboursement",
              "expiry": "Expiration", "correction": "Correction", "credit_note": "Avoir"}
