"""store/roles.RULES: every table of the schema has its rule for deepetch_admin and
deepetch_member, and the rules say what issue 11 asks (checked on PostgreSQL by
tests/integration/test_postgres_member_role.py)."""

from __future__ import annotations

from deepetch_desktop.store.roles import ALL, RULES, Rule, _privileges
from deepetch_desktop.store.tables import metadata


def test_every_table_has_a_rule() -> None:
    """A table added to store/tables.py needs its line in store/roles.RULES (what an
    administrator's and a member's roles may do on it); without one no role is granted
    anything on it and `roles setup` lists it as `unruled`."""
    assert set(metadata.tables) - set(RULES) == set()
    assert set(RULES) - set(metadata.tables) == set(), "a rule for a table that is gone"


def test_a_member_changes_no_limit_privilege_catalogue_setting_invoice_payment_or_journal() -> None:
    for table in ("sub_accounts", "packs", "services", "complexities", "seller", "company",
                  "settings", "invoices", "payments", "audit_log", "ledger_entries",
                  "invoice_counters", "invoice_documents", "batches", "effects", "outbox"):
        rule = RULES[table].member
        assert rule.update == () and not rule.delete, table
    assert RULES["basket"].member == Rule(update=("balance", "last_use_at"))
    assert RULES["usage"].member == Rule(insert=True, update=("used",))
    assert RULES["tasks"].member == Rule(insert=True)
    # who is an administrator, which sub-account one holds, the e-mail, an administrator's lock
    for column in ("is_administrator", "sub_account_id", "email", "name", "locked"):
        assert column not in RULES["people"].member.update
    assert RULES["login_tokens"].member == Rule(insert=True, update=("revoked_at",))


def test_no_one_deletes_or_updates_history() -> None:
    for table in ("ledger_entries", "invoices", "invoice_documents", "payments", "audit_log"):
        for rule in (RULES[table].admin, RULES[table].member):
            assert rule.update == () and not rule.delete, table


def test_the_column_the_database_fills_is_never_written() -> None:
    """audit_log.db_role is PostgreSQL's DEFAULT current_user: no role may INSERT or UPDATE
    it, so no program can forge the role a journal row names."""
    columns = ["id", "at", "actor", "db_role"]
    assert _privileges(Rule(insert=True, update=ALL), columns) == [
        "SELECT", 'INSERT ("id", "at", "actor")', 'UPDATE ("id", "at", "actor")']
    assert _privileges(Rule(insert=True), ["id", "at"]) == ["SELECT", "INSERT"]
    assert _privileges(Rule(update=("used", "gone")), ["used"]) == ["SELECT", 'UPDATE ("used")']
