"""The benchmark company's rows, made in memory: sub-accounts, tasks, purchases, ledger."""

from __future__ import annotations

import heapq
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from deepetch_desktop.domain.pricing import Complexity, Service, task_cost

FIRST = ("Julie", "Thomas", "Camille", "Nicolas", "Léa", "Antoine", "Chloé", "Hugo", "Manon",
         "Lucas", "Inès", "Mathieu", "Sarah", "Julien", "Emma", "Romain", "Clara", "Maxime",
         "Zoé", "Pierre", "Élodie", "Karim", "Fatou", "Yann", "Aurélie", "Sébastien", "Nora",
         "Paul", "Amandine", "Hélène")
LAST = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
        "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier",
        "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
        "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin")
DEPARTMENTS = tuple(f"{d} {r}" for d in ("Juridique", "Achats", "Export", "Marketing",
                                         "Qualité", "Support", "R&D", "Finance")
                    for r in ("Lyon", "Paris", "Lille", "Nantes", "Marseille"))
ROLES = ("Assistant(e)", "Chargé(e) de projet", "Juriste", "Responsable", "Ingénieur(e)", "")
TITLES = ("", "", "", "Contrat fournisseur", "Notice technique", "Courrier client",
          "Appel d'offres", "Fiche produit", "Compte rendu", "Présentation")
SERVICES = (Service("TRAD_TEXTE", "", "", 10), Service("TRAD_DOC", "", "", 25),
            Service("RELECTURE", "", "", 4), Service("TRANSCRIPTION", "", "", 6))
COMPLEXITIES = (Complexity("STANDARD", "", 1000), Complexity("STANDARD", "", 1000),
                Complexity("STANDARD", "", 1000), Complexity("TECHNIQUE", "", 1500),
                Complexity("EXPERT", "", 2000))
# The company's first administrator (issue 11): every process of a run starts as them, with
# the login this computer remembers (benchmarks/__main__.py, data.remember_administrator).
ADMIN_NAME = "Hélène Lefèvre"
ADMIN_EMAIL = "helene.lefevre@lefevre.example"
ADMIN_PASSWORD = "quai-Saint-Vincent-1898"  # the benchmark's own company, never a real one
ACTOR = ADMIN_NAME  # who the generated purchases and tasks were made by
PACK = ("GRAND_COMPTE", "Grand compte", 50_000, 350_000)  # code, name, credits, price (cents)


def ts(moment: datetime) -> str:
    """How SQLAlchemy stores an instant in SQLite: naive UTC, microseconds always shown."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@dataclass
class SubAccount:
    id: int
    kind: str  # none, monthly, fixed
    amount: int | None
    status: str


def sub_accounts(count: int, start: datetime, today: date) -> tuple[list[tuple], list[SubAccount]]:
    """Rows for `sub_accounts` (column order of SUB_COLUMNS) and what the rest needs of them."""
    rows, subs = [], []
    created = ts(start)
    for n in range(1, count + 1):
        first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
        kind = ("none", "none", "monthly", "monthly", "monthly", "fixed")[n % 6]
        amount = None if kind == "none" else 300 + (n * 7919) % 4000
        status = "suspended" if n % 97 == 0 else "closed" if n % 89 == 0 else "active"
        rows.append((
            n, f"{first} {last} {n:06d}", f"{_ascii(first)}.{_ascii(last)}.{n}@lefevre.example",
            DEPARTMENTS[n % len(DEPARTMENTS)], "" if n % 3 else f"+33 4 72 {n % 100:02d} 00 00",
            ROLES[n % len(ROLES)], 1, 1, int(n % 50 == 0), int(n % 200 == 0), int(n % 500 == 0),
            status, kind, amount, start.date().isoformat() if kind == "fixed" else None,
            (today + timedelta(days=365)).isoformat() if kind == "fixed" else None, 1, created))
        subs.append(SubAccount(n, kind, amount, status))
    return rows, subs


SUB_COLUMNS = ("id", "name", "email", "department", "phone", "role", "can_submit",
               "can_see_usage", "can_see_invoices", "can_buy", "can_administer", "status",
               "limit_kind", "limit_amount", "limit_from", "limit_to", "limit_generation",
               "created_at")
TASK_COLUMNS = ("id", "sub_account_id", "service_code", "complexity_code", "units", "title",
                "cost", "submitted_at", "month", "generation", "period", "idem_key",
                "refunded_at", "actor")


@dataclass
class Tasks:
    rows: list[tuple] = field(default_factory=list)
    refunds: list[tuple[float, int]] = field(default_factory=list)  # (when, task id)
    usage: dict[tuple[int, int, str], int] = field(default_factory=dict)


def tasks(count: int, subs: list[SubAccount], start: datetime, end: datetime, tz: ZoneInfo,
          rng: random.Random) -> Tasks:
    """`count` tasks spread over [start, end], busier sub-accounts first (a skewed choice)."""
    out = Tasks()
    first, span = start.timestamp(), (end - start).total_seconds()
    moments = sorted(first + span * rng.random() for _ in range(count))
    last_month, month_of = None, ""
    for number, moment in enumerate(moments, 1):
        sub = subs[int(len(subs) * rng.random() ** 2)]
        service, complexity = rng.choice(SERVICES), rng.choice(COMPLEXITIES)
        units = rng.randint(1, 8)
        cost = task_cost(units, service, complexity)
        when = datetime.fromtimestamp(moment, UTC)
        local = when.astimezone(tz)
        if (local.year, local.month) != last_month:
            last_month, month_of = (local.year, local.month), f"{local.year:04d}-{local.month:02d}"
        period = "fixed" if sub.kind == "fixed" else month_of
        refunded = None
        if rng.random() < 0.005:
            back = min(moment + 86_400, end.timestamp())
            refunded = ts(datetime.fromtimestamp(back, UTC))
            out.refunds.append((back, number))
        else:
            key = (sub.id, 1, period)
            out.usage[key] = out.usage.get(key, 0) + cost
        title = TITLES[number % len(TITLES)]
        out.rows.append((number, sub.id, service.code, complexity.code, units, title, cost,
                         ts(when), month_of, 1, period, None, refunded, ACTOR))
    out.refunds.sort()
    return out


@dataclass(frozen=True)
class Purchase:
    at: datetime
    quantity: int


def weekly_use(task_rows: list[tuple], start: datetime) -> dict[int, int]:
    """Credits used in each week since `start`."""
    weekly: dict[int, int] = {}
    origin = start.timestamp()
    for row in task_rows:
        moment = datetime.fromisoformat(row[7]).replace(tzinfo=UTC).timestamp()
        week = int((moment - origin) // (7 * 86_400))
        weekly[week] = weekly.get(week, 0) + row[6]
    return weekly


def quantity_for(need: float) -> int:
    return max(1, min(1000, -(-int(need) // PACK[2])))


def purchases(weekly: dict[int, int], start: datetime, end: datetime,
              first_quantity: int) -> list[Purchase]:
    """A purchase at the start of each week that covers it with a margin (the first one, at
    `start`, is made by the app), and a last large one (50 million credits) that the write
    figures draw on."""
    out, held, week = [], first_quantity * PACK[2] - weekly.get(0, 0), 1
    while start + timedelta(days=7 * week) < end - timedelta(days=1):
        use = weekly.get(week, 0)
        quantity = quantity_for(1.3 * use - held)
        out.append(Purchase(start + timedelta(days=7 * week, hours=1), quantity))
        held += quantity * PACK[2] - use
        week += 1
    out.append(Purchase(end - timedelta(hours=20), 1000))
    return out


def ledger_events(task_rows: list[tuple], refunds: list[tuple[float, int]],
                  bought: list[Purchase]) -> Iterator[tuple[float, int, str, int]]:
    """(when, order, kind, index) in the order things happened: the ledger is append-only."""
    yield from heapq.merge(
        ((datetime.fromisoformat(r[7]).replace(tzinfo=UTC).timestamp(), 1, "task", i)
         for i, r in enumerate(task_rows)),
        ((when, 2, "refund", number - 1) for when, number in refunds),
        ((p.at.timestamp(), 0, "purchase", i) for i, p in enumerate(bought)),
    )
