"""One rule for every e-mail address: what a profile, the company and the SMTP settings
accept, and what is accepted when sending, is the same set of addresses."""

from __future__ import annotations

import pytest

from deepetch_desktop.domain import identity
from deepetch_desktop.domain.errors import BadInput
from deepetch_desktop.mail import message

ADDRESSES = {
    "ana@exemple.fr": True, "ana.o'brien+devis@atelier-lumiere.fr": True,
    "élodie@exemple.fr": True, "ana@exémple.fr": True,
    "ana@localhost": False, "ana@exemple..fr": False, "ana@-exemple.fr": False,
    "ana@exemple.fr.": False, 'a"b@exemple.fr': False, "a b@exemple.fr": False,
    "a,b@exemple.fr": False, "@exemple.fr": False, "ana@": False, "ana": False,
}


def _accepted_by_profile(address: str) -> bool:
    try:
        identity.check_email(address)
    except BadInput:
        return False
    return True


def _accepted_as_sender(address: str) -> bool:
    try:
        message.check_smtp_settings("smtp.exemple.fr", 587, "starttls", address, "")
    except BadInput:
        return False
    return True


@pytest.mark.parametrize(("address", "valid"), ADDRESSES.items())
def test_one_rule_everywhere(address: str, valid: bool) -> None:
    assert _accepted_by_profile(address) is valid
    assert _accepted_as_sender(address) is valid
    assert message.is_email_address(address) is valid  # a recipient, when sending


def test_mail_has_no_rule_of_its_own() -> None:
    assert message.is_email_address is identity.is_email_address
