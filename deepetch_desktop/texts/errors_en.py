"""Errors in one sentence each, in English: the field, what is wrong with it, and the
sentence of each refusal."""

from __future__ import annotations

from .voice import Catalogue

ERRORS_ENGLISH: Catalogue = {
    # field
    "field.legal_form": "The legal form",
    "field.address": "The address",
    "field.department": "The department",
    "field.role": "The role",
    "field.title": "The title",
    "field.reference": "The reference",
    "field.iban": "The IBAN",
    "field.bic": "The BIC",
    "field.logo": "The logo",
    "field.key": "The key",
    "field.cafile": "The certificate file",
    "field.siret": "The SIRET",
    "field.rcs": "The RCS",
    "field.sub_account": "The sub-account",
    "field.number": "The invoice number",
    "field.task": "The task number",
    "field.limit": "The number of lines",
    "field.search": "The search",
    "field.units": "The number of units",
    "field.amount": "The amount",
    "field.quantity": "The quantity",
    "field.siren": "The SIREN",
    "field.vat_number": "The VAT number",
    "field.email": "The e-mail address",
    "field.name": "The name",
    "field.company": "The company name",
    "field.timezone": "The time zone",
    "field.window_days": "The window (in days)",
    "field.until": "The date aimed at",
    "field.at": "The date",
    "field.valid_from": "The start date",
    "field.valid_to": "The end date",
    "field.date": "The date",
    "field.month": "The month",
    "field.kind": "The limit kind",
    "field.phone": "The phone number",
    "field.reminder_days": "The reminder days",
    "field.reason": "The reason",
    "field.port": "The port",
    "field.host": "The server",
    "field.security": "The security",
    "field.sender": "The sender",
    "field.output": "The output file",
    "field.outgoing": "The folder invoices are deposited in",
    "field.incoming": "The folder of the platform's statuses",
    "field.witness": "The witness",
    "field.admin_email": "The administrator's e-mail (--admin-email or DEEPETCH_USER)",
    "field.password": "The password",
    "field.user": "The user",
    "field.database": "The database",
    "field.by": "The grouping",
    "field.sort": "The sort",
    "field.format": "The format",
    "field.code": "The code",
    "field.credits": "The number of credits",
    "field.rate": "The rate",
    "field.unit": "The unit",
    "field.factor": "The factor",
    "field.country": "The country",
    "field.einvoicing_address": "The e-invoicing address",
    "field.purchase_order": "The purchase-order number",
    "field.legal_rate": "The legal interest rate",
    "field.vat_on_debits": "The option for VAT on debits",
    "field.penalty_rate": "The penalty rate",
    "field.backup": "The file to restore",
    # problem
    "problem.too_many_days": "are more than 20",
    "problem.longer_than": "is longer than {maximum} characters",
    "problem.too_many_lines": "has more than {maximum} lines",
    "problem.line_too_long": "has a line longer than {maximum} characters",
    "problem.invalid_iban": "is not a valid IBAN",
    "problem.invalid_bic": "is not a valid BIC (8 or 11 characters)",
    "problem.invalid_siret": "is not a valid SIRET (14 digits)",
    "problem.not_a_file": "is not an existing file",
    "problem.not_a_witness": "is neither the JSON of `audit witness`, nor the month-end "
                             "e-mail's line, nor one SHA-256 link",
    "problem.only_with_verify": "goes with `audit verify` only",
    "problem.file_too_large": "is a file of more than 2 MB",
    "problem.unreadable": "cannot be read",
    "problem.not_an_image": "is not a readable PNG or JPEG image",
    "problem.image_too_large": "is an image larger than 4,000 × 4,000 pixels",
    "problem.not_a_regular_file": "is not a regular file (it is a folder or a device)",
    "problem.not_a_whole_number": "must be a whole number",
    "problem.must_be_positive": "must be greater than 0",
    "problem.too_large": "is too large",
    "problem.required": "is required",
    "problem.not_a_number": "is not a number",
    "problem.negative": "cannot be negative",
    "problem.too_many_decimals": "has more than two decimals",
    "problem.invalid_siren": "is not a valid SIREN (9 digits)",
    "problem.invalid_vat_number": "is not valid",
    "problem.invalid_email": "is not a valid address",
    "problem.already_used": "is already used",
    "problem.too_long": "is too long",
    "problem.unknown_time_zone": "is unknown",
    "problem.before_today": "is before today",
    "problem.before_start": "is before the start date",
    "problem.not_a_date": "is not a date (YYYY-MM-DD or DD/MM/YYYY)",
    "problem.not_a_month": "is not a month (YYYY-MM)",
    "problem.month_or_period": "is not given with --from and --to",
    "problem.unknown_limit_kind": "must be none, monthly or fixed",
    "problem.period_only_for_fixed": "only exists for a fixed limit",
    "problem.not_allowed_without_limit": "makes no sense without a limit",
    "problem.invalid_phone": "is not a valid number",
    "problem.invalid_country": "is not an ISO 3166 country code (FR, DE, BE...)",
    "problem.incomplete_address": "is incomplete: it needs at least a street line and a 'postcode "
        "city' line (in France, a 5-digit postcode)",
    "problem.vat_number_of_another_country": "does not start with the prefix of the company's "
        "country",
    "problem.vat_number_of_another_company": "does not contain the company's SIREN",
    "problem.invalid_einvoicing_address": "is not valid: in the French directory it starts with "
        "the SIREN (for example 552100554 or 552100554_INVOICES); outside France, give its scheme "
        "(0088:..., EM:address@example.com)",
    "problem.below_legal_minimum": "is below three times the legal interest rate in force (French "
        "Commercial Code, article L441-10)",
    "problem.not_a_half_year": "must be the start of a half-year (1 January or 1 July)",
    "problem.out_of_range": "is out of range",
    "problem.days_out_of_range": "must be between 1 and 365 days",
    "problem.not_a_list_of_days": "must be numbers",
    "problem.cannot_write": "cannot be written",
    "problem.no_such_folder": "is in a folder that does not exist",
    "problem.not_a_folder": "is not an existing folder",
    "problem.folder_not_writable": "is a folder this program cannot write in",
    "problem.same_as_outgoing": "must be another folder than the deposits'",
    "problem.in_the_future": "is in the future",
    "problem.empty": "is empty",
    "problem.contains_spaces": "contains spaces",
    "problem.unknown": "is unknown",
    "problem.control_characters": "contains forbidden characters",
    "problem.backup_needs_sqlite": "is a server: back it up with pg_dump",
    "problem.invalid_code": "must be 2 to 32 capital letters, digits or _",
    "problem.must_not_be_zero": "cannot be zero",
    "problem.backup_corrupt": "would be a corrupt copy: it was not kept",
    "problem.cleartext_password": "“none” with a user would send the SMTP password in clear over "
        "the network: choose starttls or tls, or, if this server offers no encryption, accept it "
        "with --allow-cleartext-auth",
    "problem.already_exists": "already exists: nothing was written (to replace an older Deepetch "
        "backup, add --replace)",
    "problem.not_a_backup": "is not a Deepetch backup: it was not replaced",
    "problem.is_live_database": "is the database in use: it was not touched, choose another file",
    "problem.disk_full": "cannot be written: the disk is full, free some space and try again",
    "problem.no_such_file": "does not exist",
    "problem.not_deepetch_backup": "is not a Deepetch backup: nothing was restored",
    "problem.backup_damaged": "is damaged (integrity check failed): nothing was restored",
    "problem.from_newer_version": "comes from a newer version of Deepetch Desktop: update the "
        "program to restore it",
    "problem.audit_failed": "fails the check (balance, ledger, invoice numbers): nothing was "
        "restored",
    "problem.in_use": "is open in another program (Deepetch Desktop or a deepetch command, here "
        "or on another workstation): close it and try again; nothing was restored",
    "problem.restore_needs_sqlite": "is a server: restore it with pg_restore",
    "problem.bad_url": "is not a valid address",
    "problem.cannot_replace": "cannot be replaced (it is not a file, or you may not write to "
        "it): nothing was restored",
    "problem.too_short_password": "must be at least 10 characters long (a sentence of a few "
        "words makes a good password)",
    "problem.common_password": "is one of the most common passwords, the ones tried first: "
        "choose another",
    "problem.not_typed": "was not given: put it in DEEPETCH_PASSWORD or run the command in a "
        "terminal",
    "problem.same_as_old": "is the same as the old one: choose a new one",
    "problem.is_yourself": "is yours: an administrator does not lock themselves out",
    "problem.not_the_same": "was not typed the same way twice",
    # error
    "error.not_authenticated": "Nobody is logged in: give your e-mail with --user (or "
        "DEEPETCH_USER) and your password (DEEPETCH_PASSWORD or at the prompt), or log in once "
        "with “deepetch login”.",
    "error.not_authenticated.no_password": "Password missing: put it in DEEPETCH_PASSWORD, or "
        "run the command in a terminal to type it.",
    "error.not_authenticated.no_person": "Nobody can log in to this database yet: create the "
        "first administrator with “deepetch people add-admin --name NAME --email EMAIL”.",
    "error.bad_credentials": "Wrong e-mail or password.",
    "error.account_locked": "This account is locked by an administrator: ask them to unlock it.",
    "error.account_locked.attempts": "This account is locked after 5 wrong passwords: try again "
        "in {minutes} min, or ask an administrator to unlock it.",
    "error.password_change_required": "Your password is a one-time password: change it first "
        "with “deepetch password” (the new one in DEEPETCH_NEW_PASSWORD or at the prompt).",
    "error.login_not_remembered": "No password keyring on this computer: the login cannot be "
        "remembered here (log in each time, with --user and DEEPETCH_PASSWORD on the command "
        "line).",
    "error.insufficient_credits": "Not enough credits in the basket: balance {balance}, cost "
        "{cost}.",
    "error.limit_reached": "Monthly limit reached: this month's credits are all used ({used} "
        "of {limit}), the task costs {cost}.",
    "error.limit_reached.too_big": {
        "one": "Monthly limit too low for this task: {count} credit of {limit} left this month, "
               "it costs {cost}.",
        "other": "Monthly limit too low for this task: {count} credits of {limit} left this "
                 "month, it costs {cost}."},
    "error.fixed_limit_exhausted": "Fixed limit used up: its credits are all used ({used} of "
        "{limit}), the task costs {cost}.",
    "error.fixed_limit_exhausted.too_big": {
        "one": "Fixed limit too low for this task: {count} credit of {limit} left, it costs "
               "{cost}.",
        "other": "Fixed limit too low for this task: {count} credits of {limit} left, it costs "
                 "{cost}."},
    "error.outside_limit_period": "Outside the fixed limit's validity period ({valid_from} – "
        "{valid_to}).",
    "error.subaccount_suspended": "This sub-account is suspended: it cannot submit tasks.",
    "error.subaccount_closed": "This sub-account is closed.",
    "error.not_permitted": "{who} lacks the privilege: {privilege}.",
    "error.terms_not_approved": "The enterprise terms are not approved yet.",
    "error.idempotency_conflict": "The key {key} was already used for another request.",
    "error.already_refunded": "Task {task_id} was already refunded.",
    "error.not_initialised": "No company account: run “deepetch init” first.",
    "error.already_initialised": "The company account “{company}” already exists.",
    "error.not_found": "Not found: {kind} “{key}”.",
    "error.invoice_rule.unnumbered": "No invoice can be issued: {rule}.",
    "error.invoice_dated_before": "This document would be dated {day}, before {last_date} of "
        "{last_number}, the latest of its series: numbers follow dates. This computer's clock is "
        "probably behind: correct its date, then try again. Nothing was recorded.",
    "error.invoice_rule": "Invoice {number}: {rule}.",
    "error.unreachable_amount": "No amount before VAT gives {requested} including VAT at "
        "{rate} rounded to the cent: enter {below} or {above}.",
    "error.database_refused": "Database refused ({reason}): {location}.",
    "error.delivery_failed": "The e-mail could not be sent: {reason}.",
    "error.no_keyring": "No password keyring on this machine: the SMTP password was not saved "
        "(give it with DEEPETCH_SMTP_PASSWORD when sending).",
    "error.account_moved": "This account was moved to the server {location}: this file is no "
        "longer used, open the account at that address (--db or DEEPETCH_DATABASE_URL).",
    "error.target_not_empty": "The database {location} is not empty: nothing was written to it, "
        "give a new PostgreSQL database.",
    "error.copy_differs": "The copy in {location} does not match the original ({differences}): "
        "the file is not marked as moved, do not use the copy.",
    "error.server_lost": "The database server {location} does not answer: nothing was saved, "
        "try again when it is back.",
    "error.database_busy": "Another workstation has held the database {location} for too long: "
        "nothing was saved, try again in a moment.",
    "error.commit_unknown": "The connection to the server {location} was lost while saving: "
        "check whether it was done before trying again.",
    "error.driver_missing": "The PostgreSQL driver is not installed: install the [postgresql] "
        "extra (pip install 'deepetch-desktop[postgresql]').",
    "error.role_refused": "The database refuses this to this workstation's PostgreSQL role "
        "{role} ({what}): it is for an administrator's workstation (a role in deepetch_admin). "
        "Nothing was saved.",
    "error.clock_behind": "This computer's clock is {lag} behind the latest recorded activity: "
        "correct the computer's date and time.",
    "error.document_not_rendered": "The PDF of invoice {number} could not be produced ({cause}): "
        "it will be made again at the next catch-up, once the cause is fixed.",
    # rule
    "rule.buyer_name": "the client company's name is missing",
    "rule.buyer_address": "the client company's full address is missing (street, postcode and "
        "city): complete its details (Settings or 'deepetch company set --address')",
    "rule.buyer_country": "the client company's country is not a valid ISO 3166 code: correct its "
        "details",
    "rule.buyer_siren": "the client company's SIREN is missing or not valid: complete its details",
    "rule.buyer_vat_number": "the client company's VAT number is not valid: correct its details",
    "rule.buyer_einvoicing_address": "the client company's e-invoicing address is missing: "
        "complete its details (Settings or 'deepetch company set --einvoicing-address')",
    "rule.penalty_rate_below_legal_minimum": "the seller's late-payment penalty rate is below "
        "three times the legal interest rate in force (French Commercial Code, article L441-10): "
        "raise it with 'deepetch seller set --penalty-rate'",
    "rule.overpayment": "the amount is more than what is left to pay",
    "rule.cancelled": "it is cancelled by a credit note",
    "rule.credit_note_not_payable": "a credit note is not paid",
    "rule.not_an_invoice": "a credit note cannot be credited",
    "rule.already_credited": "it is already fully credited",
    "rule.credit_above_invoice": "the credit note is more than what is left of the invoice",
    "rule.no_refund_owed": "no refund is owed on this invoice",
    "rule.refund_above_owed": "the amount is more than the refund owed",
    # reason
    "reason.not_a_database": "not a database",
    "reason.newer_schema": "it comes from a newer version of the program",
    "reason.cannot_connect": "cannot connect",
    "reason.bad_url": "invalid address",
    "reason.unsupported_database": "unsupported database type",
    # refusal
    "refusal.newer_program": "The database {location} was upgraded by Deepetch Desktop "
        "{version}: install that version (or a newer one) on this computer to open it.",
    "refusal.migrate_needs_postgresql": "{location} is not the address of a PostgreSQL "
        "database: migrate-to copies the account to a PostgreSQL server (postgresql://…).",
    "refusal.migrate_from_sqlite": "The account at {location} is on a server already: "
        "migrate-to copies a SQLite file.",
    "refusal.foreign_database": "The file {location} is another application's database: it was "
        "not changed, give Deepetch Desktop's own.",
    "refusal.database_moved": "The database file {location} was deleted or replaced while the "
        "application used it: nothing more is written to it, close and restart the application.",
    "refusal.disk_full": "The disk of the database {location} is full: nothing was saved, free "
        "some space and try again.",
    "refusal.read_only": "The database {location} cannot be changed (read-only file or folder, "
        "or not enough rights): nothing was saved, check its permissions.",
    "refusal.no_access": "You may not read the database {location}: check the file's permissions.",
    "refusal.cannot_migrate": "The database {location} needs its schema updated and this role "
        "may not do it: open it once with the owner's role (or a superuser), for example "
        "`deepetch --db OWNER_URL status`, then try again.",
    "refusal.roles_need_postgresql": "Roles are for PostgreSQL only: the database {location} "
        "is a SQLite file, protected by its permissions (0600, in a 0700 folder).",
    "refusal.roles_not_permitted": "This role can neither create the roles of the database "
        "{location} nor give them its schema: run `deepetch roles setup` as a superuser or the "
        "database's owner (with CREATEROLE).",
    "refusal.review_only": "The database {location} is open read-only (--read-only): nothing "
        "is written to it. To change it, open it without --read-only.",
    "refusal.review_needs_file": "Read-only mode (--read-only) opens an existing SQLite file (a "
        "backup, a copy): {location} is not one.",
    "refusal.review_has_journal": "The file {location} has a non-empty -wal journal beside it: "
        "the database is in use or was copied without its journal. Open a backup (\"deepetch "
        "backup\") or a copy made with the application closed.",
    "refusal.review_old_schema": "The database {location} has an older schema than this "
        "program: read-only mode does not upgrade it (that would be writing). Open a copy of it "
        "without --read-only to upgrade it.",
    "refusal.is_a_directory": "{location} is a folder, not a database: give the database's file "
        "(for example {location}/deepetch.sqlite3).",
    "refusal.disk_error": "The disk of the database {location} refuses to write (full or "
        "failing): nothing was saved, free some space or check the disk.",
    # thing (what was not found)
    "thing.sub_account": "sub-account", "thing.invoice": "invoice", "thing.pack": "credit type",
    "thing.service": "service", "thing.complexity": "complexity", "thing.task": "task",
    "thing.person": "person",
    # a clock's lag
    "lag.day": {"one": "{count}\u00a0day", "other": "{count}\u00a0days"},
    "lag.hour": {"one": "{count}\u00a0hour", "other": "{count}\u00a0hours"},
    "lag.minute": {"one": "{count}\u00a0minute", "other": "{count}\u00a0minutes"},
}
