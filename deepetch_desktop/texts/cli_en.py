"""What the command line says, in English: its help, its results and its table headers
(columns separated by "|")."""

from __future__ import annotations

from .cli_help_en import HELP_ENGLISH
from .voice import Catalogue

EVERY_QUARTER = "every 15 minutes and at the start of each month"

SAID_ENGLISH: Catalogue = {
    "n.credits": {"one": "{count} credit", "other": "{count} credits"},
    "n.tasks": {"one": "{count} task", "other": "{count} tasks"},
    "main.interrupted": "Interrupted.",
    "main.unexpected": "Unexpected error: {error}",
    # the company account
    # people and logging in
    "init.admin": "First administrator: {name} <{email}>.",
    "demo.login": "Login {role}: {name} <{email}>, password {password}",
    "demo.your_password": "the one in DEEPETCH_PASSWORD",
    "login.password": "Password of {email}: ",
    "login.current_password": "Current password of {email}: ",
    "login.new_password": "New password: ",
    "login.new_password_again": "New password, once more: ",
    "login.done": "Logged in: {name} <{email}>. This computer remembers it for 30 days "
                  "(“deepetch logout” to forget it).",
    "logout.done": "Logged out: this computer no longer remembers the login.",
    "password.done": "Password changed for {name}; the remembered logins have ended.",
    "people.administrator": "administrator",
    "people.holder": "holder of sub-account {sub}",
    "people.holder_plain": "sub-account holder",
    "people.locked": "locked",
    "people.locked_until": "locked until {at}",
    "people.one_time": "one-time password",
    "people.active": "active",
    "people.yes": "yes",
    "people.line": "{name} <{email}>: {role}, {state}",
    "people.headers": "Id|Name|E-mail|Role|Locked|One-time",
    "people.empty": "Nobody can log in yet.",
    "people.added_admin": "Administrator added: {name} <{email}>. Their one-time password, to "
                          "hand over: {password} (changed at their first login).",
    "people.first_admin": "First administrator created: {name} <{email}>.",
    "people.reset": "One-time password of {email}: {password} (changed at the first login).",
    "init.done": "Company account created: {name} (SIREN {siren}).",
    "company.details": "{name}\nSIREN: {siren}, VAT: {vat}\nAddress: {address}\n"
                       "Country: {country}\nE-invoicing address: {einvoicing}\n"
                       "Billing e-mail: {email}\nTime zone: {timezone}",
    "company.changed": "Details changed ({fields}): the next invoices will carry them, those "
                       "already issued keep theirs.",
    "company.unchanged": "Nothing changed: the details were already these.",
    "company.name": "company name", "company.legal_form": "legal form",
    "company.siren": "SIREN", "company.vat_number": "VAT number", "company.address": "address",
    "company.country": "country", "company.einvoicing_address": "e-invoicing address",
    "company.billing_email": "billing e-mail", "company.timezone": "time zone",
    "terms.approved": "Enterprise terms approved on {day} by {who}.",
    "terms.not_approved": "Enterprise terms not approved.",
    "status.balance": "Basket balance: {credits}",
    "status.used": "Used this month ({month}): {credits}",
    "status.expiry": "Credits expire: {day}",
    "status.days_left": {"zero": " (today)",
                         "one": " (in {count} day)", "other": " (in {count} days)"},
    "status.unpaid": "Invoices to pay: {count} ({amount}), {overdue} of them overdue",
    "demo.done": "Demo company created: {company}, balance {credits}.",
    # what is sold
    "packs.headers": "Code|Type|Credits|Price excl. VAT|Price/credit|Saving",
    "services.headers": "Code|Service|Credits",
    "complexities.headers": "Code|Complexity|Factor",
    "seller.details": "{name} {legal_form}, SIREN {siren}, VAT {vat}, IBAN {iban}, "
                      "penalties {rate}\nE-invoicing address: {einvoicing}\n{debits}",
    "seller.debits_yes": "Opted to pay VAT on debits",
    "seller.debits_no": "VAT due on receipt (no option for debits)",
    "seller.legal_rate_headers": "From|Legal interest rate|Lowest penalty rate",
    "seller.low_rate": "Warning: this rate is below three times the legal interest rate, the "
                       "minimum the law allows.",
    # credits
    "buy.done": {
        "one": "{count} credit added, balance {balance}. Invoice {number}: {gross} incl. VAT, "
               "due {due}, {email}.",
        "other": "{count} credits added, balance {balance}. Invoice {number}: {gross} incl. "
                 "VAT, due {due}, {email}.",
    },
    "email.sent": "sent by e-mail",
    "email.queued": "waiting to be sent (SMTP server unreachable, tried again automatically)",
    "email.no_smtp": "not sent: configure the SMTP server (deepetch smtp set)",
    "email.no_recipient": "not sent: the company has no billing e-mail address",
    "ledger.headers": "When|Operation|Sub-account|Credits|Balance|Note",
    "ledger.empty": "No entries.",
    "correct.done": "Correction recorded: {credits}, balance {balance}.",
    # sub-accounts and limits
    "subaccount.line": "#{id} {name} <{email}> {department}: {status}, {limit}, used {used}, "
                       "left {remaining}",
    "subaccount.period": " (from {start} to {end})",
    "subaccount.added": "Sub-account created: {line}",
    "subaccounts.headers": "Id|Name|E-mail|Department|Limit|Amount|Used|Left|Status",
    "subaccounts.empty": "No sub-accounts.",
    "limit.saved": "{kind} saved",
    "limit.amount": ": {credits}",
    "limit.reset": ". Credits used reset to 0.",
    "limit.end": ".",
    # tasks
    "tasks.estimate": "Estimated cost: {credits}.",
    "tasks.submitted": "Task {task} accepted: {credits}, balance {balance}, left {remaining}.",
    "tasks.refunded": "refunded",
    "tasks.headers": "Id|Date|Sub-account|Service|Complexity|Units|Cost|Title|",
    "tasks.empty": "No tasks.",
    "tasks.refund": "Task {task} refunded: {credits}, balance {balance}.",
    # invoices
    "invoices.headers": "Number|Date|Due|Incl. VAT|Left to pay|Status",
    "invoices.empty": "No invoices.",
    "invoices.show": "{number} of {day}: {description}\nExcl. VAT {net}, VAT {vat}, incl. VAT "
                     "{gross}, due {due}, {status}, left to pay {left}.",
    "invoices.saved_credit_note": "Credit note {number} saved in {path}.",
    "invoices.saved": "Invoice {number} saved in {path}.",
    "invoices.sent": "Invoice {number}: {email}.",
    "invoices.paid": "Payment recorded. Invoice {number}: {status}, left to pay {left}.",
    "invoices.credit_note": "Credit note {number} issued on invoice {invoice}: {gross} incl. "
                            "VAT, {credits} taken back.",
    "invoices.refund_owed": "Refund owed to the company: {amount} (once done, \"deepetch "
                            "invoices refund {number}\").",
    "invoices.refunded": "Refunded: {amount} on {day}{reference}.",
    "invoices.refund": "Refund recorded. Invoice {number}: left to refund {owed}.",
    "invoices.lifecycle": "Approved platform: {code} {label}, {at}{reason}.",
    # the approved platform (PA) file channel
    "pa.none": "No approved platform set: invoices go by e-mail.",
    "pa.channel": "Approved platform: deposits in {outgoing}{what}, statuses read from "
                  "{incoming}.",
    "pa.xml_only": " (CII XML alone)",
    "pa.sync": "Approved platform: {deposited}, {statuses}{problems}.",
    "n.deposited": {"one": "{count} document deposited", "other": "{count} documents deposited"},
    "n.statuses": {"one": "{count} status read", "other": "{count} statuses read"},
    "n.refused_files": {"one": ", {count} file set aside in {folder}",
                        "other": ", {count} files set aside in {folder}"},
    # e-mail
    "smtp.none": "No SMTP server configured.",
    "smtp.server": "SMTP server: {host}:{port} ({security}), sender {sender}",
    "smtp.user": ", user {user}",
    "smtp.cleartext": ", password sent in clear (allowed)",
    "smtp.test_sent": "Test e-mail sent to {recipient}: check that it arrived.",
    "smtp.test_not_sent": "Test e-mail not sent to {recipient}: {reason}",
    "smtp.test_no_server": "no SMTP server configured (deepetch smtp set)",
    "smtp.test_waits": "{error}; it stays in the queue (deepetch outbox list)",
    "outbox.headers": "Id|Queued|Recipient|Subject|Tries|Next try|Last error",
    "outbox.empty": "No e-mail is waiting: everything has gone.",
    # scheduled work
    "catch_up.done": "Scheduled work up to date: {done}.",
    "catch_up.month_ends": {"one": "{count} month end", "other": "{count} month ends"},
    "catch_up.limit_alerts": {"one": "{count} limit alert", "other": "{count} limit alerts"},
    "catch_up.reminders": {"one": "{count} reminder", "other": "{count} reminders"},
    "catch_up.expired": {"one": "{count} credit expired", "other": "{count} credits expired"},
    "catch_up.sent": {"one": "{count} e-mail sent", "other": "{count} e-mails sent"},
    "catch_up.waiting": "{count} waiting",
    "catch_up.backup": "Today's backup: {path}.",
    "catch_up.backup_failed": "Today's backup failed: {error}",
    "notifications.read": {"one": "{count} notification marked as read.",
                           "other": "{count} notifications marked as read."},
    "notifications.line": "{title}: {body}",
    "notifications.empty": "No notifications.",
    "reminders.show": "Expiry reminders: {expiry}; invoice reminders: {invoice}.",
    "reminders.day": "D{days}",
    "schedule.removed": "Removed: {what}.",
    "schedule.nothing": "Nothing to remove: no Deepetch timer or cron line.",
    "schedule.warning": "Warning: {problem}",
    "schedule.systemd_on": f"systemd timer installed and enabled: deepetch catch-up "
                           f"{EVERY_QUARTER}.",
    "schedule.cron_on": f"Lines added to your crontab: deepetch catch-up {EVERY_QUARTER}.",
    "schedule.systemd_off": "systemd timer written but not enabled ({problem}): run "
                            "\u201c{to_do}\u201d.",
    "schedule.cron_off": "Crontab not changed ({problem}): the lines are in the file below, "
                         "add them with \u201c{to_do}\u201d.",
    "schedule.files": "Files: {files}",
    "schedule.command": "Command: {command} catch-up",
    "schedule.log": "Errors logged in: {folder}",
    "schedule.linger": "The timer runs only during your session; for it to run while you are "
                       "away too: loginctl enable-linger",
    # reports, journal, backups
    "report.by.subaccount": "Sub-account", "report.by.department": "Department / cost centre",
    "report.by.service": "Service", "report.by.month": "Month",
    "report.by.complexity": "Complexity",
    "report.headers": "Tasks|Credits|Value excl. VAT",
    "report.period": "From {start} to {end}",
    "report.sheet": "Usage",
    "report.chart.months": "Usage per month",
    "report.chart.balance": "Basket balance",
    "report.chart.limits": "Use of the limits",
    "report.chart.others": "Others",
    "report.chart.legend": "Balance|Purchase|Expiry",
    "report.chart.limit": "{used} / {limit} · {share} · {kind}",
    "report.chart.monthly": "this month", "report.chart.fixed": "fixed limit",
    "statements.saved": "Statement of \"{name}\" saved in {path} ({credits} credits, {value} "
        "excl. VAT).",
    "statements.renamed": "Statement of \"{name}\" saved in {path} ({credits} credits, {value} "
        "excl. VAT): the expected name was taken, the existing file was not replaced.",
    "statements.total": {"one": "{count} statement, {credits}, {value} excl. VAT in all.",
                         "other": "{count} statements, {credits}, {value} excl. VAT in all."},
    "statements.none": "No usage from {start} to {end}: no statement.",
    "statements.queued": {
        "one": "{count} e-mail queued (it goes as soon as the SMTP server takes it).",
        "other": "{count} e-mails queued (they go as soon as the SMTP server takes them)."},
    "report.title": "Usage by {by}",
    "report.saved": {"one": "Report saved in {path} ({count} line).",
                     "other": "Report saved in {path} ({count} lines)."},
    "report.empty": "No tasks.",
    "report.total": "Total: {tasks}, {credits}, {value} excl. VAT",
    "prepaid.headers": ("Batch|Bought on|Pack|Credits left|Price per credit excl. VAT (€)|"
                        "Value excl. VAT (€)"),
    "prepaid.title": "Prepaid credits on {day}",
    "prepaid.subtitle": "Credits left in each batch at purchase price excl. VAT: prepaid "
                        "expenses to carry over",
    "prepaid.sheet": "Prepaid credits",
    "prepaid.total_word": "Total",
    "prepaid.empty": "No credits left.",
    "prepaid.total": "Total: {credits}, {value} excl. VAT to carry over",
    "runway.basket": "At the rate of the last {window} days ({used} credits), the basket runs "
                     "out on {day}.",
    "runway.no_use": "Nothing used in the last {window} days.",
    "runway.headers": "Sub-account|Limit|Used|Limit reached on",
    "runway.enough": "The basket lasts until {day}.",
    "runway.advice": "To last until {day}: {packs} ({credits} credits, {net} excl. VAT).",
    "audit.ok": "Integrity checked: everything agrees.",
    "audit.problems": "Problems:",
    "audit.headers": "When|Who|Action|Details",
    "audit.empty": "Empty journal.",
    "audit.witness_prefix": "{chain}: still a prefix (row {row}).",
    "audit.witness_diverges": "{chain}: diverges from the witness: {problem}",
    "audit.chain.journal": "Journal",
    "audit.chain.ledger": "Ledger",
    "audit.chain.invoices": "Invoices",
    "audit.chain.": "Link",
    "backup.saved": {"one": "Backup saved: {path} ({count} byte).",
                     "other": "Backup saved: {path} ({count} bytes)."},
    "restore.done": "Backup {backup} restored into {path}.",
    "restore.kept": "The replaced database is kept in {kept}.",
    "migrate.done": {
        "one": "{count} row copied from {source} to {target} ({tables} tables), audit "
               "verified: the account now lives on the server, the file is marked as moved.",
        "other": "{count} rows copied from {source} to {target} ({tables} tables), audit "
                 "verified: the account now lives on the server, the file is marked as moved."},
    "roles.done": "Roles ready: {owner} owns the schema, {admin} and {member} have their "
                  "rights on {tables} tables. Attach each workstation to one of them (CREATE "
                  "ROLE … LOGIN PASSWORD … IN ROLE {admin} or {member}).",
    "roles.created": "Roles created: {roles}.",
    "roles.unruled": "Tables without a rule (no right given): {tables}.",
    "after_commit.failed": "Invoice {number} is recorded, but sending it did not succeed "
                           "({cause}): it will be retried at the next catch-up.",
    "after_commit.not_rendered": "No PDF for {numbers}: it will be made at the next catch-up "
                                 "once the cause is fixed (deepetch notifications list); the "
                                 "rest is done.",
}

ENGLISH: Catalogue = {**HELP_ENGLISH, **SAID_ENGLISH}
