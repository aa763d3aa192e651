"""`deepetch schedule install|remove`: the system runs `deepetch catch-up` without the app."""

from __future__ import annotations

import argparse
import os
from typing import Any

from ..bootstrap import ENV_URL
from ..domain.urls import masked_url
from ..scheduling import system_timer
from .output import emit

SCHEDULE_WORDS = "toutes les 15 minutes et au début de chaque mois"


def add_parser(cmd: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    schedule = cmd.add_parser("schedule", help="faire lancer « deepetch catch-up » par le "
                              "système (minuteur systemd ou crontab)")
    actions = schedule.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    actions.required = True
    install = actions.add_parser("install", help="installer le minuteur ou la ligne cron")
    install.add_argument("--using", choices=["auto", "systemd", "cron"], default="auto",
                         help="auto : systemd s'il fait tourner la machine, sinon cron")
    actions.add_parser("remove", help="retirer le minuteur et les lignes cron")


def shown_command(command: tuple[str, ...]) -> str:
    return masked_url(" ".join(command)) if "--db" in command else " ".join(command)


def cmd_schedule(a: argparse.Namespace, now: Any) -> None:
    """Works without opening the database: a timer can be removed even when it cannot open."""
    if a.action == "remove":
        removed = system_timer.remove()
        text = ("Retiré\u00a0: " + ", ".join(removed.removed) + "." if removed.removed
                else "Rien à retirer\u00a0: aucun minuteur ni ligne cron de Deepetch.")
        if removed.problem:
            text += f"\nAttention\u00a0: {removed.problem}"
        emit(a.json, removed, text)
        return
    # The timer works on the database this command would use: --db, else the variable.
    report = system_timer.install(a.db or os.environ.get(ENV_URL) or None, a.using)
    data = {**vars(report), "command": shown_command(report.command), "files": report.files}
    emit(a.json, data, install_text(report))


def install_text(r: system_timer.ScheduleReport) -> str:
    systemd = r.using == "systemd"
    if r.activated:
        head = (f"Minuteur systemd installé et activé\u00a0: deepetch catch-up {SCHEDULE_WORDS}."
                if systemd else
                f"Lignes ajoutées à votre crontab\u00a0: deepetch catch-up {SCHEDULE_WORDS}.")
    elif systemd:
        head = (f"Minuteur systemd écrit mais pas activé ({r.problem})\u00a0: lancez "
                f"« {r.to_do} ».")
    else:
        head = (f"Crontab non modifiée ({r.problem})\u00a0: les lignes sont dans le fichier "
                f"ci-dessous, ajoutez-les avec « {r.to_do} ».")
    lines = [head]
    if r.files:
        lines.append("Fichiers\u00a0: " + ", ".join(r.files))
    lines.append(f"Commande\u00a0: {shown_command(r.command)} catch-up")
    lines.append(f"Erreurs consignées dans\u00a0: {r.log_dir}")
    if r.linger is False:
        lines.append("Le minuteur ne tourne que pendant votre session\u202f; pour qu'il tourne "
                     "aussi en votre absence\u00a0: loginctl enable-linger")
    return "\n".join(lines)
