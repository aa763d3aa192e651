"""Errors in one sentence each, in French (the source language): the field, what is wrong
with it, and the sentence of each refusal."""

from __future__ import annotations

from .voice import Catalogue

ERRORS_FRENCH: Catalogue = {
    # field
    "field.legal_form": "La forme juridique",
    "field.address": "L'adresse",
    "field.department": "Le département",
    "field.role": "La fonction",
    "field.title": "Le titre",
    "field.reference": "La référence",
    "field.iban": "L'IBAN",
    "field.bic": "Le BIC",
    "field.logo": "Le logo",
    "field.key": "La clé",
    "field.cafile": "Le fichier de certificats",
    "field.siret": "Le SIRET",
    "field.rcs": "Le RCS",
    "field.sub_account": "Le sous-compte",
    "field.number": "Le numéro de facture",
    "field.task": "Le numéro de tâche",
    "field.limit": "Le nombre de lignes",
    "field.search": "La recherche",
    "field.units": "Le nombre d'unités",
    "field.amount": "Le montant",
    "field.quantity": "La quantité",
    "field.siren": "Le SIREN",
    "field.vat_number": "Le numéro de TVA",
    "field.email": "L'adresse e-mail",
    "field.name": "Le nom",
    "field.company": "Le nom de l'entreprise",
    "field.timezone": "Le fuseau horaire",
    "field.window_days": "La fenêtre (en jours)",
    "field.until": "La date visée",
    "field.at": "La date",
    "field.valid_from": "La date de début",
    "field.valid_to": "La date de fin",
    "field.date": "La date",
    "field.month": "Le mois",
    "field.kind": "Le type de limite",
    "field.phone": "Le téléphone",
    "field.reminder_days": "Les jours de rappel",
    "field.reason": "Le motif",
    "field.port": "Le port",
    "field.host": "Le serveur",
    "field.security": "La sécurité",
    "field.sender": "L'expéditeur",
    "field.output": "Le fichier de sortie",
    "field.outgoing": "Le dossier de dépôt des factures",
    "field.incoming": "Le dossier des statuts de la plateforme",
    "field.witness": "Le témoin",
    "field.admin_email": "L'e-mail de l'administrateur (--admin-email ou DEEPETCH_USER)",
    "field.password": "Le mot de passe",
    "field.user": "L'utilisateur",
    "field.database": "La base de données",
    "field.by": "Le regroupement",
    "field.sort": "Le tri",
    "field.format": "Le format",
    "field.code": "Le code",
    "field.credits": "Le nombre de crédits",
    "field.rate": "Le tarif",
    "field.unit": "L'unité",
    "field.factor": "Le facteur",
    "field.country": "Le pays",
    "field.einvoicing_address": "L'adresse de facturation électronique",
    "field.purchase_order": "Le numéro de bon de commande",
    "field.legal_rate": "Le taux d'intérêt légal",
    "field.vat_on_debits": "L'option pour la TVA sur les débits",
    "field.penalty_rate": "Le taux de pénalité",
    "field.backup": "Le fichier à restaurer",
    # problem
    "problem.too_many_days": "sont plus de 20",
    "problem.longer_than": "dépasse {maximum} caractères",
    "problem.too_many_lines": "dépasse {maximum} lignes",
    "problem.line_too_long": "a une ligne de plus de {maximum} caractères",
    "problem.invalid_iban": "n'est pas un IBAN valide",
    "problem.invalid_bic": "n'est pas un BIC valide (8 ou 11 caractères)",
    "problem.invalid_siret": "n'est pas un SIRET valide (14 chiffres)",
    "problem.not_a_file": "n'est pas un fichier existant",
    "problem.not_a_witness": "n'est ni le JSON de «\u00a0audit witness\u00a0», ni la ligne de "
                             "l'e-mail de fin de mois, ni une empreinte SHA-256",
    "problem.only_with_verify": "ne va qu'avec «\u00a0audit verify\u00a0»",
    "problem.file_too_large": "est un fichier de plus de 2\u00a0Mo",
    "problem.unreadable": "ne peut pas être lu",
    "problem.not_an_image": "n'est pas une image PNG ou JPEG lisible",
    "problem.image_too_large": "est une image de plus de 4\u202f000 × 4\u202f000 pixels",
    "problem.not_a_regular_file": "n'est pas un fichier ordinaire (c'est un dossier ou un "
        "périphérique)",
    "problem.not_a_whole_number": "doit être un nombre entier",
    "problem.must_be_positive": "doit être supérieur à 0",
    "problem.too_large": "est trop grand",
    "problem.required": "est obligatoire",
    "problem.not_a_number": "n'est pas un nombre",
    "problem.negative": "ne peut pas être négatif",
    "problem.too_many_decimals": "a plus de deux décimales",
    "problem.invalid_siren": "n'est pas un SIREN valide (9 chiffres)",
    "problem.invalid_vat_number": "n'est pas valide",
    "problem.invalid_email": "n'est pas une adresse valide",
    "problem.already_used": "est déjà utilisée",
    "problem.too_long": "est trop long",
    "problem.unknown_time_zone": "est inconnu",
    "problem.before_today": "est antérieure à aujourd'hui",
    "problem.before_start": "est antérieure à la date de début",
    "problem.not_a_date": "n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
    "problem.not_a_month": "n'est pas un mois (AAAA-MM)",
    "problem.month_or_period": "ne se donne pas avec --from et --to",
    "problem.unknown_limit_kind": "doit être aucune, mensuelle ou fixe",
    "problem.period_only_for_fixed": "n'existe que pour une limite fixe",
    "problem.not_allowed_without_limit": "n'a pas de sens sans limite",
    "problem.invalid_phone": "n'est pas un numéro valide",
    "problem.invalid_country": "n'est pas un code de pays ISO 3166 (FR, DE, BE…)",
    "problem.incomplete_address": "est incomplète\u00a0: il faut au moins une ligne de rue et une "
        "ligne «\u00a0code postal ville\u00a0» (en France, un code postal à 5 chiffres)",
    "problem.vat_number_of_another_country": "ne commence pas par le préfixe du pays de "
        "l'entreprise",
    "problem.vat_number_of_another_company": "ne contient pas le SIREN de l'entreprise",
    "problem.invalid_einvoicing_address": "n'est pas valide\u00a0: dans l'annuaire français elle "
        "commence par le SIREN (par exemple 552100554 ou 552100554_FACTURES)\u00a0; hors de "
        "France, donnez son schéma (0088:…, EM:adresse@exemple.com)",
    "problem.below_legal_minimum": "est inférieur à trois fois le taux d'intérêt légal en vigueur "
        "(article L441-10 du Code de commerce)",
    "problem.not_a_half_year": "doit être le début d'un semestre (1er janvier ou 1er juillet)",
    "problem.out_of_range": "est hors limites",
    "problem.not_a_list_of_days": "doivent être des nombres",
    "problem.days_out_of_range": "doivent être compris entre 1 et 365 jours",
    "problem.cannot_write": "ne peut pas être écrit",
    "problem.no_such_folder": "est dans un dossier inexistant",
    "problem.not_a_folder": "n'est pas un dossier existant",
    "problem.folder_not_writable": "est un dossier où ce programme ne peut pas écrire",
    "problem.same_as_outgoing": "doit être un autre dossier que celui des dépôts",
    "problem.in_the_future": "est dans le futur",
    "problem.empty": "est vide",
    "problem.contains_spaces": "contient des espaces",
    "problem.unknown": "est inconnue",
    "problem.control_characters": "contient des caractères interdits",
    "problem.backup_needs_sqlite": "est un serveur\u00a0: sauvegardez-le avec pg_dump",
    "problem.invalid_code": "doit faire 2 à 32 lettres majuscules, chiffres ou _",
    "problem.must_not_be_zero": "ne peut pas être nul",
    "problem.backup_corrupt": "serait une copie corrompue\u00a0: elle n'a pas été gardée",
    "problem.cleartext_password": "«\u00a0none\u00a0» avec un utilisateur enverrait le mot de "
        "passe SMTP en clair sur le réseau\u00a0: choisissez starttls ou tls, ou, si ce serveur "
        "n'offre pas de chiffrement, acceptez-le avec --allow-cleartext-auth",
    "problem.already_exists": "existe déjà\u00a0: rien n'a été écrit (pour remplacer une "
        "ancienne sauvegarde de Deepetch, ajoutez --replace)",
    "problem.not_a_backup": "n'est pas une sauvegarde de Deepetch\u00a0: il n'a pas été remplacé",
    "problem.is_live_database": "est la base de données en service\u00a0: elle n'a pas été "
        "touchée, choisissez un autre fichier",
    "problem.disk_full": "ne peut pas être écrit\u00a0: le disque est plein, libérez de la place "
        "puis recommencez",
    "problem.no_such_file": "n'existe pas",
    "problem.not_deepetch_backup": "n'est pas une sauvegarde de Deepetch\u00a0: rien n'a été "
        "restauré",
    "problem.backup_damaged": "est endommagé (contrôle d'intégrité en échec)\u00a0: rien n'a été "
        "restauré",
    "problem.from_newer_version": "vient d'une version plus récente de Deepetch Desktop\u00a0: "
        "mettez le programme à jour pour le restaurer",
    "problem.audit_failed": "ne passe pas la vérification (solde, journal, numéros de "
        "factures)\u00a0: rien n'a été restauré",
    "problem.in_use": "est ouverte par un autre programme (Deepetch Desktop ou une commande "
        "deepetch, ici ou sur un autre poste)\u00a0: fermez-le puis recommencez\u202f; rien n'a "
        "été restauré",
    "problem.restore_needs_sqlite": "est un serveur\u00a0: restaurez-le avec pg_restore",
    "problem.bad_url": "n'est pas une adresse valide",
    "problem.cannot_replace": "ne peut pas être remplacée (ce n'est pas un fichier, ou vous "
        "n'avez pas le droit d'y écrire)\u00a0: rien n'a été restauré",
    "problem.too_short_password": "doit faire au moins 10\u00a0caractères (une phrase de "
        "plusieurs mots fait un bon mot de passe)",
    "problem.common_password": "est l'un des mots de passe les plus courants, que l'on essaie "
        "en premier\u00a0: choisissez-en un autre",
    "problem.not_typed": "n'a pas été donné\u00a0: mettez-le dans DEEPETCH_PASSWORD ou lancez "
        "la commande dans un terminal",
    "problem.same_as_old": "est le même que l'ancien\u00a0: choisissez-en un nouveau",
    "problem.is_yourself": "est la vôtre\u00a0: un administrateur ne se verrouille pas lui-même",
    "problem.not_the_same": "n'a pas été tapé deux fois à l'identique",
    # error
    "error.not_authenticated": "Personne n'est connecté\u00a0: donnez votre e-mail avec "
        "--user (ou DEEPETCH_USER) et votre mot de passe (DEEPETCH_PASSWORD ou à l'invite), ou "
        "connectez-vous une fois avec «\u00a0deepetch login\u00a0».",
    "error.not_authenticated.no_password": "Mot de passe manquant\u00a0: mettez-le dans "
        "DEEPETCH_PASSWORD, ou lancez la commande dans un terminal pour le taper.",
    "error.not_authenticated.no_person": "Personne ne peut encore se connecter à cette base\u00a0: "
        "créez le premier administrateur avec «\u00a0deepetch people add-admin --name NOM "
        "--email E-MAIL\u00a0».",
    "error.bad_credentials": "E-mail ou mot de passe incorrect.",
    "error.account_locked": "Ce compte est verrouillé par un administrateur\u00a0: demandez-lui "
        "de le déverrouiller.",
    "error.account_locked.attempts": "Ce compte est verrouillé après 5\u00a0mots de passe "
        "erronés\u00a0: réessayez dans {minutes}\u00a0min, ou demandez à un administrateur de le "
        "déverrouiller.",
    "error.password_change_required": "Votre mot de passe est provisoire\u00a0: changez-le "
        "d'abord avec «\u00a0deepetch password\u00a0» (le nouveau dans DEEPETCH_NEW_PASSWORD ou "
        "à l'invite).",
    "error.login_not_remembered": "Aucun trousseau de mots de passe sur cet ordinateur\u00a0: la "
        "connexion ne peut pas y être mémorisée (connectez-vous à chaque fois, avec --user et "
        "DEEPETCH_PASSWORD en ligne de commande).",
    "error.insufficient_credits": "Crédits insuffisants dans le panier\u00a0: solde {balance}, "
        "coût {cost}.",
    # Reached: nothing left; too_big: something left, but less than the task costs.
    "error.limit_reached": "Limite mensuelle atteinte\u00a0: les crédits de ce mois-ci sont "
        "tous utilisés ({used} sur {limit}), la tâche en coûte {cost}.",
    "error.limit_reached.too_big": {
        "one": "Limite mensuelle insuffisante pour cette tâche\u00a0: il reste {count}\u00a0crédit "
               "sur {limit} ce mois-ci, elle en coûte {cost}.",
        "other": "Limite mensuelle insuffisante pour cette tâche\u00a0: il reste {count}\u00a0"
                 "crédits sur {limit} ce mois-ci, elle en coûte {cost}."},
    "error.fixed_limit_exhausted": "Limite fixe épuisée\u00a0: ses crédits sont tous utilisés "
        "({used} sur {limit}), la tâche en coûte {cost}.",
    "error.fixed_limit_exhausted.too_big": {
        "one": "Limite fixe insuffisante pour cette tâche\u00a0: il reste {count}\u00a0crédit sur "
               "{limit}, elle en coûte {cost}.",
        "other": "Limite fixe insuffisante pour cette tâche\u00a0: il reste {count}\u00a0crédits "
                 "sur {limit}, elle en coûte {cost}."},
    "error.outside_limit_period": "Hors de la période de validité de la limite fixe "
        "({valid_from} – {valid_to}).",
    "error.subaccount_suspended": "Ce sous-compte est suspendu\u00a0: il ne peut pas envoyer de "
        "tâches.",
    "error.subaccount_closed": "Ce sous-compte est clôturé.",
    "error.not_permitted": "Privilège manquant pour {who}\u00a0: {privilege}.",
    "error.terms_not_approved": "Les conditions d'entreprise ne sont pas encore approuvées.",
    "error.idempotency_conflict": "La clé {key} a déjà servi pour une autre demande.",
    "error.already_refunded": "La tâche {task_id} a déjà été remboursée.",
    "error.not_initialised": "Aucun compte d'entreprise\u00a0: lancez d'abord «\u00a0deepetch "
        "init\u00a0».",
    "error.already_initialised": "Le compte d'entreprise «\u00a0{company}\u00a0» existe déjà.",
    "error.not_found": "Introuvable\u00a0: {kind} «\u00a0{key}\u00a0».",
    "error.invoice_rule.unnumbered": "Aucune facture ne peut être émise\u00a0: {rule}.",
    "error.invoice_dated_before": "Ce document serait daté du {day}, avant le {last_date} de "
        "{last_number}, le dernier de sa série\u00a0: les numéros suivent les dates. L'horloge de "
        "cet ordinateur retarde sans doute\u00a0: corrigez sa date, puis recommencez. Rien n'a "
        "été enregistré.",
    "error.invoice_rule": "Facture {number}\u00a0: {rule}.",
    "error.unreachable_amount": "Aucun montant hors taxes ne donne {requested} TTC avec la TVA "
        "à {rate} arrondie au centime\u00a0: indiquez {below} ou {above}.",
    "error.database_refused": "Base de données refusée ({reason})\u00a0: {location}.",
    "error.delivery_failed": "L'e-mail n'a pas pu être envoyé\u00a0: {reason}.",
    "error.no_keyring": "Aucun trousseau de mots de passe sur cette machine\u00a0: le mot de passe "
        "SMTP n'est pas enregistré (donnez-le avec DEEPETCH_SMTP_PASSWORD au moment d'envoyer).",
    "error.account_moved": "Ce compte a été déplacé sur le serveur {location}\u00a0: ce fichier "
        "n'est plus utilisé, ouvrez le compte à cette adresse (--db ou DEEPETCH_DATABASE_URL).",
    "error.target_not_empty": "La base {location} n'est pas vide\u00a0: rien n'y a été écrit, "
        "indiquez une base PostgreSQL neuve.",
    "error.copy_differs": "La copie dans {location} ne correspond pas à l'original "
        "({differences})\u00a0: le fichier n'est pas marqué comme déplacé, ne l'utilisez pas.",
    "error.server_lost": "Le serveur de base de données {location} ne répond pas\u00a0: rien "
        "n'a été enregistré, recommencez quand il sera de retour.",
    "error.database_busy": "Un autre poste occupe la base {location} depuis trop longtemps\u00a0: "
        "rien n'a été enregistré, recommencez dans un instant.",
    "error.commit_unknown": "La connexion au serveur {location} a été perdue pendant "
        "l'enregistrement\u00a0: vérifiez s'il a été fait avant de recommencer.",
    "error.driver_missing": "Le pilote PostgreSQL n'est pas installé\u00a0: installez l'extra "
        "[postgresql] (pip install 'deepetch-desktop[postgresql]').",
    "error.role_refused": "La base de données refuse cela au rôle PostgreSQL {role} de ce poste "
        "({what})\u00a0: c'est le travail d'un poste d'administrateur (un rôle de "
        "deepetch_admin). Rien n'a été enregistré.",
    "error.clock_behind": "L'horloge de cet ordinateur retarde de {lag} sur la dernière activité "
        "enregistrée\u00a0: corrigez la date et l'heure de l'ordinateur.",
    "error.document_not_rendered": "Le PDF de la facture {number} n'a pas pu être produit "
        "({cause})\u00a0: il sera refait au prochain rattrapage, une fois la cause corrigée.",
    # rule
    "rule.buyer_name": "le nom de l'entreprise cliente manque",
    "rule.buyer_address": "l'adresse complète de l'entreprise cliente manque (rue, code postal et "
        "ville)\u00a0: complétez ses coordonnées (Paramètres ou «\u00a0deepetch company set "
        "--address\u00a0»)",
    "rule.buyer_country": "le pays de l'entreprise cliente n'est pas un code ISO 3166 "
        "valide\u00a0: corrigez ses coordonnées",
    "rule.buyer_siren": "le SIREN de l'entreprise cliente manque ou n'est pas valide\u00a0: "
        "complétez ses coordonnées",
    "rule.buyer_vat_number": "le numéro de TVA de l'entreprise cliente n'est pas valide\u00a0: "
        "corrigez ses coordonnées",
    "rule.buyer_einvoicing_address": "l'adresse de facturation électronique de l'entreprise "
        "cliente manque\u00a0: complétez ses coordonnées (Paramètres ou «\u00a0deepetch company "
        "set --einvoicing-address\u00a0»)",
    "rule.penalty_rate_below_legal_minimum": "le taux des pénalités de retard du vendeur est "
        "inférieur à trois fois le taux d'intérêt légal en vigueur (article L441-10 du Code de "
        "commerce)\u00a0: relevez-le avec «\u00a0deepetch seller set --penalty-rate\u00a0»",
    "rule.overpayment": "le montant dépasse ce qui reste à payer",
    "rule.cancelled": "elle est annulée par avoir",
    "rule.credit_note_not_payable": "un avoir ne se paie pas",
    "rule.not_an_invoice": "un avoir ne peut pas recevoir d'avoir",
    "rule.already_credited": "elle est déjà entièrement couverte par des avoirs",
    "rule.credit_above_invoice": "l'avoir dépasse ce qui reste de la facture",
    "rule.no_refund_owed": "aucun remboursement n'est dû sur cette facture",
    "rule.refund_above_owed": "le montant dépasse le remboursement dû",
    # reason
    "reason.not_a_database": "ce n'est pas une base de données",
    "reason.newer_schema": "elle vient d'une version plus récente du programme",
    "reason.cannot_connect": "connexion impossible",
    "reason.bad_url": "adresse invalide",
    "reason.unsupported_database": "type de base non pris en charge",
    # refusal
    "refusal.newer_program": "La base {location} a été mise à jour par Deepetch Desktop "
        "{version}\u00a0: installez cette version (ou une plus récente) sur ce poste pour "
        "l'ouvrir.",
    "refusal.migrate_needs_postgresql": "{location} n'est pas l'adresse d'une base "
        "PostgreSQL\u00a0: migrate-to copie le compte vers un serveur PostgreSQL "
        "(postgresql://…).",
    "refusal.migrate_from_sqlite": "Le compte de {location} est déjà sur un serveur\u00a0: "
        "migrate-to copie un fichier SQLite.",
    "refusal.foreign_database": "Le fichier {location} est la base de données d'une autre "
        "application\u00a0: il n'a pas été modifié, indiquez celui de Deepetch Desktop.",
    "refusal.database_moved": "Le fichier de la base {location} a été supprimé ou remplacé "
        "pendant que l'application l'utilisait\u00a0: plus rien n'y est écrit, fermez puis "
        "relancez l'application.",
    "refusal.disk_full": "Le disque de la base {location} est plein\u00a0: rien n'a été "
        "enregistré, libérez de la place puis recommencez.",
    "refusal.read_only": "La base {location} ne peut pas être modifiée (fichier ou dossier en "
        "lecture seule, ou droits insuffisants)\u00a0: rien n'a été enregistré, vérifiez ses "
        "droits.",
    "refusal.no_access": "Vous n'avez pas le droit de lire la base {location}\u00a0: vérifiez "
        "les droits du fichier.",
    "refusal.cannot_migrate": "La base {location} attend une mise à jour de son schéma que ce "
        "rôle n'a pas le droit de faire\u00a0: ouvrez-la une fois avec le rôle propriétaire "
        "(ou un superutilisateur), par exemple «\u00a0deepetch --db URL_DU_PROPRIÉTAIRE "
        "status\u00a0», puis relancez.",
    "refusal.roles_need_postgresql": "Les rôles ne concernent que PostgreSQL\u00a0: la base "
        "{location} est un fichier SQLite, que ses droits (0600, dans un dossier 0700) "
        "protègent.",
    "refusal.roles_not_permitted": "Ce rôle ne peut pas créer les rôles de la base "
        "{location} ni lui en donner le schéma\u00a0: lancez «\u00a0deepetch roles "
        "setup\u00a0» avec un superutilisateur ou le propriétaire de la base (avec "
        "CREATEROLE).",
    "refusal.review_only": "La base {location} est ouverte en lecture seule (--read-only)\u00a0: "
        "rien n'y est écrit. Pour modifier, ouvrez-la sans --read-only.",
    "refusal.review_needs_file": "La lecture seule (--read-only) ouvre un fichier SQLite qui "
        "existe (une sauvegarde, une copie)\u00a0: {location} n'en est pas un.",
    "refusal.review_has_journal": "Le fichier {location} a un journal -wal non vide à côté de "
        "lui\u00a0: la base est en service ou a été copiée sans son journal. Ouvrez une "
        "sauvegarde («\u00a0deepetch backup\u00a0») ou une copie faite application fermée.",
    "refusal.review_old_schema": "La base {location} a un schéma plus ancien que ce "
        "programme\u00a0: la lecture seule ne le met pas à jour (ce serait écrire). Ouvrez-en "
        "une copie sans --read-only pour la mettre à jour.",
    "refusal.is_a_directory": "{location} est un dossier, pas une base de données\u00a0: "
        "indiquez le fichier de la base (par exemple {location}/deepetch.sqlite3).",
    "refusal.disk_error": "Le disque de la base {location} refuse l'écriture (plein ou "
        "défaillant)\u00a0: rien n'a été enregistré, libérez de la place ou vérifiez le disque.",
    # thing (what was not found)
    "thing.sub_account": "sous-compte", "thing.invoice": "facture", "thing.pack": "type de crédits",
    "thing.service": "service", "thing.complexity": "complexité", "thing.task": "tâche",
    "thing.person": "personne",
    # a clock's lag
    "lag.day": {"one": "{count}\u00a0jour", "other": "{count}\u00a0jours"},
    "lag.hour": {"one": "{count}\u00a0heure", "other": "{count}\u00a0heures"},
    "lag.minute": {"one": "{count}\u00a0minute", "other": "{count}\u00a0minutes"},
}
