"""The « cannot open the database » dialog: one sentence, the password masked, no raw data."""

from __future__ import annotations

from typing import Any

import pytest

from deepetch_desktop import bootstrap
from deepetch_desktop.gui.app import database_failure


def refusal(url: str) -> BaseException:
    try:
        bootstrap.open_database(url)
    except Exception as error:  # noqa: BLE001 - the error is what the test looks at
        return error
    raise AssertionError(f"{url} opened")


@pytest.mark.parametrize("url", [
    "postgresql://u:secretpw@127.0.0.1:1/x", "foo://u:secretpw@h/x",
    "postgresql://u:secretpw@h:notaport/x",
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dialog_names_no_password_and_no_dict(qapp: Any, url: str, lang: str) -> None:
    text = database_failure(url, refusal(url), lang)
    assert "secretpw" not in text and "{" not in text and "***" in text
    assert len(text.splitlines()) == 1 and text.endswith(".")


def test_an_unexpected_error_naming_the_address_is_masked_too(qapp: Any) -> None:
    url = "postgresql://u:secretpw@h/x"
    text = database_failure(url, RuntimeError(f"boom while opening {url}\nmore"), "fr")
    assert text == ("Impossible d'ouvrir la base de données postgresql://u:***@h/x\u00a0: "
                    "boom while opening postgresql://u:***@h/x.")
