"""The Journal's « Détails » column: who or what an entry is about, its details in the product's
words, and for a change the values as they were and as they became (old → new), from the
journal's `before` and `after`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from deepetch_desktop.domain.vocabulary import Privilege
from deepetch_desktop.services.results import AuditEntryView

from .. import fmt, labels

# Kept out of old → new: bookkeeping, not something the administrator changed.
NOT_SHOWN = frozenset({"generation", "id"})
# The journal's privilege columns (services/subaccounts.py) and the privilege each names.
PRIVILEGE_COLUMNS = {"can_submit": Privilege.SUBMIT_TASKS, "can_see_usage": Privilege.SEE_OWN_USAGE,
                     "can_see_invoices": Privilege.SEE_INVOICES, "can_buy": Privilege.BUY_CREDITS,
                     "can_administer": Privilege.ADMINISTER}


def _t(text: str) -> str:
    return QCoreApplication.translate("journal", text)


def _field_names() -> dict[str, str]:
    """The keys the services journal, in the product's words (built when shown: translated)."""
    return {"kind": _t("type de limite"), "amount": _t("montant"), "valid_from": _t("début"),
            "valid_to": _t("fin"), "status": _t("statut"), "name": _t("nom"),
            "email": _t("e-mail"), "department": _t("département"), "phone": _t("téléphone"),
            "role": _t("fonction"), "balance": _t("solde"),
            "expiry_days": _t("rappels avant expiration (jours)"),
            "invoice_days": _t("relances de facture (jours)"), "host": _t("serveur SMTP"),
            "port": _t("port"), "security": _t("sécurité"), "sender": _t("expéditeur"),
            "user": _t("identifiant"), "cafile": _t("certificats"),
            "allow_cleartext_auth": _t("mot de passe en clair"), "unit": _t("unité"),
            "rate": _t("tarif"), "active": _t("actif"), "credits": _t("crédits"),
            "price_cents": _t("prix"), "factor": _t("coefficient")}


def field_name(key: str) -> str:
    if key in PRIVILEGE_COLUMNS:
        return labels.privilege(PRIVILEGE_COLUMNS[key])
    return _field_names().get(key) or labels.company_field(key)


def value_text(key: str, value: object) -> str:
    """A journalled value as the window shows it: a label for a code, numbers and dates in the
    locale's format, "—" for nothing."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _t("oui") if value else _t("non")
    if key == "kind":
        return labels.limit_kind(str(value))
    if key == "status":
        return labels.sub_account_status(str(value))
    if isinstance(value, int):
        return fmt.money(value) if key.endswith("_cents") else fmt.credits(value)
    if isinstance(value, list):
        return ", ".join(value_text("", item) for item in value)
    if key in ("valid_from", "valid_to"):
        try:
            return fmt.day(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value).replace("\n", ", ")


def changes_text(before: Mapping[str, object] | None,
                 after: Mapping[str, object] | None) -> str:
    """Each value changed, « montant : 500 → 800 »: the kind of limit before its amount and
    period, a profile's name before its e-mail (the order of `_field_names`), others after."""
    before, after = before or {}, after or {}
    order = list(_field_names())
    keys = sorted({*before, *after} - NOT_SHOWN,
                  key=lambda k: (order.index(k) if k in order else len(order), k))
    return ", ".join(
        _t("{field}\u00a0: {old} → {new}").format(
            field=field_name(key), old=value_text(key, before.get(key)),
            new=value_text(key, after.get(key)))
        for key in keys if before.get(key) != after.get(key))


def _company_changes(changed: Mapping[str, object]) -> str:
    """A correction of the company's details as older versions journalled it."""
    return changes_text({k: c.get("old") for k, c in changed.items() if isinstance(c, dict)},
                        {k: c.get("new") for k, c in changed.items() if isinstance(c, dict)})


def _detail_names() -> dict[str, str]:
    return {"amount": _t("montant"), "valid_from": _t("du"), "valid_to": _t("au"),
            "pack": _t("type de crédits"), "quantity": _t("quantité"), "credits": _t("crédits"),
            "number": _t("facture"), "email": _t("e-mail")}


def details_text(entry: AuditEntryView) -> str:
    """The column's text: the name an entry is about, then old → new when the entry is a change
    of values, else its details."""
    details = dict(entry.details)
    changed = details.get("changed")
    if isinstance(changed, dict) and not entry.after:
        return _company_changes(changed)
    name = details.pop("name", None)
    parts = [_t("«\u00a0{name}\u00a0»").format(name=name)] if name else []
    if entry.before is not None and entry.after is not None and (
            changes := changes_text(entry.before, entry.after)):
        parts.append(changes)
    else:
        names = _detail_names()
        for key in ("kind", "amount", "valid_from", "valid_to", "pack", "quantity", "credits",
                    "number", "email"):
            if details.get(key) not in (None, ""):
                value = value_text(key, details[key])
                parts.append(value if key == "kind" else _t("{field}\u00a0: {value}").format(
                    field=names[key], value=value))
    if details.get("used_reset"):
        parts.append(_t("utilisés remis à 0"))
    return ", ".join(parts)
