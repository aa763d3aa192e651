"""PostgreSQL's own boundary: a role that owns the schema and two group roles whose members'
workstations log in (issue 11).

`deepetch_owner` (NOLOGIN) owns every table, sequence and function of the schema: the
program's roles never own a table, so they can neither drop nor disable a trigger.
`deepetch_admin` may do what the program does for an administrator (and the scheduler's
catch-up); `deepetch_member` what a sub-account holder's workstation does: read, submit tasks
(the basket's balance goes down, the usage counter up), write the journal. Each table has its
rule in RULES; `grant_all` applies them to the tables present, column by column where a member
may change only a few columns. The triggers of migration 0006 refuse, for anyone but an
administrator's role, raising the balance or lowering a usage counter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

OWNER = "deepetch_owner"
ADMIN = "deepetch_admin"
MEMBER = "deepetch_member"
GROUPS = (ADMIN, MEMBER)
ALL = ("*",)  # every column of the table
# Filled by the database itself (DEFAULT current_user): no role may write it.
DATABASE_FILLED = frozenset({"db_role"})


@dataclass(frozen=True)
class Rule:
    """What one group role may do on one table; SELECT always."""

    insert: bool = False
    update: tuple[str, ...] = ()  # ALL, or the columns it may change
    delete: bool = False


@dataclass(frozen=True)
class TableRule:
    admin: Rule
    member: Rule


READ = Rule()
APPEND = Rule(insert=True)
WRITE = Rule(insert=True, update=ALL)
HISTORY = TableRule(admin=APPEND, member=APPEND)  # append-only rows anyone acting writes
SETTING = TableRule(admin=WRITE, member=READ)  # what only an administrator changes
ADMIN_HISTORY = TableRule(admin=APPEND, member=READ)  # history only an administrator writes

RULES: dict[str, TableRule] = {
    # The company, the seller, the catalogue, the settings: an administrator's.
    "company": SETTING,
    "seller": SETTING,
    "packs": SETTING,
    "services": SETTING,
    "complexities": SETTING,
    "settings": SETTING,
    # A task takes credits out of the basket (a trigger refuses a member raising it).
    "basket": TableRule(admin=WRITE, member=Rule(update=("balance", "last_use_at"))),
    # Limits and privileges are columns of sub_accounts: a member changes none of them.
    "sub_accounts": SETTING,
    # A task counts against the limit (a trigger refuses a member lowering `used`).
    "usage": TableRule(admin=WRITE, member=Rule(insert=True, update=("used",))),
    # A member submits tasks; refunding one (refunded_at) is an administrator's.
    "tasks": TableRule(admin=WRITE, member=APPEND),
    # Append-only (the 0001 triggers refuse UPDATE and DELETE whatever the grants).
    "ledger_entries": HISTORY,  # a member's only kind: its tasks (trigger of 0006)
    "audit_log": HISTORY,
    "batches": ADMIN_HISTORY,
    "invoices": ADMIN_HISTORY,
    "invoice_documents": ADMIN_HISTORY,
    "invoice_sendings": ADMIN_HISTORY,
    "payments": ADMIN_HISTORY,
    # Issue 14: refunds made, documents deposited with the approved platform, the statuses it
    # reported (the catch-up, an administrator's role, deposits and reads them).
    "invoice_refunds": ADMIN_HISTORY,
    "pa_deposits": ADMIN_HISTORY,
    "lifecycle_events": ADMIN_HISTORY,
    "invoice_counters": SETTING,
    "document_failures": TableRule(admin=Rule(insert=True, update=ALL, delete=True),
                                   member=READ),
    # What the catch-up and the sending do: an administrator's role (the scheduler's too). No
    # holder's action queues an e-mail or claims a scheduled effect: a member inserting there
    # could send mail as the company, or claim "month_end:…"/"expiry:…" keys so that they
    # never happen.
    "outbox": TableRule(admin=WRITE, member=READ),
    "notifications": TableRule(admin=WRITE, member=Rule(insert=True, update=("read_at",))),
    "effects": ADMIN_HISTORY,
    # People who log in (migration 0004): everyone's workstation records a login, a failure,
    # a lock and a password change; who is an administrator, which sub-account one holds, the
    # e-mail and an administrator's lock are an administrator's. (A trigger of 0006 keeps an
    # administrator's password and remembered logins to administrators' roles.)
    "people": TableRule(
        admin=WRITE,
        member=Rule(update=("password_hash", "must_change_password", "failed_attempts",
                            "locked_until", "last_login_at", "password_changed_at")),
    ),
    # « Remember me » tokens (their SHA-256): made at a login, revoked, never deleted.
    "login_tokens": TableRule(admin=WRITE, member=Rule(insert=True, update=("revoked_at",))),
    # The hash chains' heads and counts (migration 0005), moved by every journal row.
    "chain_heads": TableRule(admin=WRITE, member=Rule(insert=True, update=ALL)),
}


@dataclass
class Setup:
    """What `setup` did: the roles it created now, the objects it gave to the owner now, the
    tables it granted on, and those of the schema it found no rule for (granted nothing)."""

    owner: str = OWNER
    admin_role: str = ADMIN
    member_role: str = MEMBER
    created: list[str] = field(default_factory=list)
    owned: int = 0
    tables: list[str] = field(default_factory=list)
    unruled: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def role_exists(conn: Connection, role: str) -> bool:
    return conn.execute(text("SELECT to_regrole(:r) IS NOT NULL"), {"r": role}).scalar() is True


def _create_role(conn: Connection, role: str) -> bool:
    """CREATE ROLE role NOLOGIN unless it exists; True when created now. Two runs at once on
    the cluster: the second one's CREATE fails and counts as "exists"."""
    if role_exists(conn, role):
        return False
    conn.execute(text(f"""
        DO $$ BEGIN
            CREATE ROLE {_quote(role)} NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$"""))
    return True


def is_set_up(conn: Connection) -> bool:
    """Roles setup ran here: the schema is `deepetch_owner`'s and the group roles exist (the
    README's older recipe also named its owner `deepetch_owner`, without the groups)."""
    owner = conn.execute(text(
        "SELECT pg_get_userbyid(relowner) FROM pg_class "
        "WHERE oid = to_regclass(current_schema() || '.alembic_version')")).scalar()
    return owner == OWNER and all(role_exists(conn, group) for group in GROUPS)


def schema_tables(conn: Connection) -> dict[str, list[str]]:
    """The tables of the current schema, with their columns."""
    rows = conn.execute(text(
        "SELECT c.relname, a.attname FROM pg_class c "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
        "ORDER BY c.relname, a.attnum")).all()
    tables: dict[str, list[str]] = {}
    for table, column in rows:
        tables.setdefault(table, []).append(column)
    return tables


def _sequences(conn: Connection) -> dict[str, str]:
    """Each sequence of the schema and the table whose column it feeds."""
    rows = conn.execute(text(
        "SELECT s.relname, t.relname FROM pg_class s "
        "JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid "
        "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "WHERE s.relkind = 'S' AND s.relnamespace = current_schema()::regnamespace")).all()
    return {str(seq): str(table) for seq, table in rows}


def _give_to_owner(conn: Connection) -> int:
    """ALTER ... OWNER TO deepetch_owner for every table, sequence, view and function of the
    schema it does not own yet; how many."""
    rows = conn.execute(text(
        "SELECT 'TABLE', quote_ident(c.relname) FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')"
        " AND pg_get_userbyid(c.relowner) <> :owner "
        "UNION ALL SELECT 'SEQUENCE', quote_ident(c.relname) FROM pg_class c "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S' "
        " AND pg_get_userbyid(c.relowner) <> :owner "
        "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
        " AND d.objid = c.oid AND d.deptype IN ('a', 'i')) "  # those go with their table
        "UNION ALL SELECT 'FUNCTION', p.oid::regprocedure::text FROM pg_proc p "
        "WHERE p.pronamespace = current_schema()::regnamespace "
        " AND pg_get_userbyid(p.proowner) <> :owner"), {"owner": OWNER}).all()
    for kind, name in rows:
        conn.execute(text(f"ALTER {kind} {name} OWNER TO {_quote(OWNER)}"))
    return len(rows)


def _privileges(rule: Rule, columns: list[str]) -> list[str]:
    """The GRANT clauses of `rule` on a table of `columns`."""
    writable = [c for c in columns if c not in DATABASE_FILLED]
    listed = ", ".join(_quote(c) for c in writable)
    out = ["SELECT"]
    if rule.insert:
        out.append(f"INSERT ({listed})" if len(writable) < len(columns) else "INSERT")
    if rule.update == ALL:
        out.append(f"UPDATE ({listed})" if len(writable) < len(columns) else "UPDATE")
    elif rule.update:
        chosen = [c for c in rule.update if c in writable]
        if chosen:
            out.append(f"UPDATE ({', '.join(_quote(c) for c in chosen)})")
    if rule.delete:
        out.append("DELETE")
    return out


def grant_all(conn: Connection) -> tuple[list[str], list[str]]:
    """Take every right of the two group roles away, then give each table's rule (and the
    sequences of the tables a group inserts into); run by the owner, or as it. The tables
    granted on, and those without a rule (granted nothing)."""
    tables, sequences = schema_tables(conn), _sequences(conn)
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    groups = ", ".join(_quote(g) for g in GROUPS)
    conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {groups}"))
    conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {groups}"))
    conn.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {groups}"))
    granted, unruled = [], []
    for table, columns in tables.items():
        if table == "alembic_version":  # the workstations read the revision, never write it
            conn.execute(text(f"GRANT SELECT ON alembic_version TO {groups}"))
            continue
        rule = RULES.get(table)
        if rule is None:
            unruled.append(table)
            continue
        for group, group_rule in ((ADMIN, rule.admin), (MEMBER, rule.member)):
            clauses = ", ".join(_privileges(group_rule, columns))
            conn.execute(text(f"GRANT {clauses} ON {_quote(table)} TO {_quote(group)}"))
        granted.append(table)
    for sequence, table in sequences.items():
        rule = RULES.get(table)
        for group, group_rule in ((ADMIN, rule.admin), (MEMBER, rule.member)) if rule else ():
            if group_rule.insert:
                conn.execute(text(
                    f"GRANT USAGE, SELECT ON SEQUENCE {_quote(sequence)} TO {_quote(group)}"))
    return granted, unruled


def setup(conn: Connection) -> Setup:
    """Create the three roles if missing, give the schema to the owner, grant each group its
    rules. Run by a superuser or the database's owner (with CREATEROLE), in one transaction;
    running it again changes nothing but what a new version of the schema added."""
    done = Setup()
    for role in (OWNER, *GROUPS):
        if _create_role(conn, role):
            done.created.append(role)
    superuser = conn.execute(text(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar() is True
    if not superuser:  # to give an object to a role one must be a member of it
        conn.execute(text(f"GRANT {_quote(OWNER)} TO current_user"))
    schema = conn.execute(text("SELECT quote_ident(current_schema())")).scalar_one()
    # The owner creates what later migrations add; no one else creates anything here.
    conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA {schema} TO {_quote(OWNER)}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC"))
    done.owned = _give_to_owner(conn)
    conn.execute(text(f"SET LOCAL ROLE {_quote(OWNER)}"))
    done.tables, done.unruled = grant_all(conn)
    conn.execute(text("RESET ROLE"))
    return done


def acts_as_admin(conn: Connection) -> bool:
    """The judgement of migration 0006's triggers (deepetch_acts_as_admin) on this connection's
    role."""
    return conn.execute(text("SELECT deepetch_acts_as_admin('basket'::regclass)")).scalar() is True
