"""The usage report counts by what identifies a line (a sub-account's id, a service's code, a
month), then names it: two sub-accounts, or two services, of the same name stay two lines."""

from __future__ import annotations

from datetime import date, timedelta

from deepetch_desktop import services as s
from deepetch_desktop.services.results import ADMINISTRATOR as A
from deepetch_desktop.services.results import Actor
from tests.conftest import NOW, setup_company

DAY = NOW.date()


def lines(db, by: str) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    report = s.usage_report(db, A, DAY - timedelta(days=30), DAY, by)
    assert report.total_tasks == sum(x.tasks for x in report.lines)
    assert report.total_credits == sum(x.credits for x in report.lines)
    return [(x.key, x.tasks, x.credits) for x in report.lines]


def test_two_sub_accounts_of_the_same_name_get_a_line_each(db):
    setup_company(db, credits_packs=2)
    first = s.add_sub_account(db, A, name="Camille Martin", email="camille@atelier.fr", now=NOW,
                              department="Communication")
    second = s.add_sub_account(db, A, name="Camille Martin", email="c.martin@atelier.fr",
                               now=NOW, department="Juridique")
    other = s.add_sub_account(db, A, name="Hugo Bernard", email="hugo@atelier.fr", now=NOW,
                              department="Communication")
    for sub, service, units in [(first, "TRAD_TEXTE", 3), (first, "TRAD_TEXTE", 2),
                                (second, "RELECTURE", 10), (other, "TRAD_DOC", 1)]:
        s.submit_task(db, A, sub_account=sub.id, service_code=service, units=units, now=NOW)
    # first: 50 credits in 2 tasks; second: 40 in 1; other: 25 in 1
    assert lines(db, "subaccount") == [("Camille Martin", 2, 50), ("Camille Martin", 1, 40),
                                       ("Hugo Bernard", 1, 25)]
    assert lines(db, "department") == [("Communication", 3, 75), ("Juridique", 1, 40)]
    assert lines(db, "month") == [("2026-11", 4, 115)]
    # a service renamed like another stays its own line too
    s.set_service(db, A, "TRAD_DOC", name="Relecture", unit="page", rate=25, now=NOW)
    assert lines(db, "service") == [("Traduction de texte", 2, 50), ("Relecture", 1, 40),
                                    ("Relecture", 1, 25)]
    # the holder of the second sub-account sees their own line only
    camille = Actor(second.name, sub_account_id=second.id, email=second.email)
    holder = s.usage_report(db, camille, date(2026, 11, 1), DAY)
    assert [(x.key, x.tasks, x.credits) for x in holder.lines] == [("Camille Martin", 1, 40)]
