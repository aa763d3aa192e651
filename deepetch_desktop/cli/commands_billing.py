"""Handlers for invoices after issue, SMTP, scheduled work and notifications."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .. import services as s
from ..domain.errors import BadInput
from ..domain.money import parse_euros
from ..domain.text import clean_text
from .after_commit import after_commit, documents_warning
from .commands import ACTOR, EMAIL_WORDS, company_zone, opt_day, send_now, vars_of
from .commands_more import INVOICE_STATUSES
from .output import emit, fmt_eur, fmt_instant, fmt_int


def write_file(path: Path, data: bytes) -> None:
    """Write next to the target then rename: a full disk never leaves half a file behind."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BadInput("output", "cannot_write", f"{path}: {exc.strerror}") from None


def output_path(text: str) -> Path:
    """Where a file will be written, checked before any work: a new or regular file (never a
    folder or a device such as /dev/null) in an existing folder this user may write in."""
    target = Path(clean_text(text, "output", required=True)).expanduser()
    try:
        exists, regular, folder = target.exists(), target.is_file(), target.parent.is_dir()
    except OSError:  # a name too long for the file system, a loop of links...
        raise BadInput("output", "cannot_write", text) from None
    if exists and not regular:
        raise BadInput("output", "not_a_regular_file", text)
    if not folder:
        raise BadInput("output", "no_such_folder", text)
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise BadInput("output", "cannot_write", text)
    return target


def cmd_invoice_actions(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "pdf":
        target = output_path(a.output)
        pdf = s.invoice_pdf(db, a.number, now)
        write_file(target, pdf)
        emit(a.json, {"number": a.number, "output": str(target), "bytes": len(pdf)},
             f"Facture {a.number} enregistrée dans {target}.")
    elif a.action == "send":
        number = s.resend_invoice(db, ACTOR, a.number, now=now).number
        done = after_commit(db, a, number, lambda: send_now(db, now, number))
        emit(a.json, {"number": number, "document": done.document, "email": done.email},
             f"Facture {number} : {EMAIL_WORDS[done.email]}.")
    elif a.action == "pay":
        view = s.record_payment(db, ACTOR, a.number, parse_euros(a.amount), now=now,
                                paid_on=opt_day(a.date, "date"), reference=a.reference)
        emit(a.json, view, f"Paiement enregistré. Facture {view.number} : "
             f"{INVOICE_STATUSES[view.status]}, reste dû {fmt_eur(view.left_cents)}.")
    else:
        amount = None if a.amount is None else parse_euros(a.amount)
        view = s.issue_credit_note(db, ACTOR, a.number, a.reason, now=now, amount_cents=amount)
        done = after_commit(db, a, view.number, lambda: send_now(db, now, view.number))
        emit(a.json, {**vars_of(view), "document": done.document, "email": done.email},
             f"Avoir {view.number} émis sur la facture {view.corrects_number} : "
             f"{fmt_eur(view.gross_cents)} TTC, {fmt_int(view.credits)} crédits repris.")


def cmd_smtp(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "set":
        password = None
        if a.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
            if not password:
                raise BadInput("password", "required", "")
        view = s.set_smtp(db, ACTOR, host=a.host, port=a.port, security=a.security,
                          sender=a.sender, user=a.user, password=password, cafile=a.cafile,
                          allow_cleartext_auth=a.allow_cleartext_auth, now=now)
    else:
        view = s.smtp_view(db)
    text = (f"Serveur SMTP : {view.host}:{view.port} ({view.security}), expéditeur "
            f"{view.sender}" + (f", utilisateur {view.user}" if view.user else "")
            + (", mot de passe envoyé en clair (autorisé)" if view.allow_cleartext_auth else "")
            + "."
            if view.configured else "Aucun serveur SMTP configuré.")
    emit(a.json, view, text)


def cmd_catch_up(db: Any, a: argparse.Namespace, now: Any) -> None:
    r = s.catch_up(db, now)
    outbox = r.outbox
    if r.documents_failed:  # said, but not a failure: the rest was done, they wait for a fix
        documents_warning(a, r.documents_failed)
    data = {"month_ends": list(r.month_ends), "expiry_reminder_days": r.expiry_reminder_days,
            "expired_credits": r.expired_credits, "limit_alerts": r.limit_alerts,
            "invoice_reminders": r.invoice_reminders, "archived_documents": r.archived,
            "documents_failed": list(r.documents_failed),
            "emails_sent": outbox.sent if outbox else 0,
            "emails_waiting": outbox.waiting if outbox else 0,
            "smtp_configured": bool(outbox and outbox.configured),
            "daily_backup": r.daily_backup}
    backup = {"taken": f"\nSauvegarde du jour\u00a0: {r.daily_backup.path}.",
              "failed": f"\nSauvegarde du jour impossible\u00a0: {r.daily_backup.error}"
              }.get(r.daily_backup.status, "")
    emit(a.json, data, "Travail planifié à jour : "
         f"{len(r.month_ends)} fin(s) de mois, {r.limit_alerts} alerte(s) de limite, "
         f"{r.invoice_reminders} relance(s), {fmt_int(r.expired_credits)} crédits expirés, "
         f"{data['emails_sent']} e-mail(s) envoyé(s), {data['emails_waiting']} en attente."
         + backup)


def cmd_notifications(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "read":
        count = s.mark_notifications_read(db, now)
        emit(a.json, {"marked_read": count}, f"{count} notification(s) marquée(s) comme lue(s).")
        return
    notes, tz = s.list_notifications(db), company_zone(db)
    emit(a.json, notes, "\n".join(
        f"{fmt_instant(n.at, tz)} {'  ' if n.read else '• '}{n.title} : {n.body}" for n in notes)
        or "Aucune notification.")


def cmd_reminders(db: Any, a: argparse.Namespace, now: Any) -> None:
    if a.action == "set":
        r = s.set_reminders(db, ACTOR, expiry_days=a.expiry_days, invoice_days=a.invoice_days,
                            now=now)
    else:
        r = s.reminder_settings(db)
    emit(a.json, r, "Rappels d'expiration : " + ", ".join(f"J-{d}" for d in r.expiry_days)
         + " ; relances de facture : "
         + ", ".join(f"J{d:+d}" for d in r.invoice_days) + ".")
