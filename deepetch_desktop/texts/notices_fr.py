"""The notifications' titles and bodies in French (the source language): what the window's
bell, `deepetch notifications list` and the alert e-mails say."""

from __future__ import annotations

from .voice import Catalogue

NBSP = "\u00a0"  # before « : »
NNBSP = "\u202f"  # before ; ! ?

NOTICES_FRENCH: Catalogue = {
    "month_end.title": "Remise à zéro mensuelle",
    "month_end.body": {
        "one": f"Fin {{of_month}}{NBSP}: les crédits utilisés de {{count}} limite mensuelle "
               "repartent de 0.",
        "other": f"Fin {{of_month}}{NBSP}: les crédits utilisés des {{count}} limites "
                 "mensuelles repartent de 0.",
    },
    "witness.line": f"Témoin du journal{NBSP}: journal {{journal_count}} {{journal}}{NNBSP}; "
                    f"grand livre {{ledger_count}} {{ledger}}{NNBSP}; "
                    "factures {invoices_count} {invoices}",
    "witness.keep": f"Gardez cet e-mail{NBSP}: ces empreintes prouvent plus tard que le "
                    "journal, le grand livre et les factures d'aujourd'hui n'ont pas été réécrits "
                    "(deepetch audit verify --witness).",
    "expiry_reminder.title": {"zero": "Expiration des crédits aujourd'hui",
                              "one": "Expiration des crédits dans {count} jour",
                              "other": "Expiration des crédits dans {count} jours"},
    "expiry_reminder.body": "Les {balance} crédits du panier expireront le {expires_on} si le "
                            "compte n'est pas utilisé d'ici là (une tâche ou un achat suffit).",
    "expired.title": "Crédits expirés",
    "expired.body": "{credits} crédits ont expiré après douze mois sans utilisation.",
    "limit_80.title": f"Limite bientôt atteinte{NBSP}: {{name}}",
    "limit_80.body": "{name} a utilisé {used} crédits sur {limit} ({percent}).",
    "limit_100.title": f"Limite atteinte{NBSP}: {{name}}",
    "limit_100.body": f"{{name}} a utilisé {{used}} crédits sur {{limit}}{NBSP}: plus de "
                      "tâches possibles sur cette période.",
    "invoice_reminder.title": f"Relance{NBSP}: facture {{number}}",
    "invoice_reminder.body": f"Facture {{number}}{NBSP}: {{left}} restant dû, échéance "
                             "{due_date}.",
    "document_failed.title": f"PDF de facture non produit{NBSP}: {{number}}",
    "document_failed.body": "Le PDF de la facture {number} n'a pas pu être produit ({cause}). "
                            "Il sera refait au prochain rattrapage une fois la cause corrigée "
                            f"(le logo dans Paramètres, la place sur le disque…){NNBSP}; "
                            "l'e-mail de cette facture attend jusque-là, les autres partent.",
    "test_email.subject": f"Deepetch Desktop{NBSP}: e-mail d'essai",
    "test_email.body": "Cet e-mail d'essai a été envoyé depuis Deepetch Desktop par {actor} "
                       "pour vérifier les réglages du serveur SMTP ({server}). Vous pouvez le "
                       "supprimer.",
}
