"""The submit's write path (issue 12): few statements, the same guarantees. One read of the
service, complexity, sub-account, time zone and latest activity (and on SQLite the ledger
chain's head), the basket's debit, one usage upsert, the task, the chained entry. Counted, not
timed; the chains still prove and the refusals still name what is wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from deepetch_desktop import services as s
from deepetch_desktop.domain.errors import LimitReached, NotFound
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services import ADMINISTRATOR
from deepetch_desktop.store.engine import Database
from tests.conftest import NOW


def _count(db: Database) -> list[str]:
    sent: list[str] = []
    event.listen(db.write_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: sent.append(statement))
    return sent


def test_a_submit_sends_few_statements_and_the_chains_still_prove(company: Database) -> None:
    sub = s.add_sub_account(company, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr",
                            now=NOW).id
    sent = _count(company)
    first = s.submit_task(company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                          units=2, now=NOW)
    written = [x for x in sent if not x.startswith("BEGIN")]
    assert len(written) == (6 if company.dialect == "sqlite" else 7), written
    s.submit_task(company, ADMINISTRATOR, sub_account="LEA@atelier.fr",
                  service_code=" trad_texte ", units=1, now=NOW)
    s.refund_task(company, ADMINISTRATOR, first.task_id, now=NOW)
    report = s.verify(company, ADMINISTRATOR)
    assert report.ok, report.problems


def test_the_one_read_still_names_what_is_unknown_and_the_limit_comes_first(
        company: Database) -> None:
    sub = s.add_sub_account(company, ADMINISTRATOR, name="Léa Martin", email="lea@atelier.fr",
                            now=NOW).id
    with pytest.raises(NotFound) as unknown:
        s.submit_task(company, ADMINISTRATOR, sub_account=999, service_code="NOPE", units=1,
                      now=NOW)
    assert unknown.value.kind == "service"  # the service first, as always
    with pytest.raises(NotFound) as unknown:
        s.submit_task(company, ADMINISTRATOR, sub_account=999, service_code="TRAD_TEXTE",
                      units=1, now=NOW)
    assert unknown.value.kind == "sub_account"
    s.set_limit(company, ADMINISTRATOR, sub, LimitKind.MONTHLY, 10, now=NOW)
    balance = s.submit_task(company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                            units=1, now=NOW).balance
    # More than the limit and more than the basket: the limit's refusal, nothing written.
    with pytest.raises(LimitReached):
        s.submit_task(company, ADMINISTRATOR, sub_account=sub, service_code="TRAD_TEXTE",
                      units=balance, now=NOW)
    assert s.verify(company, ADMINISTRATOR).ok
