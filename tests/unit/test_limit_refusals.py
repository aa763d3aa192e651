"""A task refused by a limit is told what is true (issue 13): « Limite mensuelle atteinte : il
reste 1 000 crédits sur 1 000 » was said of a task bigger than a limit nothing had used."""

from __future__ import annotations

from datetime import date

import pytest

from deepetch_desktop.domain.errors import FixedLimitExhausted, LimitReached
from deepetch_desktop.domain.limits import Limit, check_limit
from deepetch_desktop.domain.vocabulary import LimitKind
from deepetch_desktop.services.messages import describe

DAY = date(2026, 11, 16)


def refusal(kind: LimitKind, used: int, cost: int, lang: str = "fr") -> str:
    with pytest.raises((LimitReached, FixedLimitExhausted)) as refused:
        check_limit(Limit(kind, 1000), used, cost, DAY)
    return describe(refused.value, lang)


def test_a_task_bigger_than_what_is_left_is_not_a_limit_reached() -> None:
    assert refusal(LimitKind.MONTHLY, 0, 1500) == (
        "Limite mensuelle insuffisante pour cette tâche\u00a0: il reste 1\u202f000\u00a0crédits "
        "sur 1\u202f000 ce mois-ci, elle en coûte 1\u202f500.")
    assert refusal(LimitKind.MONTHLY, 999, 2) == (
        "Limite mensuelle insuffisante pour cette tâche\u00a0: il reste 1\u00a0crédit sur "
        "1\u202f000 ce mois-ci, elle en coûte 2.")
    assert refusal(LimitKind.FIXED, 400, 700) == (
        "Limite fixe insuffisante pour cette tâche\u00a0: il reste 600\u00a0crédits sur "
        "1\u202f000, elle en coûte 700.")
    assert refusal(LimitKind.MONTHLY, 0, 1500, "en") == (
        "Monthly limit too low for this task: 1,000 credits of 1,000 left this month, it costs "
        "1,500.")


def test_a_limit_used_up_says_so() -> None:
    assert refusal(LimitKind.MONTHLY, 1000, 5) == (
        "Limite mensuelle atteinte\u00a0: les crédits de ce mois-ci sont tous utilisés "
        "(1\u202f000 sur 1\u202f000), la tâche en coûte 5.")
    assert refusal(LimitKind.FIXED, 1000, 5) == (
        "Limite fixe épuisée\u00a0: ses crédits sont tous utilisés (1\u202f000 sur 1\u202f000), "
        "la tâche en coûte 5.")
    assert refusal(LimitKind.FIXED, 1000, 5, "en") == (
        "Fixed limit used up: its credits are all used (1,000 of 1,000), the task costs 5.")
