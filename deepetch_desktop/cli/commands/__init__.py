"""The command groups, one module each: each adds its commands to the parser with their
handlers (`register`)."""

from __future__ import annotations

from . import (
    backups,
    catalogue,
    company,
    credits,
    invoices,
    migrate,
    people,
    platform,
    reports,
    roles,
    scheduled,
    smtp,
    subaccounts,
    tasks,
)

# In the order `deepetch --help` lists them.
GROUPS = (company, catalogue, credits, subaccounts, tasks, invoices, platform, smtp, scheduled,
          reports, backups, people, roles, migrate)
