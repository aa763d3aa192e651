"""The command line's help in French, the source language: `deepetch [COMMAND] --help`."""

from __future__ import annotations

NBSP = "\u00a0"  # before « : »
NNBSP = "\u202f"  # before ; ! ?

HELP_FRENCH: dict[str, str] = {
    "metavar.COMMAND": "COMMANDE",
    "metavar.ACTION": "ACTION",
    "help.deepetch": "Administration du compte d'entreprise Deepetch.",
    "help.--db": f"base de données (par défaut{NBSP}: DEEPETCH_DATABASE_URL, sinon le fichier "
                 "SQLite local)",
    "help.--read-only": "ouvrir un fichier SQLite (une sauvegarde, une copie) en lecture "
        f"seule{NBSP}: rien n'y est écrit, les commandes qui écrivent sont refusées",
    "help.--json": "sortie JSON lisible par un programme",
    "help.--lang": f"langue des textes (par défaut{NBSP}: celle de l'environnement, sinon le "
                   "français)",
    "help.--version": "afficher la version et quitter",
    # the company account
    "help.init": "créer le compte d'entreprise",
    "help.init --company": "raison sociale",
    "help.init --vat": "n° de TVA intracommunautaire, s'il y en a un (jamais déduit du SIREN)",
    "help.init --siren": "SIREN (9 chiffres), obligatoire pour une entreprise française",
    "help.init --country": "pays, code ISO 3166 à deux lettres (FR par défaut, DE, BE…)",
    "help.init --einvoicing-address": "adresse de facturation électronique de l'annuaire "
                                      "(par exemple 552100554, ou 0088:… hors de France)",
    "help.init --legal-form": "forme juridique (SAS, SARL…)",
    "help.init --address": "adresse (\\n entre les lignes)",
    "help.init --email": "e-mail de facturation",
    "help.init --timezone": "fuseau horaire, par exemple Europe/Paris",
    "help.company": "coordonnées de l'entreprise (factures, e-mails)",
    "help.company show": "afficher les coordonnées",
    "help.company set": f"corriger les coordonnées{NBSP}: seules les options données "
                        f"changent{NNBSP}; les factures déjà émises gardent les leurs",
    "help.company set --name": "raison sociale",
    "help.company set --legal-form": "forme juridique (SAS, SARL…)",
    "help.company set --siren": "SIREN (9 chiffres)",
    "help.company set --vat": f"n° de TVA intracommunautaire (vide{NBSP}: aucun)",
    "help.company set --country": "pays, code ISO 3166 à deux lettres (FR, DE, BE…)",
    "help.company set --einvoicing-address": "adresse de facturation électronique de "
                                             "l'annuaire (par exemple 552100554)",
    "help.company set --address": "adresse (\\n entre les lignes)",
    "help.company set --email": f"e-mail de facturation (vide{NBSP}: aucun)",
    "help.company set --timezone": "fuseau horaire, par exemple Europe/Paris",
    "help.terms": "conditions d'entreprise",
    "help.terms action": f"approve{NBSP}: les approuver, show{NBSP}: où elles en sont",
    "help.status": "solde, utilisés ce mois-ci, expiration, factures",
    "help.demo": "créer une entreprise de démonstration",
    # what is sold
    "help.packs": "types de crédits",
    "help.packs list": "lister les types de crédits et leurs prix",
    "help.packs set": "créer ou modifier un type de crédits",
    "help.packs set code": "code du type (2 à 32 majuscules, chiffres ou _)",
    "help.packs set --price": "prix HT en euros",
    "help.packs set --inactive": "ne plus le proposer à l'achat",
    "help.services": "services et complexités",
    "help.services list": "lister les services et les complexités",
    "help.services set": "créer ou modifier un service",
    "help.services set code": "code du service (2 à 32 majuscules, chiffres ou _)",
    "help.services set --unit": "unité facturée (page, minute…)",
    "help.services set --rate": "crédits par unité",
    "help.services set --inactive": "ne plus l'accepter pour de nouvelles tâches",
    "help.complexities": "niveaux de complexité",
    "help.complexities set": "créer ou modifier un niveau de complexité",
    "help.complexities set code": "code du niveau (2 à 32 majuscules, chiffres ou _)",
    "help.complexities set --factor": "facteur appliqué au coût (1,5 pour ×1,5)",
    "help.seller": "coordonnées du vendeur sur les factures",
    "help.seller show": "afficher le vendeur",
    "help.seller set": "modifier le vendeur (seules les options données changent)",
    "help.seller set --penalty-rate": "taux annuel des pénalités de retard, en %%",
    "help.seller set --einvoicing-address": "adresse de facturation électronique du vendeur "
                                            "(commence par son SIREN)",
    "help.seller set --vat-on-debits": "yes\u00a0: option pour le paiement de la TVA d'après "
                                       "les débits, imprimée sur les factures",
    "help.seller legal-rate": "taux d'intérêt légal par semestre (professionnels)\u00a0; avec "
                              "--from et --rate, en ajouter un",
    "help.seller legal-rate --from": "premier jour du semestre (AAAA-01-01 ou AAAA-07-01)",
    "help.seller legal-rate --rate": "taux publié au Journal officiel, en %%",
    "help.seller set --logo": f"logo PNG ou JPEG imprimé sur les factures (vide{NBSP}: aucun)",
    # credits
    "help.buy": "acheter des crédits (conditions d'entreprise)",
    "help.buy pack": "code du type de crédits (deepetch packs list)",
    "help.buy --po": "numéro du bon de commande de l'entreprise, imprimé sur la facture",
    "help.buy --key": f"clé d'idempotence{NBSP}: la même clé n'achète qu'une fois",
    "help.basket": "panier de crédits",
    "help.basket ledger": "les dernières écritures du panier",
    "help.basket ledger --limit": "nombre d'écritures (50 par défaut)",
    "help.basket correct": "corriger le solde, avec un motif",
    "help.basket correct --credits": "positif pour ajouter, négatif pour retirer",
    # sub-accounts and limits
    "help.subaccounts": "sous-comptes",
    "help.subaccounts add": "ajouter un sous-compte",
    "help.subaccounts add --department": "département ou centre de coût",
    "help.subaccounts add --role": "fonction",
    "help.subaccounts add --monthly": "créé avec une limite mensuelle de N crédits",
    "help.subaccounts add --fixed": "créé avec une limite fixe de N crédits (sans limite par "
                                    "défaut)",
    "help.subaccounts list": "lister les sous-comptes",
    "help.subaccounts show": "afficher un sous-compte",
    "help.subaccounts suspend": "suspendre (plus de tâches, historique gardé)",
    "help.subaccounts reactivate": "réactiver un sous-compte suspendu",
    "help.subaccounts close": "clôturer définitivement",
    "help.subaccounts SUB": "numéro ou e-mail du sous-compte",
    "help.limits": "limites des sous-comptes",
    "help.limits set": "fixer la limite d'un sous-compte",
    "help.limits SUB": "numéro ou e-mail du sous-compte",
    "help.limits set --monthly": "limite mensuelle, en crédits",
    "help.limits set --fixed": "limite fixe, en crédits, pour toute la période",
    "help.limits set --none": "aucune limite",
    "help.limits set --from": "début de la période d'une limite fixe",
    "help.limits set --to": "fin de la période d'une limite fixe",
    "help.limits show": "afficher la limite et ce qui reste",
    # tasks
    "help.tasks": "tâches",
    "help.tasks estimate": "estimer le coût d'une tâche",
    "help.tasks submit": "envoyer une tâche (les crédits sont débités)",
    "help.tasks list": "lister les tâches",
    "help.tasks refund": "rembourser une tâche",
    "help.tasks --service": "code du service (deepetch services list)",
    "help.tasks --complexity": "code de la complexité (STANDARD par défaut)",
    "help.tasks SUB": "numéro ou e-mail du sous-compte",
    "help.tasks submit --key": f"clé d'idempotence{NBSP}: la même clé n'envoie qu'une fois",
    # invoices
    "help.invoices": "factures",
    "help.invoices list": "lister les factures et les avoirs",
    "help.invoices show": "afficher une facture",
    "help.invoices pdf": "enregistrer le PDF/A-3 Factur-X archivé",
    "help.invoices send": "envoyer de nouveau la facture par e-mail",
    "help.invoices pay": "enregistrer un paiement",
    "help.invoices pay --date": "date du paiement (par défaut aujourd'hui)",
    "help.invoices credit-note": "émettre un avoir sur une facture",
    "help.invoices credit-note --amount": "montant TTC en euros (par défaut, tout ce qui reste)",
    "help.invoices refund": "marquer comme remboursé ce qu'un avoir sur une facture payée laisse "
                            "à rembourser",
    "help.invoices refund --amount": "montant remboursé en euros (par défaut, tout ce qui est dû)",
    "help.invoices refund --date": "date du remboursement (par défaut aujourd'hui)",
    # the approved platform (PA)
    "help.pa": "plateforme agréée de facturation électronique (dossiers d'échange)",
    "help.pa set": "déposer les factures dans un dossier, y lire les statuts",
    "help.pa set --outgoing": "dossier où déposer chaque facture émise",
    "help.pa set --incoming": "dossier où la plateforme dépose les statuts (messages CDAR)",
    "help.pa set --xml-only": "déposer le XML CII seul au lieu du PDF Factur-X",
    "help.pa show": "afficher les dossiers d'échange",
    "help.pa sync": "déposer ce qui attend et lire les statuts maintenant",
    # e-mail
    "help.smtp": "serveur d'envoi des e-mails",
    "help.smtp set": "configurer le serveur",
    "help.smtp set --sender": "adresse de l'expéditeur",
    "help.smtp set --cafile": "certificats d'autorité à accepter (fichier PEM)",
    "help.smtp set --password-stdin": "lire le mot de passe sur l'entrée standard (gardé dans "
                                      "le trousseau du système)",
    "help.smtp set --allow-cleartext-auth": f"avec --security none et --user{NBSP}: accepter "
                                            "que le mot de passe circule en clair sur le réseau",
    "help.smtp show": "afficher le serveur",
    "help.smtp test": "envoyer un e-mail d'essai par le serveur",
    "help.smtp test ADDRESS": "l'adresse à laquelle l'envoyer",
    "help.outbox": "la file d'envoi des e-mails",
    "help.outbox list": "les e-mails qui attendent, la raison du dernier échec, le prochain essai",
    # scheduled work
    "help.catch-up": "faire maintenant le travail planifié qui est dû",
    "help.notifications": "notifications",
    "help.notifications action": f"list{NBSP}: les lister, read{NBSP}: les marquer comme lues",
    "help.reminders": "calendrier des rappels",
    "help.reminders set": "changer le calendrier",
    "help.reminders set --expiry-days": "jours avant l'expiration des crédits",
    "help.reminders set --invoice-days": "jours après l'échéance d'une facture "
                                         f"(négatif{NBSP}: avant)",
    "help.reminders show": "afficher le calendrier",
    "help.schedule": f"faire lancer «{NBSP}deepetch catch-up{NBSP}» par le système "
                     "(minuteur systemd ou crontab)",
    "help.schedule install": "installer le minuteur ou la ligne cron",
    "help.schedule install --using": f"auto{NBSP}: systemd s'il fait tourner la machine, "
                                     "sinon cron",
    "help.schedule remove": "retirer le minuteur et les lignes cron",
    # reports, journal, backups
    "help.report": "rapports de consommation",
    "help.report kind": f"le rapport (usage{NBSP}: la consommation, prepaid{NBSP}: les crédits "
                        f"prépayés à reporter, runway{NBSP}: l'autonomie et le conseil d'achat, "
                        f"statements{NBSP}: un relevé de refacturation PDF par service ou "
                        "sous-compte)",
    "help.report --month": f"le mois des relevés{NBSP}: AAAA-MM (ou --from et --to)",
    "help.report --email": "mettre chaque relevé en file d'envoi vers les titulaires des "
                           "sous-comptes",
    "help.report --by": f"regroupement{NBSP}: subaccount, department, service, complexity, "
                        f"month, ou deux séparés par une virgule (department,subaccount{NNBSP}; "
                        "month,service)",
    "help.report --at": "jour du report (par défaut aujourd'hui)",
    "help.report --until": f"jour jusqu'auquel le panier doit tenir{NBSP}: le conseil d'achat",
    "help.report --window-days": "jours récents dont le rythme est pris (90 par défaut)",
    "help.report --format": "format (par défaut, celui du nom de --output)",
    "help.audit": "journal et vérification",
    "help.audit action": f"list{NBSP}: le journal, verify{NBSP}: vérifier soldes, factures "
                         f"et chaînes, witness{NBSP}: les têtes et longueurs des chaînes",
    "help.audit --witness": f"avec verify{NBSP}: un témoin passé (fichier JSON de "
                            f"«{NBSP}audit witness{NBSP}», ligne de l'e-mail de fin de mois, "
                            "ou une empreinte SHA-256) dont "
                            "les chaînes d'aujourd'hui doivent être la suite",
    "help.backup": "sauvegarde en ligne du fichier SQLite",
    "help.backup --replace": "remplacer FILE s'il est une ancienne sauvegarde de Deepetch",
    "help.restore": "remettre une sauvegarde à la place de la base (la base actuelle est "
                    "gardée à côté)",
    # people and logging in
    "help.--user": "e-mail de la personne qui lance la commande (par défaut : DEEPETCH_USER, "
                   "sinon la connexion mémorisée par « deepetch login ») ; le mot "
                   "de passe vient de DEEPETCH_PASSWORD ou se tape à l'invite",
    "help.init --admin-name": "nom du premier administrateur (par défaut, son e-mail)",
    "help.init --admin-email": "e-mail du premier administrateur (par défaut : "
                               "DEEPETCH_USER) ; son mot de passe vient de "
                               "DEEPETCH_PASSWORD ou se tape deux fois",
    "help.people": "les personnes qui se connectent",
    "help.people list": "lister les administrateurs et les titulaires de sous-comptes",
    "help.people add-admin": "ajouter un administrateur (sans connexion, le premier, tant "
                             "qu'il n'y en a aucun)",
    "help.people add-admin --name": "nom de l'administrateur",
    "help.people add-admin --email": "e-mail de l'administrateur",
    "help.people reset-password": "donner un mot de passe provisoire (à changer à la première "
                                  "connexion)",
    "help.people reset-password EMAIL": "e-mail de la personne ou d'un sous-compte",
    "help.people lock": "verrouiller une personne",
    "help.people lock EMAIL": "e-mail de la personne",
    "help.people unlock": "déverrouiller une personne",
    "help.people unlock EMAIL": "e-mail de la personne",
    "help.login": "se connecter et que cet ordinateur s'en souvienne 30 jours (jeton dans "
                  "le trousseau, jamais le mot de passe)",
    "help.logout": "que cet ordinateur oublie la connexion",
    "help.password": "changer son mot de passe (le nouveau dans DEEPETCH_NEW_PASSWORD ou tapé "
                     "deux fois)",
    # moving to a server
    "help.migrate-to": "copier ce compte (fichier SQLite) dans une base PostgreSQL vide, "
                       "vérifier la copie, puis marquer le fichier comme déplacé",
    # PostgreSQL roles
    "help.roles": "rôles PostgreSQL de la base partagée",
    "help.roles setup": "créer le rôle propriétaire du schéma et les rôles deepetch_admin et "
                        "deepetch_member, et leurs droits (une fois, par le propriétaire de la "
                        "base ou un superutilisateur)",
}
