"""The options of `deepetch-desktop`, read before Qt starts: --help and --version open nothing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from deepetch_desktop.about import version

PROG = "deepetch-desktop"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One sentence on stderr and status 2, as the command line does, not the usage."""
        self.exit(2, f"{PROG}\u00a0: {message[:1].upper()}{message[1:]}.\n")


def parse_options(argv: Sequence[str]) -> argparse.Namespace:
    """`argv` without the program's name. Exits (0 for --help and --version, 2 for bad
    arguments) before any window can open."""
    parser = _Parser(prog=PROG, description="Deepetch Desktop\u00a0: le compte d'entreprise "
                     "Deepetch (panier de crédits, sous-comptes, limites, factures).")
    parser.add_argument("--db", metavar="URL", help="base de données (remplace "
                        "DEEPETCH_DATABASE_URL\u202f; défaut\u00a0: fichier SQLite local)")
    parser.add_argument("--lang", choices=["fr", "en"],
                        help="langue de l'interface (remplace celle du système)")
    parser.add_argument("--read-only", action="store_true",
                        help="ouvrir un fichier SQLite (une sauvegarde, une copie) pour le "
                        "consulter\u00a0: rien n'y est écrit, les actions qui modifient sont "
                        "désactivées")
    parser.add_argument("--version", action="version", version=f"{PROG} {version()}")
    parser.add_argument("--self-test", action="store_true",
                        help="vérifier l'installation sans ouvrir de fenêtre, puis quitter")
    # Qt's own options (-style, -platform...) are refused rather than silently ignored.
    return parser.parse_args(list(argv))
