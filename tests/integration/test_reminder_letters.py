"""Payment reminders that escalate (issue 14): a friendly one before the due date, a firm one
at D+1, the total due with day-by-day penalties and the 40 € indemnity (owed once) at D+15, a
final notice naming what follows at D+30; the payments and credit notes that explain the
balance are listed. Penalties are checked against a computation by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

from deepetch_desktop import services as s
from deepetch_desktop.domain.dunning import (
    ReminderTone,
    Settlement,
    late_penalties,
    reminder_tone,
)
from deepetch_desktop.services.results import ADMINISTRATOR as A
from tests.conftest import setup_company
from tests.integration.test_invoicing import _reminders, configure_smtp
from tests.smtp_server import running_smtp_server

DUE = date(2026, 12, 16)  # F2026-000001: 216,00 € issued 16/11/2026, 30 days
RATE = 1215  # 12,15 % a year, setup_company's seller


def at(day: int, month: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)  # 10:00 in Paris, the same day


def plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_penalties_run_day_by_day_on_what_is_due_each_day() -> None:
    # 21,60 € credited on 20/12 and 100,00 € paid on 26/12: each counts until its day.
    paid = [Settlement(date(2026, 12, 20), 2160), Settlement(date(2026, 12, 26), 10000)]
    # By hand, in cent-days from 17/12: 4 days of 216,00 + 6 of 194,40 + 5 of 94,40
    # = 86 400 + 116 640 + 47 200 = 250 240; x 12,15 % / 365 = 83,30 cents -> 0,83 €.
    assert late_penalties(21600, paid, RATE, DUE, date(2026, 12, 31)) == 83
    # ... + 15 more days of 94,40 to 15/01: 391 840 cent-days -> 130,43 cents -> 1,30 €.
    assert late_penalties(21600, paid, RATE, DUE, date(2027, 1, 15)) == 130
    # Today's balance over every day (the old way) would claim 47 cents at D+15: less.
    assert late_penalties(9440, [], RATE, DUE, date(2026, 12, 31)) == 47
    assert late_penalties(21600, paid, RATE, DUE, DUE) == 0  # nothing on the due date
    assert late_penalties(21600, [], RATE, DUE, date(2026, 12, 17)) == 7  # one day: 7,19 c


def test_the_tones_escalate_with_the_days_past_due() -> None:
    assert [reminder_tone(d) for d in (-5, 0, 1, 14, 15, 29, 30, 60)] == [
        ReminderTone.COURTESY, ReminderTone.COURTESY, ReminderTone.FIRM, ReminderTone.FIRM,
        ReminderTone.TOTAL, ReminderTone.TOTAL, ReminderTone.FINAL, ReminderTone.FINAL]


def test_reminders_escalate_with_their_totals_and_what_explains_the_balance(db) -> None:
    with running_smtp_server() as server:
        setup_company(db)
        configure_smtp(db, server.port)
        s.deliver_outbox(db, at(16, 11))  # the invoice itself

        def letters() -> list[tuple[str, str]]:
            return [(plain(m.message["Subject"]), plain(m.message.get_body().get_content()))
                    for m in _reminders(server)]

        s.catch_up(db, A, at(11, 12))  # D-5
        (subject, body), = letters()
        assert subject == "Deepetch : rappel, facture F2026-000001 à échéance le 16/12/2026"
        assert "arrive à échéance le 16/12/2026. Il reste 216,00 € à régler" in body
        assert "pénalités" not in body and "Total" not in body

        s.catch_up(db, A, at(17, 12))  # D+1
        subject, body = letters()[1]
        assert subject == "Deepetch : relance, facture F2026-000001 échue le 16/12/2026"
        assert "n'est pas entièrement réglée à ce jour : il reste 216,00 € à payer" in body
        assert "pénalités de retard au taux annuel de 12,15 %" in body
        assert "sans qu'un rappel soit nécessaire" in body and ": 0,07 € à ce jour" in body
        assert ("L'indemnité forfaitaire pour frais de recouvrement de 40,00 € (quarante euros) "
                "est également due, une seule fois pour cette facture.") in body
        assert "courent" not in body and "Total" not in body and "mise en demeure" not in body

        s.issue_credit_note(db, A, "F2026-000001", "Erreur de quantité", now=at(20, 12),
                            amount_cents=2160)
        s.record_payment(db, A, "F2026-000001", 10000, now=at(26, 12),
                         paid_on=date(2026, 12, 26), reference="VIR-7")
        s.catch_up(db, A, at(31, 12))  # D+15
        subject, body = letters()[2]
        assert subject == ("Deepetch : relance, facture F2026-000001 impayée, total dû "
                           "135,23 €")
        assert "reste impayée 15 jours après son échéance" in body
        assert ("Déjà pris en compte sur cette facture : - 20/12/2026 : avoir AV2026-000001 de "
                "21,60 € - 26/12/2026 : paiement reçu de 100,00 € (référence VIR-7)") in body
        assert ("Montant total dû à ce jour : - reste à payer sur la facture : 94,40 € - "
                "pénalités de retard au taux annuel de 12,15 %, calculées jour par jour sur les "
                "sommes restant dues du 17/12/2026 au 31/12/2026 : 0,83 € - indemnité "
                "forfaitaire pour frais de recouvrement, due une seule fois : 40,00 € "
                "(quarante euros) Total : 135,23 €") in body
        assert "mise en demeure" not in body

        s.catch_up(db, A, at(15, 1, 2027))  # D+30
        subject, body = letters()[3]
        assert subject == ("Deepetch : dernière relance avant recouvrement, facture "
                           "F2026-000001, total dû 135,70 €")
        assert "du 17/12/2026 au 15/01/2027 : 1,30 €" in body and "Total : 135,70 €" in body
        assert "40,00 € (quarante euros)" in body and body.count("40,00 €") == 1
        assert ("Le présent message vaut mise en demeure de payer la somme de 135,70 € sous "
                "huit jours") in body
        assert "injonction de payer auprès du tribunal de commerce" in body
        assert "20/12/2026 : avoir AV2026-000001" in body and "VIR-7" in body
        for _ in range(3):  # each once, however often the job runs
            s.catch_up(db, A, at(16, 1, 2027))
        assert len(letters()) == 4
