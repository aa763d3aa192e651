"""Invoices and credit notes: `invoices list|show|pdf|send|pay|credit-note`."""

from __future__ import annotations

import argparse
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from ...domain.invoicing import is_credit_note_number
from ...domain.money import parse_euros
from ...domain.vocabulary import LifecycleStatus
from ...services.results import InvoiceView
from ...texts.voice import Voice
from ..after_commit import after_commit
from ..common import (
    Commands,
    company_zone,
    fields,
    optional_day,
    output_path,
    send_now,
    services,
    voice,
    write_file,
)
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    invoices = commands.actions(commands.add("invoices"), "invoices")
    invoices.add("list", cmd_list)
    invoices.add("show", cmd_show).add_argument("number", metavar="NUMBER")
    pdf = invoices.add("pdf", cmd_pdf)
    pdf.add_argument("number", metavar="NUMBER")
    pdf.add_argument("--output", required=True, metavar="FILE")
    invoices.add("send", cmd_send).add_argument("number", metavar="NUMBER")
    pay = invoices.add("pay", cmd_pay)
    pay.add_argument("number", metavar="NUMBER")
    pay.add_argument("--amount", required=True, metavar="EUR")
    pay.add_argument("--date", metavar="DATE", help=invoices.help("pay --date"))
    pay.add_argument("--reference", default="")
    credit = invoices.add("credit-note", cmd_credit_note)
    credit.add_argument("number", metavar="NUMBER")
    credit.add_argument("--amount", metavar="EUR", help=invoices.help("credit-note --amount"))
    credit.add_argument("--reason", required=True)
    refund = invoices.add("refund", cmd_refund)
    refund.add_argument("number", metavar="NUMBER")
    refund.add_argument("--amount", metavar="EUR", help=invoices.help("refund --amount"))
    refund.add_argument("--date", metavar="DATE", help=invoices.help("refund --date"))
    refund.add_argument("--reference", default="")


def cmd_list(db: Database, args: argparse.Namespace, now: datetime) -> None:
    invoices, v = services.list_invoices(db, args.actor, now), voice(args.lang)
    rows = [[i.number, v.day(i.issue_date), v.day(i.due_date), v.money(i.gross_cents),
             v.money(i.left_cents), v.label(i.status)] for i in invoices]
    emit(args.json, invoices,
         table(rows, v.headers("invoices.headers")) or v.say("invoices.empty"))


def cmd_show(db: Database, args: argparse.Namespace, now: datetime) -> None:
    i, v = services.get_invoice(db, args.actor, args.number, now), voice(args.lang)
    text = v.say(
        "invoices.show", number=i.number, day=v.day(i.issue_date), description=i.description,
        net=v.money(i.net_cents), vat=v.money(i.vat_cents), gross=v.money(i.gross_cents),
        due=v.day(i.due_date), status=v.label(i.status), left=v.money(i.left_cents))
    emit(args.json, i, "\n".join([text, *_after_issue(i, v, company_zone(db))]))


def _after_issue(i: InvoiceView, v: Voice, zone: tzinfo) -> list[str]:
    """The refunds owed and made, and the statuses the approved platform reported."""
    lines = [v.say("invoices.refunded", amount=v.money(r.amount_cents), day=v.day(r.refunded_on),
                   reference=f" ({r.reference})" if r.reference else "") for r in i.refunds]
    if i.refund_owed_cents:
        lines.append(v.say("invoices.refund_owed", amount=v.money(i.refund_owed_cents),
                           number=i.corrects_number or i.number))
    for status in i.lifecycle:
        code = str(status.code)
        label = v.label(status.code) if isinstance(status.code, LifecycleStatus) else ""
        lines.append(v.say("invoices.lifecycle", code=code, label=label,
                           at=v.instant(status.at, zone),
                           reason=f" ({status.reason})" if status.reason else ""))
    return lines


def cmd_pdf(db: Database, args: argparse.Namespace, now: datetime) -> None:
    target = output_path(args.output)
    pdf = services.invoice_pdf(db, args.actor, args.number, now)
    write_file(target, pdf)
    emit(args.json, {"number": args.number, "output": str(target), "bytes": len(pdf)},
         voice(args.lang).say("invoices.saved_credit_note" if is_credit_note_number(args.number)
                              else "invoices.saved", number=args.number, path=target))


def cmd_send(db: Database, args: argparse.Namespace, now: datetime) -> None:
    number = services.resend_invoice(db, args.actor, args.number, now=now).number
    done = after_commit(db, args, number, lambda: send_now(db, args.actor, now, number))
    v = voice(args.lang)
    emit(args.json, {"number": number, "document": done.document, "email": done.email},
         v.say("invoices.sent", number=number, email=v.say(f"email.{done.email}")))


def cmd_pay(db: Database, args: argparse.Namespace, now: datetime) -> None:
    i = services.record_payment(db, args.actor, args.number,
                                parse_euros(args.amount), now=now,
                                paid_on=optional_day(args.date, "date"), reference=args.reference)
    v = voice(args.lang)
    emit(args.json, i, v.say("invoices.paid", number=i.number, status=v.label(i.status),
                             left=v.money(i.left_cents)))


def cmd_refund(db: Database, args: argparse.Namespace, now: datetime) -> None:
    amount = None if args.amount is None else parse_euros(args.amount)
    i = services.record_refund(db, args.actor, args.number, now=now, amount_cents=amount,
                               refunded_on=optional_day(args.date, "date"),
                               reference=args.reference)
    v = voice(args.lang)
    emit(args.json, i, v.say("invoices.refund", number=i.number,
                             owed=v.money(i.refund_owed_cents)))


def cmd_credit_note(db: Database, args: argparse.Namespace, now: datetime) -> None:
    amount = None if args.amount is None else parse_euros(args.amount)
    note = services.issue_credit_note(db, args.actor, args.number, args.reason,
                                      now=now, amount_cents=amount)
    done = after_commit(db, args, note.number, lambda: send_now(db, args.actor, now, note.number))
    v = voice(args.lang)
    text = v.say("invoices.credit_note", number=note.number, invoice=note.corrects_number,
                 gross=v.money(note.gross_cents), credits=v.say("n.credits", count=note.credits))
    if note.refund_owed_cents:
        text += "\n" + v.say("invoices.refund_owed", amount=v.money(note.refund_owed_cents),
                             number=note.corrects_number)
    emit(args.json, {**fields(note), "document": done.document, "email": done.email}, text)
