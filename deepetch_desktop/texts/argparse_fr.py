"""argparse's own words in French (its gettext messages, English in the source), for the
command line's help and its usage errors."""

from __future__ import annotations

NBSP = "\u00a0"

ARGPARSE_FRENCH: dict[str, str] = {
    "usage: ": f"utilisation{NBSP}: ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": f"argument %(argument_name)s{NBSP}: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        f"choix invalide{NBSP}: %(value)r (au choix{NBSP}: %(choices)s)",
    "invalid %(type)s value: %(value)r": f"valeur invalide{NBSP}: %(value)r",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "une valeur au moins est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "the following arguments are required: %s": f"ces arguments sont obligatoires{NBSP}: %s",
    "one of the arguments %s is required": f"l'un de ces arguments est obligatoire{NBSP}: %s",
    "unrecognized arguments: %s": f"arguments inconnus{NBSP}: %s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": f"valeur ignorée{NBSP}: %r",
    "ambiguous option: %(option)s could match %(matches)s":
        f"option ambiguë{NBSP}: %(option)s peut être %(matches)s",
    "unexpected option string: %s": f"option inattendue{NBSP}: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        f"commande inconnue{NBSP}: %(parser_name)r (au choix{NBSP}: %(choices)s)",
    "%(prog)s: error: %(message)s\n": f"%(prog)s{NBSP}: erreur{NBSP}: %(message)s\n",
}
