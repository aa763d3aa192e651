"""An administrator's correction of the basket: a new ledger entry, never an edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from ..domain.errors import BadInput, InsufficientCredits
from ..domain.text import clean_text
from ..domain.vocabulary import AuditAction, LedgerKind, Privilege
from ..store.engine import Database
from ..store.ops import append_ledger, basket_balance, credit_basket, debit_basket
from .clock import require_clock
from .common import audit, require
from .privileges import journals_refusals
from .results import Actor

MAX_CORRECTION = 10**9


@dataclass(frozen=True)
class CorrectionResult:
    credits: int
    balance: int


@journals_refusals
def correct_basket(db: Database, actor: Actor, credits: int, reason: str, *,
                   now: datetime) -> CorrectionResult:
    """Add (credits > 0) or remove (< 0) credits with a stated reason; never below zero."""
    if isinstance(credits, bool) or not isinstance(credits, int) or credits == 0:
        raise BadInput("credits", "not_a_whole_number" if not isinstance(credits, int)
                       else "must_not_be_zero", credits)
    if abs(credits) > MAX_CORRECTION:
        raise BadInput("credits", "too_large", credits)
    reason = clean_text(reason, "reason", required=True)

    def work(conn: Connection) -> CorrectionResult:
        require(conn, actor, Privilege.ADMINISTER)
        require_clock(conn, now)
        if credits > 0:
            balance = credit_basket(conn, credits, now, touch=False)
        else:
            taken = debit_basket(conn, -credits, now, touch=False)
            if taken is None:
                raise InsufficientCredits(basket_balance(conn), -credits)
            balance = taken
        append_ledger(conn, at=now, kind=LedgerKind.CORRECTION, credits=credits,
                      balance_after=balance, actor=actor.name, note=reason)
        audit(conn, actor, AuditAction.BASKET_CORRECT, now, credits=credits, reason=reason,
              before={"balance": balance - credits}, after={"balance": balance})
        return CorrectionResult(credits, balance)

    return db.write(work)
