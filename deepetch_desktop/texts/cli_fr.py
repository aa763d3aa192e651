"""What the command line says, in French (the source language): its help, its results and
its table headers (columns separated by "|")."""

from __future__ import annotations

from .cli_help_fr import HELP_FRENCH
from .voice import Catalogue

NBSP = "\u00a0"  # before « : » and inside « »
NNBSP = "\u202f"  # before ; ! ?
EVERY_QUARTER = "toutes les 15 minutes et au début de chaque mois"

SAID_FRENCH: Catalogue = {
    "n.credits": {"one": "{count} crédit", "other": "{count} crédits"},
    "n.tasks": {"one": "{count} tâche", "other": "{count} tâches"},
    "main.interrupted": "Interrompu.",
    "main.unexpected": f"Erreur inattendue{NBSP}: {{error}}",
    # the company account
    # people and logging in
    "init.admin": f"Premier administrateur{NBSP}: {{name}} <{{email}}>.",
    "demo.login": f"Connexion {{role}}{NBSP}: {{name}} <{{email}}>, mot de passe {{password}}",
    "demo.your_password": "celui de DEEPETCH_PASSWORD",
    "login.password": f"Mot de passe de {{email}}{NBSP}: ",
    "login.current_password": f"Mot de passe actuel de {{email}}{NBSP}: ",
    "login.new_password": f"Nouveau mot de passe{NBSP}: ",
    "login.new_password_again": f"Nouveau mot de passe, encore une fois{NBSP}: ",
    "login.done": f"Connecté{NBSP}: {{name}} <{{email}}>. Cet ordinateur s'en souvient "
                  f"30{NBSP}jours («{NBSP}deepetch logout{NBSP}» pour l'oublier).",
    "logout.done": f"Déconnecté{NBSP}: cet ordinateur ne se souvient plus de la connexion.",
    "password.done": f"Mot de passe changé pour {{name}}{NNBSP}; les connexions mémorisées "
                     "ont pris fin.",
    "people.administrator": "administrateur",
    "people.holder": "titulaire du sous-compte {sub}",
    "people.holder_plain": "titulaire d'un sous-compte",
    "people.locked": "verrouillé",
    "people.locked_until": "verrouillé jusqu'à {at}",
    "people.one_time": "mot de passe provisoire",
    "people.active": "actif",
    "people.yes": "oui",
    "people.line": f"{{name}} <{{email}}>{NBSP}: {{role}}, {{state}}",
    "people.headers": "Id|Nom|E-mail|Rôle|Verrouillé|Provisoire",
    "people.empty": "Personne ne peut encore se connecter.",
    "people.added_admin": f"Administrateur ajouté{NBSP}: {{name}} <{{email}}>. Son mot de "
                          f"passe provisoire, à lui remettre{NBSP}: {{password}} (à changer à "
                          "sa première connexion).",
    "people.first_admin": f"Premier administrateur créé{NBSP}: {{name}} <{{email}}>.",
    "people.reset": f"Mot de passe provisoire de {{email}}{NBSP}: {{password}} (à changer à "
                    "la première connexion).",
    "init.done": f"Compte d'entreprise créé{NBSP}: {{name}} (SIREN {{siren}}).",
    "company.details": f"{{name}}\nSIREN{NBSP}: {{siren}}, TVA{NBSP}: {{vat}}\n"
                       f"Adresse{NBSP}: {{address}}\nPays{NBSP}: {{country}}\n"
                       f"Adresse de facturation électronique{NBSP}: {{einvoicing}}\n"
                       f"E-mail de facturation{NBSP}: {{email}}\n"
                       f"Fuseau horaire{NBSP}: {{timezone}}",
    "company.changed": f"Coordonnées modifiées ({{fields}}){NBSP}: les prochaines factures les "
                       "porteront, celles déjà émises gardent les leurs.",
    "company.unchanged": f"Rien n'a changé{NBSP}: les coordonnées étaient déjà celles-ci.",
    "company.name": "raison sociale", "company.legal_form": "forme juridique",
    "company.siren": "SIREN", "company.vat_number": "n° de TVA", "company.address": "adresse",
    "company.country": "pays", "company.einvoicing_address": "adresse de facturation "
    "électronique",
    "company.billing_email": "e-mail de facturation", "company.timezone": "fuseau horaire",
    "terms.approved": "Conditions d'entreprise approuvées le {day} par {who}.",
    "terms.not_approved": "Conditions d'entreprise non approuvées.",
    "status.balance": f"Solde du panier{NBSP}: {{credits}}",
    "status.used": f"Utilisés ce mois-ci ({{month}}){NBSP}: {{credits}}",
    "status.expiry": f"Expiration des crédits{NBSP}: {{day}}",
    "status.days_left": {"zero": " (aujourd'hui)",
                         "one": " (dans {count} jour)", "other": " (dans {count} jours)"},
    "status.unpaid": f"Factures à régler{NBSP}: {{count}} ({{amount}}), dont {{overdue}} en "
                     "retard",
    "demo.done": f"Entreprise de démonstration créée{NBSP}: {{company}}, solde {{credits}}.",
    # what is sold
    "packs.headers": "Code|Type|Crédits|Prix HT|Prix/crédit|Économie",
    "services.headers": "Code|Service|Crédits",
    "complexities.headers": "Code|Complexité|Facteur",
    "seller.details": "{name} {legal_form}, SIREN {siren}, TVA {vat}, IBAN {iban}, "
                      f"pénalités {{rate}}\nAdresse de facturation électronique{NBSP}: "
                      "{einvoicing}\n{debits}",
    "seller.debits_yes": "Option pour le paiement de la taxe d'après les débits",
    "seller.debits_no": "TVA exigible à l'encaissement (pas d'option pour les débits)",
    "seller.legal_rate_headers": "À partir du|Taux d'intérêt légal|Taux de pénalité minimal",
    "seller.low_rate": f"Attention{NBSP}: ce taux est inférieur à trois fois le taux d'intérêt "
                       "légal, le minimum que la loi permet.",
    # credits
    "buy.done": {
        "one": f"{{count}} crédit ajouté, solde {{balance}}. Facture {{number}}{NBSP}: "
               "{gross} TTC, échéance {due}, {email}.",
        "other": f"{{count}} crédits ajoutés, solde {{balance}}. Facture {{number}}{NBSP}: "
                 "{gross} TTC, échéance {due}, {email}.",
    },
    "email.sent": "envoyée par e-mail",
    "email.queued": "en attente d'envoi (serveur SMTP injoignable, nouvel essai automatique)",
    "email.no_smtp": f"non envoyée{NBSP}: configurez le serveur SMTP (deepetch smtp set)",
    "email.no_recipient": f"non envoyée{NBSP}: l'entreprise n'a pas d'adresse e-mail de "
                          "facturation",
    "ledger.headers": "Quand|Opération|Sous-compte|Crédits|Solde|Note",
    "ledger.empty": "Aucune écriture.",
    "correct.done": f"Correction enregistrée{NBSP}: {{credits}}, solde {{balance}}.",
    # sub-accounts and limits
    "subaccount.line": f"#{{id}} {{name}} <{{email}}> {{department}}{NBSP}: {{status}}, "
                       "{limit}, utilisés {used}, restants {remaining}",
    "subaccount.period": " (du {start} au {end})",
    "subaccount.added": f"Sous-compte créé{NBSP}: {{line}}",
    "subaccounts.headers": "Id|Nom|E-mail|Département|Limite|Montant|Utilisés|Restants|Statut",
    "subaccounts.empty": "Aucun sous-compte.",
    "limit.saved": "{kind} enregistrée",
    "limit.amount": f"{NBSP}: {{credits}}",
    "limit.reset": ". Crédits utilisés remis à 0.",
    "limit.end": ".",
    # tasks
    "tasks.estimate": f"Coût estimé{NBSP}: {{credits}}.",
    "tasks.submitted": f"Tâche {{task}} acceptée{NBSP}: {{credits}}, solde {{balance}}, "
                       "restants {remaining}.",
    "tasks.refunded": "remboursée",
    "tasks.headers": "Id|Date|Sous-compte|Service|Complexité|Unités|Coût|Titre|",
    "tasks.empty": "Aucune tâche.",
    "tasks.refund": f"Tâche {{task}} remboursée{NBSP}: {{credits}}, solde {{balance}}.",
    # invoices
    "invoices.headers": "Numéro|Date|Échéance|TTC|Reste dû|Statut",
    "invoices.empty": "Aucune facture.",
    "invoices.show": f"{{number}} du {{day}}{NBSP}: {{description}}\nHT {{net}}, TVA {{vat}}, "
                     "TTC {gross}, échéance {due}, {status}, reste dû {left}.",
    "invoices.saved_credit_note": "Avoir {number} enregistré dans {path}.",
    "invoices.saved": "Facture {number} enregistrée dans {path}.",
    "invoices.sent": f"Facture {{number}}{NBSP}: {{email}}.",
    "invoices.paid": f"Paiement enregistré. Facture {{number}}{NBSP}: {{status}}, reste dû "
                     "{left}.",
    "invoices.credit_note": f"Avoir {{number}} émis sur la facture {{invoice}}{NBSP}: {{gross}} "
                            "TTC, {credits} repris.",
    "invoices.refund_owed": f"Remboursement dû à l'entreprise{NBSP}: {{amount}} (une fois "
                            f"fait, «{NBSP}deepetch invoices refund {{number}}{NBSP}»).",
    "invoices.refunded": f"Remboursé{NBSP}: {{amount}} le {{day}}{{reference}}.",
    "invoices.refund": f"Remboursement enregistré. Facture {{number}}{NBSP}: reste à "
                       "rembourser {owed}.",
    "invoices.lifecycle": f"Plateforme agréée{NBSP}: {{code}} {{label}}, {{at}}{{reason}}.",
    # the approved platform (PA) file channel
    "pa.none": f"Aucune plateforme agréée configurée{NBSP}: les factures partent par e-mail.",
    "pa.channel": f"Plateforme agréée{NBSP}: dépôt dans {{outgoing}}{{what}}, statuts lus "
                  "dans {incoming}.",
    "pa.xml_only": " (XML CII seul)",
    "pa.sync": f"Plateforme agréée{NBSP}: {{deposited}}, {{statuses}}{{problems}}.",
    "n.deposited": {"one": "{count} document déposé", "other": "{count} documents déposés"},
    "n.statuses": {"one": "{count} statut lu", "other": "{count} statuts lus"},
    "n.refused_files": {"one": ", {count} fichier mis de côté dans {folder}",
                        "other": ", {count} fichiers mis de côté dans {folder}"},
    # e-mail
    "smtp.none": "Aucun serveur SMTP configuré.",
    "smtp.server": f"Serveur SMTP{NBSP}: {{host}}:{{port}} ({{security}}), expéditeur {{sender}}",
    "smtp.user": ", utilisateur {user}",
    "smtp.cleartext": ", mot de passe envoyé en clair (autorisé)",
    "smtp.test_sent": f"E-mail d'essai envoyé à {{recipient}}{NBSP}: vérifiez qu'il est arrivé.",
    "smtp.test_not_sent": f"E-mail d'essai non envoyé à {{recipient}}{NBSP}: {{reason}}",
    "smtp.test_no_server": "aucun serveur SMTP configuré (deepetch smtp set)",
    "smtp.test_waits": f"{{error}}{NNBSP}; il reste dans la file d'envoi (deepetch outbox list)",
    "outbox.headers": "Id|Mis en file|Destinataire|Objet|Essais|Prochain essai|Dernière erreur",
    "outbox.empty": f"Aucun e-mail n'attend{NBSP}: tout est parti.",
    # scheduled work
    "catch_up.done": f"Travail planifié à jour{NBSP}: {{done}}.",
    "catch_up.month_ends": {"one": "{count} fin de mois", "other": "{count} fins de mois"},
    "catch_up.limit_alerts": {"one": "{count} alerte de limite",
                              "other": "{count} alertes de limite"},
    "catch_up.reminders": {"one": "{count} relance", "other": "{count} relances"},
    "catch_up.expired": {"one": "{count} crédit expiré", "other": "{count} crédits expirés"},
    "catch_up.sent": {"one": "{count} e-mail envoyé", "other": "{count} e-mails envoyés"},
    "catch_up.waiting": "{count} en attente",
    "catch_up.backup": f"Sauvegarde du jour{NBSP}: {{path}}.",
    "catch_up.backup_failed": f"Sauvegarde du jour impossible{NBSP}: {{error}}",
    "notifications.read": {"one": "{count} notification marquée comme lue.",
                           "other": "{count} notifications marquées comme lues."},
    "notifications.line": f"{{title}}{NBSP}: {{body}}",
    "notifications.empty": "Aucune notification.",
    "reminders.show": f"Rappels d'expiration{NBSP}: {{expiry}}{NNBSP}; relances de "
                      f"facture{NBSP}: {{invoice}}.",
    "reminders.day": "J{days}",
    "schedule.removed": f"Retiré{NBSP}: {{what}}.",
    "schedule.nothing": f"Rien à retirer{NBSP}: aucun minuteur ni ligne cron de Deepetch.",
    "schedule.warning": f"Attention{NBSP}: {{problem}}",
    "schedule.systemd_on": f"Minuteur systemd installé et activé{NBSP}: deepetch catch-up "
                           f"{EVERY_QUARTER}.",
    "schedule.cron_on": f"Lignes ajoutées à votre crontab{NBSP}: deepetch catch-up "
                        f"{EVERY_QUARTER}.",
    "schedule.systemd_off": f"Minuteur systemd écrit mais pas activé ({{problem}}){NBSP}: "
                            f"lancez «{NBSP}{{to_do}}{NBSP}».",
    "schedule.cron_off": f"Crontab non modifiée ({{problem}}){NBSP}: les lignes sont dans le "
                         f"fichier ci-dessous, ajoutez-les avec «{NBSP}{{to_do}}{NBSP}».",
    "schedule.files": f"Fichiers{NBSP}: {{files}}",
    "schedule.command": f"Commande{NBSP}: {{command}} catch-up",
    "schedule.log": f"Erreurs consignées dans{NBSP}: {{folder}}",
    "schedule.linger": f"Le minuteur ne tourne que pendant votre session{NNBSP}; pour qu'il "
                       f"tourne aussi en votre absence{NBSP}: loginctl enable-linger",
    # reports, journal, backups
    "report.by.subaccount": "Sous-compte", "report.by.department": "Département / centre de coût",
    "report.by.service": "Service", "report.by.month": "Mois",
    "report.by.complexity": "Complexité",
    "report.headers": "Tâches|Crédits|Valeur HT",
    "report.period": "Du {start} au {end}",
    "report.sheet": "Consommation",
    "report.chart.months": "Consommation par mois",
    "report.chart.balance": "Solde du panier",
    "report.chart.limits": "Utilisation des limites",
    "report.chart.others": "Autres",
    "report.chart.legend": "Solde|Achat|Expiration",
    "report.chart.limit": "{used} / {limit} · {share} · {kind}",
    "report.chart.monthly": "ce mois-ci", "report.chart.fixed": "limite fixe",
    "statements.saved": "Relevé de «\u00a0{name}\u00a0» enregistré dans {path} ({credits} "
        "crédits, {value} HT).",
    "statements.renamed": "Relevé de «\u00a0{name}\u00a0» enregistré dans {path} ({credits} "
        "crédits, {value} HT)\u00a0: le nom prévu était pris, le fichier existant n'a pas été "
        "remplacé.",
    "statements.total": {"one": "{count} relevé, {credits}, {value} HT au total.",
                         "other": "{count} relevés, {credits}, {value} HT au total."},
    "statements.none": "Aucune consommation du {start} au {end}\u00a0: aucun relevé.",
    "statements.queued": {
        "one": "{count} e-mail mis en file d'envoi (il part dès que le serveur SMTP l'accepte).",
        "other": "{count} e-mails mis en file d'envoi (ils partent dès que le serveur SMTP les "
                 "accepte)."},
    "report.title": "Consommation par {by}",
    "report.saved": {"one": "Rapport enregistré dans {path} ({count} ligne).",
                     "other": "Rapport enregistré dans {path} ({count} lignes)."},
    "report.empty": "Aucune tâche.",
    "report.total": f"Total{NBSP}: {{tasks}}, {{credits}}, {{value}} HT",
    "prepaid.headers": ("Lot|Acheté le|Pack|Crédits restants|Prix par crédit HT (€)|"
                        "Valeur HT (€)"),
    "prepaid.title": "Crédits prépayés au {day}",
    "prepaid.subtitle": (f"Crédits restants de chaque lot, au prix d'achat HT{NBSP}: charges "
                         "constatées d'avance à reporter"),
    "prepaid.sheet": "Crédits prépayés",
    "prepaid.total_word": "Total",
    "prepaid.empty": "Aucun crédit restant.",
    "prepaid.total": f"Total{NBSP}: {{credits}}, {{value}} HT à reporter",
    "runway.basket": ("Au rythme des {window} derniers jours ({used} crédits), le panier sera "
                      "vide le {day}."),
    "runway.no_use": "Aucune consommation sur les {window} derniers jours.",
    "runway.headers": "Sous-compte|Limite|Utilisé|Limite atteinte le",
    "runway.enough": "Le panier suffit jusqu'au {day}.",
    "runway.advice": f"Pour tenir jusqu'au {{day}}{NBSP}: {{packs}} ({{credits}} crédits, "
                     f"{{net}} HT).",
    "audit.ok": f"Intégrité vérifiée{NBSP}: tout concorde.",
    "audit.problems": f"Problèmes{NBSP}:",
    "audit.headers": "Quand|Qui|Action|Détails",
    "audit.empty": "Journal vide.",
    "audit.witness_prefix": f"{{chain}}{NBSP}: toujours un préfixe (ligne {{row}}).",
    "audit.witness_diverges": f"{{chain}}{NBSP}: diverge du témoin{NBSP}: {{problem}}",
    "audit.chain.journal": "Journal",
    "audit.chain.ledger": "Grand livre",
    "audit.chain.invoices": "Factures",
    "audit.chain.": "Empreinte",
    "backup.saved": {"one": f"Sauvegarde enregistrée{NBSP}: {{path}} ({{count}} octet).",
                     "other": f"Sauvegarde enregistrée{NBSP}: {{path}} ({{count}} octets)."},
    "restore.done": "Sauvegarde {backup} restaurée dans {path}.",
    "restore.kept": "La base remplacée est gardée dans {kept}.",
    "migrate.done": {
        "one": f"{{count}} ligne copiée de {{source}} vers {{target}} ({{tables}} tables), "
               f"audit vérifié{NBSP}: le compte est désormais sur le serveur, le fichier est "
               f"marqué comme déplacé.",
        "other": f"{{count}} lignes copiées de {{source}} vers {{target}} ({{tables}} tables), "
                 f"audit vérifié{NBSP}: le compte est désormais sur le serveur, le fichier est "
                 f"marqué comme déplacé."},
    "roles.done": f"Rôles prêts{NBSP}: {{owner}} possède le schéma, {{admin}} et {{member}} ont "
                  f"leurs droits sur {{tables}} tables. Rattachez chaque poste à l'un d'eux "
                  f"(CREATE ROLE … LOGIN PASSWORD … IN ROLE {{admin}} ou {{member}}).",
    "roles.created": f"Rôles créés{NBSP}: {{roles}}.",
    "roles.unruled": f"Tables sans règle (aucun droit donné){NBSP}: {{tables}}.",
    "after_commit.failed": f"La facture {{number}} est enregistrée, mais son envoi n'a pas "
                           f"abouti ({{cause}}){NBSP}: il sera repris au prochain rattrapage.",
    "after_commit.not_rendered": f"Pas de PDF pour {{numbers}}{NBSP}: il sera refait au "
                                 "prochain rattrapage une fois la cause corrigée (deepetch "
                                 "notifications list), le reste est fait.",
}

FRENCH: Catalogue = {**HELP_FRENCH, **SAID_FRENCH}
