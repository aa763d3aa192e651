"""One handler per command: call the service, then print the result."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from .. import services as s
from ..domain.dates import parse_day, zone
from ..domain.money import parse_euros
from ..domain.text import parse_int
from ..services.results import ADMINISTRATOR
from .after_commit import after_commit
from .output import emit, fmt_day, fmt_eur, fmt_eur_fine, fmt_int, table

ACTOR = ADMINISTRATOR


def whole_number(text: str, field: str) -> int:
    """Signs are left to the rule that knows them (a limit of -5 says "must be positive")."""
    return parse_int(text, field)


def opt_day(text: str | None, field: str) -> date | None:
    return None if text is None else parse_day(text, field)


def company_zone(db: Any) -> ZoneInfo:
    """The time zone instants are shown in (Paris before the company exists)."""
    company = s.company(db)
    return zone(company.timezone if company else "Europe/Paris")


def cmd_init(db: Any, a: argparse.Namespace, now: Any) -> None:
    view = s.init_company(db, ACTOR, name=a.company, siren=a.siren, vat_number=a.vat,
                          legal_form=a.legal_form, address=a.address.replace("\\n", "\n"),
                          email=a.email, timezone=a.timezone, now=now)
    emit(a.json, view, f"Compte d'entreprise créé : {view.name} (SIREN {view.siren}).")


def cmd_terms(db: Any, a: argparse.Namespace, now: Any) -> None:
    view = s.approve_terms(db, ACTOR, now) if a.action == "approve" else s.company(db)
    assert view is not None
    data = {"terms_approved": view.terms_approved_at is not None,
            "terms_approved_at": view.terms_approved_at,
            "terms_approved_by": view.terms_approved_by}
    text = ("Conditions d'entreprise approuvées le "
            f"{fmt_day(view.terms_approved_at.astimezone(company_zone(db)).date())} par "
            f"{view.terms_approved_by}."
            if view.terms_approved_at else "Conditions d'entreprise non approuvées.")
    emit(a.json, data, text)


def cmd_status(db: Any, a: argparse.Namespace, now: Any) -> None:
    v = s.status(db, now)
    data = {
        "company": v.company, "balance": v.balance, "used_this_month": v.used_this_month,
        "month": v.month, "last_use": v.last_use, "expires_on": v.expires_on,
        "days_left": v.days_left, "unpaid_invoices": v.unpaid_count,
        "unpaid_cents": v.unpaid_cents, "overdue_invoices": v.overdue_count,
        "terms_approved": v.terms_approved,
    }
    text = "\n".join([
        f"{v.company}",
        f"Solde du panier : {fmt_int(v.balance)} crédits",
        f"Utilisés ce mois-ci ({v.month}) : {fmt_int(v.used_this_month)} crédits",
        f"Expiration des crédits : {fmt_day(v.expires_on)}"
        + (f" (dans {v.days_left} jours)" if v.days_left is not None else ""),
        f"Factures à régler : {v.unpaid_count} ({fmt_eur(v.unpaid_cents)}), "
        f"dont {v.overdue_count} en retard",
    ])
    emit(a.json, data, text)


def cmd_packs(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "set":
        s.set_pack(db, ACTOR, a.code, name=a.name, credits=whole_number(a.credits, "credits"),
                   price_cents=parse_euros(a.price), active=not a.inactive, now=now)
    packs = s.list_packs(db)
    rows = [[p.code, p.name, fmt_int(p.credits), fmt_eur(p.price_cents),
             fmt_eur_fine(p.price_per_credit_millicents),
             f"-{p.saving_percent}\u202f%" if p.saving_percent else ""] for p in packs]
    emit(a.json, packs, table(rows, ["Code", "Type", "Crédits", "Prix HT", "Prix/crédit",
                                     "Économie"]))


def cmd_services(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "set":
        s.set_service(db, ACTOR, a.code, name=a.name, unit=a.unit,
                      rate=whole_number(a.rate, "rate"), active=not a.inactive, now=now)
    svc, cx = s.list_services(db), s.list_complexities(db)
    text = table([[x.code, x.name, f"{x.rate} / {x.unit}"] for x in svc],
                 ["Code", "Service", "Crédits"]) + "\n\n" + table(
        [[c.code, c.name, f"×{c.factor_permille / 1000:g}".replace(".", ",")] for c in cx],
        ["Code", "Complexité", "Facteur"])
    emit(a.json, {"services": svc, "complexities": cx}, text)


EMAIL_WORDS = {"sent": "envoyée par e-mail", "queued": "en attente d'envoi (serveur SMTP "
               "injoignable, nouvel essai automatique)", "no_smtp": "non envoyée : configurez "
               "le serveur SMTP (deepetch smtp set)", "no_recipient": "non envoyée : "
               "l'entreprise n'a pas d'adresse e-mail de facturation"}


def send_now(db: Any, now: Any, number: str) -> str:
    """Render and send what is queued, right after the commit; say what became of the e-mail
    of invoice `number` (not of the rest of the outbox)."""
    s.archive_pending(db, now)
    report = s.deliver_outbox(db, now)
    if not report.configured:
        return "no_smtp"
    return s.invoice_email_state(db, number) or "no_recipient"


def cmd_buy(db: Any, a: argparse.Namespace, now: Any) -> None:
    r = s.buy(db, ACTOR, a.pack, a.quantity, a.key, now=now)
    # Committed: from here on a failure is left to the catch-up, never an error exit.
    done = after_commit(db, a, r.invoice_number, lambda: send_now(db, now, r.invoice_number))
    email = done.email
    data = {**vars_of(r), "document": done.document, "email": email}
    emit(a.json, data, f"{fmt_int(r.credits)} crédits ajoutés, solde {fmt_int(r.balance)}. "
         f"Facture {r.invoice_number} : {fmt_eur(r.gross_cents)} TTC, "
         f"échéance {fmt_day(r.due_date)}, {EMAIL_WORDS[email]}.")


def vars_of(result: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(result)


def cmd_seller(db: Any, a: argparse.Namespace, now: Any) -> None:
    warnings: tuple[str, ...] = ()
    if a.action == "set":
        changes: dict[str, Any] = {}
        if a.penalty_rate is not None:
            changes["penalty_rate_bp"] = parse_euros(a.penalty_rate, "penalty_rate")
        if a.iban is not None:
            changes["iban"] = a.iban.replace(" ", "").upper()
        if a.bic is not None:
            changes["bic"] = a.bic.strip().upper()
        if a.logo is not None:
            changes["logo_path"] = a.logo or None
        update = s.update_seller(db, ACTOR, now=now, **changes)
        view, warnings = update.seller, update.warnings
    else:
        view = s.seller_view(db)
    text = (f"{view.name} {view.legal_form}, SIREN {view.siren}, TVA {view.vat_number}, "
            f"IBAN {view.iban}, pénalités {view.penalty_rate_bp / 100:.2f} %".replace(".", ","))
    if warnings:
        text += ("\nAttention : ce taux est inférieur à trois fois le taux d'intérêt légal, "
                 "le minimum que la loi permet.")
    emit(a.json, {**vars_of(view), "warnings": list(warnings)}, text)
