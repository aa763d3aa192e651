"""The command line's help in English: `deepetch --lang en [COMMAND] --help`."""

from __future__ import annotations

HELP_ENGLISH: dict[str, str] = {
    "metavar.COMMAND": "COMMAND",
    "metavar.ACTION": "ACTION",
    "help.deepetch": "Administration of the Deepetch company account.",
    "help.--db": "database (by default: DEEPETCH_DATABASE_URL, else the local SQLite file)",
    "help.--read-only": "open a SQLite file (a backup, a copy) read-only: nothing is written "
        "to it, commands that write are refused",
    "help.--json": "JSON output, for programs",
    "help.--lang": "language of the texts (by default: the environment's, else French)",
    "help.--version": "show the version and exit",
    # the company account
    "help.init": "create the company account",
    "help.init --company": "company name",
    "help.init --vat": "intra-EU VAT number, if the company has one (never derived from the "
                       "SIREN)",
    "help.init --siren": "SIREN (9 digits), required for a French company",
    "help.init --country": "country, two-letter ISO 3166 code (FR by default, DE, BE...)",
    "help.init --einvoicing-address": "e-invoicing address in the directory (for example "
                                      "552100554, or 0088:... outside France)",
    "help.init --legal-form": "legal form (SAS, SARL...)",
    "help.init --address": "address (\\n between lines)",
    "help.init --email": "billing e-mail",
    "help.init --timezone": "time zone, for example Europe/Paris",
    "help.company": "the company's details (invoices, e-mails)",
    "help.company show": "show the details",
    "help.company set": "correct the details: only the options given change; invoices "
                        "already issued keep theirs",
    "help.company set --name": "company name",
    "help.company set --legal-form": "legal form (SAS, SARL...)",
    "help.company set --siren": "SIREN (9 digits)",
    "help.company set --vat": "intra-EU VAT number (empty: none)",
    "help.company set --country": "country, two-letter ISO 3166 code (FR, DE, BE...)",
    "help.company set --einvoicing-address": "e-invoicing address in the directory (for "
                                             "example 552100554)",
    "help.company set --address": "address (\\n between lines)",
    "help.company set --email": "billing e-mail (empty: none)",
    "help.company set --timezone": "time zone, for example Europe/Paris",
    "help.terms": "enterprise terms",
    "help.terms action": "approve: approve them, show: where they stand",
    "help.status": "balance, used this month, expiry, invoices",
    "help.demo": "create a demo company",
    # what is sold
    "help.packs": "credit types",
    "help.packs list": "list the credit types and their prices",
    "help.packs set": "create or change a credit type",
    "help.packs set code": "the type's code (2 to 32 capitals, digits or _)",
    "help.packs set --price": "price excluding VAT, in euros",
    "help.packs set --inactive": "no longer offer it for sale",
    "help.services": "services and complexities",
    "help.services list": "list the services and complexities",
    "help.services set": "create or change a service",
    "help.services set code": "the service's code (2 to 32 capitals, digits or _)",
    "help.services set --unit": "unit charged (page, minute...)",
    "help.services set --rate": "credits per unit",
    "help.services set --inactive": "no longer accept it for new tasks",
    "help.complexities": "complexity levels",
    "help.complexities set": "create or change a complexity level",
    "help.complexities set code": "the level's code (2 to 32 capitals, digits or _)",
    "help.complexities set --factor": "factor applied to the cost (1.5 for ×1.5)",
    "help.seller": "the seller's details on invoices",
    "help.seller show": "show the seller",
    "help.seller set": "change the seller (only the options given change)",
    "help.seller set --penalty-rate": "annual rate of late-payment penalties, in %%",
    "help.seller set --einvoicing-address": "the seller's e-invoicing address (starts with "
                                            "its SIREN)",
    "help.seller set --vat-on-debits": "yes: opted to pay VAT on debits, printed on invoices",
    "help.seller legal-rate": "legal interest rate per half-year (professionals); with --from "
                              "and --rate, add one",
    "help.seller legal-rate --from": "first day of the half-year (YYYY-01-01 or YYYY-07-01)",
    "help.seller legal-rate --rate": "rate published in the Journal officiel, in %%",
    "help.seller set --logo": "PNG or JPEG logo printed on invoices (empty: none)",
    # credits
    "help.buy": "buy credits (enterprise terms)",
    "help.buy pack": "the credit type's code (deepetch packs list)",
    "help.buy --po": "the company's purchase-order number, printed on the invoice",
    "help.buy --key": "idempotency key: the same key buys only once",
    "help.basket": "basket of credits",
    "help.basket ledger": "the basket's latest entries",
    "help.basket ledger --limit": "number of entries (50 by default)",
    "help.basket correct": "correct the balance, with a reason",
    "help.basket correct --credits": "positive to add, negative to take away",
    # sub-accounts and limits
    "help.subaccounts": "sub-accounts",
    "help.subaccounts add": "add a sub-account",
    "help.subaccounts add --department": "department or cost centre",
    "help.subaccounts add --role": "role",
    "help.subaccounts add --monthly": "created with a monthly limit of N credits",
    "help.subaccounts add --fixed": "created with a fixed limit of N credits (no limit by "
                                    "default)",
    "help.subaccounts list": "list the sub-accounts",
    "help.subaccounts show": "show a sub-account",
    "help.subaccounts suspend": "suspend (no more tasks, history kept)",
    "help.subaccounts reactivate": "reactivate a suspended sub-account",
    "help.subaccounts close": "close for good",
    "help.subaccounts SUB": "the sub-account's number or e-mail",
    "help.limits": "sub-account limits",
    "help.limits set": "set a sub-account's limit",
    "help.limits SUB": "the sub-account's number or e-mail",
    "help.limits set --monthly": "monthly limit, in credits",
    "help.limits set --fixed": "fixed limit, in credits, for the whole period",
    "help.limits set --none": "no limit",
    "help.limits set --from": "start of a fixed limit's period",
    "help.limits set --to": "end of a fixed limit's period",
    "help.limits show": "show the limit and what is left",
    # tasks
    "help.tasks": "tasks",
    "help.tasks estimate": "estimate a task's cost",
    "help.tasks submit": "submit a task (its credits are taken)",
    "help.tasks list": "list the tasks",
    "help.tasks refund": "refund a task",
    "help.tasks --service": "the service's code (deepetch services list)",
    "help.tasks --complexity": "the complexity's code (STANDARD by default)",
    "help.tasks SUB": "the sub-account's number or e-mail",
    "help.tasks submit --key": "idempotency key: the same key submits only once",
    # invoices
    "help.invoices": "invoices",
    "help.invoices list": "list the invoices and credit notes",
    "help.invoices show": "show an invoice",
    "help.invoices pdf": "save the archived PDF/A-3 Factur-X",
    "help.invoices send": "send the invoice by e-mail again",
    "help.invoices pay": "record a payment",
    "help.invoices pay --date": "date of the payment (today by default)",
    "help.invoices credit-note": "issue a credit note on an invoice",
    "help.invoices credit-note --amount": "amount including VAT, in euros (by default, all "
                                          "that is left)",
    "help.invoices refund": "mark as refunded what a credit note on a paid invoice leaves to "
                            "pay back",
    "help.invoices refund --amount": "amount refunded, in euros (by default, all that is owed)",
    "help.invoices refund --date": "date of the refund (by default today)",
    # the approved platform (PA)
    "help.pa": "approved e-invoicing platform (exchange folders)",
    "help.pa set": "deposit the invoices in a folder, read the statuses in another",
    "help.pa set --outgoing": "folder where each issued invoice is deposited",
    "help.pa set --incoming": "folder where the platform puts the statuses (CDAR messages)",
    "help.pa set --xml-only": "deposit the CII XML alone instead of the Factur-X PDF",
    "help.pa show": "show the exchange folders",
    "help.pa sync": "deposit what waits and read the statuses now",
    # e-mail
    "help.smtp": "outgoing e-mail server",
    "help.smtp set": "configure the server",
    "help.smtp set --sender": "the sender's address",
    "help.smtp set --cafile": "certificate authorities to accept (PEM file)",
    "help.smtp set --password-stdin": "read the password from standard input (kept in the "
                                      "system keyring)",
    "help.smtp set --allow-cleartext-auth": "with --security none and --user: accept that the "
                                            "password crosses the network in clear",
    "help.smtp show": "show the server",
    "help.smtp test": "send a test e-mail through the server",
    "help.smtp test ADDRESS": "the address to send it to",
    "help.outbox": "the e-mail queue",
    "help.outbox list": "the e-mails waiting, why the last try failed, the next try",
    # scheduled work
    "help.catch-up": "do the scheduled work that is due now",
    "help.notifications": "notifications",
    "help.notifications action": "list: list them, read: mark them as read",
    "help.reminders": "reminder schedule",
    "help.reminders set": "change the schedule",
    "help.reminders set --expiry-days": "days before the credits expire",
    "help.reminders set --invoice-days": "days after an invoice's due date (negative: before)",
    "help.reminders show": "show the schedule",
    "help.schedule": "have the system run \u201cdeepetch catch-up\u201d (systemd timer or "
                     "crontab)",
    "help.schedule install": "install the timer or the cron lines",
    "help.schedule install --using": "auto: systemd if it runs the machine, else cron",
    "help.schedule remove": "remove the timer and the cron lines",
    # reports, journal, backups
    "help.report": "usage reports",
    "help.report kind": "the report (usage: what was used, prepaid: the prepaid credits to "
                        "carry over, runway: how long the basket lasts, what to buy, "
                        "statements: a chargeback statement PDF per department or "
                        "sub-account)",
    "help.report --month": "the statements' month: YYYY-MM (or --from and --to)",
    "help.report --email": "queue each statement to its sub-account holders",
    "help.report --by": "grouping: subaccount, department, service, complexity, month, or "
                        "two separated by a comma (department,subaccount; month,service)",
    "help.report --at": "the day carried over (today by default)",
    "help.report --until": "the day the basket must last until: the buying advice",
    "help.report --window-days": "recent days whose rate is taken (90 by default)",
    "help.report --format": "format (by default, that of the --output name)",
    "help.audit": "journal and checks",
    "help.audit action": "list: the journal, verify: check balances, invoices and chains, "
                         "witness: the chains' heads and counts",
    "help.audit --witness": "with verify: a past witness (the JSON of `audit witness`, the "
                            "month-end e-mail's line, or one SHA-256 link) today's chains "
                            "must continue",
    "help.backup": "online backup of the SQLite file",
    "help.backup --replace": "replace FILE if it is an older Deepetch backup",
    "help.restore": "put a backup in the database's place (the current database is kept "
                    "beside it)",
    # people and logging in
    "help.--user": "e-mail of the person running the command (by default: DEEPETCH_USER, else "
                   "the login remembered by “deepetch login”); the password comes from "
                   "DEEPETCH_PASSWORD or is typed at the prompt",
    "help.init --admin-name": "name of the first administrator (by default, their e-mail)",
    "help.init --admin-email": "e-mail of the first administrator (by default: DEEPETCH_USER); "
                               "their password comes from DEEPETCH_PASSWORD or is typed twice",
    "help.people": "the people who log in",
    "help.people list": "list the administrators and the sub-account holders",
    "help.people add-admin": "add an administrator (without logging in, the first one, while "
                             "there is none)",
    "help.people add-admin --name": "the administrator's name",
    "help.people add-admin --email": "the administrator's e-mail",
    "help.people reset-password": "give a one-time password (changed at the first login)",
    "help.people reset-password EMAIL": "e-mail of the person or of a sub-account",
    "help.people lock": "lock a person out",
    "help.people lock EMAIL": "the person's e-mail",
    "help.people unlock": "unlock a person",
    "help.people unlock EMAIL": "the person's e-mail",
    "help.login": "log in and have this computer remember it for 30 days (a token in the "
                  "keyring, never the password)",
    "help.logout": "have this computer forget the login",
    "help.password": "change your password (the new one in DEEPETCH_NEW_PASSWORD or typed "
                     "twice)",
    # moving to a server
    "help.migrate-to": "copy this account (SQLite file) into an empty PostgreSQL database, "
                       "check the copy, then mark the file as moved",
    # PostgreSQL roles
    "help.roles": "PostgreSQL roles of the shared database",
    "help.roles setup": "create the schema's owner role and the deepetch_admin and "
                        "deepetch_member roles, with their rights (once, by the database's "
                        "owner or a superuser)",
}
