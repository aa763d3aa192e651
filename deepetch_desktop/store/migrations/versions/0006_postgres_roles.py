"""PostgreSQL only: the triggers that refuse, for any role but an administrator's, lowering a usage counter or raising the basket's balance (issue 11).

Also refused to such a role: moving the basket's last use more than a day ahead of the
server's clock (it would put the expiry off), a ledger entry other than a task's debit, and
changing an administrator's password or remembering an administrator's login (a colleague's
role could otherwise take an administrator's account in the program).

Revision ID: 0006
Revises: 0005

An administrator's role: a superuser, a member of the role that owns the table (the schema's
owner, `deepetch_owner` once `deepetch roles setup` ran; before, whoever migrated), or a member
of `deepetch_admin`. When `deepetch_admin` does not exist (roles setup has not run yet) every
other role is not an administrator's. The functions are SECURITY INVOKER: they judge the role
that writes, and `roles setup` gives them to the schema's owner with the tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (trigger, table, when, what the refusal says is an administrator's)
TRIGGERS = (
    ("basket_balance_raised", "basket", "BEFORE UPDATE OF balance",
     "NEW.balance > OLD.balance", "raising the basket's balance"),
    # The last use moved far ahead would put off the credits' expiry for good.
    ("basket_last_use_ahead", "basket", "BEFORE UPDATE OF last_use_at",
     "NEW.last_use_at > now() + interval '1 day'", "a last use more than a day ahead"),
    ("usage_used_lowered", "usage", "BEFORE UPDATE OF used",
     "NEW.used < OLD.used", "lowering a usage counter"),
    ("ledger_entries_not_a_task", "ledger_entries", "BEFORE INSERT",
     "NEW.kind <> 'task' OR NEW.credits >= 0 OR NEW.task_id IS NULL",
     "a ledger entry other than a task's debit"),
    # A member's role could otherwise take an administrator's account in the program: give it
    # a password of its choosing, or a remembered login (below, login_tokens) of its own.
    ("people_administrator_password", "people",
     "BEFORE UPDATE OF password_hash, must_change_password",
     "OLD.is_administrator AND (NEW.password_hash IS DISTINCT FROM OLD.password_hash "
     "OR NEW.must_change_password IS DISTINCT FROM OLD.must_change_password)",
     "changing an administrator's password"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # on SQLite the file is the boundary: whoever can write it is the administrator
    # The functions look names up in pg_catalog then this schema only, whatever the session's
    # search_path: a role cannot put a deepetch_acts_as_admin of its own before ours.
    schema = bind.execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    path = f"SET search_path = pg_catalog, {schema}"
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION deepetch_acts_as_admin(tbl regclass) RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY INVOKER {path} AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
                RETURN true;
            END IF;
            IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = tbl),
                           'MEMBER') THEN
                RETURN true;
            END IF;
            IF to_regrole('deepetch_admin') IS NULL THEN
                RETURN false;
            END IF;
            RETURN pg_has_role(current_user, 'deepetch_admin', 'MEMBER');
        END
        $$
        """
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION deepetch_admin_only() RETURNS trigger
        LANGUAGE plpgsql SECURITY INVOKER {path} AS $$
        BEGIN
            IF NOT deepetch_acts_as_admin(TG_RELID) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('%s: %s is for an administrator''s role, not %s',
                                     TG_TABLE_NAME, TG_ARGV[0], current_user);
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION deepetch_administrator_token() RETURNS trigger
        LANGUAGE plpgsql SECURITY INVOKER {path} AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM people WHERE id = NEW.person_id AND is_administrator)
               AND NOT deepetch_acts_as_admin(TG_RELID) THEN
                RAISE EXCEPTION USING
                    ERRCODE = 'insufficient_privilege',
                    MESSAGE = format('login_tokens: remembering an administrator''s login is '
                                     'for an administrator''s role, not %s', current_user);
            END IF;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute("CREATE TRIGGER login_tokens_administrator BEFORE INSERT ON login_tokens "
               "FOR EACH ROW EXECUTE FUNCTION deepetch_administrator_token()")
    for name, table, event, when, what in TRIGGERS:
        quoted = what.replace("'", "''")
        op.execute(
            f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW WHEN ({when}) "
            f"EXECUTE FUNCTION deepetch_admin_only('{quoted}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table, *_ in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute("DROP TRIGGER IF EXISTS login_tokens_administrator ON login_tokens")
    op.execute("DROP FUNCTION IF EXISTS deepetch_administrator_token()")
    op.execute("DROP FUNCTION IF EXISTS deepetch_admin_only()")
    op.execute("DROP FUNCTION IF EXISTS deepetch_acts_as_admin(regclass)")
