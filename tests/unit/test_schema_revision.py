"""The schema revisions known without Alembic (store/revision.py) are the migration files' own:
a new migration that forgets to add its revision there fails here, not on a customer's
database (it would be taken for a newer program's and refused, or never migrated)."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from deepetch_desktop.store.migrate import alembic_config, head_revision, known_revisions
from deepetch_desktop.store.revision import HEAD_REVISION, KNOWN_REVISIONS, REVISIONS


def test_the_head_revision_is_the_newest_migration_file():
    assert HEAD_REVISION == head_revision()


def test_the_known_revisions_are_the_migration_files_oldest_first():
    assert KNOWN_REVISIONS == known_revisions()
    script = ScriptDirectory.from_config(alembic_config())
    oldest_first = tuple(reversed([rev.revision for rev in script.walk_revisions()]))
    assert REVISIONS == oldest_first
