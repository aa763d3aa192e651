"""The README's PostgreSQL recipe, run as written (with unique names): the server's
administrator creates the database and runs `deepetch roles setup`, then a workstation's login
role in deepetch_admin works, and one in deepetch_member is the colleague's."""

from __future__ import annotations

import io
import re
import shlex
import uuid
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.cli import main
from deepetch_desktop.services.results import ADMINISTRATOR
from tests.conftest import NOW, pg_admin_url

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mot-de-passe-du-poste"


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Several workstations: PostgreSQL")
    return text[start:text.index("\n## ", start + 1)]


def _blocks(kind: str) -> list[list[str]]:
    """The README section's ```kind blocks, each as its statements (or lines)."""
    found = re.findall(rf"```{kind}\n(.*?)```", _section(), re.S)
    assert found, f"the README shows the {kind} of the PostgreSQL recipe"
    return [[line.strip() for line in block.splitlines() if line.strip()] for block in found]


def test_the_readme_says_which_role_each_workstation_uses_and_what_sqlite_relies_on() -> None:
    section = " ".join(_section().split())
    for words in ("`deepetch_admin`", "`deepetch_member`", "the scheduler", "`0600`", "`0700`",
                  "the file is the boundary", "deepetch roles setup"):
        assert words in section, words


@pytest.fixture
def readme_recipe() -> Iterator[dict[str, str]]:
    """The README's SQL and command, run with unique names; each workstation's URL."""
    import psycopg

    admin = make_url(pg_admin_url())
    tag = uuid.uuid4().hex[:8]
    names = {"deepetch": f"deepetch_{tag}", "poste_direction": f"direction_{tag}",
             "poste_camille": f"camille_{tag}"}

    def named(text: str) -> str:
        for old, new in names.items():
            text = re.sub(rf"\b{old}\b", new, text)
        return text.replace("'...'", f"'{PASSWORD}'")

    create_database, create_logins = _blocks("sql")
    (command,) = _blocks("sh")
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    database = names["deepetch"]
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            for statement in create_database:
                conn.execute(named(statement).rstrip(";"))  # type: ignore[arg-type]
        words = shlex.split(command[0])
        assert words[0] == "deepetch" and words[1] == "--db" and words[3:] == ["roles", "setup"]
        superuser = admin.set(database=database).render_as_string(hide_password=False)
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            assert main(["--db", superuser, *words[3:]]) == 0, err.getvalue()
        with psycopg.connect(dsn, autocommit=True) as conn:
            for statement in create_logins:
                conn.execute(named(statement).rstrip(";"))  # type: ignore[arg-type]
        yield {role: admin.set(username=names[role], password=PASSWORD, database=database)
               .render_as_string(hide_password=False)
               for role in ("poste_direction", "poste_camille")}
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')  # type: ignore[arg-type]
            for role in ("poste_direction", "poste_camille"):
                conn.execute(f'DROP ROLE IF EXISTS "{names[role]}"')  # type: ignore[arg-type]


def test_an_administrators_workstation_works_after_the_readme_recipe(
        readme_recipe: dict[str, str]) -> None:
    workstation = open_database(readme_recipe["poste_direction"])
    try:
        s.init_company(workstation, ADMINISTRATOR, name="Atelier Lumière", siren="552100554",
                       legal_form="SAS", address="8 quai des Chartrons\n33000 Bordeaux",
                       einvoicing_address="552100554", email="compta@atelier-lumiere.fr", now=NOW)
        s.approve_terms(workstation, ADMINISTRATOR, NOW)
        bought = s.buy(workstation, ADMINISTRATOR, "EQUIPE", 1, now=NOW)
        assert bought.credits == 2000 and bought.balance == 2000
    finally:
        workstation.dispose()


def test_a_colleagues_workstation_cannot_do_an_administrators_work(
        readme_recipe: dict[str, str]) -> None:
    import psycopg

    url = make_url(readme_recipe["poste_camille"]).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO company (id, name, siren, created_at) "
                         "VALUES (1, 'X', '552100554', now())")
