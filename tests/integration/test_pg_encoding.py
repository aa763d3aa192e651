"""A PostgreSQL database made with the SQL_ASCII encoding (what initdb picks when no locale is
set) is read as text like any other: the program asks for UTF-8 on every connection."""

from __future__ import annotations

import uuid

import pytest

from deepetch_desktop import services as s
from deepetch_desktop.bootstrap import open_database
from deepetch_desktop.services import ADMINISTRATOR as A
from tests.conftest import NOW, _pg_admin, _pg_database_url, setup_company


@pytest.mark.postgres
def test_a_sql_ascii_database_works_and_keeps_accents() -> None:
    name = f"deepetch_test_ascii_{uuid.uuid4().hex[:10]}"
    _pg_admin(f"CREATE DATABASE \"{name}\" ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' "
              "TEMPLATE template0")
    try:
        database = open_database(_pg_database_url(name))
        try:
            setup_company(database)
            assert s.company(database).name == "Atelier Lumière"
            assert s.status(database, A, NOW).balance == 2000
        finally:
            database.dispose()
    finally:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
