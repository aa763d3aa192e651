"""Entry point: parse, open the database, run one command, map errors to exit statuses."""

from __future__ import annotations

import locale
import logging
import os
import sys
from datetime import UTC, datetime

from ..bootstrap import open_database
from ..domain.errors import BadInput, DeepetchError
from ..domain.text import shown
from . import commands as c
from . import commands_billing as b
from . import commands_company as co
from . import commands_more as m
from . import commands_reports as r
from . import commands_schedule as sc
from .output import fail, fail_with
from .parser import UsageError, build_parser

HANDLERS = {
    "init": c.cmd_init, "terms": c.cmd_terms, "status": c.cmd_status, "packs": c.cmd_packs,
    "services": c.cmd_services, "buy": c.cmd_buy, "subaccounts": m.cmd_subaccounts,
    "limits": m.cmd_limits, "tasks": m.cmd_tasks, "invoices": m.cmd_invoices,
    "audit": m.cmd_audit, "demo": m.cmd_demo, "smtp": b.cmd_smtp, "catch-up": b.cmd_catch_up,
    "notifications": b.cmd_notifications, "reminders": b.cmd_reminders,
    "basket": m.cmd_basket, "report": r.cmd_report, "backup": r.cmd_backup, "seller": c.cmd_seller,
    "company": co.cmd_company,
}
# Commands that work on the database file itself: opening it would hold it (and a damaged
# file could not be opened at all); a timer must be removable even then.
WITHOUT_DATABASE = {"restore": r.cmd_restore, "schedule": sc.cmd_schedule}
log = logging.getLogger("deepetch")


def _lang(choice: str | None) -> str:
    if choice:
        return choice
    env = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "en" if env.lower().startswith("en") else "fr"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    as_json = "--json" in argv
    lang = _lang(None)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        said = str(shown(str(exc), 300))  # argparse echoes what was typed, escapes included
        return fail(as_json, 2, "bad_usage", f"{said[:1].upper()}{said[1:]}.")
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    lang = _lang(args.lang)
    now = datetime.now(UTC)
    db = None
    try:
        if args.command in WITHOUT_DATABASE:
            WITHOUT_DATABASE[args.command](args, now)
            return 0
        db = open_database(args.db)
        handler = HANDLERS[args.command]
        if args.command == "invoices" and args.action not in ("list", "show"):
            handler = b.cmd_invoice_actions
        handler(db, args, now)
        return 0
    except BadInput as exc:
        return fail_with(as_json, exc, lang)
    except DeepetchError as exc:
        return fail_with(as_json, exc, lang)
    except SystemExit as exc:
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return fail(as_json, 1, "interrupted", "Interrompu.")
    except Exception as exc:  # one sentence, never a traceback
        log.debug("unexpected error", exc_info=True)
        return fail(as_json, 1, "internal_error", f"Erreur inattendue : {type(exc).__name__}: "
                    f"{str(exc).splitlines()[0] if str(exc) else ''}")
    finally:
        if db is not None:
            db.dispose()


if __name__ == "__main__":
    sys.exit(main())
