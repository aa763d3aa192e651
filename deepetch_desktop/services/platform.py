"""The approved platform (Plateforme Agréée, PA) file channel (issue 14).

From 1 September 2026/2027 invoices between French companies go through an approved
platform, which reports each one's lifecycle (CGI art. 289 bis; the French e-invoicing
external specifications, « spécifications externes »). Many platforms take files through an
exchange folder that their client or SFTP synchronises: each issued document is written into
the outgoing folder once (documents/drop_folder.py: atomic, never over another file), the
Factur-X PDF or, when the channel asks for it, the CII XML alone; the platform's CDAR status
messages (documents/cdar.py) are read from the incoming folder, recorded on the document with
their dates, and moved to `done/` (or `refused/` when they are not statuses of our documents).
Reading the same message twice records nothing more. E-mail stays available beside it.

A deposit follows the commit of the document (« send now ») and every catch-up: one that fails
(the folder unmounted, a name taken) is tried again at the next; the document is issued anyway.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime, time, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Row, select

from ..domain.errors import BadInput
from ..domain.text import clean_text
from ..domain.vocabulary import AuditAction, Privilege
from ..store import tables as t
from ..store.engine import Database
from ..store.ops import claim_effect, insert_ignore
from .common import audit, company_zone, get_setting, put_setting, require
from .effect_keys import done_among
from .privileges import journals_refusals
from .results import Actor, PlatformChannel, PlatformSync

if TYPE_CHECKING:
    from ..documents.cdar import CashedReport, StatusMessage

OUTGOING, INCOMING, XML_ONLY, SINCE = "pa.outgoing", "pa.incoming", "pa.xml_only", "pa.since"
DONE, REFUSED = "done", "refused"
TYPE_CODES = {"invoice": "380", "credit_note": "381"}  # UNTDID 1001, as in the CII XML
log = logging.getLogger(__name__)


def channel_of(conn: Connection) -> PlatformChannel | None:
    outgoing, incoming = get_setting(conn, OUTGOING, ""), get_setting(conn, INCOMING, "")
    if not outgoing or not incoming:
        return None
    since = datetime.fromisoformat(get_setting(conn, SINCE, "1970-01-01T00:00:00+00:00"))
    return PlatformChannel(outgoing, incoming, get_setting(conn, XML_ONLY, "0") == "1", since)


@journals_refusals
def platform_channel(db: Database, actor: Actor) -> PlatformChannel | None:
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return channel_of(conn)


def _folder(text: str, field: str) -> Path:
    """An existing folder this program may write in (it writes there, or moves files out)."""
    import os

    value = clean_text(text, field, required=True)
    path = Path(value).expanduser()
    try:
        is_folder = path.is_dir()
    except OSError:
        is_folder = False
    if not is_folder:
        raise BadInput(field, "not_a_folder", value)
    if not os.access(path, os.W_OK | os.X_OK):
        raise BadInput(field, "folder_not_writable", value)
    return path.resolve()


@journals_refusals
def set_platform_channel(db: Database, actor: Actor, *, outgoing: str, incoming: str,
                         xml_only: bool, now: datetime) -> PlatformChannel:
    """Deposit the documents issued from now on into `outgoing`, read statuses from
    `incoming` (two different existing folders)."""
    out, into = _folder(outgoing, "outgoing"), _folder(incoming, "incoming")
    if out == into:
        raise BadInput("incoming", "same_as_outgoing", incoming)

    def work(conn: Connection) -> PlatformChannel:
        require(conn, actor, Privilege.ADMINISTER)
        was = channel_of(conn)
        put_setting(conn, OUTGOING, str(out))
        put_setting(conn, INCOMING, str(into))
        put_setting(conn, XML_ONLY, "1" if xml_only else "0")
        if was is None:  # documents issued before the channel existed went by e-mail
            put_setting(conn, SINCE, now.astimezone(UTC).isoformat())
        channel = channel_of(conn)
        assert channel is not None
        audit(conn, actor, AuditAction.PA_CHANNEL_SET, now, outgoing=str(out),
              incoming=str(into), xml_only=xml_only,
              before=None if was is None else {"outgoing": was.outgoing,
                                               "incoming": was.incoming,
                                               "xml_only": was.xml_only},
              after={"outgoing": str(out), "incoming": str(into), "xml_only": xml_only})
        return channel

    return db.write(work)


def file_name(number: str, xml_only: bool) -> str:
    return number.replace("/", "-") + (".xml" if xml_only else ".pdf")


def _record_deposit(conn: Connection, record: dict[str, object]) -> bool:
    return insert_ignore(conn, t.pa_deposits, record)


def _record_statuses(conn: Connection, message: StatusMessage, digest: str, name: str,
                     now: datetime) -> int | None:
    """The statuses of one message recorded (those already are, not again); None when it is
    not about our documents only (set aside, nothing recorded)."""
    numbers = {s.number for s in message.statuses}
    ids = dict(conn.execute(select(t.invoices.c.number, t.invoices.c.id)
                            .where(t.invoices.c.number.in_(numbers))).all())
    if numbers - set(ids):
        return None
    return sum(insert_ignore(conn, t.lifecycle_events, {
        "invoice_id": ids[s.number], "code": s.code[:8], "status_at": s.at,
        "reason": s.reason, "message_id": message.message_id[:200],
        "message_sha256": digest, "position": position, "file_name": name[:255],
        "received_at": now,
    }) for position, s in enumerate(message.statuses))


def deposit_pending(db: Database, now: datetime) -> PlatformSync:
    """Write every archived document issued since the channel exists and not deposited yet
    into the outgoing folder; never raises (what fails is named, and tried again later)."""
    from ..documents.drop_folder import NameTaken, write_once

    with db.read() as conn:
        channel = channel_of(conn)
        if channel is None:
            return PlatformSync()
        docs = t.invoice_documents
        rows = conn.execute(
            select(t.invoices.c.id, t.invoices.c.number)
            .join(docs, docs.c.invoice_id == t.invoices.c.id)
            .join(t.pa_deposits, t.pa_deposits.c.invoice_id == t.invoices.c.id, isouter=True)
            .where(t.pa_deposits.c.invoice_id.is_(None), t.invoices.c.issued_at >= channel.since)
            .order_by(t.invoices.c.id)).all()
    deposited, failed = [], []
    for row in rows:
        try:
            with db.read() as conn:
                stored = conn.execute(select(docs.c.pdf, docs.c.xml)
                                      .where(docs.c.invoice_id == row.id)).one()
            data = bytes(stored.xml if channel.xml_only else stored.pdf)
            name = file_name(row.number, channel.xml_only)
            write_once(Path(channel.outgoing), name, data)
            record = {"invoice_id": row.id, "file_name": name,
                      "sha256": hashlib.sha256(data).hexdigest(), "deposited_at": now}
            db.write(partial(_record_deposit, record=record))
            deposited.append(row.number)
        except (OSError, NameTaken) as exc:
            log.warning("%s not deposited with the platform: %s", row.number, exc)
            failed.append(row.number)
    return PlatformSync(deposited=tuple(deposited), failed=tuple(failed), configured=True)


def read_statuses(db: Database, now: datetime) -> PlatformSync:
    """Record the statuses of the CDAR messages waiting in the incoming folder, each file then
    moved to done/ (refused/ when it is not a status message about our documents)."""
    from ..documents.cdar import NotAStatusMessage, parse_status_message
    from ..documents.drop_folder import move_aside

    with db.read() as conn:
        channel = channel_of(conn)
        zone = company_zone(conn)
    if channel is None:
        return PlatformSync()
    folder = Path(channel.incoming)
    recorded, set_aside = 0, []
    try:
        files = sorted(p for p in folder.iterdir()
                       if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() == ".xml")
    except OSError as exc:
        log.warning("platform's incoming folder not read: %s", exc)
        return PlatformSync(configured=True)
    for path in files:
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # another workstation read it first
            continue
        except OSError as exc:
            log.warning("platform message %s not read: %s", path.name, exc)
            continue
        try:
            message = parse_status_message(data, zone)
            digest = hashlib.sha256(data).hexdigest()
            count = db.write(partial(_record_statuses, message=message, digest=digest,
                                     name=path.name, now=now))
        except NotAStatusMessage as exc:
            log.warning("platform message %s set aside: %s", path.name, exc)
            count = None
        try:
            move_aside(path, folder / (DONE if count is not None else REFUSED))
        except OSError as exc:  # another workstation moved it first, or no right to
            log.warning("platform message %s not moved: %s", path.name, exc)
        if count is None:
            set_aside.append(path.name)
        else:
            recorded += count
    return PlatformSync(statuses=recorded, set_aside=tuple(set_aside), configured=True)


def _cashed_report(conn: Connection, payment: Row, zone: tzinfo) -> CashedReport:
    from ..documents.cdar import CashedReport

    invoice = conn.execute(select(t.invoices).where(t.invoices.c.id == payment.invoice_id)).one()
    seller, buyer = json.loads(invoice.seller_json), json.loads(invoice.buyer_json)
    lines = json.loads(invoice.lines_json)
    recorded = payment.recorded_at.astimezone(zone)
    return CashedReport(
        message_id=f"{invoice.number}-212-{payment.id}", at=recorded,
        cashed_on=datetime.combine(payment.paid_on, time(0), tzinfo=zone),
        number=invoice.number, type_code=TYPE_CODES[invoice.kind],
        issue_date=invoice.issue_date, seller_siren=str(seller.get("siren") or ""),
        seller_name=str(seller.get("name") or ""), buyer_siren=str(buyer.get("siren") or ""),
        buyer_name=str(buyer.get("name") or ""), amount_cents=int(payment.amount_cents),
        vat_bp=int(lines[0]["vat_bp"]) if lines else 0)


def report_cashed(db: Database, now: datetime) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Deposit a « Encaissée » (212) message for each payment received on a document the
    platform has (deposited), once: services taxed on receipt make the seller report what it
    cashed (CGI art. 269, 2, c; the reform's payment data). (deposited, failed) file names."""
    from ..documents.cdar import build_cashed_message
    from ..documents.drop_folder import NameTaken, write_once

    with db.read() as conn:
        channel = channel_of(conn)
        if channel is None:
            return (), ()
        zone = company_zone(conn)
        payments = conn.execute(
            select(t.payments).join(t.pa_deposits,
                                    t.pa_deposits.c.invoice_id == t.payments.c.invoice_id)
            .order_by(t.payments.c.id)).all()
        done = done_among(conn, [f"pa_cashed:{p.id}" for p in payments])
        reports = [(f"pa_cashed:{p.id}", _cashed_report(conn, p, zone)) for p in payments
                   if f"pa_cashed:{p.id}" not in done]
    deposited, failed = [], []
    for key, payment_report in reports:
        name = f"{payment_report.message_id.replace('/', '-')}.xml"
        try:
            write_once(Path(channel.outgoing), name, build_cashed_message(payment_report))
            db.write(partial(claim_effect, key=key, now=now))
            deposited.append(name)
        except (OSError, NameTaken) as exc:
            log.warning("%s not deposited with the platform: %s", name, exc)
            failed.append(name)
    return tuple(deposited), tuple(failed)


def exchange(db: Database, now: datetime) -> PlatformSync:
    """Deposit what is due, then read what arrived (the catch-up's and « send now »'s). Never
    raises: whatever stops it (a database refusing a write) is logged and tried again at the
    next catch-up, and never stops the e-mail that follows."""
    try:
        out = deposit_pending(db, now)
        if not out.configured:
            return out
        cashed, cashed_failed = report_cashed(db, now)
        into = read_statuses(db, now)
    except Exception as exc:
        log.warning("exchange with the approved platform not done: %s", exc)
        return PlatformSync()
    return PlatformSync(out.deposited, into.statuses, into.set_aside,
                        out.failed + cashed_failed, True, cashed)


@journals_refusals
def sync_platform(db: Database, actor: Actor, now: datetime) -> PlatformSync:
    """`deepetch pa sync`: the exchange now, for an administrator."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
    from .invoice_documents import archive_pending

    archive_pending(db, now)  # a document is deposited once archived, as it is e-mailed
    return exchange(db, now)
