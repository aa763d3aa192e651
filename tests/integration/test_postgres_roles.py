"""The README's PostgreSQL recipe: an owner migrates, a workstation's own role then works."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.services.results import ADMINISTRATOR
from tests.conftest import NOW, pg_admin_url

ROOT = Path(__file__).resolve().parents[2]


def _readme_sql() -> list[str]:
    """The SQL block of the README's PostgreSQL section, statement by statement."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Several workstations: PostgreSQL"):]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block, "the README shows the SQL that creates the database and its roles"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


@pytest.fixture
def readme_roles() -> Iterator[dict[str, str]]:
    """Runs the README's SQL with unique names; the owner's and a workstation's URLs."""
    import psycopg

    admin = make_url(pg_admin_url())
    tag = uuid.uuid4().hex[:8]
    names = {"deepetch_owner": f"owner_{tag}", "deepetch_users": f"users_{tag}",
             "poste_compta": f"poste_{tag}", "deepetch": f"deepetch_{tag}"}
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    statements = " ".join(_readme_sql())
    for old, new in names.items():
        statements = re.sub(rf"\b{old}\b", new, statements)
    statements = statements.replace("PASSWORD '...'", "")
    before, after = statements.split("\\c ")
    database, after = after.split(None, 1)
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in filter(None, (x.strip() for x in before.split(";"))):
            conn.execute(statement)
    db_dsn = admin.set(drivername="postgresql", database=database)
    with psycopg.connect(db_dsn.render_as_string(hide_password=False), autocommit=True) as conn:
        for statement in filter(None, (x.strip() for x in after.split(";"))):
            conn.execute(statement)
    urls = {role: admin.set(username=names[role], database=database)
            .render_as_string(hide_password=False) for role in ("deepetch_owner", "poste_compta")}
    yield urls
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        for role in ("poste_compta", "deepetch_users", "deepetch_owner"):
            conn.execute(f'DROP ROLE IF EXISTS "{names[role]}"')


def test_a_workstation_role_works_after_the_owner_migrated(readme_roles: dict[str, str]) -> None:
    owner = open_database(readme_roles["deepetch_owner"])
    owner.dispose()
    workstation = open_database(readme_roles["poste_compta"])
    try:
        s.init_company(workstation, ADMINISTRATOR, name="Atelier Lumière", siren="552100554",
                       legal_form="SAS", address="8 quai des Chartrons\n33000 Bordeaux",
                       email="compta@atelier-lumiere.fr", now=NOW)
        s.approve_terms(workstation, ADMINISTRATOR, NOW)
        bought = s.buy(workstation, ADMINISTRATOR, "EQUIPE", 1, now=NOW)
        assert bought.credits == 2000
        assert s.status(workstation, NOW).balance == 2000
    finally:
        workstation.dispose()
