"""Tampering by someone who can write the database (issue 11): with the append-only triggers
dropped (SQLite) or switched off (PostgreSQL, session_replication_role as the test's superuser),
each forgery below makes `audit verify` fail and name the first row that breaks; a clean
database verifies; the migration chains the rows a database already held; the witness proves a
past state is still a prefix of today's chains, and catches a chain rewritten whole."""

from __future__ import annotations

import hashlib
import inspect
import json
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.services import ADMINISTRATOR as ADMIN
from deepetch_desktop.services.results import AuditReport, BrokenRow
from deepetch_desktop.store import chains
from deepetch_desktop.store import tables as t
from deepetch_desktop.store.engine import Database
from deepetch_desktop.store.migrate import alembic_config
from tests.conftest import NOW

LATER = NOW + timedelta(hours=1)


def verify(db: Database) -> AuditReport:
    """services.verify, as an administrator where it takes the actor (issue 11's privileges)."""
    if "actor" in inspect.signature(s.verify).parameters:
        return s.verify(db, ADMIN)  # type: ignore[call-arg]
    return s.verify(db)  # type: ignore[call-arg]


def tamper(db: Database, *statements: str, **params: object) -> None:
    """Run `statements` as an attacker who writes the database directly: SQLite's triggers
    dropped, PostgreSQL's switched off for the transaction."""
    if db.dialect == "sqlite":
        assert db.file_path
        con = sqlite3.connect(db.file_path)
        try:
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                       ).fetchall():
                con.execute(f'DROP TRIGGER "{name}"')
            for statement in statements:
                con.execute(statement, {k: v for k, v in params.items() if f":{k}" in statement})
            con.commit()
        finally:
            con.close()
        return
    with db.write_engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        for statement in statements:
            conn.execute(text(statement),
                         {k: v for k, v in params.items() if f":{k}" in statement})


def broken(db: Database) -> dict[str, BrokenRow]:
    report = verify(db)
    assert not report.ok
    return {b.chain: b for b in report.broken}


def last_id(db: Database, table: Any) -> int:
    with db.read() as conn:
        return int(conn.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1))
                   .scalar_one())


@pytest.fixture
def busy(company: Database) -> Iterator[Database]:
    """The company with a sub-account, tasks, a refund, a correction and a second purchase."""
    sub = s.add_sub_account(company, ADMIN, name="Camille Martin", email="camille@atelier.fr",
                            now=NOW + timedelta(minutes=1))
    for minute in range(2, 5):
        s.submit_task(company, ADMIN, sub_account=sub.id, service_code="TRAD_TEXTE",
                      complexity_code="STANDARD", units=minute, title=f"Tâche {minute}",
                      now=NOW + timedelta(minutes=minute))
    s.correct_basket(company, ADMIN, 7, "Geste commercial", now=NOW + timedelta(minutes=6))
    s.buy(company, ADMIN, "EQUIPE", 1, now=NOW + timedelta(minutes=7))
    yield company


def test_a_clean_database_verifies_and_every_chain_counts_its_rows(busy: Database) -> None:
    report = verify(busy)
    assert report.ok and report.broken == (), report.problems
    w = s.witness(busy, ADMIN)
    assert w.ledger.count == 6 and w.invoices.count == 2 and w.journal.count >= 6
    with busy.read() as conn:
        for name, table in chains.CHAINS.items():
            links = conn.execute(select(table.c.link).order_by(table.c.id)).scalars().all()
            assert all(isinstance(x, str) and len(x) == 64 for x in links)
            assert links[-1] == chains.heads(conn)[name].head
            assert len(links) == chains.heads(conn)[name].count


def test_the_journal_records_the_person_the_role_and_the_values_changed(busy: Database) -> None:
    holder = s.Actor("Camille Martin", None, 7, "camille@atelier.fr")
    s.correct_basket(busy, holder, 3, "Avoir", now=LATER)
    with busy.read() as conn:
        row = conn.execute(select(t.audit_log).order_by(t.audit_log.c.id.desc())).first()
        role = conn.execute(text("SELECT current_user")).scalar() if busy.dialect != "sqlite" \
            else None
    assert row is not None and row.person == "camille@atelier.fr" and row.actor == "Camille Martin"
    assert row.db_role == role  # filled by PostgreSQL itself; NULL on SQLite
    assert verify(busy).ok


def test_a_forged_ledger_insert_is_named(busy: Database) -> None:
    forged = last_id(busy, t.ledger) + 1
    tamper(busy, "INSERT INTO ledger_entries (id, at, kind, credits, balance_after, note, actor,"
           " link) VALUES (:id, :at, 'purchase', 100000, 100000, '', 'administrateur', :link)",
           "UPDATE basket SET balance = balance + 100000",
           id=forged, at=LATER.replace(tzinfo=None).isoformat(sep=" "), link="ab" * 32)
    b = broken(busy)["ledger"]
    assert (b.row, b.problem) == (forged, "link_mismatch")


def test_a_forged_ledger_insert_with_a_plausible_link_is_named(busy: Database) -> None:
    """The forger computes the link as the program would: the head and count it did not move
    (and the witness) still show the row."""
    forged = last_id(busy, t.ledger) + 1
    tamper(busy, "INSERT INTO ledger_entries (id, at, kind, credits, balance_after, note, actor,"
           " link) VALUES (:id, :at, 'purchase', 100000, 100000, '', 'administrateur', 'x')",
           "UPDATE basket SET balance = balance + 100000",
           id=forged, at=LATER.replace(tzinfo=None).isoformat(sep=" "))
    with busy.read() as conn:
        rows = conn.execute(select(t.ledger).order_by(t.ledger.c.id.desc()).limit(2)).all()
    plausible = chains.link_of(rows[1].link, dict(rows[0]._mapping))
    tamper(busy, "UPDATE ledger_entries SET link = :link WHERE id = :id", link=plausible,
           id=forged)
    b = broken(busy)["ledger"]
    assert (b.row, b.position, b.problem) == (forged, 7, "not_recorded")


def test_a_journal_row_edited_is_named(busy: Database) -> None:
    tamper(busy, "UPDATE audit_log SET actor = 'quelqu''un d''autre' WHERE id = 2")
    b = broken(busy)["journal"]
    assert (b.row, b.position, b.problem) == (2, 2, "link_mismatch")


def test_a_journal_row_deleted_names_the_row_after_it(busy: Database) -> None:
    tamper(busy, "DELETE FROM audit_log WHERE id = 3")
    b = broken(busy)["journal"]
    assert (b.row, b.position, b.problem) == (4, 3, "link_mismatch")


def test_the_last_invoice_deleted_is_named(busy: Database) -> None:
    last = last_id(busy, t.invoices)
    tamper(busy, *[f"DELETE FROM {table} WHERE invoice_id = :id" for table in
                   ("outbox", "payments", "invoice_sendings", "invoice_documents",
                    "document_failures")],
           "DELETE FROM invoices WHERE id = :id",
           "UPDATE invoice_counters SET last_value = last_value - 1", id=last)
    report = verify(busy)
    assert not any("gaps" in p for p in report.problems)  # numbering alone would not show it
    b = broken(busy)["invoices"]
    assert (b.row, b.position, b.problem) == (None, 2, "tail_removed")


def test_an_invoice_whose_amounts_were_rewritten_is_named(busy: Database) -> None:
    tamper(busy, "UPDATE invoices SET net_cents = 1, vat_cents = 0, gross_cents = 1 WHERE id = 1")
    b = broken(busy)["invoices"]
    assert (b.row, b.position, b.problem) == (1, 1, "link_mismatch")


def test_an_archived_pdf_replaced_with_its_hash_is_named(busy: Database) -> None:
    s.archive_pending(busy, LATER)
    assert verify(busy).ok
    fake = b"%PDF-1.7 une autre facture"
    tamper(busy, "UPDATE invoice_documents SET pdf = :pdf, sha256 = :sha WHERE invoice_id = 1",
           pdf=fake, sha=hashlib.sha256(fake).hexdigest())
    report = verify(busy)
    assert not report.ok
    assert BrokenRow("invoices", 1, None, "document_replaced") in report.broken


@pytest.mark.parametrize("chain", ["ledger", "journal"])
def test_a_chain_whose_tail_was_cut_is_named(busy: Database, chain: str) -> None:
    table = chains.CHAINS[chain]
    before = s.witness(busy, ADMIN)
    count = getattr(before, chain).count
    keep = count - 2
    with busy.read() as conn:
        kept = conn.execute(select(table.c.id).order_by(table.c.id).limit(keep)).scalars().all()
        balance = conn.execute(select(t.ledger.c.balance_after).where(
            t.ledger.c.id == kept[-1])).scalar() if chain == "ledger" else None
    statements = [f"DELETE FROM {table.name} WHERE id > :last"]
    if chain == "ledger":  # the basket put back in agreement: only the chain tells
        statements.append("UPDATE basket SET balance = :balance")
    tamper(busy, *statements, last=kept[-1], balance=balance)
    b = broken(busy)[chain]
    assert (b.row, b.position, b.problem) == (None, keep + 1, "tail_removed")


def test_the_witness_proves_a_past_state_is_a_prefix(busy: Database, tmp_path: Any) -> None:
    past = s.witness(busy, ADMIN)
    s.correct_basket(busy, ADMIN, 5, "Geste", now=LATER)
    check = s.check_witness(busy, ADMIN, json.dumps({
        name: {"count": getattr(past, name).count, "head": getattr(past, name).head}
        for name in chains.CHAINS}))
    assert check.prefix and {c.chain for c in check.chains} == set(chains.CHAINS)
    line = (f"Témoin du journal : journal {past.journal.count} {past.journal.head} ; "
            f"grand livre {past.ledger.count} {past.ledger.head} ; "
            f"factures {past.invoices.count} {past.invoices.head}")
    assert s.check_witness(busy, ADMIN, line).prefix
    single = s.check_witness(busy, ADMIN, past.ledger.head)
    assert single.prefix and (single.chains[0].chain, single.chains[0].count) == (
        "ledger", past.ledger.count)


def test_a_chain_rewritten_whole_passes_verify_but_not_the_witness(busy: Database) -> None:
    """Whoever recomputes every link and the head after an edit defeats the chain alone; the
    heads written down elsewhere (the month-end e-mail) still catch it."""
    past = s.witness(busy, ADMIN)
    tamper(busy, "UPDATE audit_log SET actor = 'personne' WHERE id = 1")
    with busy.read() as conn:
        rows = conn.execute(select(t.audit_log).order_by(t.audit_log.c.id)).all()
    previous, updates = chains.GENESIS, []
    for r in rows:
        previous = chains.link_of(previous, dict(r._mapping))
        updates.append((r.id, previous))
    tamper(busy, *[f"UPDATE audit_log SET link = '{link}' WHERE id = {i}" for i, link in updates],
           f"UPDATE chain_heads SET head = '{previous}' WHERE chain = 'journal'")
    assert verify(busy).ok  # the chain alone is rewritten consistently
    check = s.check_witness(busy, ADMIN, json.dumps(
        {"journal": {"count": past.journal.count, "head": past.journal.head}}))
    assert not check.prefix and check.chains[0].chain == "journal"
    assert check.chains[0].problem


def _rows_at_revision_0004(url: str) -> None:
    """A database migrated to 0004 (before the chains) holding a company's rows."""
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    pdf = b"%PDF-1.7 facture archivee"
    with engine.begin() as conn:
        conn.execute(t.company.insert().values(
            id=1, name="Atelier", legal_form="SAS", siren="552100554", siret="", rcs="",
            vat_number="", address="", billing_email="", timezone="Europe/Paris",
            created_at=NOW))
        conn.execute(t.basket.insert().values(id=1, balance=1500, last_use_at=NOW))
        conn.execute(t.batches.insert().values(  # ids from the sequences: 1, 2...
            bought_at=NOW, pack_code="EQUIPE", pack_name="Équipe", pack_credits=2000,
            quantity=1, unit_price_cents=9000, credits=2000, payment_method="transfer",
            actor="administrateur"))
        for i, (kind, credits, after) in enumerate(
                [("purchase", 2000, 2000), ("correction", -500, 1500)], start=1):
            conn.execute(t.ledger.insert().values(
                at=NOW + timedelta(minutes=i), kind=kind, credits=credits,
                balance_after=after, note="", actor="administrateur",
                batch_id=1 if kind == "purchase" else None))
        for i in range(1, 4):
            conn.execute(t.audit_log.insert().values(
                at=NOW + timedelta(minutes=i), actor="administrateur",
                action="basket.correct", details=json.dumps({"n": i})))
        conn.execute(t.invoices.insert().values(
            number="F2026-000001", series="F", year=2026, seq=1, kind="invoice",
            issue_date=NOW.date(), sale_date=NOW.date(), due_date=NOW.date(), batch_id=1,
            reason="", seller_json="{}", buyer_json="{}", lines_json="[]", net_cents=9000,
            vat_cents=1800, gross_cents=10800, credits=2000, penalty_rate_bp=1215,
            issued_at=NOW, actor="administrateur"))
        conn.execute(t.invoice_counters.insert().values(series="F", year=2026, last_value=1))
        conn.execute(t.invoice_documents.insert().values(
            invoice_id=1, pdf=pdf, xml=b"<xml/>", sha256=hashlib.sha256(pdf).hexdigest(),
            created_at=NOW))
    engine.dispose()


def test_the_migration_chains_the_rows_already_there(db_url: str) -> None:
    _rows_at_revision_0004(db_url)
    db = open_database(db_url)  # migrates to the head: 0005 chains what is there
    try:
        report = verify(db)
        assert report.ok, report.problems
        w = s.witness(db, ADMIN)
        assert (w.ledger.count, w.invoices.count) == (2, 1)
        assert w.journal.count == 4  # three entries and the archived PDF's SHA-256
        with db.read() as conn:
            assert conn.execute(select(t.audit_log.c.db_role).where(
                t.audit_log.c.id == 1)).scalar() is None  # nobody recorded it before
        s.correct_basket(db, ADMIN, 5, "Après la migration", now=LATER)
        assert verify(db).ok and s.witness(db, ADMIN).ledger.count == 3
        tamper(db, "UPDATE ledger_entries SET credits = 2500 WHERE id = 1")
        assert broken(db)["ledger"].row == 1
    finally:
        db.dispose()


def test_the_month_end_email_carries_the_witness(busy: Database) -> None:
    """The month-end notification goes to the billing address with the chains' heads and
    counts; that line, read back from the e-mail, proves today's chains are still its
    continuation."""
    month_end = NOW.replace(month=12, day=1, hour=8)
    with busy.read() as conn:
        heads = chains.heads(conn)  # the month end comes first in catch_up
    s.catch_up(busy, ADMIN, month_end, deliver_mail=False)
    with busy.read() as conn:
        mail = conn.execute(select(t.outbox).where(t.outbox.c.key == "month_end:2026-11")).one()
    assert mail.recipient == "compta@atelier-lumiere.fr"
    line = next(x for x in mail.body.splitlines() if x.startswith("Témoin du journal"))
    for name in ("journal", "ledger", "invoices"):
        assert f"{heads[name].count} {heads[name].head}" in line
    s.correct_basket(busy, ADMIN, 5, "Après la fin du mois", now=month_end)
    assert s.check_witness(busy, ADMIN, mail.body).prefix
    tamper(busy, "UPDATE ledger_entries SET note = 'réécrit' WHERE id = 1")
    check = s.check_witness(busy, ADMIN, mail.body)
    assert not check.prefix
    assert [c.chain for c in check.chains if not c.prefix] == ["ledger"]


def test_the_journal_keeps_the_values_before_and_after_each_change(busy: Database) -> None:
    """Limits, privileges, profile, status, catalogue, company, seller and basket corrections:
    each entry holds the values it replaced and the values it set, inside the chain."""
    at = iter(LATER + timedelta(minutes=m) for m in range(20))
    camille = "camille@atelier.fr"
    s.set_limit(busy, ADMIN, camille, "monthly", 500, now=next(at))
    s.update_sub_account(busy, ADMIN, camille, name="Camille Martin", email=camille,
                         department="Export", now=next(at),
                         privileges=s.Privileges(buy_credits=True))
    s.suspend_sub_account(busy, ADMIN, camille, next(at))
    s.set_pack(busy, ADMIN, "EQUIPE", name="Équipe", credits=2000, price_cents=8000,
               now=next(at))
    s.update_company(busy, ADMIN, now=next(at), address="1 rue Neuve\n33000 Bordeaux")
    s.update_seller(busy, ADMIN, now=next(at), penalty_rate_bp=1500)
    s.correct_basket(busy, ADMIN, -4, "Erreur de saisie", now=next(at))
    s.set_reminders(busy, ADMIN, expiry_days="30,7", invoice_days="1,15", now=next(at))
    s.set_smtp(busy, ADMIN, host="smtp.example.org", port=587, security="starttls",
               sender="factures@atelier.fr", now=next(at))
    entries = {e.action.value if hasattr(e.action, "value") else e.action: e
               for e in reversed(s.list_audit(busy, ADMIN))}
    changes = {action: (e.before, e.after) for action, e in entries.items()}
    assert changes["limit.set"][0]["kind"] == "none"  # type: ignore[index]
    assert changes["limit.set"][1]["amount"] == 500  # type: ignore[index]
    assert changes["subaccount.update"] == ({"department": "", "can_buy": False},
                                            {"department": "Export", "can_buy": True})
    assert changes["subaccount.suspended"] == ({"status": "active"}, {"status": "suspended"})
    assert changes["catalogue.pack"][1] == {"price_cents": 8000}
    assert changes["company.update"][1] == {"address": "1 rue Neuve\n33000 Bordeaux"}
    assert changes["seller.update"][1] == {"penalty_rate_bp": 1500}
    assert changes["reminders.set"][1] == {"expiry_days": [30, 7], "invoice_days": [1, 15]}
    assert changes["smtp.set"][1]["host"] == "smtp.example.org"  # type: ignore[index]
    assert changes["smtp.set"][0]["host"] == ""  # type: ignore[index]
    before, after = changes["basket.correct"]  # the basket's balance
    assert before is not None and after is not None
    assert after["balance"] == before["balance"] - 4  # type: ignore[operator]
    assert verify(busy).ok
    tamper(busy, "UPDATE audit_log SET after = '{}' WHERE action = 'limit.set'")
    assert broken(busy)["journal"].row == entries["limit.set"].id


def test_the_database_role_is_the_databases_to_write(db: Database) -> None:
    """PostgreSQL writes the role itself, whatever an INSERT says; on SQLite (no roles: the file
    is the boundary) the program leaves it NULL."""
    s.init_company(db, ADMIN, name="Atelier", siren="552100554",
                   address="8 quai des Chartrons\n33000 Bordeaux",
                   einvoicing_address="552100554", now=NOW)
    with db.write_engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (at, actor, action, details, db_role) "
                          "VALUES (:at, 'x', 'terms.approve', '{}', 'quelqu''un')"),
                     {"at": NOW})
        role = conn.execute(text("SELECT current_user")).scalar() \
            if db.dialect == "postgresql" else None
        rows = conn.execute(select(t.audit_log.c.db_role).order_by(t.audit_log.c.id)).all()
    if db.dialect == "postgresql":
        assert [r.db_role for r in rows] == [role, role]
    else:
        assert rows[0].db_role is None


def test_the_command_line_names_the_broken_row_and_checks_a_witness(
        busy: Database, tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """`audit witness` (JSON and the e-mail's line), `audit verify` (exit 1 with `broken`),
    `audit verify --witness FILE_OR_HASH` (exit 0 still a prefix, 3 diverged, 2 not a
    witness), on both databases."""
    from deepetch_desktop.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", busy.url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("--json", "audit", "witness")
    assert code == 0 and set(json.loads(out)) == {"journal", "ledger", "invoices"}
    (tmp_path / "witness.json").write_text(out)
    code, line, _ = run("audit", "witness")
    assert code == 0 and line.startswith("Témoin du journal")
    (tmp_path / "mail.txt").write_text(f"Bonjour,\n\n{line}\n")
    for given in (str(tmp_path / "witness.json"), str(tmp_path / "mail.txt"),
                  json.loads(out)["ledger"]["head"]):
        code, text_out, err = run("audit", "verify", "--witness", given)
        assert code == 0 and "toujours un préfixe" in text_out, err
    code, _, err = run("audit", "verify", "--witness", "pas un témoin")
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    tamper(busy, "UPDATE ledger_entries SET credits = 1 WHERE id = 2")
    code, out, _ = run("--json", "audit", "verify")
    assert code == 1
    assert {"chain": "ledger", "row": 2, "position": 2, "problem": "link_mismatch"} in (
        json.loads(out)["broken"])
    code, out, _ = run("--json", "audit", "verify", "--witness", str(tmp_path / "mail.txt"))
    diverged = [c for c in json.loads(out)["chains"] if not c["prefix"]]
    assert code == 3 and [c["chain"] for c in diverged] == ["ledger"] and diverged[0]["problem"]


def test_a_holder_gets_no_witness(busy: Database) -> None:
    from deepetch_desktop.domain.errors import NotPermitted

    holder = s.Actor("Camille Martin", s.list_sub_accounts(busy, ADMIN, NOW)[0].id)
    with pytest.raises(NotPermitted):
        s.witness(busy, holder)
    with pytest.raises(NotPermitted):
        s.check_witness(busy, holder, chains.GENESIS)
