"""One clear sentence for each error, in French (the default) or English."""

from __future__ import annotations

from ..domain.errors import DeepetchError
from ..domain.text import LIMITS

FIELDS = {
    "fr": {
        "legal_form": "La forme juridique", "address": "L'adresse", "department": "Le service",
        "role": "La fonction", "title": "Le titre", "reference": "La référence",
        "iban": "L'IBAN", "bic": "Le BIC", "logo": "Le logo", "key": "La clé",
        "cafile": "Le fichier de certificats", "siret": "Le SIRET", "rcs": "Le RCS",
        "sub_account": "Le sous-compte", "number": "Le numéro de facture",
        "task": "Le numéro de tâche", "limit": "Le nombre de lignes", "search": "La recherche",
        "units": "Le nombre d'unités", "amount": "Le montant", "quantity": "La quantité",
        "siren": "Le SIREN", "vat_number": "Le numéro de TVA", "email": "L'adresse e-mail",
        "name": "Le nom", "company": "Le nom de l'entreprise", "timezone": "Le fuseau horaire",
        "valid_from": "La date de début", "valid_to": "La date de fin", "date": "La date",
        "month": "Le mois", "kind": "Le type de limite", "phone": "Le téléphone",
        "reminder_days": "Les jours de rappel", "reason": "Le motif", "port": "Le port",
        "host": "Le serveur", "security": "La sécurité", "sender": "L'expéditeur",
        "output": "Le fichier de sortie", "password": "Le mot de passe", "user": "L'utilisateur",
        "database": "La base de données", "by": "Le regroupement", "sort": "Le tri",
        "format": "Le format", "code": "Le code", "credits": "Le nombre de crédits",
        "rate": "Le tarif", "unit": "L'unité", "factor": "Le facteur",
        "penalty_rate": "Le taux de pénalité",
        "backup": "Le fichier à restaurer",
    },
    "en": {
        "legal_form": "The legal form", "address": "The address", "department": "The department",
        "role": "The role", "title": "The title", "reference": "The reference",
        "iban": "The IBAN", "bic": "The BIC", "logo": "The logo", "key": "The key",
        "cafile": "The certificate file", "siret": "The SIRET", "rcs": "The RCS",
        "sub_account": "The sub-account", "number": "The invoice number",
        "task": "The task number", "limit": "The number of lines", "search": "The search",
        "units": "The number of units", "amount": "The amount", "quantity": "The quantity",
        "siren": "The SIREN", "vat_number": "The VAT number", "email": "The e-mail address",
        "name": "The name", "company": "The company name", "timezone": "The time zone",
        "valid_from": "The start date", "valid_to": "The end date", "date": "The date",
        "month": "The month", "kind": "The limit kind", "phone": "The phone number",
        "reminder_days": "The reminder days", "reason": "The reason", "port": "The port",
        "host": "The server", "security": "The security", "sender": "The sender",
        "output": "The output file", "password": "The password", "user": "The user",
        "database": "The database", "by": "The grouping", "sort": "The sort", "format":
        "The format", "code": "The code", "credits": "The number of credits", "rate":
        "The rate", "unit": "The unit", "factor": "The factor", "penalty_rate":
        "The penalty rate", "backup": "The file to restore",
    },
}

PROBLEMS = {
    "fr": {
        "too_many_days": "sont plus de 20", "longer_than": "dépasse {maximum} caractères",
        "too_many_lines": "dépasse {maximum} lignes",
        "line_too_long": "a une ligne de plus de {maximum} caractères",
        "invalid_iban": "n'est pas un IBAN valide", "invalid_bic":
        "n'est pas un BIC valide (8 ou 11 caractères)", "invalid_siret":
        "n'est pas un SIRET valide (14 chiffres)", "not_a_file": "n'est pas un fichier existant",
        "file_too_large": "est un fichier de plus de 2\u00a0Mo", "unreadable":
        "ne peut pas être lu", "not_an_image": "n'est pas une image PNG ou JPEG lisible",
        "image_too_large": "est une image de plus de 4\u202f000 × 4\u202f000 pixels",
        "not_a_regular_file": "n'est pas un fichier ordinaire (c'est un dossier ou un "
        "périphérique)",
        "not_a_whole_number": "doit être un nombre entier", "must_be_positive":
        "doit être supérieur à 0", "too_large": "est trop grand", "required": "est obligatoire",
        "not_a_number": "n'est pas un nombre", "negative": "ne peut pas être négatif",
        "too_many_decimals": "a plus de deux décimales", "invalid_siren":
        "n'est pas un SIREN valide (9 chiffres)", "invalid_vat_number": "n'est pas valide",
        "invalid_email": "n'est pas une adresse valide", "already_used": "est déjà utilisée",
        "too_long": "est trop long", "unknown_time_zone": "est inconnu",
        "before_start": "est antérieure à la date de début", "not_a_date":
        "n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)", "not_a_month":
        "n'est pas un mois (AAAA-MM)", "unknown_limit_kind":
        "doit être aucune, mensuelle ou fixe", "period_only_for_fixed":
        "n'existe que pour une limite fixe", "not_allowed_without_limit":
        "n'a pas de sens sans limite", "invalid_phone": "n'est pas un numéro valide",
        "out_of_range": "est hors limites", "not_a_list_of_days": "doivent être des nombres",
        "days_out_of_range": "doivent être compris entre 1 et 365 jours",
        "cannot_write": "ne peut pas être écrit", "no_such_folder": "est dans un dossier "
        "inexistant", "in_the_future": "est dans le futur", "empty": "est vide",
        "contains_spaces": "contient des espaces", "unknown": "est inconnue",
        "control_characters": "contient des caractères interdits",
        "backup_needs_sqlite": "est un serveur : sauvegardez-le avec pg_dump",
        "invalid_code": "doit faire 2 à 32 lettres majuscules, chiffres ou _",
        "must_not_be_zero": "ne peut pas être nul",
        "backup_corrupt": "serait une copie corrompue : elle n'a pas été gardée",
        # backups and restore
        "already_exists": "existe déjà\u00a0: rien n'a été écrit (pour remplacer une ancienne "
        "sauvegarde de Deepetch, ajoutez --replace)",
        "not_a_backup": "n'est pas une sauvegarde de Deepetch\u00a0: il n'a pas été remplacé",
        "is_live_database": "est la base de données en service\u00a0: elle n'a pas été touchée, "
        "choisissez un autre fichier",
        "disk_full": "ne peut pas être écrit\u00a0: le disque est plein, libérez de la place puis "
        "recommencez",
        "no_such_file": "n'existe pas",
        "not_deepetch_backup": "n'est pas une sauvegarde de Deepetch\u00a0: rien n'a été restauré",
        "backup_damaged": "est endommagé (contrôle d'intégrité en échec)\u00a0: rien n'a été "
        "restauré",
        "from_newer_version": "vient d'une version plus récente de Deepetch Desktop\u00a0: "
        "mettez le programme à jour pour le restaurer",
        "audit_failed": "ne passe pas la vérification (solde, journal, numéros de factures)\u00a0: "
        "rien n'a été restauré",
        "in_use": "est ouverte par un autre programme (Deepetch Desktop ou une commande "
        "deepetch, ici ou sur un autre poste)\u00a0: fermez-le puis recommencez\u202f; rien n'a "
        "été restauré",
        "restore_needs_sqlite": "est un serveur\u00a0: restaurez-le avec pg_restore",
        "bad_url": "n'est pas une adresse valide",
        "cannot_replace": "ne peut pas être remplacée (ce n'est pas un fichier, ou vous n'avez "
        "pas le droit d'y écrire)\u00a0: rien n'a été restauré",
        "cleartext_password": "«\u00a0none\u00a0» avec un utilisateur enverrait le mot de "
        "passe SMTP en clair sur le réseau\u00a0: choisissez starttls ou tls, ou, si ce serveur "
        "n'offre pas de chiffrement, acceptez-le avec --allow-cleartext-auth",
    },
    "en": {
        "too_many_days": "are more than 20", "longer_than": "is longer than {maximum} characters",
        "too_many_lines": "has more than {maximum} lines",
        "line_too_long": "has a line longer than {maximum} characters",
        "invalid_iban": "is not a valid IBAN", "invalid_bic":
        "is not a valid BIC (8 or 11 characters)", "invalid_siret":
        "is not a valid SIRET (14 digits)", "not_a_file": "is not an existing file",
        "file_too_large": "is a file of more than 2 MB", "unreadable": "cannot be read",
        "not_an_image": "is not a readable PNG or JPEG image",
        "image_too_large": "is an image larger than 4,000 × 4,000 pixels",
        "not_a_regular_file": "is not a regular file (it is a folder or a device)",
        "not_a_whole_number": "must be a whole number", "must_be_positive":
        "must be greater than 0", "too_large": "is too large", "required": "is required",
        "not_a_number": "is not a number", "negative": "cannot be negative",
        "too_many_decimals": "has more than two decimals", "invalid_siren":
        "is not a valid SIREN (9 digits)", "invalid_vat_number": "is not valid",
        "invalid_email": "is not a valid address", "already_used": "is already used",
        "too_long": "is too long", "unknown_time_zone": "is unknown",
        "before_start": "is before the start date", "not_a_date":
        "is not a date (YYYY-MM-DD or DD/MM/YYYY)", "not_a_month": "is not a month (YYYY-MM)",
        "unknown_limit_kind": "must be none, monthly or fixed", "period_only_for_fixed":
        "only exists for a fixed limit",
        "not_allowed_without_limit": "makes no sense without a limit",
        "invalid_phone": "is not a valid number", "out_of_range": "is out of range",
        "days_out_of_range": "must be between 1 and 365 days",
        "not_a_list_of_days": "must be numbers", "cannot_write": "cannot be written",
        "no_such_folder": "is in a folder that does not exist", "in_the_future":
        "is in the future", "empty": "is empty", "contains_spaces": "contains spaces",
        "unknown": "is unknown", "control_characters": "contains forbidden characters",
        "backup_needs_sqlite": "is a server: back it up with pg_dump",
        "invalid_code": "must be 2 to 32 capital letters, digits or _",
        "must_not_be_zero": "cannot be zero",
        "backup_corrupt": "would be a corrupt copy: it was not kept",
        # backups and restore
        "already_exists": "already exists: nothing was written (to replace an older Deepetch "
        "backup, add --replace)",
        "not_a_backup": "is not a Deepetch backup: it was not replaced",
        "is_live_database": "is the database in use: it was not touched, choose another file",
        "disk_full": "cannot be written: the disk is full, free some space and try again",
        "no_such_file": "does not exist",
        "not_deepetch_backup": "is not a Deepetch backup: nothing was restored",
        "backup_damaged": "is damaged (integrity check failed): nothing was restored",
        "from_newer_version": "comes from a newer version of Deepetch Desktop: update the "
        "program to restore it",
        "audit_failed": "fails the check (balance, ledger, invoice numbers): nothing was restored",
        "in_use": "is open in another program (Deepetch Desktop or a deepetch command, here or "
        "on another workstation): close it and try again; nothing was restored",
        "restore_needs_sqlite": "is a server: restore it with pg_restore",
        "bad_url": "is not a valid address",
        "cannot_replace": "cannot be replaced (it is not a file, or you may not write to it): "
        "nothing was restored",
        "cleartext_password": "“none” with a user would send the SMTP password in clear over "
        "the network: choose starttls or tls, or, if this server offers no encryption, accept "
        "it with --allow-cleartext-auth",
    },
}

SENTENCES = {
    "fr": {
        "insufficient_credits": "Crédits insuffisants dans le panier : solde {balance}, "
        "coût {cost}.",
        "limit_reached": "Limite mensuelle atteinte : il reste {remaining} crédits sur {limit} "
        "ce mois-ci, la tâche en coûte {cost}.",
        "fixed_limit_exhausted": "Limite fixe épuisée : il reste {remaining} crédits sur "
        "{limit}, la tâche en coûte {cost}.",
        "outside_limit_period": "Hors de la période de validité de la limite fixe "
        "({valid_from} – {valid_to}).",
        "subaccount_suspended": "Ce sous-compte est suspendu : il ne peut pas envoyer de tâches.",
        "subaccount_closed": "Ce sous-compte est clôturé.",
        "not_permitted": "Privilège manquant pour {who} : {privilege}.",
        "terms_not_approved": "Les conditions d'entreprise ne sont pas encore approuvées.",
        "idempotency_conflict": "La clé {key} a déjà servi pour une autre demande.",
        "already_refunded": "La tâche {task_id} a déjà été remboursée.",
        "not_initialised": "Aucun compte d'entreprise : lancez d'abord « deepetch init ».",
        "already_initialised": "Le compte d'entreprise « {company} » existe déjà.",
        "not_found": "Introuvable : {kind} « {key} ».",
        "invoice_rule": "Facture {number} : {rule}.",
        "database_refused": "Base de données refusée ({reason}) : {location}.",
        "delivery_failed": "L'e-mail n'a pas pu être envoyé : {reason}.",
        "no_keyring": "Aucun trousseau de mots de passe sur cette machine : le mot de passe "
        "SMTP n'est pas enregistré (donnez-le avec DEEPETCH_SMTP_PASSWORD au moment d'envoyer).",
        "driver_missing": "Le pilote PostgreSQL n'est pas installé\u00a0: installez l'extra "
        "[postgresql] (pip install 'deepetch-desktop[postgresql]').",
        "clock_behind": "L'horloge de cet ordinateur retarde de {lag} sur la dernière activité "
        "enregistrée\u00a0: corrigez la date et l'heure de l'ordinateur.",
        "document_not_rendered": "Le PDF de la facture {number} n'a pas pu être produit "
        "({cause})\u00a0: il sera refait au prochain rattrapage, une fois la cause corrigée.",
    },
    "en": {
        "insufficient_credits": "Not enough credits in the basket: balance {balance}, "
        "cost {cost}.",
        "limit_reached": "Monthly limit reached: {remaining} of {limit} credits left this "
        "month, the task costs {cost}.",
        "fixed_limit_exhausted": "Fixed limit used up: {remaining} of {limit} credits left, "
        "the task costs {cost}.",
        "outside_limit_period": "Outside the fixed limit's validity period "
        "({valid_from} – {valid_to}).",
        "subaccount_suspended": "This sub-account is suspended: it cannot submit tasks.",
        "subaccount_closed": "This sub-account is closed.",
        "not_permitted": "{who} lacks the privilege: {privilege}.",
        "terms_not_approved": "The enterprise terms are not approved yet.",
        "idempotency_conflict": "The key {key} was already used for another request.",
        "already_refunded": "Task {task_id} was already refunded.",
        "not_initialised": "No company account: run “deepetch init” first.",
        "already_initialised": "The company account “{company}” already exists.",
        "not_found": "Not found: {kind} “{key}”.",
        "invoice_rule": "Invoice {number}: {rule}.",
        "database_refused": "Database refused ({reason}): {location}.",
        "delivery_failed": "The e-mail could not be sent: {reason}.",
        "no_keyring": "No password keyring on this machine: the SMTP password was not saved "
        "(give it with DEEPETCH_SMTP_PASSWORD when sending).",
        "driver_missing": "The PostgreSQL driver is not installed: install the [postgresql] "
        "extra (pip install 'deepetch-desktop[postgresql]').",
        "clock_behind": "This computer's clock is {lag} behind the latest recorded activity: "
        "correct the computer's date and time.",
        "document_not_rendered": "The PDF of invoice {number} could not be produced "
        "({cause}): it will be made again at the next catch-up, once the cause is fixed.",
    },
}


RULES = {
    "fr": {"overpayment": "le montant dépasse ce qui reste à payer",
           "cancelled": "elle est annulée par avoir",
           "credit_note_not_payable": "un avoir ne se paie pas",
           "not_an_invoice": "un avoir ne peut pas recevoir d'avoir",
           "already_credited": "elle est déjà entièrement couverte par des avoirs",
           "credit_above_invoice": "l'avoir dépasse ce qui reste de la facture"},
    "en": {"overpayment": "the amount is more than what is left to pay",
           "cancelled": "it is cancelled by a credit note",
           "credit_note_not_payable": "a credit note is not paid",
           "not_an_invoice": "a credit note cannot be credited",
           "already_credited": "it is already fully credited",
           "credit_above_invoice": "the credit note is more than what is left of the invoice"},
}
REASONS = {
    "fr": {"not_a_database": "ce n'est pas une base de données",
           "newer_schema": "elle vient d'une version plus récente du programme",
           "cannot_connect": "connexion impossible", "bad_url": "adresse invalide",
           "unsupported_database": "type de base non pris en charge"},
    "en": {"not_a_database": "not a database",
           "newer_schema": "it comes from a newer version of the program",
           "cannot_connect": "cannot connect", "bad_url": "invalid address",
           "unsupported_database": "unsupported database type"},
}

# Refusals that say what to do, as whole sentences: never "not a database" for a full disk.
REFUSALS = {
    "fr": {
        "foreign_database": "Le fichier {location} est la base de données d'une autre "
        "application\u00a0: il n'a pas été modifié, indiquez celui de Deepetch Desktop.",
        "database_moved": "Le fichier de la base {location} a été supprimé ou remplacé pendant "
        "que l'application l'utilisait\u00a0: plus rien n'y est écrit, fermez puis relancez "
        "l'application.",
        "disk_full": "Le disque de la base {location} est plein\u00a0: rien n'a été enregistré, "
        "libérez de la place puis recommencez.",
        "read_only": "La base {location} ne peut pas être modifiée (fichier ou dossier en "
        "lecture seule, ou droits insuffisants)\u00a0: rien n'a été enregistré, vérifiez ses "
        "droits.",
        "no_access": "Vous n'avez pas le droit de lire la base {location}\u00a0: vérifiez les "
        "droits du fichier.",
        "is_a_directory": "{location} est un dossier, pas une base de données\u00a0: indiquez "
        "le fichier de la base (par exemple {location}/deepetch.sqlite3).",
        "disk_error": "Le disque de la base {location} refuse l'écriture (plein ou "
        "défaillant)\u00a0: rien n'a été enregistré, libérez de la place ou vérifiez le disque.",
    },
    "en": {
        "foreign_database": "The file {location} is another application's database: it was "
        "not changed, give Deepetch Desktop's own.",
        "database_moved": "The database file {location} was deleted or replaced while the "
        "application used it: nothing more is written to it, close and restart the "
        "application.",
        "disk_full": "The disk of the database {location} is full: nothing was saved, free "
        "some space and try again.",
        "read_only": "The database {location} cannot be changed (read-only file or folder, "
        "or not enough rights): nothing was saved, check its permissions.",
        "no_access": "You may not read the database {location}: check the file's permissions.",
        "is_a_directory": "{location} is a folder, not a database: give the database's file "
        "(for example {location}/deepetch.sqlite3).",
        "disk_error": "The disk of the database {location} refuses to write (full or failing): "
        "nothing was saved, free some space or check the disk.",
    },
}


def describe(error: DeepetchError, lang: str = "fr") -> str:
    lang = "en" if lang.startswith("en") else "fr"
    details = error.details()
    if error.code == "bad_input":
        return _bad_input(str(details["field"]), str(details["problem"]), lang)
    if error.code == "invoice_rule":
        details = {**details, "rule": RULES[lang].get(str(details["rule"]), details["rule"])}
    if error.code == "clock_behind":
        details = {**details, "lag": lag_text(int(details["lag_seconds"]), lang)}  # type: ignore[call-overload]
    if error.code == "database_refused" and details.get("reason") in REFUSALS[lang]:
        return REFUSALS[lang][str(details["reason"])].format(location=details["location"])
    if error.code == "database_refused":
        details = {**details, "reason": REASONS[lang].get(str(details["reason"]),
                                                          details["reason"])}
    template = SENTENCES[lang].get(error.code)
    if template is None:
        return f"{error.code}: {details}"
    values = {k: ("…" if v is None else group(v, lang)) for k, v in details.items()}
    return template.format(**values)


def _bad_input(name: str, problem: str, lang: str) -> str:
    """« L'adresse a une ligne de plus de 70 caractères. »: the field's limit, from the one
    table of limits, when the problem is about length."""
    limit = LIMITS.get(name)
    maximum = {"too_long": limit.length if limit else None, "line_too_long":
               limit.line_length if limit else None, "too_many_lines":
               limit.lines if limit else None}.get(problem)
    if problem == "too_long" and maximum is not None:
        problem = "longer_than"
    text = PROBLEMS[lang].get(problem, problem)
    if maximum is not None:
        text = text.format(maximum=group(maximum, lang))
    return f"{FIELDS[lang].get(name, name)} {text}."


def group(value: object, lang: str = "fr") -> object:
    """Whole numbers with the thousands separator of the language: 12 500 / 12,500."""
    if isinstance(value, bool) or not isinstance(value, int):
        if hasattr(value, "strftime"):
            return value.strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")  # type: ignore[union-attr]
        return value
    text = f"{value:,}"
    return text.replace(",", "\u202f") if not lang.startswith("en") else text


LAG_UNITS = {"fr": (("jour", "jours"), ("heure", "heures"), ("minute", "minutes")),
             "en": (("day", "days"), ("hour", "hours"), ("minute", "minutes"))}


def lag_text(seconds: int, lang: str = "fr") -> str:
    """A clock's lag in its largest whole unit: « 364 jours », « 3 heures », « 11 minutes »."""
    units = LAG_UNITS["en" if lang.startswith("en") else "fr"]
    for size, (one, many) in zip((86_400, 3_600, 60), units, strict=True):
        if seconds >= size or size == 60:
            count = max(seconds // size, 1)
            return f"{group(count, lang)}\u00a0{one if count == 1 else many}"
    raise AssertionError("unreachable")
