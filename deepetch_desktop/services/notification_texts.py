"""The words of notifications and reminder e-mails, in French (default) and English."""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "month_end": ("Remise à zéro mensuelle",
                      "Fin de {month} : les crédits utilisés des {count} limites mensuelles "
                      "repartent de 0."),
        "expiry_reminder": ("Expiration des crédits dans {days_before} jour(s)",
                            "Les {balance} crédits du panier expireront le {expires_on} si le "
                            "compte n'est pas utilisé d'ici là (une tâche ou un achat suffit)."),
        "expired": ("Crédits expirés",
                    "{credits} crédits ont expiré après douze mois sans utilisation."),
        "limit_80": ("Limite bientôt atteinte : {name}",
                     "{name} a utilisé {used} crédits sur {limit} ({percent} %)."),
        "limit_100": ("Limite atteinte : {name}",
                      "{name} a utilisé {used} crédits sur {limit} : plus de tâches possibles "
                      "sur cette période."),
        "invoice_reminder": ("Relance : facture {number}",
                             "Facture {number} : {left} restant dû, échéance {due_date}."),
        "document_failed": ("PDF de facture non produit\u00a0: {number}",
                            "Le PDF de la facture {number} n'a pas pu être produit ({cause}). "
                            "Il sera refait au prochain rattrapage une fois la cause corrigée "
                            "(le logo dans Paramètres, la place sur le disque…)\u202f; "
                            "l'e-mail de cette facture attend jusque-là, les autres partent."),
    },
    "en": {
        "month_end": ("Monthly reset",
                      "End of {month}: the credits used of {count} monthly limits start again "
                      "from 0."),
        "expiry_reminder": ("Credits expire in {days_before} day(s)",
                            "The basket's {balance} credits expire on {expires_on} unless the "
                            "account is used before then (one task or purchase is enough)."),
        "expired": ("Credits expired", "{credits} credits expired after twelve months unused."),
        "limit_80": ("Limit nearly reached: {name}",
                     "{name} has used {used} of {limit} credits ({percent} %)."),
        "limit_100": ("Limit reached: {name}",
                      "{name} has used {used} of {limit} credits: no more tasks this period."),
        "invoice_reminder": ("Reminder: invoice {number}",
                             "Invoice {number}: {left} left to pay, due {due_date}."),
        "document_failed": ("Invoice PDF not produced: {number}",
                            "The PDF of invoice {number} could not be produced ({cause}). It "
                            "will be made again at the next catch-up once the cause is fixed "
                            "(the logo in Settings, disk space…); this invoice's e-mail waits "
                            "until then, the others go."),
    },
}


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def month_name(key: str, lang: str = "fr") -> str:
    """'2026-10' -> 'octobre 2026' / 'October 2026'."""
    year, month = key.split("-")
    return f"{MONTHS['en' if lang.startswith('en') else 'fr'][int(month) - 1]} {year}"


def notification_text(kind: str, data: dict[str, Any], lang: str = "fr") -> tuple[str, str]:
    table = TEXTS["en" if lang.startswith("en") else "fr"]
    if kind not in table:
        return kind, ", ".join(f"{k}: {v}" for k, v in data.items())
    from .messages import group

    title, body = table[kind]
    values = {k: group(v, lang) if k not in ("days_before", "percent") else v
              for k, v in data.items()}
    if isinstance(data.get("month"), str) and len(data["month"]) == 7:
        values["month"] = month_name(data["month"], lang)
    try:
        return title.format(**values), body.format(**values)
    except (KeyError, IndexError):
        return title, body
