"""What is sold and who sells it: `packs`, `services` (and complexities), `seller`."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from ...domain.dates import parse_day
from ...domain.errors import BadInput
from ...domain.money import parse_euros
from ...texts.catalogue_names import catalogue_name
from ..common import Commands, fields, services, voice, whole_number
from ..output import emit, table

if TYPE_CHECKING:
    from ...services import Database


def register(commands: Commands) -> None:
    packs = commands.actions(commands.add("packs"), "packs")
    packs.add("list", cmd_packs)
    pack = packs.add("set", cmd_packs)
    pack.add_argument("code", help=packs.help("set code"))
    pack.add_argument("--name", required=True)
    pack.add_argument("--credits", required=True)
    pack.add_argument("--price", required=True, metavar="EUR", help=packs.help("set --price"))
    pack.add_argument("--inactive", action="store_true", help=packs.help("set --inactive"))

    kinds = commands.actions(commands.add("services"), "services")
    kinds.add("list", cmd_services)
    service = kinds.add("set", cmd_services)
    service.add_argument("code", help=kinds.help("set code"))
    service.add_argument("--name", required=True)
    service.add_argument("--unit", required=True, help=kinds.help("set --unit"))
    service.add_argument("--rate", required=True, help=kinds.help("set --rate"))
    service.add_argument("--inactive", action="store_true", help=kinds.help("set --inactive"))

    levels = commands.actions(commands.add("complexities"), "complexities")
    level = levels.add("set", cmd_complexities)
    level.add_argument("code", help=levels.help("set code"))
    level.add_argument("--name", required=True)
    level.add_argument("--factor", required=True, metavar="X", help=levels.help("set --factor"))

    seller = commands.actions(commands.add("seller"), "seller")
    seller.add("show", cmd_seller)
    change = seller.add("set", cmd_seller)
    change.add_argument("--penalty-rate", metavar="PERCENT", help=seller.help("set --penalty-rate"))
    change.add_argument("--iban")
    change.add_argument("--bic")
    change.add_argument("--logo", metavar="FILE", help=seller.help("set --logo"))
    change.add_argument("--einvoicing-address", help=seller.help("set --einvoicing-address"))
    change.add_argument("--vat-on-debits", choices=["yes", "no"],
                        help=seller.help("set --vat-on-debits"))
    rate = seller.add("legal-rate", cmd_legal_rate)
    rate.add_argument("--from", dest="valid_from", metavar="DATE",
                      help=seller.help("legal-rate --from"))
    rate.add_argument("--rate", metavar="PERCENT", help=seller.help("legal-rate --rate"))


def cmd_packs(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.action == "set":
        services.set_pack(db, args.actor, args.code, name=args.name,
                          credits=whole_number(args.credits, "credits"),
                          price_cents=parse_euros(args.price), active=not args.inactive, now=now)
    packs, v = services.list_packs(db, args.actor), voice(args.lang)
    rows = [[p.code, catalogue_name(p.code, p.name, args.lang), v.number(p.credits),
             v.money(p.price_cents),
             v.money_fine(p.price_per_credit_millicents),
             v.percent(-p.saving_percent) if p.saving_percent else ""] for p in packs]
    emit(args.json, packs, table(rows, v.headers("packs.headers")))


def cmd_services(db: Database, args: argparse.Namespace, now: datetime) -> None:
    if args.action == "set":
        services.set_service(db, args.actor, args.code, name=args.name,
                             unit=args.unit, rate=whole_number(args.rate, "rate"),
                             active=not args.inactive, now=now)
    kinds = services.list_services(db, args.actor)
    levels, v = services.list_complexities(db, args.actor), voice(args.lang)
    def named(code: str, name: str) -> str:
        return catalogue_name(code, name, args.lang)

    text = (table([[x.code, named(x.code, x.name), f"{v.number(x.rate)} / {named(x.code, x.unit)}"]
                   for x in kinds],
                  v.headers("services.headers"))
            + "\n\n"
            + table([[c.code, named(c.code, c.name), v.factor(c.factor_permille)] for c in levels],
                    v.headers("complexities.headers")))
    emit(args.json, {"services": kinds, "complexities": levels}, text)


def cmd_complexities(db: Database, args: argparse.Namespace, now: datetime) -> None:
    services.set_complexity(db, args.actor, args.code, name=args.name,
                            factor_permille=services.parse_factor(args.factor), now=now)
    levels, v = services.list_complexities(db, args.actor), voice(args.lang)
    emit(args.json, levels, lambda: table(
        [[c.code, catalogue_name(c.code, c.name, args.lang), v.factor(c.factor_permille)]
         for c in levels], v.headers("complexities.headers")))


def cmd_seller(db: Database, args: argparse.Namespace, now: datetime) -> None:
    warnings: tuple[str, ...] = ()
    if args.action == "set":
        changes: dict[str, object] = {}
        if args.penalty_rate is not None:
            changes["penalty_rate_bp"] = parse_euros(args.penalty_rate, "penalty_rate")
        if args.iban is not None:
            changes["iban"] = args.iban.replace(" ", "").upper()
        if args.bic is not None:
            changes["bic"] = args.bic.strip().upper()
        if args.logo is not None:
            changes["logo_path"] = args.logo or None
        if args.einvoicing_address is not None:
            changes["einvoicing_address"] = args.einvoicing_address
        if args.vat_on_debits is not None:
            changes["vat_on_debits"] = args.vat_on_debits == "yes"
        update = services.update_seller(db, args.actor, now=now, **changes)
        view, warnings = update.seller, update.warnings
    else:
        view = services.seller_view(db, args.actor)
        warnings = services.seller_warnings(db, args.actor, now)
    v = voice(args.lang)
    text = v.say("seller.details", name=view.name, legal_form=view.legal_form, siren=view.siren,
                 vat=view.vat_number, iban=view.iban, rate=v.rate(view.penalty_rate_bp),
                 einvoicing=view.einvoicing_address or "—",
                 debits=v.say("seller.debits_yes" if view.vat_on_debits else "seller.debits_no"))
    if warnings:
        text += "\n" + v.say("seller.low_rate")
    emit(args.json, {**fields(view), "warnings": list(warnings)}, text)


def cmd_legal_rate(db: Database, args: argparse.Namespace, now: datetime) -> None:
    """`seller legal-rate`: the legal interest rate table; with --from and --rate, the value
    published for a new half-year added (or corrected) first."""
    v = voice(args.lang)
    if (args.valid_from is None) != (args.rate is None):
        raise BadInput("legal_rate" if args.rate is None else "date", "required")
    warnings: tuple[str, ...] = ()
    if args.valid_from is not None:
        rates, warnings = services.add_legal_rate(
            db, args.actor, parse_day(args.valid_from, "date"),
            parse_euros(args.rate, "legal_rate"), now=now)
    else:
        rates = services.legal_rates(db, args.actor)
    text = table([[v.day(r.valid_from), v.rate(r.rate_bp), v.rate(3 * r.rate_bp)]
                  for r in rates], v.headers("seller.legal_rate_headers"))
    if warnings:
        text += "\n" + v.say("seller.low_rate")
    emit(args.json, {"rates": rates, "warnings": list(warnings)}, text)
