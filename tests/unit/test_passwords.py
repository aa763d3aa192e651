"""The password rule (at least 10 characters, not a common password, no composition rule) and
the Argon2id hashes (their parameters inside, upgraded at the next check)."""

from __future__ import annotations

import argon2
import pytest

from deepetch_desktop import services
from deepetch_desktop.domain.errors import (
    AccountLocked,
    BadCredentials,
    BadInput,
    DeepetchError,
    NotAuthenticated,
    PasswordChangeRequired,
)
from deepetch_desktop.domain.passwords import MIN_LENGTH, check_password, password_problem
from deepetch_desktop.services.people import common_passwords
from deepetch_desktop.store import password_hashes

COMMON = frozenset({"password123", "azertyuiop"})


def test_nine_characters_are_refused_ten_are_enough() -> None:
    assert MIN_LENGTH == 10
    with pytest.raises(BadInput) as refused:
        check_password("neufcarac", COMMON)
    assert (refused.value.field, refused.value.problem) == ("password", "too_short_password")
    assert check_password("dixcaracts", COMMON) == "dixcaracts"


def test_a_common_password_is_refused_whatever_its_case() -> None:
    for typed in ("password123", "PassWord123", "AZERTYUIOP", " azertyuiop "):
        assert password_problem(typed, COMMON) == "common_password", typed


def test_no_composition_rule_lowercase_words_are_fine() -> None:
    assert password_problem("le chat dort sur le toit", COMMON) is None
    assert password_problem("aaaabbbbcccc", COMMON) is None  # long enough, not in the list


def test_a_refusal_never_carries_the_password() -> None:
    secret = "court1"
    with pytest.raises(BadInput) as refused:
        check_password(secret, COMMON)
    assert secret not in str(refused.value.details()) and refused.value.value is None


def test_control_characters_and_empty_are_refused() -> None:
    assert password_problem("", COMMON) == "required"
    assert password_problem("          ", COMMON) == "required"
    assert password_problem("phrase\x00secrete", COMMON) == "control_characters"


def test_unicode_is_compared_composed() -> None:
    composed, decomposed = "mot de passe d\u00e9j\u00e0", "mot de passe de\u0301ja\u0300"
    assert check_password(decomposed, COMMON) == check_password(composed, COMMON)


def test_the_shipped_list_holds_thousands_of_lowercase_common_passwords() -> None:
    shipped = common_passwords()
    assert len(shipped) >= 3000
    assert all(word == word.lower() for word in shipped)
    for word in ("password", "123456", "qwertyuiop", "1234567890", "azertyuiop", "motdepasse"):
        assert word in shipped
    for typed in ("1234567890", "Password123", "QWERTYUIOP"):
        with pytest.raises(BadInput) as refused:
            services.check_password(typed)
        assert refused.value.problem == "common_password"
    assert services.check_password("cheval agrafe pile correcte")


def test_the_product_hashes_with_argon2id_rfc_9106_parameters() -> None:
    assert password_hashes.PARAMETERS == argon2.profiles.RFC_9106_LOW_MEMORY
    assert password_hashes.PARAMETERS.type is argon2.Type.ID


def test_a_hash_keeps_its_parameters_and_is_upgraded_when_they_change() -> None:
    try:
        password_hashes.use_parameters(argon2.profiles.CHEAPEST)
        old = password_hashes.hash_password("cheval agrafe pile")
        assert old.startswith("$argon2id$") and "cheval" not in old
        assert password_hashes.verify_password(old, "cheval agrafe pile") == (True, None)
        assert password_hashes.verify_password(old, "pas le bon") == (False, None)
        stronger = argon2.Parameters(type=argon2.Type.ID, version=19, salt_len=16,
                                     hash_len=32, time_cost=2, memory_cost=64, parallelism=1)
        password_hashes.use_parameters(stronger)
        ok, new = password_hashes.verify_password(old, "cheval agrafe pile")
        assert ok and new is not None and new != old and "t=2" in new
        assert password_hashes.verify_password(new, "cheval agrafe pile") == (True, None)
    finally:
        password_hashes.use_parameters(argon2.profiles.CHEAPEST)


@pytest.mark.parametrize("error, code", [
    (NotAuthenticated(), "not_authenticated"), (BadCredentials(), "bad_credentials"),
    (AccountLocked(), "account_locked"), (PasswordChangeRequired(), "password_change_required"),
])
def test_the_refusals_exit_3_with_a_sentence_in_each_language(error: DeepetchError,
                                                               code: str) -> None:
    assert error.code == code and error.exit_status == 3
    french, english = services.describe(error, "fr"), services.describe(error, "en")
    assert french.endswith(".") and english.endswith(".") and french != english
    assert code not in french and code not in english


def test_the_sentences_say_what_to_do() -> None:
    assert "people add-admin" in services.describe(NotAuthenticated("no_person"), "fr")
    assert "DEEPETCH_PASSWORD" in services.describe(NotAuthenticated("no_password"), "en")
    from datetime import UTC, datetime

    locked = AccountLocked(datetime(2026, 1, 1, tzinfo=UTC), 15)
    assert "15" in services.describe(locked, "fr") and "15" in services.describe(locked, "en")
    assert "deepetch password" in services.describe(PasswordChangeRequired(), "fr")
