"""What the hash chains prove (issue 11): each chain recomputed from its start, archived
documents against the SHA-256 the chained journal recorded, and the external witness (the
chains' heads and counts written down elsewhere) checked against today's chains."""

from __future__ import annotations

import json
import re

from sqlalchemy import Connection, select

from ..domain.errors import BadInput
from ..domain.vocabulary import AuditAction, Privilege
from ..store import chains
from ..store import tables as t
from ..store.engine import Database
from ..texts.notices_en import NOTICES_ENGLISH
from ..texts.notices_fr import NOTICES_FRENCH
from ..texts.voice import Voice
from .common import require
from .privileges import journals_refusals
from .results import Actor, BrokenRow, ChainHead, Witness, WitnessChain, WitnessCheck

HASH = re.compile(r"[0-9a-f]{64}")
# The witness line of the month-end e-mail, in French or English.
CHAIN_WORDS = {"journal": "journal", "grand livre": "ledger", "ledger": "ledger",
               "factures": "invoices", "invoices": "invoices"}
LINE_ITEM = re.compile(r"(journal|grand livre|ledger|factures|invoices)\s+(\d+)\s+([0-9a-f]{64})")
MAX_WITNESS = 100_000  # characters of a witness file read


def broken_chains(conn: Connection) -> list[tuple[BrokenRow, str]]:
    """The first broken row of each chain, with a sentence saying what is wrong."""
    found = []
    recorded = chains.heads(conn)
    for chain in chains.CHAINS:
        b = chains.check_chain(conn, chain, recorded[chain])
        if b is not None:
            found.append((BrokenRow(b.chain, b.row, b.position, b.problem), b.detail))
    return found


_ARCHIVE_ENTRIES = select(t.audit_log.c.details).where(
    t.audit_log.c.action == AuditAction.INVOICE_ARCHIVE.value)
_ARCHIVED_HASHES = (select(t.invoice_documents.c.invoice_id, t.invoice_documents.c.sha256,
                           t.invoices.c.number)
                    .join(t.invoices, t.invoices.c.id == t.invoice_documents.c.invoice_id)
                    .order_by(t.invoice_documents.c.invoice_id))


def replaced_documents(conn: Connection) -> list[tuple[BrokenRow, str]]:
    """Archived documents whose stored SHA-256 is not the one the chained journal recorded
    when the document was archived: a PDF replaced together with its stored hash shows here
    (a PDF replaced alone, by its bytes against that hash: invoice_documents.verify_archive)."""
    journalled: dict[int, str] = {}
    for details in conn.execute(_ARCHIVE_ENTRIES).scalars():
        data = json.loads(details)
        if isinstance(data.get("invoice_id"), int) and isinstance(data.get("sha256"), str):
            journalled.setdefault(data["invoice_id"], data["sha256"])
    found = []
    for r in conn.execute(_ARCHIVED_HASHES):
        recorded = journalled.get(r.invoice_id)
        if recorded is None:
            found.append((BrokenRow("invoices", r.invoice_id, None, "document_not_journalled"),
                          f"the archived PDF of {r.number} has no journal entry recording "
                          "its SHA-256"))
        elif recorded != r.sha256:
            found.append((BrokenRow("invoices", r.invoice_id, None, "document_replaced"),
                          f"the archived PDF of {r.number} is not the one the journal "
                          f"recorded (SHA-256 {recorded})"))
    return found


def _head(h: chains.Head) -> ChainHead:
    return ChainHead(h.count, h.head)


def witness_of(conn: Connection) -> Witness:
    heads = chains.heads(conn)
    return Witness(_head(heads["journal"]), _head(heads["ledger"]), _head(heads["invoices"]))


@journals_refusals
def witness(db: Database, actor: Actor) -> Witness:
    """The chains' heads and counts as they are now (for an administrator)."""
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        return witness_of(conn)


def witness_line(w: Witness, lang: str | None = None) -> str:
    """The witness as one line (the month-end e-mail's): « Témoin du journal : journal 123
    a1b2…; grand livre …; factures … », counts in plain digits, heads whole."""
    v = Voice(lang, {"fr": NOTICES_FRENCH, "en": NOTICES_ENGLISH})
    return v.say("witness.line", journal_count=str(w.journal.count), journal=w.journal.head,
                 ledger_count=str(w.ledger.count), ledger=w.ledger.head,
                 invoices_count=str(w.invoices.count), invoices=w.invoices.head)


def witness_paragraph(w: Witness, lang: str | None = None) -> str:
    """What the month-end e-mail adds: the witness line and why to keep it."""
    v = Voice(lang, {"fr": NOTICES_FRENCH, "en": NOTICES_ENGLISH})
    return f"{witness_line(w, lang)}\n{v.say('witness.keep')}"


def parse_witness(text: str) -> dict[str, ChainHead] | str:
    """What a witness says: each chain's count and head (the JSON of `audit witness`, or the
    line of a month-end e-mail), or a single link (a hex SHA-256)."""
    text = text.strip()
    if HASH.fullmatch(text.lower()):
        return text.lower()
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    found: dict[str, ChainHead] = {}
    if isinstance(data, dict):
        for chain in chains.CHAINS:
            item = data.get(chain)
            if (isinstance(item, dict) and isinstance(item.get("count"), int)
                    and not isinstance(item.get("count"), bool) and item["count"] >= 0
                    and isinstance(item.get("head"), str) and HASH.fullmatch(item["head"])):
                found[chain] = ChainHead(item["count"], item["head"])
    else:
        for word, count, head in LINE_ITEM.findall(text.lower()):
            found[CHAIN_WORDS[word]] = ChainHead(int(count), head)
    if not found:
        raise BadInput("witness", "not_a_witness", text[:80])
    return found


@journals_refusals
def check_witness(db: Database, actor: Actor, text: str) -> WitnessCheck:
    """Whether today's chains still begin with the state the witness recorded: each chain it
    names recomputed from its start to the witness's count, whose link must be its head."""
    said = parse_witness(text[:MAX_WITNESS])
    with db.read() as conn:
        require(conn, actor, Privilege.ADMINISTER)
        if isinstance(said, str):
            where = chains.find_link(conn, said)
            if where is None:
                item = WitnessChain("", None, said, False,
                                    "no chain holds this link with every row before it intact")
            else:
                item = WitnessChain(where[0], where[1], said, True, None)
            return WitnessCheck(item.prefix, (item,))
        items = []
        for chain, h in said.items():
            problem = chains.prefix_problem(conn, chain, h.count, h.head)
            items.append(WitnessChain(chain, h.count, h.head, problem is None, problem))
    return WitnessCheck(all(i.prefix for i in items), tuple(items))
