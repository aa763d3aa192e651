"""The notifications' titles and bodies in English."""

from __future__ import annotations

from .voice import Catalogue

NOTICES_ENGLISH: Catalogue = {
    "month_end.title": "Monthly reset",
    "month_end.body": {
        "one": "End of {month}: the credits used of {count} monthly limit start again from 0.",
        "other": "End of {month}: the credits used of {count} monthly limits start again "
                 "from 0.",
    },
    "witness.line": "Journal witness: journal {journal_count} {journal}; "
                    "ledger {ledger_count} {ledger}; invoices {invoices_count} {invoices}",
    "witness.keep": "Keep this e-mail: these fingerprints prove later that today's journal, "
                    "ledger and invoices were not rewritten (deepetch audit verify --witness).",
    "expiry_reminder.title": {"zero": "Credits expire today",
                              "one": "Credits expire in {count} day",
                              "other": "Credits expire in {count} days"},
    "expiry_reminder.body": "The basket's {balance} credits expire on {expires_on} unless the "
                            "account is used before then (one task or purchase is enough).",
    "expired.title": "Credits expired",
    "expired.body": "{credits} credits expired after twelve months unused.",
    "limit_80.title": "Limit nearly reached: {name}",
    "limit_80.body": "{name} has used {used} of {limit} credits ({percent}).",
    "limit_100.title": "Limit reached: {name}",
    "limit_100.body": "{name} has used {used} of {limit} credits: no more tasks this period.",
    "invoice_reminder.title": "Reminder: invoice {number}",
    "invoice_reminder.body": "Invoice {number}: {left} left to pay, due {due_date}.",
    "document_failed.title": "Invoice PDF not produced: {number}",
    "document_failed.body": "The PDF of invoice {number} could not be produced ({cause}). It "
                            "will be made again at the next catch-up once the cause is fixed "
                            "(the logo in Settings, disk space…); this invoice's e-mail waits "
                            "until then, the others go.",
    "test_email.subject": "Deepetch Desktop: test e-mail",
    "test_email.body": "This test e-mail was sent from Deepetch Desktop by {actor} to check "
                       "the SMTP server's settings ({server}). You may delete it.",
}
