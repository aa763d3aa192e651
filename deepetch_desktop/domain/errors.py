"""Typed errors that carry data, not prose; the front ends turn them into sentences."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from .vocabulary import Privilege


class DeepetchError(Exception):
    """Base of every error a user can cause. `code` is stable and machine readable."""

    code: ClassVar[str] = "error"
    exit_status: ClassVar[int] = 1

    def details(self) -> dict[str, object]:
        """The data, with typed text cut short and control characters replaced: a message
        never echoes ten megabytes or a terminal escape sequence."""
        from .text import shown

        return {k: shown(v) for k, v in vars(self).items() if not k.startswith("_")}

    def __str__(self) -> str:
        return f"{self.code} {self.details()}"


# --- bad input: exit 2, nothing changed -----------------------------------------------------


@dataclass(eq=False)
class BadInput(DeepetchError):
    """A value typed by someone is not acceptable; `field` names it, `problem` says why."""

    field: str
    problem: str
    value: object = None

    code: ClassVar[str] = "bad_input"
    exit_status: ClassVar[int] = 2


@dataclass(eq=False)
class UnreachableAmount(DeepetchError):
    """A gross amount no net amount gives once VAT is rounded to the cent: the nearest ones
    that can be reached, below and above, are named (domain/invoicing.net_for_gross)."""

    requested_cents: int
    below_cents: int
    above_cents: int
    vat_bp: int

    code: ClassVar[str] = "unreachable_amount"
    exit_status: ClassVar[int] = 2


@dataclass(eq=False)
class DatabaseRefused(DeepetchError):
    """The database cannot be opened safely (not a database, newer schema, ...)."""

    reason: str
    location: str
    version: str | None = None  # newer_schema: the program's version that wrote it, if known

    code: ClassVar[str] = "database_refused"
    exit_status: ClassVar[int] = 2

    def __post_init__(self) -> None:
        # Masked here, once, so no place that raises it can leak the password into a message.
        from .urls import masked_url

        self.location = masked_url(self.location)


@dataclass(eq=False)
class _AtLocation(DeepetchError):
    """An error about a database at `location`, its password masked once, here."""

    location: str

    def __post_init__(self) -> None:
        from .urls import masked_url

        self.location = masked_url(self.location)


@dataclass(eq=False)
class AccountMoved(_AtLocation):
    """This SQLite file's account was copied to a server by `migrate-to`: it lives at
    `location` now (a URL without its password), and the file is no longer used."""

    code: ClassVar[str] = "account_moved"
    exit_status: ClassVar[int] = 3


@dataclass(eq=False)
class TargetNotEmpty(_AtLocation):
    """`migrate-to` copies only into an empty database: nothing was written to this one."""

    code: ClassVar[str] = "target_not_empty"
    exit_status: ClassVar[int] = 3


@dataclass(eq=False)
class CopyDiffers(_AtLocation):
    """The copy made by `migrate-to` does not match its source (what differs): the file was
    not marked as moved."""

    differences: str

    code: ClassVar[str] = "copy_differs"
    exit_status: ClassVar[int] = 1


@dataclass(eq=False)
class ServerLost(_AtLocation):
    """The database server could not be reached again within `seconds`: nothing was
    written."""

    seconds: int

    code: ClassVar[str] = "server_lost"
    exit_status: ClassVar[int] = 1


@dataclass(eq=False)
class DatabaseBusy(_AtLocation):
    """Another workstation held what this one needed for longer than the lock time-out, every
    try: nothing was written."""

    code: ClassVar[str] = "database_busy"
    exit_status: ClassVar[int] = 1


@dataclass(eq=False)
class CommitUnknown(_AtLocation):
    """The connection was lost while the server committed: whether it was written is not
    known (only a request with an idempotency key is sent again by itself)."""

    code: ClassVar[str] = "commit_unknown"
    exit_status: ClassVar[int] = 1


@dataclass(eq=False)
class DriverMissing(DeepetchError):
    """The Python driver of `database` (an optional extra) is not installed."""

    database: str

    code: ClassVar[str] = "driver_missing"
    exit_status: ClassVar[int] = 2


@dataclass(eq=False)
class LoginNotRemembered(DeepetchError):
    """No usable system keyring on this computer (`backend` names what there is): a login
    cannot be remembered here; the person logs in at each command or window instead."""

    backend: str

    code: ClassVar[str] = "login_not_remembered"
    exit_status: ClassVar[int] = 2


# --- not found: exit 4 ----------------------------------------------------------------------


@dataclass(eq=False)
class NotFound(DeepetchError):
    kind: str
    key: object

    code: ClassVar[str] = "not_found"
    exit_status: ClassVar[int] = 4


# --- refused by a business rule: exit 3, nothing changed --------------------------------------


class RuleRefused(DeepetchError):
    exit_status: ClassVar[int] = 3


@dataclass(eq=False)
class InsufficientCredits(RuleRefused):
    balance: int
    cost: int
    code: ClassVar[str] = "insufficient_credits"


@dataclass(eq=False)
class LimitReached(RuleRefused):
    """Monthly limit: `remaining` is what is left this month."""

    limit: int
    used: int
    cost: int
    remaining: int
    code: ClassVar[str] = "limit_reached"


@dataclass(eq=False)
class FixedLimitExhausted(RuleRefused):
    limit: int
    used: int
    cost: int
    remaining: int
    code: ClassVar[str] = "fixed_limit_exhausted"


@dataclass(eq=False)
class OutsideLimitPeriod(RuleRefused):
    valid_from: date | None
    valid_to: date | None
    day: date
    code: ClassVar[str] = "outside_limit_period"


@dataclass(eq=False)
class SubAccountSuspended(RuleRefused):
    sub_account_id: int
    code: ClassVar[str] = "subaccount_suspended"


@dataclass(eq=False)
class SubAccountClosed(RuleRefused):
    sub_account_id: int
    code: ClassVar[str] = "subaccount_closed"


@dataclass(eq=False)
class NotPermitted(RuleRefused):
    privilege: Privilege
    who: str
    code: ClassVar[str] = "not_permitted"


@dataclass(eq=False)
class NotAuthenticated(RuleRefused):
    """Nobody logged in where a person must: `reason` says what is missing ("no_login": no
    e-mail given and no login remembered; "no_password": no password and no terminal to ask
    it in; "no_person": nobody may log in to this database yet)."""

    reason: str = "no_login"
    code: ClassVar[str] = "not_authenticated"


@dataclass(eq=False)
class BadCredentials(RuleRefused):
    """A wrong e-mail or a wrong password: the same refusal for both, so that it does not tell
    who has an account."""

    code: ClassVar[str] = "bad_credentials"


@dataclass(eq=False)
class AccountLocked(RuleRefused):
    """The person is locked: by an administrator (`until` None), or after too many wrong
    passwords until `until` (`minutes` from now)."""

    until: datetime | None = None
    minutes: int | None = None
    code: ClassVar[str] = "account_locked"


@dataclass(eq=False)
class PasswordChangeRequired(RuleRefused):
    """A one-time password was used: the person changes it before anything else."""

    code: ClassVar[str] = "password_change_required"


@dataclass(eq=False)
class TermsNotApproved(RuleRefused):
    code: ClassVar[str] = "terms_not_approved"


@dataclass(eq=False)
class IdempotencyConflict(RuleRefused):
    """The key was already used for a different request."""

    key: str
    code: ClassVar[str] = "idempotency_conflict"


@dataclass(eq=False)
class AlreadyRefunded(RuleRefused):
    task_id: int
    code: ClassVar[str] = "already_refunded"


@dataclass(eq=False)
class NotInitialised(RuleRefused):
    """No company account exists yet in this database."""

    code: ClassVar[str] = "not_initialised"


@dataclass(eq=False)
class AlreadyInitialised(RuleRefused):
    company: str
    code: ClassVar[str] = "already_initialised"


@dataclass(eq=False)
class InvoiceRule(RuleRefused):
    """An invoice operation the rules forbid (overpayment, credit note above what is left...)."""

    number: str
    rule: str
    code: ClassVar[str] = "invoice_rule"


@dataclass(eq=False)
class InvoiceDatedBefore(RuleRefused):
    """A document would be dated `day`, before `last_date` of the latest one of its series
    (`last_number`): numbers follow the dates (CGI ann. II art. 242 nonies A I 7°). Usually a
    workstation whose clock is behind; nothing is written."""

    last_number: str
    last_date: date
    day: date
    code: ClassVar[str] = "invoice_dated_before"


@dataclass(eq=False)
class ClockBehind(RuleRefused):
    """This workstation's clock is `lag_seconds` behind the latest recorded activity: its
    writes would date things in the past (and could make credits expire), so none is made."""

    lag_seconds: int
    latest_activity: datetime
    code: ClassVar[str] = "clock_behind"


@dataclass(eq=False)
class RoleRefused(RuleRefused):
    """PostgreSQL refused this workstation's database role a write: `role` is not an
    administrator's (a member of deepetch_member), or has no right there; `what` is the
    database's own words (the table, or the trigger's reason). Nothing was written."""

    role: str
    what: str
    code: ClassVar[str] = "role_refused"


@dataclass(eq=False)
class DocumentNotRendered(DeepetchError):
    """The invoice `number` is issued but its PDF could not be rendered (`cause`); it is
    tried again at each catch-up, and its e-mail waits for it."""

    number: str
    cause: str
    code: ClassVar[str] = "document_not_rendered"


def field_refusals(checks: Mapping[str, Callable[[str], object]],
                   typed: Mapping[str, str]) -> dict[str, BadInput]:
    """For a form: each field typed tried alone by its check, and what each refuses (the
    fields that pass are left out)."""
    refusals: dict[str, BadInput] = {}
    for field, text in typed.items():
        try:
            checks[field](text)
        except BadInput as error:
            refusals[field] = error
    return refusals
