"""A realistic demo company, for a first look at the application."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..domain.errors import RuleRefused
from ..store.engine import Database
from .account import approve_terms, init_company
from .billing import record_payment
from .limits import set_limit
from .purchases import buy
from .results import ADMINISTRATOR, Privileges
from .subaccounts import add_sub_account, suspend_sub_account
from .tasks import submit_task

PEOPLE = (
    ("Camille Martin", "camille.martin@atelier-lumiere.fr", "Communication", "monthly", 3000),
    ("Hugo Bernard", "hugo.bernard@atelier-lumiere.fr", "Juridique", "fixed", 5000),
    ("Léa Dubois", "lea.dubois@atelier-lumiere.fr", "Export", "monthly", 1500),
    ("Nathan Petit", "nathan.petit@atelier-lumiere.fr", "Direction", "none", None),
    ("Chloé Moreau", "chloe.moreau@atelier-lumiere.fr", "Marketing", "monthly", 800),
    ("Lucas Laurent", "lucas.laurent@atelier-lumiere.fr", "Support client", "fixed", 2000),
)
WORK = (
    ("TRAD_TEXTE", "STANDARD", 12, "Brochure printemps EN"),
    ("TRAD_DOC", "TECHNIQUE", 8, "Notice technique DE"),
    ("RELECTURE", "STANDARD", 30, "Rapport annuel"),
    ("TRANSCRIPTION", "EXPERT", 25, "Entretien client"),
    ("TRAD_TEXTE", "EXPERT", 20, "Contrat cadre IT"),
)


def create_demo(db: Database, now: datetime) -> None:
    """Atelier Lumière SAS: six colleagues, two purchases, a year of tasks."""
    actor = ADMINISTRATOR
    start = now - timedelta(days=330)
    init_company(db, actor, name="Atelier Lumière", legal_form="SAS", siren="552100554",
                 address="8 quai des Chartrons\n33000 Bordeaux\nFrance",
                 vat_number="FR96552100554", einvoicing_address="552100554",
                 email="comptabilite@atelier-lumiere.fr", now=start)
    approve_terms(db, actor, start)
    first = buy(db, actor, "ENTREPRISE", 2, now=start + timedelta(hours=1))
    ids = []
    for i, (name, email, dept, kind, amount) in enumerate(PEOPLE):
        view = add_sub_account(
            db, actor, name=name, email=email, department=dept, phone=f"05 56 00 10 {i:02d}",
            privileges=Privileges(buy_credits=(dept == "Direction")), now=start,
        )
        if kind != "none":
            period_end = date(now.year, 12, 31) if kind == "fixed" else None
            set_limit(db, actor, view.id, kind, amount, None, period_end, now=start)
        ids.append(view.id)
    # In the order they happened: a write dated before the latest activity is refused.
    later: list[tuple[datetime, Callable[[], object]]] = [
        (start + timedelta(days=18), lambda: record_payment(
            db, actor, first.invoice_number, first.gross_cents, now=start + timedelta(days=18),
            reference="VIR ATELIER LUMIERE 0042")),
        (now - timedelta(days=20), lambda: buy(db, actor, "EQUIPE", 3,
                                               now=now - timedelta(days=20))),
    ]
    for day in range(0, 330, 4):
        when = start + timedelta(days=day, hours=3)
        while later and later[0][0] <= when:
            later.pop(0)[1]()
        sub = ids[(day // 4) % len(ids)]
        service, level, units, title = WORK[day % len(WORK)]
        try:
            submit_task(db, actor, sub_account=sub, service_code=service, complexity_code=level,
                        units=units + day % 7, title=title, now=when)
        except RuleRefused:
            continue
    for _, event in later:
        event()
    suspend_sub_account(db, actor, ids[-1], now)
